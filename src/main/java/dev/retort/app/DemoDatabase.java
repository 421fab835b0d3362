package dev.retort.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the demo's SQLite database from the SQL dump shipped with it ({@code demo.sql},
 * made by {@code scripts/make-demo-db.sh} from a real {@code alembic upgrade}). Only ever
 * writes a database file that does not exist yet, in the user's own copy of the demo.
 */
public final class DemoDatabase {
    public static final String DUMP = "demo.sql";
    public static final String DATABASE = "demo.db";

    private DemoDatabase() {
    }

    /**
     * Makes {@code demoFolder/demo.db} from {@code demoFolder/demo.sql} unless it already exists.
     *
     * @return the database file
     * @throws IOException when the dump is missing or cannot be applied
     */
    public static Path ensure(Path demoFolder) throws IOException {
        Path database = demoFolder.resolve(DATABASE);
        if (Files.exists(database)) {
            return database;
        }
        String dump = Files.readString(demoFolder.resolve(DUMP), StandardCharsets.UTF_8);
        // build beside the target and move it in, so a failure never leaves half a database behind
        Path temp = Files.createTempFile(demoFolder, ".demo-", ".db");
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp);
                    Statement s = c.createStatement()) {
                // sqlite-jdbc runs every statement of the script (sqlite3_exec)
                s.executeUpdate(dump);
            }
            Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IOException("Cannot create the demo database from " + DUMP + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
        return database;
    }
}
