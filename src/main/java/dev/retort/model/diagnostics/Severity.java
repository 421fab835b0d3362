package dev.retort.model.diagnostics;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    /** Alembic itself would fail (traceback or {@code FAILED:}); the project is shown anyway. */
    ERROR,
    /** Alembic warns, or a result may differ from what alembic does. */
    WARNING,
    /** Worth knowing, nothing is wrong. */
    INFO
}
