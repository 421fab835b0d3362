package dev.retort.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A uniquely named database on the local PostgreSQL (trust authentication, user postgres),
 * plus any roles a test creates; {@link #close()} drops them all.
 */
final class PostgresTestDatabase implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final List<String> roles = new ArrayList<>();

    private PostgresTestDatabase(String name) {
        this.name = name;
    }

    /** Creates {@code retort_<prefix>_<random>}. Call {@link ExternalTools#requirePostgres()} first. */
    static PostgresTestDatabase create(String prefix) throws SQLException {
        PostgresTestDatabase db = new PostgresTestDatabase(unique(prefix));
        admin("CREATE DATABASE " + Identifiers.quote(db.name));
        return db;
    }

    static String unique(String prefix) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return ("retort_" + prefix + "_" + HexFormat.of().formatHex(bytes)).toLowerCase(Locale.ROOT);
    }

    String name() {
        return name;
    }

    /** A profile for this database as user postgres, no password. */
    ConnectionProfile profile() {
        return ConnectionProfile.postgres("test", ExternalTools.PG_HOST, ExternalTools.PG_PORT, name, "postgres")
                .withPasswordSource(PasswordSource.NONE);
    }

    /** The SQLAlchemy URL alembic uses for this database. */
    String sqlalchemyUrl() {
        return "postgresql://postgres@" + ExternalTools.PG_HOST + ":" + ExternalTools.PG_PORT + "/" + name;
    }

    /** Runs statements in this database as postgres, auto-committed. */
    void execute(String... sql) throws SQLException {
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** A role that is dropped with the database; the name is made unique. */
    String createRole(String prefix, String attributes) throws SQLException {
        String role = unique(prefix);
        admin("CREATE ROLE " + Identifiers.quote(role) + " " + attributes);
        roles.add(role);
        return role;
    }

    /** True when a table of that exact name exists in public. */
    boolean tableExists(String table) throws SQLException {
        try (Connection c = connect(name);
                var ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'public' "
                        + "AND tablename = ?")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + ExternalTools.PG_HOST + ":" + ExternalTools.PG_PORT
                + "/" + database + "?connectTimeout=5", "postgres", "");
    }

    /** Drops the database (disconnecting anyone still on it) and the roles. */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        try {
            admin("DROP DATABASE IF EXISTS " + Identifiers.quote(name) + " WITH (FORCE)");
        } catch (SQLException e) {
            first = e;
        }
        for (String role : roles) {
            try {
                admin("DROP ROLE IF EXISTS " + Identifiers.quote(role));
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
