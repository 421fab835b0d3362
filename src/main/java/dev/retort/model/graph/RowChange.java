package dev.retort.model.graph;

import java.util.Objects;

/**
 * One statement alembic runs on its version table during a step.
 *
 * @param kind INSERT, UPDATE or DELETE
 * @param from the row changed or deleted ({@code null} for INSERT)
 * @param to the row inserted or the new value ({@code null} for DELETE)
 */
public record RowChange(Kind kind, String from, String to) {
    public enum Kind { INSERT, UPDATE, DELETE }

    public RowChange {
        Objects.requireNonNull(kind, "kind");
    }

    public static RowChange insert(String to) {
        return new RowChange(Kind.INSERT, null, to);
    }

    public static RowChange update(String from, String to) {
        return new RowChange(Kind.UPDATE, from, to);
    }

    public static RowChange delete(String from) {
        return new RowChange(Kind.DELETE, from, null);
    }

    /** The statement as {@code alembic upgrade --sql} prints it for a table named {@code table}. */
    public String sql(String table) {
        return switch (kind) {
            case INSERT -> "INSERT INTO " + table + " (version_num) VALUES ('" + to + "');";
            case DELETE -> "DELETE FROM " + table + " WHERE " + table + ".version_num = '" + from + "';";
            case UPDATE -> "UPDATE " + table + " SET version_num='" + to + "' WHERE " + table + ".version_num = '"
                    + from + "';";
        };
    }
}
