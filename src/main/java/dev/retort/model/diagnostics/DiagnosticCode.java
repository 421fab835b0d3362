package dev.retort.model.diagnostics;

/** Stable identifiers of every kind of problem Retort reports (used by {@code check --format json}). */
public enum DiagnosticCode {
    // configuration
    CONFIG_NOT_FOUND,
    CONFIG_SYNTAX,
    CONFIG_INTERPOLATION,
    CONFIG_MISSING_SCRIPT_LOCATION,
    CONFIG_SCRIPT_LOCATION_MISSING_DIR,
    CONFIG_PACKAGE_RESOURCE,
    CONFIG_BAD_VALUE,
    /** The outcome depends on the alembic version (1.8.1 versus 1.16+, e.g. pyproject.toml support). */
    CONFIG_VERSION_DEPENDENT,
    VERSIONS_DIR_MISSING,
    FILE_LOADED_TWICE,
    SOURCELESS_UNSUPPORTED,

    // revision files
    UNREADABLE_FILE,
    ENCODING,
    SYNTAX_ERROR,
    COMPUTED_VALUE,
    MISSING_REVISION,
    MISSING_DOWN_REVISION,
    NOT_A_STRING,
    ILLEGAL_CHARACTERS,
    EMPTY_DOWN_REVISION,

    // databases: where a connected profile stands (the window's problems pane)
    /** The database could not be read: unreachable, login refused, missing, no permission. */
    DATABASE_UNAVAILABLE,
    /** The database has no version table: stamp it or upgrade from base. */
    DATABASE_NOT_UNDER_ALEMBIC,
    /** A version-table row names a revision no script defines. */
    DATABASE_ROW_UNKNOWN,
    /** Version-table rows that are ancestors of each other. */
    DATABASE_ROWS_OVERLAP,
    /** Alembic could not plan an upgrade from the database's rows. */
    DATABASE_PLAN_FAILED,

    // graph
    MULTIPLE_HEADS,
    DUPLICATE_REVISION,
    DANGLING_DOWN_REVISION,
    DANGLING_DEPENDS_ON,
    SELF_LOOP,
    DEPENDENCY_SELF_LOOP,
    CYCLE,
    DEPENDENCY_CYCLE,
    DUPLICATE_BRANCH_LABEL,
    REVISION_ID_TOO_LONG
}
