package dev.retort.db;

/**
 * Where a profile's password comes from. There is deliberately no "stored" option: Retort
 * never keeps a password in plain text.
 */
public enum PasswordSource {
    /** Ask the user each time (the password typed is kept in memory for the session only). */
    PROMPT,
    /** Look it up in {@code PGPASSFILE} or {@code ~/.pgpass} as libpq does; none if no line matches. */
    PGPASS,
    /** Connect without a password (trust or peer authentication, SQLite). */
    NONE
}
