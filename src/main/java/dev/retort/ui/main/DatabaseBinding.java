package dev.retort.ui.main;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.ui.db.DatabaseOverlay;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabaseStatus;
import dev.retort.ui.db.DatabasesDialog;
import dev.retort.ui.db.DatabasesModel;
import dev.retort.ui.details.DetailsView;
import dev.retort.ui.graph.GraphLegend;
import dev.retort.ui.graph.GraphView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connects the databases to the window: a loaded project goes to the profiles, where each
 * database stands goes to the graph (rings, badges, tags), legend, status bar, details pane and
 * problems pane. Owns the Databases dialog.
 *
 * <p>The window's {@link DatabaseStates} is a {@link DatabasesModel} in the app; given
 * {@link DatabaseStates#none()} the window keeps profiles of its own in memory; any other
 * implementation (a wizard test's fixed statuses) is only drawn.
 */
final class DatabaseBinding {
    private final DatabaseStates states;
    private final Optional<DatabasesModel> databases;
    private final ExplorerViewModel model;
    private final GraphView graph;
    private final StatusBar statusBar;
    private final DetailsView details;
    private final Consumer<List<Diagnostic>> problems;
    private final MainWindow window;
    private DatabasesDialog dialog;
    private Optional<Path> dialogRoot = Optional.empty();

    DatabaseBinding(DatabaseStates given, MainWindow window, ExplorerViewModel model, GraphView graph,
            StatusBar statusBar, DetailsView details, Consumer<List<Diagnostic>> problems) {
        states = given.isNone() ? DatabasesModel.inMemory(model.tasks()) : given;
        databases = states instanceof DatabasesModel m ? Optional.of(m) : Optional.empty();
        this.window = window;
        this.model = model;
        this.graph = graph;
        this.statusBar = statusBar;
        this.details = details;
        this.problems = problems;
        states.statuses().addListener((javafx.collections.ListChangeListener<DatabaseStatus>) c -> show());
        model.selectedProperty().addListener((o, a, id) -> showDetails());
        model.darkProperty().addListener((o, a, dark) -> {
            if (dialog != null) {
                Theme.apply(dialog.stage().getScene(), dark);
            }
        });
        show();
    }

    /** After the graph is shown: another project closes the dialog first, so its edits land in their own project. */
    void projectLoaded(ExplorerViewModel.Loaded loaded) {
        Path root = DatabasesModel.projectRoot(loaded.snapshot());
        if (dialog != null && !dialogRoot.equals(Optional.of(root))) {
            dialog.stage().close();
            dialog = null;
        }
        databases.ifPresent(d -> d.projectLoaded(loaded.snapshot(), loaded.reload()));
        show();
    }

    private void show() {
        DatabaseOverlay overlay = DatabaseOverlay.of(states.statuses());
        graph.setDatabaseMarkers(overlay.marks());
        graph.legend().setDatabases(overlay.entries().stream()
                .map(e -> new GraphLegend.Database(e.name(), e.color())).toList());
        statusBar.setDatabases(overlay.entries(), this::open);
        problems.accept(overlay.problems());
        showDetails();
    }

    private void showDetails() {
        details.showDatabases(model.selectedProperty().get()
                .map(id -> DatabaseOverlay.marksAt(states.statuses(), id)).orElse(List.of()));
    }

    /** Shows the Databases dialog (made once per project); only where profiles are kept. */
    void open() {
        if (databases.isEmpty() || databases.get().root().isEmpty()) {
            return;
        }
        if (dialog == null) {
            dialog = new DatabasesDialog(databases.get(), window.window().orElse(null),
                    scene -> Theme.apply(scene, model.darkProperty().get()));
            dialogRoot = databases.get().root();
        }
        dialog.show();
    }

    DatabaseStates states() {
        return states;
    }

    Optional<DatabasesModel> databases() {
        return databases;
    }

    Optional<DatabasesDialog> dialog() {
        return Optional.ofNullable(dialog);
    }
}
