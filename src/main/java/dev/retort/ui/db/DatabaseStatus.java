package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableState;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one connected database stands, as last read.
 *
 * @param profile the connection profile (name, colour, target)
 * @param table what reading its version table gave; empty while the first read runs
 * @param state the rows resolved against the project's graph (current, pending); empty when the
 *     table could not be read
 * @param reading true while a read is in progress
 */
public record DatabaseStatus(ConnectionProfile profile, Optional<VersionTableState> table,
        Optional<VersionState> state, boolean reading) {

    public DatabaseStatus {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(state, "state");
    }
}
