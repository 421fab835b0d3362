package dev.retort.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The only statements Retort sends: catalog look-ups with bind parameters, then
 * {@code SELECT version_num FROM "schema"."table"}. No statement ever writes.
 */
final class VersionTableQueries {
    /** Relation kinds one can SELECT from: tables, partitioned tables, views, materialized views, foreign tables. */
    private static final String PG_FIND_VISIBLE = "SELECT n.nspname FROM pg_catalog.pg_class c "
            + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE pg_catalog.pg_table_is_visible(c.oid) AND c.relname = ? AND c.relkind IN ('r','p','v','m','f')";
    private static final String PG_FIND_IN_SCHEMA = "SELECT n.nspname FROM pg_catalog.pg_class c "
            + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r','p','v','m','f')";
    private static final String PG_SCHEMA_EXISTS = "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?";
    private static final String PG_SEARCH_PATH = "SELECT pg_catalog.current_setting('search_path')";
    private static final String SQLITE_SCHEMA_EXISTS =
            "SELECT name FROM pragma_database_list WHERE name = ? COLLATE NOCASE";

    private VersionTableQueries() {
    }

    /**
     * Where the version table is.
     *
     * @param schema the schema holding it, present when found
     * @param table the table's name as stored (SQLite matches names case-insensitively)
     * @param searched where Retort looked, for the "missing" message
     */
    record Location(Optional<String> schema, String table, String searched) {
        boolean found() {
            return schema.isPresent();
        }
    }

    /**
     * PostgreSQL: with no schema, the table alembic's unqualified SELECT would see (first on the
     * search path, as SQLAlchemy's {@code has_table} checks with {@code pg_table_is_visible}).
     */
    static Location locatePostgres(Connection c, Optional<String> schema, String table, int timeout)
            throws SQLException {
        if (schema.isEmpty()) {
            Optional<String> found = firstString(c, PG_FIND_VISIBLE, timeout, table);
            String searched = found.isPresent() ? "" : "the search path (" + searchPath(c, timeout) + ")";
            return new Location(found, table, searched);
        }
        if (firstString(c, PG_SCHEMA_EXISTS, timeout, schema.get()).isEmpty()) {
            return new Location(Optional.empty(), table, "schema \"" + schema.get() + "\", which does not exist");
        }
        return new Location(firstString(c, PG_FIND_IN_SCHEMA, timeout, schema.get(), table), table,
                "schema \"" + schema.get() + "\"");
    }

    /** SQLite: {@code main} unless a schema (an attached database name) is given. */
    static Location locateSqlite(Connection c, Optional<String> schema, String table, int timeout)
            throws SQLException {
        String database = schema.orElse("main");
        Optional<String> attached = firstString(c, SQLITE_SCHEMA_EXISTS, timeout, database);
        if (attached.isEmpty()) {
            return new Location(Optional.empty(), table, "database \"" + database + "\", which is not attached");
        }
        String sql = "SELECT name FROM " + Identifiers.quote(attached.get())
                + ".sqlite_master WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE";
        Optional<String> name = firstString(c, sql, timeout, table);
        return new Location(name.map(n -> attached.get()), name.orElse(table), "database \"" + database + "\"");
    }

    /** {@code SELECT version_num FROM "schema"."table"}, rows in the order the database returns them. */
    static List<String> readRows(Connection c, String schema, String table, int timeout) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(timeout);
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM " + Identifiers.qualified(schema, table))) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    if (value != null) {
                        rows.add(value);
                    }
                }
            }
        }
        return rows;
    }

    private static String searchPath(Connection c, int timeout) throws SQLException {
        return firstString(c, PG_SEARCH_PATH, timeout).orElse("");
    }

    private static Optional<String> firstString(Connection c, String sql, int timeout, String... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(timeout);
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
