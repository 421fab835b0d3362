package dev.retort.db;

/**
 * Stable identifiers of the problems the {@code db} layer reports.
 *
 * <p>These live here rather than in {@code model.diagnostics.DiagnosticCode} because the model
 * has no database codes yet; they map one to one onto future {@code DiagnosticCode} entries.
 */
public enum DbIssueCode {
    /** The text is not a URL SQLAlchemy's {@code make_url} accepts. */
    URL_INVALID,
    /** A backend Retort cannot connect to (MySQL, Oracle, ...). */
    URL_UNSUPPORTED_BACKEND,
    /** A URL feature Retort reads differently from the Python driver, or leaves out. */
    URL_APPROXIMATED,
    /** A profile value is unusable (bad port, empty table name, ...). */
    PROFILE_INVALID,
    /** The profile file could not be read or written. */
    PROFILE_STORE,
    /** A secret-looking environment variable was not written to disk. */
    SECRET_NOT_SAVED,
    /** {@code ~/.pgpass} ignored, as libpq would ignore it. */
    PGPASS_IGNORED,
    /** A version-table row names a revision no script defines. */
    VERSION_ROW_UNKNOWN,
    /** One version-table row is an ancestor of another. */
    VERSION_ROWS_OVERLAP,
    /** Alembic would fail to plan {@code upgrade heads} from these rows. */
    VERSION_PLAN_FAILED
}
