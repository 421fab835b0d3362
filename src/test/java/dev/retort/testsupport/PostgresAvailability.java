package dev.retort.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL of the integration tests: {@code 127.0.0.1:5432}, trust authentication,
 * superuser {@code postgres}. Tests call {@link #assumePostgres()}: they are skipped when nothing
 * answers there, unless {@code RETORT_REQUIRE_POSTGRES=1} is set (CI), in which case they fail.
 *
 * <p>{@link #createDatabase(String)} makes a uniquely named database (and {@link TestDatabase#createRole}
 * roles) that {@link TestDatabase#close()} drops again, disconnecting anyone still on it: create it
 * in {@code @BeforeAll} and close it in {@code @AfterAll}, which JUnit runs even when tests fail.
 */
public final class PostgresAvailability {
    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String SUPERUSER = "postgres";
    private static final String REQUIRE_VARIABLE = "RETORT_REQUIRE_POSTGRES";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static Boolean reachable;

    private PostgresAvailability() {
    }

    /** Skips (or, with {@code RETORT_REQUIRE_POSTGRES=1}, fails) the calling test when PostgreSQL is not there. */
    public static void assumePostgres() {
        if (!reachable()) {
            String why = "PostgreSQL at " + HOST + ":" + PORT + " is not reachable as " + SUPERUSER;
            if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
                fail(why + ", and " + REQUIRE_VARIABLE + "=1 requires it");
            }
            Assumptions.assumeTrue(false, why + " (set " + REQUIRE_VARIABLE + "=1 to make this a failure)");
        }
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 2000);
                try (Connection c = connect("postgres")) {
                    reachable = c.isValid(5);
                }
            } catch (IOException | SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    /** Creates {@code retort_<prefix>_<random hex>}; call {@link #assumePostgres()} first. */
    public static TestDatabase createDatabase(String prefix) throws SQLException {
        TestDatabase db = new TestDatabase(unique(prefix));
        admin("CREATE DATABASE " + quote(db.name()));
        return db;
    }

    private static String unique(String prefix) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return ("retort_" + prefix + "_" + HexFormat.of().formatHex(bytes)).toLowerCase(Locale.ROOT);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database
                + "?connectTimeout=5", SUPERUSER, "");
    }

    /** A database created for one test class, plus roles made for it. */
    public static final class TestDatabase implements AutoCloseable {
        private final String name;
        private final List<String> roles = new ArrayList<>();

        private TestDatabase(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** {@code postgresql://postgres@127.0.0.1:5432/<name>}, as SQLAlchemy and Retort's --url read it. */
        public String sqlalchemyUrl() {
            return "postgresql://" + SUPERUSER + "@" + HOST + ":" + PORT + "/" + name;
        }

        /** Runs statements as postgres, auto-committed. */
        public void execute(String... sql) throws SQLException {
            try (Connection c = connect(name); Statement s = c.createStatement()) {
                for (String statement : sql) {
                    s.execute(statement);
                }
            }
        }

        /** The first column of every row of a query with string parameters. */
        public List<String> query(String sql, String... parameters) throws SQLException {
            try (Connection c = connect(name); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setString(i + 1, parameters[i]);
                }
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        }

        /** The {@code alembic_version} rows, sorted; empty when the table does not exist. */
        public List<String> versionRows() throws SQLException {
            if (query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = "
                    + "'alembic_version'").isEmpty()) {
                return List.of();
            }
            return query("SELECT version_num FROM alembic_version ORDER BY version_num");
        }

        /** True when {@code public.<table>} has that column, per information_schema. */
        public boolean columnExists(String table, String column) throws SQLException {
            return !query("SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? "
                    + "AND column_name = ?", table, column).isEmpty();
        }

        /** True when {@code public.<table>} exists. */
        public boolean tableExists(String table) throws SQLException {
            return !query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?",
                    table).isEmpty();
        }

        /** A role dropped with the database, e.g. {@code createRole("nologin", "NOLOGIN")}; returns its unique name. */
        public String createRole(String prefix, String attributes) throws SQLException {
            String role = unique(prefix);
            admin("CREATE ROLE " + quote(role) + " " + attributes);
            roles.add(role);
            return role;
        }

        /** Drops the database (disconnecting sessions, e.g. a killed alembic's) and the roles. */
        @Override
        public void close() throws SQLException {
            SQLException first = null;
            try {
                admin("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            } catch (SQLException e) {
                first = e;
            }
            for (String role : roles) {
                try {
                    admin("DROP ROLE IF EXISTS " + quote(role));
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
