package dev.retort.ui.project;

import dev.retort.layout.DagLayout;
import dev.retort.layout.LayoutOptions;
import dev.retort.layout.LayoutResult;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.ProjectLoader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.script.LoadOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Reads a project and lays it out: the whole of "open", without any UI, so it can run anywhere. */
public final class ProjectOpener {
    /** Rows a little taller than the layout's default, so two lines of label never touch. */
    public static final LayoutOptions LAYOUT = LayoutOptions.DEFAULTS.withSpacing(44, 28, 30);

    private final ProjectLoader loader = new ProjectLoader();
    private final DagLayout layout = new DagLayout();
    private volatile LoadOrder loadOrder = LoadOrder.SORTED;

    /**
     * The order revision files are read in from now on: as the alembic in use lists them (ties in
     * heads and upgrade order follow it). Sorted, as alembic 1.10 and later, until told otherwise.
     */
    public void setLoadOrder(LoadOrder order) {
        loadOrder = java.util.Objects.requireNonNull(order, "order");
    }

    public LoadOrder loadOrder() {
        return loadOrder;
    }

    public ProjectSnapshot open(Path location) {
        Path absolute = location.toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        LoadedProject project = loader.load(request(absolute), loadOrder);
        long t1 = System.nanoTime();
        LayoutResult result = layout.layout(project.graph(), LAYOUT);
        long t2 = System.nanoTime();
        return new ProjectSnapshot(absolute, project, result, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1));
    }

    /** A folder is alembic's working directory; a file is its {@code -c} config file. */
    public static ConfigRequest request(Path location) {
        if (Files.isRegularFile(location)) {
            return ConfigRequest.in(workingDirectory(location)).withConfigFile(location);
        }
        return ConfigRequest.in(location);
    }

    /** The folder alembic would run in for this location. */
    public static Path workingDirectory(Path location) {
        if (Files.isRegularFile(location) && location.getParent() != null) {
            return location.getParent();
        }
        return location;
    }

    /** Whether a dropped or chosen path looks like something we can open. */
    public static boolean isOpenable(Path path) {
        if (Files.isDirectory(path)) {
            return true;
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".ini") || name.equals("pyproject.toml"));
    }
}
