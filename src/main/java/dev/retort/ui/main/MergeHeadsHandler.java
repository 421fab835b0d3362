package dev.retort.ui.main;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/**
 * What "Merge heads…" does. The window only asks; the app decides (today a dialog showing the
 * alembic command, later the merge wizard).
 */
@FunctionalInterface
public interface MergeHeadsHandler {

    /**
     * @param projectFolder the folder alembic runs in
     * @param configFile the configuration file, when it is not the default {@code alembic.ini}
     * @param heads the heads to merge, in alembic's order
     * @param owner the window to put a dialog over
     */
    record Request(Path projectFolder, java.util.Optional<Path> configFile, List<String> heads, Window owner) {
    }

    void onMergeHeadsRequested(Request request);
}
