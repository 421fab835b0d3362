package dev.retort.ui.main;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.RevisionLabels;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Buttons for the common actions, the heads menu and the find field. */
final class MainToolbar {
    private final ToolBar bar = new ToolBar();
    private final MenuButton heads = new MenuButton("Heads");
    private final TextField find = new TextField();
    private final ExplorerViewModel model;

    MainToolbar(MainWindow window, ExplorerViewModel model) {
        this.model = model;
        bar.setId("toolbar");
        Button open = button("Open…", "Open an Alembic project folder (Ctrl+O)", window::openFolder);
        open.setId("openButton");
        Button reload = button("Reload", "Read the project again (F5)", model::reload);
        reload.setId("reloadButton");
        Button fit = button("Fit", "Show the whole graph (F or Ctrl+0)", () -> window.graphView().fit());
        Button zoomIn = button("+", "Zoom in (Ctrl+=)", () -> window.graphView().zoomBy(1.25));
        Button zoomOut = button("−", "Zoom out (Ctrl+-)", () -> window.graphView().zoomBy(0.8));
        Button toSelection = button("Selection", "Zoom to the selected revisions (Ctrl+Shift+E)",
                window::zoomToSelection);
        Button databases = button("Databases…", "Connection profiles and where each database stands (Ctrl+D)",
                window::openDatabases);
        databases.setId("databasesButton");
        Button refresh = button("⟳ Databases", "Read every database's version table again (Ctrl+R)",
                window::refreshDatabases);
        refresh.setId("refreshDatabasesButton");
        heads.setId("headsMenuButton");
        heads.setTooltip(new Tooltip("Go to a head (Alt+1, Alt+2…)"));
        find.setId("findField");
        find.setPromptText("Find id, label or message  (Ctrl+F)");
        find.setPrefColumnCount(24);
        find.textProperty().addListener((o, a, b) -> model.search(b));
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                if (e.isShiftDown()) {
                    model.findPrevious();
                } else {
                    model.findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                find.clear();
                window.graphView().node().requestFocus();
                e.consume();
            }
        });
        Button previous = button("↑", "Previous match (Shift+F3)", model::findPrevious);
        previous.setId("findPrevious");
        Button next = button("↓", "Next match (F3)", model::findNext);
        next.setId("findNext");
        Label count = new Label();
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        model.searchProperty().addListener((o, a, s) -> count.setText(s.summary()));
        count.setMinWidth(64);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox findBox = new HBox(4, find, previous, next, count);
        findBox.setAlignment(Pos.CENTER_LEFT);
        bar.getItems().addAll(open, reload, new Separator(), zoomOut, zoomIn, fit, toSelection, new Separator(), heads,
                new Separator(), databases, refresh, spacer, findBox);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    void setHeads(RevisionGraph graph, List<String> headIds) {
        heads.getItems().clear();
        heads.setText(headIds.size() == 1 ? "Head" : headIds.size() + " heads");
        for (String id : headIds) {
            String label = graph.revision(id).map(RevisionLabels::label).orElse(id);
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> model.goTo(id));
            heads.getItems().add(item);
        }
        heads.setDisable(headIds.isEmpty());
    }

    void focusFind() {
        find.requestFocus();
        find.selectAll();
    }

    Node node() {
        return bar;
    }
}
