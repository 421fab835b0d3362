package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.Secret;
import dev.retort.db.VersionTableReader;
import dev.retort.db.VersionTableState;

/**
 * Reads one database's version table; {@link VersionTableReader#read} in the app, fakes in tests.
 * Called off the FX thread; must not throw and must return within its timeouts.
 */
@FunctionalInterface
public interface VersionTableSource {
    VersionTableState read(ConnectionProfile profile, Secret password);

    /** The real reader: read-only, with its default timeouts and the user's ~/.pgpass. */
    static VersionTableSource standard() {
        VersionTableReader reader = new VersionTableReader();
        return reader::read;
    }
}
