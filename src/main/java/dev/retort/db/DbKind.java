package dev.retort.db;

/** The databases Retort can read a version table from. MySQL/MariaDB would need a driver the build does not ship. */
public enum DbKind {
    POSTGRESQL,
    SQLITE
}
