package dev.retort.ui.main;

import dev.retort.ui.graph.GraphView;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Single keys for the graph (zoom, pan, fit, clear, the graph's menu), unless the user is
 * typing somewhere or a wizard's panel has the focus.
 */
final class GraphKeys {
    private static final double PAN_STEP = 80;

    private final MainWindow window;
    private final GraphView graph;
    private final ExplorerViewModel model;
    private final SheetHost host;

    GraphKeys(MainWindow window, GraphView graph, ExplorerViewModel model, SheetHost host) {
        this.window = window;
        this.graph = graph;
        this.model = model;
        this.host = host;
    }

    void handle(KeyEvent e) {
        var focus = graph.node().getScene() == null ? null : graph.node().getScene().getFocusOwner();
        if (focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown() || host.sheetHasFocus(focus)) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case F -> graph.fit();
            case PLUS, ADD, EQUALS -> graph.zoomBy(1.25);
            case MINUS, SUBTRACT -> graph.zoomBy(0.8);
            case LEFT -> graph.panByPixels(PAN_STEP, 0);
            case RIGHT -> graph.panByPixels(-PAN_STEP, 0);
            case UP -> graph.panByPixels(0, PAN_STEP);
            case DOWN -> graph.panByPixels(0, -PAN_STEP);
            case ESCAPE -> model.select(Optional.empty());
            case CONTEXT_MENU -> showGraphMenu();
            case F10 -> {
                if (e.isShiftDown()) {
                    showGraphMenu();
                } else {
                    handled = false;
                }
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** The menu key or Shift+F10: the graph's menu at the selected revision, else mid-graph. */
    private void showGraphMenu() {
        var view = graph.node();
        Point2D at = model.selectedProperty().get().flatMap(graph::screenPointOf)
                .orElse(new Point2D(view.getWidth() / 2, view.getHeight() / 2));
        Point2D screen = view.localToScreen(at);
        if (screen != null) {
            new GraphContextMenu(window).show(view, screen.getX(), screen.getY());
        }
    }
}
