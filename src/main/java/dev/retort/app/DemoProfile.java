package dev.retort.app;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbIssue;
import dev.retort.db.ProfileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's ready-made connection profile: "demo (SQLite)" on the user's copy of demo.db, so
 * the first window already shows where the incident's database stands. Written once, when the
 * demo has no profiles file yet; after that the profiles are the user's.
 */
public final class DemoProfile {
    public static final String NAME = "demo (SQLite)";

    private DemoProfile() {
    }

    /**
     * @param demoFolder the user's copy of the demo (alembic's working directory)
     * @param database its demo.db
     * @return what saving reported (nothing when the file existed already)
     */
    public static List<DbIssue> ensure(ProfileStore store, Path demoFolder, Path database) throws IOException {
        // profiles are filed under the working directory as alembic resolves it: the real path
        Path root = demoFolder.toRealPath();
        if (Files.exists(store.fileFor(root))) {
            return List.of();
        }
        return store.save(root, List.of(ConnectionProfile.sqlite(NAME, database.toRealPath())));
    }
}
