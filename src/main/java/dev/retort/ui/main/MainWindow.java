package dev.retort.ui.main;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.Severity;
import dev.retort.ui.alembic.AlembicLocator;
import dev.retort.ui.alembic.AlembicSetup;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabasesDialog;
import dev.retort.ui.db.DatabasesModel;
import dev.retort.ui.details.DetailsView;
import dev.retort.ui.details.DetailsViewModel;
import dev.retort.ui.graph.GraphView;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.upgrade.UpgradeOperation;
import dev.retort.ui.upgrade.UpgradeWizard;
import dev.retort.ui.upgrade.UpgradeWizardLauncher;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The explorer window: menu and toolbar, the heads banner, the graph with the details pane on
 * its right and the problems below, the status bar. It wires the view model to the views; the
 * app supplies the services (dialogs, editor, the merge hook).
 */
public final class MainWindow {
    /**
     * What the window needs from outside; the app passes the real ones, tests fakes.
     *
     * @param databases the connected databases (the wizards read where each stands and plan from
     *     them): a {@link DatabasesModel} in the app (profiles, reads, the Databases dialog); with
     *     {@link DatabaseStates#none()} the window keeps profiles in memory
     * @param alembic how to find and run the user's alembic
     */
    public record Services(Dialogs dialogs, FileOpener fileOpener, MergeHeadsHandler mergeHeads,
            DatabaseStates databases, AlembicSetup alembic) {

        /** No database connected yet; alembic found with the defaults when first needed. */
        public Services(Dialogs dialogs, FileOpener fileOpener, MergeHeadsHandler mergeHeads) {
            this(dialogs, fileOpener, mergeHeads, DatabaseStates.none());
        }

        /** Alembic found with the defaults when first needed. */
        public Services(Dialogs dialogs, FileOpener fileOpener, MergeHeadsHandler mergeHeads,
                DatabaseStates databases) {
            this(dialogs, fileOpener, mergeHeads, databases, AlembicSetup.defaults());
        }

        public Services withDatabases(DatabaseStates states) {
            return new Services(dialogs, fileOpener, mergeHeads, states, alembic);
        }

        public Services withAlembic(AlembicSetup setup) {
            return new Services(dialogs, fileOpener, mergeHeads, databases, setup);
        }
    }

    private final ExplorerViewModel model;
    private final Services services;
    private final GraphView graph = new GraphView();
    private final DetailsViewModel detailsModel;
    private final DetailsView details;
    private final ProblemsPane problems;
    private final GraphExports exports;
    private final HeadsBanner banner;
    private final StatusBar statusBar;
    private final MainToolbar toolbar;
    private final MainMenus menus;
    private final FolderWatcher watcher;
    private final UpgradeWizardHost upgrades;
    private ShortcutsHelp shortcuts;
    private final Label errorBanner = new Label();
    private final BorderPane root = new BorderPane();
    private final SplitPane graphAndDetails = new SplitPane();
    private final SheetHost host;
    private final DatabaseBinding databaseBinding;
    private Scene scene;

    public MainWindow(ExplorerViewModel model, Services services) {
        this.model = model;
        this.services = services;
        detailsModel = new DetailsViewModel(model.tasks());
        details = new DetailsView(detailsModel, model::goTo, this::openInEditor);
        problems = new ProblemsPane(this::activateProblem);
        banner = new HeadsBanner(model::goTo, this::mergeHeads);
        upgrades = new UpgradeWizardHost(this, model, services);
        statusBar = new StatusBar(model, model.tasks(), graph.viewportProperty(),
                () -> upgrades.open(UpgradeOperation.UPGRADE));
        toolbar = new MainToolbar(this, model);
        menus = new MainMenus(this, model);
        watcher = new FolderWatcher(model.tasks(), model::reload);
        host = new SheetHost(this, graph, root, graphAndDetails, details.node());
        databaseBinding = new DatabaseBinding(services.databases(), this, model, graph, statusBar, details,
                problems::showDatabases);
        exports = new GraphExports(model, graph, statusBar, services.dialogs(), this::window);
        layout();
        wire();
    }

