package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.VersionTableState.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against real SQLite files written by the xerial driver. */
class VersionTableReaderSqliteTest {
    private static final Timeouts FAST = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private final VersionTableReader reader = new VersionTableReader(FAST, PgPass.at(Path.of("/nonexistent")));

    private Path database(String name, String... sql) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
        return file;
    }

    private VersionTableState read(ConnectionProfile profile) {
        return reader.read(profile, Secret.none());
    }

    @Test
    void readsRowsInTableOrder() throws SQLException {
        Path file = database("app.db",
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
                "INSERT INTO alembic_version VALUES ('1687c833bfcc')",
                "INSERT INTO alembic_version VALUES ('017_add_asset_id')");
        VersionTableState state = read(ConnectionProfile.sqlite("s", file));
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rowSet()).containsExactlyInAnyOrder("1687c833bfcc", "017_add_asset_id");
        assertThat(state.target()).isEqualTo(file.toString());
    }

    @Test
    void emptyAndMissingTables() throws SQLException {
        Path file = database("empty.db", "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)");
        assertThat(read(ConnectionProfile.sqlite("s", file)).status()).isEqualTo(Status.EMPTY_TABLE);
        VersionTableState missing = read(ConnectionProfile.sqlite("s", file).withVersionTable("other"));
        assertThat(missing.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertThat(missing.message()).contains("not under alembic control: stamp or upgrade from base");
        assertThat(missing.alembicRows()).contains(List.of());
    }

    @Test
    void customTableAndSchemaNames() throws SQLException {
        Path file = database("custom.db", "CREATE TABLE My_Versions (version_num VARCHAR(32))",
                "INSERT INTO My_Versions VALUES ('abc')");
        ConnectionProfile profile = ConnectionProfile.sqlite("s", file).withVersionTable("my_versions");
        // SQLite names are case-insensitive, as for alembic's own SELECT
        assertThat(read(profile).rows()).containsExactly("abc");
        assertThat(read(profile.withVersionTableSchema("main")).rows()).containsExactly("abc");
        VersionTableState unattached = read(profile.withVersionTableSchema("audit"));
        assertThat(unattached.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertThat(unattached.message()).contains("not attached");
    }

    @Test
    void hostileNamesAreQuotedNeverExecuted() throws SQLException {
        String hostile = "x\"; DROP TABLE y; --";
        Path file = database("hostile.db", "CREATE TABLE y (id INTEGER)",
                "CREATE TABLE alembic_version (version_num VARCHAR(32))");
        ConnectionProfile profile = ConnectionProfile.sqlite("s", file);
        assertThat(read(profile.withVersionTable(hostile)).status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertThat(read(profile.withVersionTableSchema(hostile)).status()).isEqualTo(Status.VERSION_TABLE_MISSING);

        database("hostile.db", "CREATE TABLE " + Identifiers.quote(hostile) + " (version_num VARCHAR(32))",
                "INSERT INTO " + Identifiers.quote(hostile) + " VALUES ('h1')");
        assertThat(read(profile.withVersionTable(hostile)).rows()).containsExactly("h1");
        assertThat(tableExists(file, "y")).isTrue();
    }

    private static boolean tableExists(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Test
    void missingFileIsReportedAndNotCreated() {
        Path file = dir.resolve("nope.db");
        VersionTableState state = read(ConnectionProfile.sqlite("s", file));
        assertThat(state.status()).isEqualTo(Status.DATABASE_MISSING);
        assertThat(state.message()).contains(file.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabase() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.db"), "this is not a database, just some text ".repeat(50));
        VersionTableState state = read(ConnectionProfile.sqlite("s", file));
        assertThat(state.status()).isEqualTo(Status.DRIVER_ERROR);
        assertThat(state.message()).contains("is not a SQLite database");
    }

    @Test
    void inMemoryDatabasesHaveNoVersionTable() {
        ConnectionProfile memory = ConnectionProfile.fromUrl("m", SqlAlchemyUrl.parse("sqlite://").url().orElseThrow(),
                dir).profile().orElseThrow();
        assertThat(read(memory).status()).isEqualTo(Status.VERSION_TABLE_MISSING);
    }

    @Test
    void readingLeavesTheFileUntouched() throws SQLException, IOException {
        Path file = database("same.db", "CREATE TABLE alembic_version (version_num VARCHAR(32))",
                "INSERT INTO alembic_version VALUES ('a1')");
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        assertThat(read(ConnectionProfile.sqlite("s", file)).rows()).containsExactly("a1");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(dir.resolve("same.db-journal")).doesNotExist();
    }

    @Test
    void aLockedDatabaseFailsAfterTheBusyTimeout() throws SQLException {
        Path file = database("locked.db", "CREATE TABLE alembic_version (version_num VARCHAR(32))");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = writer.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            long start = System.nanoTime();
            VersionTableState state = read(ConnectionProfile.sqlite("s", file));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(state.status()).isEqualTo(Status.DRIVER_ERROR);
            assertThat(state.message()).contains("locked");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            s.execute("ROLLBACK");
        }
    }
}
