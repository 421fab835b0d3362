package dev.retort.ui.alembic;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's choices about alembic, remembered between runs.
 *
 * @param alembicPath the alembic to prefer: an {@code alembic} executable, a Python interpreter
 *     with alembic, or a virtualenv folder; empty to search (the project's virtualenv, PATH,
 *     {@code python3 -m alembic})
 * @param loadOrder how to order revision files
 */
public record AlembicPreferences(Optional<Path> alembicPath, LoadOrderChoice loadOrder) {
    /** Search for alembic; order files as it does. */
    public static final AlembicPreferences DEFAULTS = new AlembicPreferences(Optional.empty(), LoadOrderChoice.AUTOMATIC);

    public AlembicPreferences {
        Objects.requireNonNull(alembicPath, "alembicPath");
        Objects.requireNonNull(loadOrder, "loadOrder");
    }

    public AlembicPreferences withAlembicPath(Optional<Path> path) {
        return new AlembicPreferences(path, loadOrder);
    }

    public AlembicPreferences withLoadOrder(LoadOrderChoice choice) {
        return new AlembicPreferences(alembicPath, choice);
    }
}
