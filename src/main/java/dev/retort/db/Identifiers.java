package dev.retort.db;

/**
 * SQL identifier quoting for the one statement that needs names in its text
 * ({@code SELECT version_num FROM schema.table}): the name always goes in double quotes with
 * inner double quotes doubled, so no name can end the identifier and start SQL of its own.
 * Every other value travels as a bind parameter.
 */
final class Identifiers {
    private Identifiers() {
    }

    /** {@code "name"}, with {@code "} doubled; rejects NUL, which neither database allows in a name. */
    static String quote(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier contains a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."table"}. */
    static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
