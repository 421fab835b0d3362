package dev.retort.ui.main;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** Right-click (or the menu key) on the graph: what can be done with the selection. */
final class GraphContextMenu {
    private final ContextMenu menu = new ContextMenu();

    GraphContextMenu(MainWindow window) {
        menu.setId("graphContextMenu");
        int selectedHeads = window.selectedHeads().size();
        MenuItem mergeSelected = new MenuItem(selectedHeads >= 2 ? "Merge " + selectedHeads + " Selected Heads…"
                : "Merge Selected Heads… (Ctrl+click two heads)");
        mergeSelected.setId("mergeSelectedHeadsContextItem");
        mergeSelected.setDisable(selectedHeads < 2);
        mergeSelected.setOnAction(e -> window.mergeSelectedHeads());
        MenuItem mergeAll = new MenuItem("Merge All Heads…");
        mergeAll.setId("mergeHeadsContextItem");
        mergeAll.setDisable(window.headCount() < 2);
        mergeAll.setOnAction(e -> window.mergeHeads());
        MenuItem clear = new MenuItem("Clear Selection");
        clear.setOnAction(e -> window.model().select(java.util.Optional.empty()));
        menu.getItems().addAll(mergeSelected, mergeAll, clear);
    }

    void show(javafx.scene.Node anchor, double screenX, double screenY) {
        menu.show(anchor, screenX, screenY);
    }
}
