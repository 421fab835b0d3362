package dev.retort.parsing.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to load: the version directories and the alembic options that change file discovery.
 *
 * @param versionLocations absolute version directories in configuration order
 * @param explicitLocations true when they come from {@code version_locations} (missing ones are
 *     then skipped silently, as alembic does); false for the default
 *     {@code <script_location>/versions}, whose absence alembic 1.8.1 does not survive
 * @param recursive {@code recursive_version_locations = true} (alembic &gt;= 1.10)
 * @param sourceless {@code sourceless = true}: {@code .pyc}/{@code .pyo} files count as revisions
 * @param order the listing order to reproduce
 */
public record ScriptLoadRequest(
        List<Path> versionLocations,
        boolean explicitLocations,
        boolean recursive,
        boolean sourceless,
        LoadOrder order) {

    public ScriptLoadRequest {
        versionLocations = List.copyOf(versionLocations);
        Objects.requireNonNull(order, "order");
    }

    /** The default {@code versions} directory, sorted order, no options. */
    public static ScriptLoadRequest ofDefault(Path versionsDirectory) {
        return new ScriptLoadRequest(List.of(versionsDirectory), false, false, false, LoadOrder.SORTED);
    }

    /** Explicit {@code version_locations}, sorted order, no options. */
    public static ScriptLoadRequest ofLocations(List<Path> locations) {
        return new ScriptLoadRequest(locations, true, false, false, LoadOrder.SORTED);
    }

    /** The same request with another listing order. */
    public ScriptLoadRequest withOrder(LoadOrder newOrder) {
        return new ScriptLoadRequest(versionLocations, explicitLocations, recursive, sourceless, newOrder);
    }

    /** The same request with {@code recursive_version_locations} set or not. */
    public ScriptLoadRequest withRecursive(boolean newRecursive) {
        return new ScriptLoadRequest(versionLocations, explicitLocations, newRecursive, sourceless, order);
    }

    /** The same request with {@code sourceless} set or not. */
    public ScriptLoadRequest withSourceless(boolean newSourceless) {
        return new ScriptLoadRequest(versionLocations, explicitLocations, recursive, newSourceless, order);
    }
}
