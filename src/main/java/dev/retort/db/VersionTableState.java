package dev.retort.db;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What reading one database's version table gave: its rows, or why there are none.
 *
 * @param status the outcome
 * @param rows the {@code version_num} values in the order the database returned them (only for
 *     {@link Status#CONNECTED}; empty otherwise)
 * @param message one line for the user saying what happened and what to do; never a stack
 *     trace, never the password
 * @param sqlState the driver's SQLState, when a driver error is the cause
 * @param target where Retort connected ({@code host:port/db} or the SQLite file)
 * @param versionTable the table read, {@code schema.table} or {@code table}
 */
public record VersionTableState(Status status, List<String> rows, String message, Optional<String> sqlState,
        String target, String versionTable) {

    /** The outcomes of a read, from "rows read" to the failures with their own guidance. */
    public enum Status {
        /** Connected and read at least one row. */
        CONNECTED,
        /** The table exists and is empty: the database is at base. */
        EMPTY_TABLE,
        /** No version table: the database is not under alembic control (alembic reads this as base). */
        VERSION_TABLE_MISSING,
        /** Connection refused, host unknown, or no answer within the timeout. */
        SERVER_UNREACHABLE,
        /** The server refused the login (SQLState 28P01, 28000, or a missing password). */
        AUTHENTICATION_FAILED,
        /** The database (or SQLite file) does not exist (SQLState 3D000). */
        DATABASE_MISSING,
        /** Logged in, but may not read the version table (SQLState 42501, or an unreadable file). */
        PERMISSION_DENIED,
        /** The profile cannot be used as it stands (blank host, bad port, ...). */
        INVALID_PROFILE,
        /** Anything else the driver reported; {@link #sqlState()} says what. */
        DRIVER_ERROR
    }

    public VersionTableState {
        Objects.requireNonNull(status, "status");
        rows = List.copyOf(rows);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(versionTable, "versionTable");
    }

    /** The rows as the set alembic treats them as (duplicates folded, first-seen order). */
    public Set<String> rowSet() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(rows));
    }

    /** True when the database was reached and its version is known (rows, empty, or no table). */
    public boolean versionKnown() {
        return status == Status.CONNECTED || status == Status.EMPTY_TABLE || status == Status.VERSION_TABLE_MISSING;
    }

    /**
     * The rows alembic would work from ({@code get_current_heads}): empty for an empty or missing
     * table; empty {@code Optional} when the database could not be read at all.
     */
    public Optional<List<String>> alembicRows() {
        return versionKnown() ? Optional.of(rows) : Optional.empty();
    }

    @Override
    public String toString() {
        return status + ": " + message;
    }
}
