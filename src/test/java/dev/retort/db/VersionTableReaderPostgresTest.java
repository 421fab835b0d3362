package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.VersionTableState.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the real local PostgreSQL: one fresh database for the class, dropped afterwards. */
class VersionTableReaderPostgresTest {
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5));
    private static final String HOSTILE = "x\"; DROP TABLE y; --";

    private static PostgresTestDatabase db;
    private final VersionTableReader reader = new VersionTableReader(FAST, PgPass.at(Path.of("/nonexistent")));

    @BeforeAll
    static void createDatabase() throws SQLException {
        ExternalTools.requirePostgres();
        db = PostgresTestDatabase.create("reader");
        db.execute(
                "CREATE TABLE y (id int)",
                "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)",
                "INSERT INTO alembic_version VALUES ('1687c833bfcc')",
                "CREATE SCHEMA audit",
                "CREATE TABLE audit.my_versions (version_num varchar(32) NOT NULL PRIMARY KEY)",
                "INSERT INTO audit.my_versions VALUES ('cef530e273d4'), ('aaaa1111'), ('017_add_asset_id')",
                "CREATE TABLE empty_versions (version_num varchar(32) NOT NULL PRIMARY KEY)",
                "CREATE SCHEMA tenant",
                "CREATE TABLE tenant.tenant_versions (version_num varchar(32) NOT NULL)",
                "INSERT INTO tenant.tenant_versions VALUES ('t1')",
                "CREATE TABLE \"MixedCase\" (version_num varchar(32))",
                "INSERT INTO \"MixedCase\" VALUES ('m1')",
                "CREATE TABLE not_versions (id int)");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    private VersionTableState read(ConnectionProfile profile) {
        return reader.read(profile, Secret.none());
    }

    @Test
    void readsTheDefaultTable() {
        VersionTableState state = read(db.profile());
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rows()).containsExactly("1687c833bfcc");
        assertThat(state.message()).contains("Read 1 row from alembic_version");
        assertThat(state.target()).isEqualTo("127.0.0.1:5432/" + db.name());
    }

    @Test
    void readsACustomTableInACustomSchemaWithSeveralRows() {
        VersionTableState state = read(db.profile().withVersionTableSchema("audit").withVersionTable("my_versions"));
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rowSet()).containsExactlyInAnyOrder("cef530e273d4", "aaaa1111", "017_add_asset_id");
        assertThat(state.rows()).hasSize(3);
        assertThat(state.versionTable()).isEqualTo("audit.my_versions");
    }

    @Test
    void emptyTableMeansBase() {
        VersionTableState state = read(db.profile().withVersionTable("empty_versions"));
        assertThat(state.status()).isEqualTo(Status.EMPTY_TABLE);
        assertThat(state.alembicRows()).contains(java.util.List.of());
        assertThat(state.message()).contains("at base");
    }

    @Test
    void missingTableIsNotUnderAlembicControl() {
        VersionTableState state = read(db.profile().withVersionTable("no_such_table"));
        assertThat(state.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertThat(state.message()).contains("not under alembic control: stamp or upgrade from base")
                .contains("search path");
        VersionTableState noSchema = read(db.profile().withVersionTableSchema("nope"));
        assertThat(noSchema.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertThat(noSchema.message()).contains("schema \"nope\", which does not exist");
        // a table in another schema is not on the search path, as for alembic's unqualified SELECT
        assertThat(read(db.profile().withVersionTable("my_versions")).status())
                .isEqualTo(Status.VERSION_TABLE_MISSING);
    }

    @Test
    void searchPathFromTheUrlOptionsIsHonoured() {
        ConnectionProfile profile = ConnectionProfile.fromUrl("t", SqlAlchemyUrl.parse(db.sqlalchemyUrl()
                + "?options=-csearch_path%3Dtenant").url().orElseThrow(), Path.of(".")).profile().orElseThrow()
                .withPasswordSource(PasswordSource.NONE).withVersionTable("tenant_versions");
        VersionTableState state = read(profile);
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rows()).containsExactly("t1");
    }

    @Test
    void namesAreCaseSensitiveAsSqlAlchemyQuotesThem() {
        assertThat(read(db.profile().withVersionTable("MixedCase")).rows()).containsExactly("m1");
        assertThat(read(db.profile().withVersionTable("mixedcase")).status()).isEqualTo(Status.VERSION_TABLE_MISSING);
    }

    @Test
    void hostileNamesAreNeverExecuted() throws SQLException {
        VersionTableState table = read(db.profile().withVersionTable(HOSTILE));
        assertThat(table.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        VersionTableState schema = read(db.profile().withVersionTableSchema(HOSTILE));
        assertThat(schema.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertThat(db.tableExists("y")).isTrue();
    }

    @Test
    void aTableReallyNamedLikeAnInjectionIsReadSafely() throws SQLException {
        String weird = "v\"; DROP TABLE y; --";
        db.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(weird),
                "CREATE TABLE " + Identifiers.qualified(weird, weird) + " (version_num varchar(32))",
                "INSERT INTO " + Identifiers.qualified(weird, weird) + " VALUES ('w1')");
        VersionTableState state = read(db.profile().withVersionTableSchema(weird).withVersionTable(weird));
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rows()).containsExactly("w1");
        assertThat(db.tableExists("y")).isTrue();
    }

    @Test
    void aTableWithoutVersionNumIsReportedNotCrashedOn() {
        VersionTableState state = read(db.profile().withVersionTable("not_versions"));
        assertThat(state.status()).isEqualTo(Status.DRIVER_ERROR);
        assertThat(state.sqlState()).contains("42703");
        assertThat(state.message()).contains("no version_num column");
    }

    @Test
    void missingDatabase() {
        VersionTableState state = read(db.profile().withDatabase(db.name() + "_missing"));
        assertThat(state.status()).isEqualTo(Status.DATABASE_MISSING);
        assertThat(state.sqlState()).contains("3D000");
        assertThat(state.message()).contains("does not exist").doesNotContain("\tat ");
    }

    /**
     * The local server uses trust authentication, which accepts any password, so 28P01 (wrong
     * password) cannot happen here. A role without LOGIN, or a role that does not exist, is
     * refused with SQLState 28000 before any password check, which exercises the same path.
     */
    @Test
    void refusedLoginIsAuthenticationFailedAndNeverShowsThePassword() throws SQLException {
        String role = db.createRole("nologin", "NOLOGIN PASSWORD 'Tr0ub4dor-and-3'");
        String password = "Tr0ub4dor-and-3";
        VersionTableState state = reader.read(db.profile().withUser(role).withPasswordSource(PasswordSource.PROMPT),
                Secret.of(password));
        assertThat(state.status()).isEqualTo(Status.AUTHENTICATION_FAILED);
        assertThat(state.sqlState()).contains("28000");
        assertThat(state.message()).contains(role).contains("not permitted to log in").doesNotContain(password);
        assertThat(state.toString()).doesNotContain(password);

        VersionTableState unknownRole = reader.read(db.profile().withUser(PostgresTestDatabase.unique("ghost")),
                Secret.of(password));
        assertThat(unknownRole.status()).isEqualTo(Status.AUTHENTICATION_FAILED);
        assertThat(unknownRole.message()).doesNotContain(password);
    }

    @Test
    void driverTextContainingThePasswordIsScrubbed() {
        // the server echoes the database name; when it happens to contain the password, it is masked
        String password = "Sw0rdfish-42";
        VersionTableState state = reader.read(db.profile().withDatabase("db_" + password),
                Secret.of(password));
        assertThat(state.status()).isEqualTo(Status.DATABASE_MISSING);
        assertThat(state.message()).doesNotContain(password).contains("***");
    }

    @Test
    void aRoleWithoutSelectGetsPermissionDenied() throws SQLException {
        String role = db.createRole("reader", "LOGIN");
        db.execute("REVOKE ALL ON alembic_version FROM PUBLIC");
        VersionTableState state = read(db.profile().withUser(role));
        assertThat(state.status()).isEqualTo(Status.PERMISSION_DENIED);
        assertThat(state.sqlState()).contains("42501");
        assertThat(state.message()).contains("Grant it SELECT");
    }

    @Test
    void theConnectionCannotWrite() throws SQLException {
        JdbcTarget target = JdbcTarget.of(db.profile(), FAST);
        try (Connection c = target.connect(Secret.none()); Statement s = c.createStatement()) {
            Assertions.assertThatThrownBy(() -> s.execute("INSERT INTO alembic_version VALUES ('written')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
        }
        assertThat(read(db.profile()).rows()).containsExactly("1687c833bfcc");
    }

    @Test
    void invalidProfileIsReportedWithoutConnecting() {
        VersionTableState state = read(db.profile().withPort(0));
        assertThat(state.status()).isEqualTo(Status.INVALID_PROFILE);
        assertThat(state.message()).contains("port");
    }
}
