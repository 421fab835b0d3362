package dev.retort.db;

import dev.retort.db.VersionTableState.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a database's alembic version table, read-only and with timeouts, and never throws:
 * every outcome is a {@link VersionTableState}.
 *
 * <p>The connection is opened read-only (pgjdbc {@code readOnly}/{@code readOnlyMode=always};
 * SQLite {@code SQLITE_OPEN_READONLY}), auto-commit is off so everything runs in one read-only
 * transaction, which is rolled back. The table is first looked up in the catalog with bind
 * parameters; only if it exists does {@code SELECT version_num FROM "schema"."table"} run.
 */
public final class VersionTableReader {
    private final Timeouts timeouts;
    private final PgPass pgPass;

    /** Default timeouts and the user's {@code PGPASSFILE} / {@code ~/.pgpass}. */
    public VersionTableReader() {
        this(Timeouts.DEFAULT, PgPass.standard());
    }

    /** With explicit timeouts and password file (tests, or a settings dialog). */
    public VersionTableReader(Timeouts timeouts, PgPass pgPass) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.pgPass = Objects.requireNonNull(pgPass, "pgPass");
    }

    /**
     * Reads the version table of the database {@code profile} points at.
     *
     * @param profile where to connect and which table to read
     * @param typedPassword a password the user typed (or the one written in a {@code --url});
     *     {@link Secret#none()} to fall back to the profile's {@link PasswordSource}
     */
    public VersionTableState read(ConnectionProfile profile, Secret typedPassword) {
        List<DbIssue> invalid = profile.validate().stream().filter(DbIssue::isError).toList();
        if (!invalid.isEmpty()) {
            return new VersionTableState(Status.INVALID_PROFILE, List.of(), invalid.get(0).message(),
                    Optional.empty(), profile.target(), profile.versionTableDisplay());
        }
        if (profile.kind() == DbKind.SQLITE) {
            Optional<VersionTableState> early = checkSqliteFile(profile);
            if (early.isPresent()) {
                return early.get();
            }
        }
        Credentials credentials = credentials(profile, typedPassword);
        FailureClassifier classifier = new FailureClassifier(profile, credentials.password, timeouts,
                credentials.hint);
        JdbcTarget target = JdbcTarget.of(profile, timeouts);
        try (Connection connection = target.connect(credentials.password)) {
            return readWith(connection, profile);
        } catch (SQLException e) {
            return classifier.classify(e);
        } catch (RuntimeException e) {
            // a driver bug must not take the UI down; keep only the type and first line
            return classifier.classify(new SQLException(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private VersionTableState readWith(Connection connection, ConnectionProfile profile) throws SQLException {
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        try {
            int timeout = timeouts.querySeconds();
            VersionTableQueries.Location location = profile.kind() == DbKind.POSTGRESQL
                    ? VersionTableQueries.locatePostgres(connection, profile.versionTableSchema(),
                            profile.versionTable(), timeout)
                    : VersionTableQueries.locateSqlite(connection, profile.versionTableSchema(),
                            profile.versionTable(), timeout);
            if (!location.found()) {
                return state(profile, Status.VERSION_TABLE_MISSING, List.of(), "No table "
                        + profile.versionTable() + " in " + location.searched() + " at " + profile.target()
                        + ": not under alembic control: stamp or upgrade from base.");
            }
            List<String> rows = VersionTableQueries.readRows(connection, location.schema().get(), location.table(),
                    timeout);
            if (rows.isEmpty()) {
                return state(profile, Status.EMPTY_TABLE, rows, profile.versionTableDisplay() + " at "
                        + profile.target() + " is empty: the database is at base.");
            }
            return state(profile, Status.CONNECTED, rows, "Read " + rows.size() + (rows.size() == 1 ? " row" : " rows")
                    + " from " + profile.versionTableDisplay() + " at " + profile.target() + ".");
        } finally {
            rollbackQuietly(connection);
        }
    }

    /** SQLite would report a missing file as "unable to open"; say plainly what is wrong instead. */
    private static Optional<VersionTableState> checkSqliteFile(ConnectionProfile profile) {
        if (profile.database().equals(":memory:")) {
            return Optional.of(state(profile, Status.VERSION_TABLE_MISSING, List.of(), "An in-memory SQLite database "
                    + "starts empty, so it has no version table: not under alembic control: stamp or upgrade "
                    + "from base."));
        }
        Path file = Path.of(profile.database());
        if (!Files.exists(file)) {
            return Optional.of(state(profile, Status.DATABASE_MISSING, List.of(), "The SQLite file " + file
                    + " does not exist. Check the path (a relative sqlite:/// path is relative to the directory "
                    + "alembic runs in); alembic would create an empty database there."));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of(state(profile, Status.PERMISSION_DENIED, List.of(), "The SQLite file " + file
                    + " is not a readable file. Check its permissions."));
        }
        return Optional.empty();
    }

    private record Credentials(Secret password, String hint) {
    }

    /** Typed password first, then the profile's source; the hint tells the user what to change. */
    private Credentials credentials(ConnectionProfile profile, Secret typed) {
        if (profile.kind() == DbKind.SQLITE) {
            return new Credentials(Secret.none(), "");
        }
        if (!typed.isEmpty()) {
            return new Credentials(typed, "Check the user name and password.");
        }
        return switch (profile.passwordSource()) {
            case PROMPT -> new Credentials(Secret.none(), "Enter the password when asked, or check the user name.");
            case NONE -> new Credentials(Secret.none(),
                    "The profile connects without a password; choose prompt or ~/.pgpass if the server needs one.");
            case PGPASS -> {
                PgPass.Lookup lookup = pgPass.lookup(profile.host(), profile.port(), profile.effectiveDatabase(),
                        profile.effectiveUser());
                String ignored = lookup.issues().isEmpty() ? "" : " (" + lookup.issues().get(0).message() + ")";
                yield lookup.password()
                        .map(p -> new Credentials(p, "Check the line for this server in " + pgPass.file() + "."))
                        .orElseGet(() -> new Credentials(Secret.none(), "No line in " + pgPass.file()
                                + " matches this server" + ignored
                                + "; add one, or let the profile prompt for the password."));
            }
        };
    }

    private static VersionTableState state(ConnectionProfile profile, Status status, List<String> rows,
            String message) {
        return new VersionTableState(status, rows, message, Optional.empty(), profile.target(),
                profile.versionTableDisplay());
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // nothing was written; closing the connection ends the transaction anyway
        }
    }
}
