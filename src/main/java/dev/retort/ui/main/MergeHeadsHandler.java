package dev.retort.ui.main;

import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.graph.EdgeKey;
import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * What "Merge heads…" does. The window only asks; the app decides (the merge wizard, or a
 * dialog showing the alembic command).
 */
@FunctionalInterface
public interface MergeHeadsHandler {

    /**
     * @param snapshot the project as loaded now
     * @param heads the heads to merge, in alembic's order: all of them, or the selected ones
     * @param fromSelection true when the user chose these heads in the graph
     * @param owner the window to put a dialog over
     * @param host what the window lends a wizard: a side sheet, graph highlights, reloading
     */
    record Request(ProjectSnapshot snapshot, List<String> heads, boolean fromSelection, Window owner, Host host) {
        public Request {
            heads = List.copyOf(heads);
        }

        /** The folder alembic runs in. */
        public Path projectFolder() {
            return snapshot.folder();
        }

        /** The configuration file, when it is not the default {@code alembic.ini}. */
        public Optional<Path> configFile() {
            Path location = snapshot.location();
            return Files.isRegularFile(location) && !location.getFileName().toString().equals("alembic.ini")
                    ? Optional.of(location) : Optional.empty();
        }
    }

    /** The window's side of a wizard. Everything runs on the JavaFX thread. */
    interface Host {
        /** Shows a sheet beside the graph, in place of the details, and focuses it. */
        void showSheet(Node sheet);

        /** Removes the sheet (if it is still shown) and brings the details back. */
        void closeSheet(Node sheet);

        /** Colours revisions and edges in the graph over the structure, under the selection; empty maps clear. */
        void highlight(Map<String, ? extends Collection<String>> nodes, Map<EdgeKey, String> edges);

        /** Reads the project again, then selects and reveals the revision once it is there. */
        void reloadAndSelect(String revisionId);

        /** Every finished load; the sheet follows reloads and closes when another project opens. */
        ReadOnlyObjectProperty<ExplorerViewModel.Loaded> loadedProperty();

        /** The connected databases. */
        DatabaseStates databases();

        /** The window's task runner. */
        TaskRunner tasks();

        /** Gives the keyboard back to the graph (after the sheet closes). */
        void focusGraph();

        /** The graph's colours now (the wizard's legend uses the same). */
        GraphPalette palette();
    }

    void onMergeHeadsRequested(Request request);
}