    private void layout() {
        root.setId("mainWindow");
        errorBanner.setId("errorBanner");
        errorBanner.getStyleClass().add("error-banner");
        errorBanner.setWrapText(true);
        errorBanner.setMaxWidth(Double.MAX_VALUE);
        errorBanner.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        errorBanner.textProperty().bind(model.errorProperty());
        root.setTop(new VBox(menus.menuBar(), toolbar.node(), errorBanner, banner.node()));
        graphAndDetails.getItems().setAll(graph.node(), details.node());
        graphAndDetails.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(details.node(), false);
        SplitPane main = new SplitPane(graphAndDetails, problems.node());
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.82);
        SplitPane.setResizableWithParent(problems.node(), false);
        root.setCenter(main);
        root.setBottom(statusBar.node());
    }

    private void wire() {
        graph.setOnClick(click -> {
            if (click.revision().isEmpty()) {
                if (!click.additive()) {
                    model.select(Optional.empty());
                }
            } else if (click.doubleClick()) {
                graph.zoomTo(List.of(click.revision().get()));
            } else if (click.additive()) {
                model.selectAdditive(click.revision().get());
            } else {
                model.select(click.revision());
            }
        });
        model.setOnRevealRequested(graph::reveal);
        model.loadedProperty().addListener((o, a, loaded) -> showLoaded(loaded));
        model.highlightProperty().addListener((o, a, h) -> {
            graph.setNodeLayer("selection", h.nodeClasses());
            host.applyEdges(h.edgeClasses());
        });
        model.selectedProperty().addListener((o, a, id) -> detailsModel.show(model.snapshot(), id));
        model.searchProperty().addListener((o, a, s) -> {
            Map<String, Set<String>> matches = new HashMap<>();
            s.matches().forEach(id -> matches.put(id, Set.of("match")));
            graph.setNodeLayer("search", matches);
        });
        model.darkProperty().addListener((o, a, dark) -> applyTheme(dark));
        model.highlightProperty().addListener((o, a, h) -> menus.setSelectedHeads(selectedHeads().size()));
        graph.node().setOnContextMenuRequested(e -> {
            new GraphContextMenu(this).show(graph.node(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private void showLoaded(ExplorerViewModel.Loaded loaded) {
        ProjectSnapshot s = loaded.snapshot();
        var diagnostics = s.project().diagnostics();
        graph.show(s.graph(), s.layout(), GraphView.structuralClasses(s.graph(),
                ExplorerViewModel.revisionsWith(diagnostics, Severity.ERROR),
                ExplorerViewModel.revisionsWith(diagnostics, Severity.WARNING)),
                loaded.reload());
        host.applyEdges(model.highlightProperty().get().edgeClasses());
        problems.showProject(s.project().diagnostics());
        banner.show(s.project().summary().heads());
        toolbar.setHeads(s.graph(), s.project().summary().heads());
        menus.setHeads(s.graph(), s.project().summary().heads());
        menus.setSelectedHeads(selectedHeads().size());
        detailsModel.show(model.snapshot(), model.selectedProperty().get());
        watcher.watch(s.watchedFolders());
        upgrades.projectLoaded(s);
        window().filter(Stage.class::isInstance).map(Stage.class::cast)
                .ifPresent(stage -> stage.setTitle("Retort — " + s.folder().getFileName() + " (" + s.folder() + ")"));
        statusBar.say("");
        databaseBinding.projectLoaded(loaded);
    }

    /** Builds the scene (theme, drag and drop, keys) once. */
    public Scene createScene(double width, double height) {
        scene = new Scene(root, width, height);
        applyTheme(model.darkProperty().get());
        ProjectDrop.install(scene, model::open);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, new GraphKeys(this, graph, model, host)::handle);
        // Start with the graph focused, not the find field, so single-key shortcuts work at once.
        graph.node().setFocusTraversable(true);
        javafx.application.Platform.runLater(() -> graph.node().requestFocus());
        return scene;
    }

    private void applyTheme(boolean dark) {
        if (scene != null) {
            Theme.apply(scene, dark);
        }
        graph.setDark(dark);
        upgrades.setDark(dark);
    }

    // ---- actions (menus and toolbar call these) -------------------------------------------

    void openFolder() {
        services.dialogs().chooseProject(window().orElse(null), model.location().map(ProjectOpener::workingDirectory)
                .map(Path::getParent)).ifPresent(model::open);
    }

    void zoomToSelection() {
        List<String> ids = new java.util.ArrayList<>();
        model.selectedProperty().get().ifPresent(ids::add);
        model.secondaryProperty().get().ifPresent(ids::add);
        ids.addAll(model.highlightProperty().get().pathIds());
        graph.zoomTo(ids);
    }

    /** Merges every head (the banner, Project > Merge Heads…). */
    void mergeHeads() {
        model.snapshot().ifPresent(s -> services.mergeHeads().onMergeHeadsRequested(new MergeHeadsHandler.Request(s,
                s.project().summary().heads(), false, window().orElse(null), host)));
    }

    /** Merges the heads selected in the graph (click one, Ctrl+click another). */
    void mergeSelectedHeads() {
        List<String> heads = selectedHeads();
        if (heads.size() < 2) {
            return;
        }
        model.snapshot().ifPresent(s -> services.mergeHeads().onMergeHeadsRequested(new MergeHeadsHandler.Request(s,
                heads, true, window().orElse(null), host)));
    }

    /** The selected revisions that are heads, in the graph's head order. */
    List<String> selectedHeads() {
        Optional<ProjectSnapshot> s = model.snapshot();
        if (s.isEmpty()) {
            return List.of();
        }
        Set<String> selected = new java.util.HashSet<>();
        model.selectedProperty().get().ifPresent(selected::add);
        model.secondaryProperty().get().ifPresent(selected::add);
        return s.get().project().summary().heads().stream().filter(selected::contains).toList();
    }

    /** How many heads the project has now. */
    int headCount() {
        return model.snapshot().map(s -> s.project().summary().heads().size()).orElse(0);
    }

    /**
     * Writes an export: {@code png} (the whole graph), {@code png-view} (what the view shows
     * now), {@code svg} or {@code dot}.
     */
    void export(String kind) {
        exports.export(kind);
    }

    /** Exports without asking (the file dialog's answer, or a test's); {@code kind} as in {@link #export}. */
    public void exportTo(String kind, Path file) {
        exports.exportTo(kind, file);
    }

    private void activateProblem(Diagnostic problem) {
        if (problem.code().name().startsWith("DATABASE_") && problem.revisionId().isEmpty()) {
            openDatabases();
            return;
        }
        Optional<String> revision = problem.revisionId().filter(id -> model.snapshot()
                .map(s -> s.graph().contains(id)).orElse(false));
        if (revision.isPresent()) {
            model.goTo(revision.get());
        } else {
            problem.location().ifPresent(l -> openInEditor(l.file()));
        }
    }

    void openInEditor(Path file) {
        try {
            services.fileOpener().open(file);
        } catch (Exception e) {
            services.dialogs().showError(window().orElse(null), "Could not open the file",
                    "Opening " + file + " failed: " + e.getMessage());
        }
    }

    /** The upgrade wizard and the alembic it runs (the menus' entries). */
    UpgradeWizardHost upgrades() {
        return upgrades;
    }

    /** File > Preferences… and Help > About alembic…: the alembic found, its path, the file order. */
    /** Help > Keyboard Shortcuts: every menu shortcut and graph gesture. */
    public void showShortcuts() {
        if (shortcuts == null) {
            shortcuts = new ShortcutsHelp(menus.menuBar());
        }
        shortcuts.show(window().orElse(null));
    }

    /** The shortcuts window, once shown (tests). */
    public Optional<javafx.stage.Stage> shortcutsWindow() {
        return Optional.ofNullable(shortcuts).map(ShortcutsHelp::stage);
    }

    public void showPreferences() {
        upgrades.showPreferences();
    }

    /**
     * Opens the upgrade wizard (the merge wizard's "Upgrade database…" after it wrote a merge):
     * the app hands this to whoever needs it.
     */
    public UpgradeWizardLauncher upgradeLauncher() {
        return upgrades;
    }

    /** The upgrade wizard, once opened. */
    public Optional<UpgradeWizard> upgradeWizard() {
        return upgrades.wizard();
    }

    /** Which alembic the window uses. */
    public AlembicLocator alembic() {
        return upgrades.alembic();
    }

    void focusFind() {
        toolbar.focusFind();
    }

    /** Shows the Databases dialog: profiles, their forms, where each database stands (Ctrl+D). */
    public void openDatabases() {
        databaseBinding.open();
    }

    /** Reads every database of the project again, asking for passwords not given yet (Ctrl+R). */
    public void refreshDatabases() {
        databaseBinding.states().refresh();
    }

    /** The connected databases and where each stands: what the window draws and wizards read. */
    public DatabaseStates databaseStates() {
        return databaseBinding.states();
    }

    /** The profiles behind {@link #databaseStates()}, when the window manages them. */
    public Optional<DatabasesModel> databases() {
        return databaseBinding.databases();
    }

    /** The Databases dialog, once it has been opened. */
    public Optional<DatabasesDialog> databasesDialog() {
        return databaseBinding.dialog();
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    Optional<Window> window() {
        return Optional.ofNullable(root.getScene()).map(Scene::getWindow);
    }

    public void close() {
        upgrades.dispose();
        watcher.stop();
        graph.close();
    }

    public Parent root() {
        return root;
    }

    public GraphView graphView() {
        return graph;
    }

    public DetailsView detailsView() {
        return details;
    }

    public ExplorerViewModel model() {
        return model;
    }

    Services services() {
        return services;
    }

    void focusGraph() {
        graph.node().requestFocus();
    }

    public FolderWatcher watcher() {
        return watcher;
    }
}
