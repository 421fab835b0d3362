package dev.retort.db;

import dev.retort.db.VersionTableState.Status;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a driver's {@link SQLException} into a {@link VersionTableState} with a message that
 * says what went wrong and what to do. Messages quote at most the first line of the driver's
 * text, and any occurrence of the password in it is masked.
 */
final class FailureClassifier {
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_NOTADB = 26;

    private final ConnectionProfile profile;
    private final Secret password;
    private final Timeouts timeouts;
    private final String passwordHint;

    /**
     * @param passwordHint what to say when a login fails, given where the password came from
     */
    FailureClassifier(ConnectionProfile profile, Secret password, Timeouts timeouts, String passwordHint) {
        this.profile = profile;
        this.password = password;
        this.timeouts = timeouts;
        this.passwordHint = passwordHint;
    }

    VersionTableState classify(SQLException e) {
        return profile.kind() == DbKind.SQLITE ? sqlite(e) : postgres(e);
    }

    private VersionTableState postgres(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = firstLine(e);
        String at = profile.host() + ":" + profile.port();
        Optional<String> unreachable = unreachableReason(e);
        if (unreachable.isPresent() || state.equals("08001") || state.equals("08006")) {
            String reason = unreachable.orElse(detail);
            return state(Status.SERVER_UNREACHABLE, "Cannot reach PostgreSQL at " + at + ": " + reason
                    + ". Is the server running? Check host/port or the profile's environment variables"
                    + environmentHint() + ".", state);
        }
        if (state.equals("28000")) {
            // invalid_authorization_specification: the role, not the password (no such role, NOLOGIN, pg_hba)
            return state(Status.AUTHENTICATION_FAILED, "PostgreSQL at " + at + " refused the login of \""
                    + profile.effectiveUser() + "\": " + detail + ". Check the user name: the role must exist and "
                    + "be allowed to log in from here.", state);
        }
        if (state.equals("28P01") || (state.equals("08004") && detail.toLowerCase(Locale.ROOT).contains("password"))) {
            return state(Status.AUTHENTICATION_FAILED, "PostgreSQL at " + at + " refused the login of \""
                    + profile.effectiveUser() + "\": " + detail + ". " + passwordHint, state);
        }
        if (state.equals("3D000")) {
            return state(Status.DATABASE_MISSING, "Database \"" + profile.effectiveDatabase()
                    + "\" does not exist at " + at + ". Check the profile's database name, or create the database.",
                    state);
        }
        if (state.equals("42501")) {
            return state(Status.PERMISSION_DENIED, "User \"" + profile.effectiveUser() + "\" may not read "
                    + profile.versionTableDisplay() + " at " + profile.target() + ": " + detail
                    + ". Grant it SELECT on the table and USAGE on its schema, or use another role.", state);
        }
        if (state.equals("42703")) {
            return state(Status.DRIVER_ERROR, profile.versionTableDisplay() + " at " + profile.target()
                    + " has no version_num column, so it is not an alembic version table: " + detail
                    + ". Check the profile's version table name.", state);
        }
        if (state.equals("57014")) {
            return state(Status.DRIVER_ERROR, "Reading " + profile.versionTableDisplay() + " at " + profile.target()
                    + " took longer than " + timeouts.querySeconds() + " s and was cancelled; is the table locked "
                    + "by a running migration?", state);
        }
        return state(Status.DRIVER_ERROR, "PostgreSQL error at " + profile.target() + ": " + detail
                + (state.isEmpty() ? "" : " (SQLState " + state + ")") + ".", state);
    }

    private VersionTableState sqlite(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String detail = firstLine(e);
        String file = profile.database();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (code) {
            case SQLITE_CANTOPEN -> state(Status.DATABASE_MISSING, "Cannot open the SQLite file " + file + ": "
                    + detail + ". Check the path and that the directory is readable.", state);
            case SQLITE_PERM, SQLITE_AUTH -> state(Status.PERMISSION_DENIED, "Not allowed to read the SQLite file "
                    + file + ": " + detail + ".", state);
            case SQLITE_BUSY, SQLITE_LOCKED -> state(Status.DRIVER_ERROR, "The SQLite file " + file + " stayed locked "
                    + "for " + timeouts.connect().toSeconds() + " s (is a migration running?): " + detail + ".", state);
            case SQLITE_NOTADB -> state(Status.DRIVER_ERROR, file + " is not a SQLite database: " + detail + ".",
                    state);
            default -> state(Status.DRIVER_ERROR, "SQLite error in " + file + ": " + detail
                    + " (error code " + e.getErrorCode() + ").", state);
        };
    }

    /** Network failures, found anywhere in the cause chain. */
    private Optional<String> unreachableReason(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof UnknownHostException) {
                return Optional.of("unknown host \"" + profile.host() + "\"");
            }
            if (t instanceof NoRouteToHostException) {
                return Optional.of("no route to host");
            }
            if (t instanceof ConnectException) {
                return Optional.of("connection refused");
            }
            if (t instanceof SocketTimeoutException) {
                return Optional.of("no answer within the timeout");
            }
        }
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("timed out") || text.contains("timeout")) {
            return Optional.of("no answer within " + timeouts.connectSeconds() * 2 + " s");
        }
        return Optional.empty();
    }

    /** What alembic runs with, to spot a POSTGRES_PORT=5433 that the profile's port disagrees with. */
    private String environmentHint() {
        if (profile.environment().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        profile.environment().forEach((k, v) -> parts.add(k + "=" + (SecretEnvironment.isSecret(k, v) ? "***" : v)));
        return " (alembic runs with " + String.join(" ", parts) + ")";
    }

    /** The driver's first line, password masked, without a trailing period. */
    private String firstLine(SQLException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = text.indexOf('\n');
        String line = (newline < 0 ? text : text.substring(0, newline)).strip();
        // pgjdbc prefixes the server's severity; the user needs the words after it
        for (String severity : new String[] {"FATAL: ", "ERROR: "}) {
            if (line.startsWith(severity)) {
                line = line.substring(severity.length());
            }
        }
        line = password.scrub(line);
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    private VersionTableState state(Status status, String message, String sqlState) {
        return new VersionTableState(status, List.of(), password.scrub(message),
                sqlState.isEmpty() ? Optional.empty() : Optional.of(sqlState), profile.target(),
                profile.versionTableDisplay());
    }
}
