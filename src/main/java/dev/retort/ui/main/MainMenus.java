package dev.retort.ui.main;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.RevisionLabels;
import dev.retort.ui.upgrade.UpgradeOperation;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar; every action has a menu entry, and the entries carry the keyboard shortcuts. */
final class MainMenus {
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final Menu go = new Menu("_Go");
    private final MainWindow window;
    private final ExplorerViewModel model;
    private final int fixedGoItems;
    private final MenuItem mergeHeads;
    private final MenuItem mergeSelected;

    MainMenus(MainWindow window, ExplorerViewModel model) {
        this.window = window;
        this.model = model;
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);

        Menu export = new Menu("Export Graph");
        export.getItems().addAll(
                item("PNG Image (whole graph)…", "Shortcut+Shift+P", () -> window.export("png"), "exportPng"),
                item("PNG Image (current view)…", null, () -> window.export("png-view"), "exportPngView"),
                item("SVG Drawing…", "Shortcut+Shift+S", () -> window.export("svg"), "exportSvg"),
                item("Graphviz DOT…", null, () -> window.export("dot"), "exportDot"));
        recent.setId("recentMenu");
        Menu file = new Menu("_File", null,
                item("Open Folder…", "Shortcut+O", window::openFolder, "openMenuItem"),
                recent,
                new SeparatorMenuItem(),
                item("Reload", "F5", model::reload, "reloadMenuItem"),
                export,
                new SeparatorMenuItem(),
                item("Preferences…", "Shortcut+Comma", window::showPreferences, "preferencesMenuItem"),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", Platform::exit, "quitMenuItem"));

        CheckMenuItem legend = new CheckMenuItem("Show Legend");
        legend.setSelected(true);
        legend.setOnAction(e -> window.graphView().legend().setVisible(legend.isSelected()));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("darkThemeItem");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        Menu view = new Menu("_View", null,
                item("Zoom In", "Shortcut+Equals", () -> window.graphView().zoomBy(1.25), null),
                item("Zoom Out", "Shortcut+Minus", () -> window.graphView().zoomBy(0.8), null),
                item("Fit Graph", "Shortcut+0", () -> window.graphView().fit(), "fitMenuItem"),
                item("Zoom to Selection", "Shortcut+Shift+E", window::zoomToSelection, null),
                new SeparatorMenuItem(), legend, dark);

        go.getItems().addAll(
                item("Find…", "Shortcut+F", window::focusFind, "findMenuItem"),
                item("Find Next", "F3", model::findNext, null),
                item("Find Previous", "Shift+F3", model::findPrevious, null),
                item("Clear Selection", null, () -> model.select(java.util.Optional.empty()), null),
                new SeparatorMenuItem());
        fixedGoItems = go.getItems().size();

        mergeHeads = item("Merge Heads…", "Shortcut+M", window::mergeHeads, "mergeHeadsMenuItem");
        mergeSelected = item("Merge Selected Heads…", "Shortcut+Shift+M", window::mergeSelectedHeads,
                "mergeSelectedHeadsMenuItem");
        mergeHeads.setDisable(true);
        mergeSelected.setDisable(true);
        Menu project = new Menu("_Project", null, mergeHeads, mergeSelected,
                new SeparatorMenuItem(),
                item("Databases…", "Shortcut+D", window::openDatabases, "databasesMenuItem"),
                item("Refresh Databases", "Shortcut+R", window::refreshDatabases, "refreshDatabasesMenuItem"),
                item("Upgrade Database…", "Shortcut+U", () -> window.upgrades().open(UpgradeOperation.UPGRADE),
                        "upgradeDatabaseMenuItem"),
                item("Downgrade or Stamp Database…", null, () -> window.upgrades().open(UpgradeOperation.DOWNGRADE),
                        "downgradeDatabaseMenuItem"));

        Menu help = new Menu("_Help", null,
                item("Keyboard Shortcuts", "F1", window::showShortcuts, "shortcutsMenuItem"),
                item("About alembic…", null, window::showPreferences, "aboutAlembicMenuItem"));

        bar.getMenus().addAll(file, view, go, project, help);
        model.recentProjects().addListener((ListChangeListener<Path>) c -> refreshRecent());
        refreshRecent();
    }

    private static MenuItem item(String text, String accelerator, Runnable action, String id) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        if (id != null) {
            item.setId(id);
        }
        return item;
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (Path path : model.recentProjects()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Enables "Merge Selected Heads…" when two heads are selected. */
    void setSelectedHeads(int count) {
        mergeSelected.setDisable(count < 2);
    }

    /** One "go to head" entry per head, Alt+1… for the first nine. */
    void setHeads(RevisionGraph graph, List<String> heads) {
        mergeHeads.setDisable(heads.size() < 2);
        go.getItems().remove(fixedGoItems, go.getItems().size());
        for (int i = 0; i < heads.size(); i++) {
            String id = heads.get(i);
            String label = "Head " + RevisionLabels.shortId(id) + "  " + graph.revision(id).map(r -> r.doc().strip())
                    .map(m -> m.length() > 40 ? m.substring(0, 39) + "…" : m).orElse("");
            MenuItem item = item(label, i < 9 ? "Alt+" + (i + 1) : null, () -> model.goTo(id), "goToHead" + i);
            item.setMnemonicParsing(false);
            go.getItems().add(item);
        }
    }

    MenuBar menuBar() {
        return bar;
    }
}
