package dev.retort.ui.main;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.ui.db.DatabaseOverlay;
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
 * Connects the databases to the window: a loaded project goes to the model, the model's overlay
 * to the graph (rings and badges), legend, status bar, details pane and problems pane. Owns the
 * Databases dialog.
 */
final class DatabaseBinding {
    private final DatabasesModel databases;
    private final ExplorerViewModel model;
    private final GraphView graph;
    private final StatusBar statusBar;
    private final DetailsView details;
    private final Consumer<List<Diagnostic>> problems;
    private final MainWindow window;
    private DatabasesDialog dialog;
    private Optional<Path> dialogRoot = Optional.empty();

    DatabaseBinding(DatabasesModel databases, MainWindow window, ExplorerViewModel model, GraphView graph,
            StatusBar statusBar, DetailsView details, Consumer<List<Diagnostic>> problems) {
        this.databases = databases;
        this.window = window;
        this.model = model;
        this.graph = graph;
        this.statusBar = statusBar;
        this.details = details;
        this.problems = problems;
        databases.overlayProperty().addListener((o, a, overlay) -> show(overlay));
        model.selectedProperty().addListener((o, a, id) -> showDetails());
        model.darkProperty().addListener((o, a, dark) -> {
            if (dialog != null) {
                Theme.apply(dialog.stage().getScene(), dark);
            }
        });
        show(databases.overlayProperty().get());
    }

    /** After the graph is shown: another project closes the dialog first, so its edits land in their own project. */
    void projectLoaded(ExplorerViewModel.Loaded loaded) {
        Path root = DatabasesModel.projectRoot(loaded.snapshot());
        if (dialog != null && !dialogRoot.equals(Optional.of(root))) {
            dialog.stage().close();
            dialog = null;
        }
        databases.projectLoaded(loaded.snapshot(), loaded.reload());
        show(databases.overlayProperty().get());
    }

    private void show(DatabaseOverlay overlay) {
        graph.setDatabaseMarkers(overlay.marks());
        graph.legend().setDatabases(overlay.entries().stream()
                .map(e -> new GraphLegend.Database(e.name(), e.color())).toList());
        statusBar.setDatabases(overlay.entries(), this::open);
        problems.accept(overlay.problems());
        showDetails();
    }

    private void showDetails() {
        details.showDatabases(model.selectedProperty().get()
                .map(id -> DatabaseOverlay.marksAt(databases.statuses(), id)).orElse(List.of()));
    }

    /** Shows the Databases dialog (made once per project). */
    void open() {
        if (databases.root().isEmpty()) {
            return;
        }
        if (dialog == null) {
            dialog = new DatabasesDialog(databases, window.window().orElse(null),
                    scene -> Theme.apply(scene, model.darkProperty().get()));
            dialogRoot = databases.root();
        }
        dialog.show();
    }

    Optional<DatabasesDialog> dialog() {
        return Optional.ofNullable(dialog);
    }
}
