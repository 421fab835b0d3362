package dev.retort.runner;

import java.util.Objects;
import java.util.Optional;

/**
 * What a SQL preview gave.
 *
 * @param status the outcome
 * @param sql the SQL alembic printed (stdout), complete for {@link Status#OK}; whatever was
 *     printed before the failure otherwise
 * @param message for the user: empty for OK; otherwise what went wrong and what to do
 * @param run the alembic run, when one was made
 */
public record SqlPreviewResult(Status status, String sql, String message, Optional<RunResult> run) {

    /** The outcomes of a preview. */
    public enum Status {
        /** alembic printed the SQL. */
        OK,
        /** The project's env.py (or a migration) cannot work offline: no SQL without a database. */
        OFFLINE_NOT_SUPPORTED,
        /** alembic's offline mode cannot express this request (several starting revisions). */
        NOT_EXPRESSIBLE,
        /** alembic failed for another reason (unknown revision, syntax error, ...). */
        FAILED,
        /** The preview was cancelled. */
        CANCELLED
    }

    public SqlPreviewResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(run, "run");
    }

    /** True when the SQL is there. */
    public boolean ok() {
        return status == Status.OK;
    }
}
