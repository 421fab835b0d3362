package dev.retort.ui.graph;

import java.util.EnumSet;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/**
 * Drag pans, the wheel zooms about the pointer, a click selects (Ctrl/Cmd+click adds a second
 * revision), a double click zooms to a revision. Replaces GraphStream's manager, which would
 * let the user drag revisions out of their rows.
 */
final class GraphMouse implements MouseManager {
    private static final double CLICK_SLOP = 4;
    private final GraphView owner;
    private FxViewPanel panel;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private final EventHandler<MouseEvent> pressed = this::onPressed;
    private final EventHandler<MouseEvent> dragged = this::onDragged;
    private final EventHandler<MouseEvent> released = this::onReleased;
    private final EventHandler<ScrollEvent> scrolled = this::onScrolled;

    private void onPressed(MouseEvent e) {
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
        panel.requestFocus();
    }

    private void onDragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
            dragging = true;
            panel.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            owner.panByPixels(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void onReleased(MouseEvent e) {
        if (dragging) {
            dragging = false;
            panel.setCursor(Cursor.DEFAULT);
            return;
        }
        if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
            owner.clicked(e.getX(), e.getY(), e.isShortcutDown() || e.isControlDown(), e.getClickCount() == 2);
        }
    }

    private void onScrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        owner.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        e.consume();
    }

    GraphMouse(GraphView owner) {
        this.owner = owner;
    }

    @Override
    public void init(GraphicGraph graph, View view) {
        panel = (FxViewPanel) view;
        panel.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        panel.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        panel.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        panel.addEventHandler(ScrollEvent.SCROLL, scrolled);
    }

    @Override
    public void release() {
        panel.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        panel.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        panel.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        panel.removeEventHandler(ScrollEvent.SCROLL, scrolled);
    }

    @Override
    public EnumSet<InteractiveElement> getManagedTypes() {
        return EnumSet.noneOf(InteractiveElement.class);
    }
}
