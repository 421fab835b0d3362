package dev.retort.db;

import dev.retort.model.diagnostics.Severity;
import java.util.Objects;

/**
 * One problem found while reading a URL, a profile or a version table. Like the model's
 * diagnostics, these are returned, never thrown, so the rest of the work goes on.
 *
 * @param severity how bad it is
 * @param code a stable machine-readable identifier
 * @param message user-facing text; never contains a password
 */
public record DbIssue(Severity severity, DbIssueCode code, String message) {

    public DbIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Something that stops the work at hand (no URL, no profile, no plan). */
    public static DbIssue error(DbIssueCode code, String message) {
        return new DbIssue(Severity.ERROR, code, message);
    }

    /** The result may differ from what alembic does with the same input. */
    public static DbIssue warning(DbIssueCode code, String message) {
        return new DbIssue(Severity.WARNING, code, message);
    }

    /** Worth knowing; nothing is wrong. */
    public static DbIssue info(DbIssueCode code, String message) {
        return new DbIssue(Severity.INFO, code, message);
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
