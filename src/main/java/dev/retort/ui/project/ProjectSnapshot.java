package dev.retort.ui.project;

import dev.retort.layout.LayoutResult;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.LoadedProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the window shows about one load of a project, computed off the FX thread.
 *
 * @param location what the user opened: a folder, an alembic.ini or a pyproject.toml
 * @param project the loaded project (graph, diagnostics, configuration)
 * @param layout positions of every revision
 * @param loadTime time spent reading files and building the graph
 * @param layoutTime time spent in {@link dev.retort.layout.DagLayout}
 */
public record ProjectSnapshot(Path location, LoadedProject project, LayoutResult layout, Duration loadTime,
        Duration layoutTime) {

    public RevisionGraph graph() {
        return project.graph();
    }

    /** The folders a file watcher should watch: the version locations that exist. */
    public List<Path> watchedFolders() {
        return project.config().map(c -> c.versionLocations()).orElse(List.of()).stream()
                .filter(java.nio.file.Files::isDirectory).toList();
    }

    /** The folder shown in the title bar and the recent list: the project folder. */
    public Path folder() {
        return ProjectOpener.workingDirectory(location);
    }
}
