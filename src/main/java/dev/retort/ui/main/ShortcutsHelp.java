package dev.retort.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help > Keyboard Shortcuts (F1): every shortcut of the menus, read from the menus themselves
 * so the list cannot go stale, plus the keys and gestures of the graph that have no menu item.
 */
final class ShortcutsHelp {
    /** A shortcut: where it lives, what it does, the keys. */
    record Shortcut(String group, String action, String keys) {
    }

    /** Graph keys and mouse gestures without a menu item. */
    static final List<Shortcut> GESTURES = List.of(
            new Shortcut("Graph", "Zoom", "Mouse wheel, + / -"),
            new Shortcut("Graph", "Pan", "Drag, arrow keys"),
            new Shortcut("Graph", "Fit the graph", "F"),
            new Shortcut("Graph", "Select a revision; its ancestors and descendants light up", "Click"),
            new Shortcut("Graph", "Light up every path between two revisions", "Ctrl+click"),
            new Shortcut("Graph", "Zoom to a revision", "Double-click"),
            new Shortcut("Graph", "Merge the selected heads, or all heads", "Right-click, Shift+F10"),
            new Shortcut("Graph", "Clear the selection, close a panel", "Escape"),
            new Shortcut("Window", "Open a project", "Drop a folder or alembic.ini on the window"));

    private final MenuBar menus;
    private Stage stage;

    ShortcutsHelp(MenuBar menus) {
        this.menus = menus;
    }

    /** The menu items that have a shortcut, in menu order, then the gestures. */
    List<Shortcut> shortcuts() {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu.getText().replace("_", ""), menu.getItems(), out);
        }
        out.addAll(GESTURES);
        return out;
    }

    private static void collect(String group, List<MenuItem> items, List<Shortcut> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(group + " > " + sub.getText().replace("_", ""), sub.getItems(), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Shortcut(group, item.getText().replace("_", ""), item.getAccelerator().getDisplayText()));
            }
        }
    }

    void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Keyboard Shortcuts");
            if (owner != null) {
                stage.initOwner(owner);
            }
            VBox root = new VBox(10, title(), new ScrollPane(table()));
            root.setId("shortcutsHelp");
            root.setPadding(new Insets(16));
            Scene scene = new Scene(root, 620, 560);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    private static Label title() {
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("title-3");
        return title;
    }

    private GridPane table() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsTable");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        int row = 0;
        String group = null;
        for (Shortcut s : shortcuts()) {
            if (!s.group().equals(group)) {
                group = s.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("details-section");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("mono");
            grid.add(keys, 0, row);
            grid.add(new Label(s.action()), 1, row++);
        }
        return grid;
    }

    Stage stage() {
        return stage;
    }
}
