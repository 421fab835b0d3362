package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.PostgresAvailability;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.support.WindowHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second database, on the local PostgreSQL, stamped at the fork by the real alembic (or by
 * hand when alembic is missing): two colours on one graph. Skipped without PostgreSQL unless
 * RETORT_REQUIRE_POSTGRES=1.
 */
@ExtendWith(ApplicationExtension.class)
class DatabasePostgresWindowTest {
    @TempDir
    static Path temp;
    static PostgresAvailability.TestDatabase database;
    static Path demo;
    private WindowHarness app;

    @BeforeAll
    static void createDatabase() throws Exception {
        PostgresAvailability.assumePostgres();
        database = PostgresAvailability.createDatabase("dbui");
        demo = DemoCopy.create(temp);
        if (!AlembicAvailability.alembicVersion().isEmpty()) {
            // the demo's own env.py, pointed at the new database by a second ini file
            Path ini = demo.resolve("postgres.ini");
            Files.writeString(ini, Files.readString(demo.resolve("alembic.ini")).replace(
                    "sqlalchemy.url = sqlite:///%(here)s/demo.db", "sqlalchemy.url = " + database.sqlalchemyUrl()),
                    StandardCharsets.UTF_8);
            AlembicAvailability.Result stamp = AlembicAvailability.run(demo, Map.of(), "-m", "alembic", "-c",
                    ini.toString(), "stamp", DemoCopy.FORK);
            assertThat(stamp.exitCode()).as(stamp.stderr()).isZero();
        } else {
            database.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                    "INSERT INTO alembic_version VALUES ('" + DemoCopy.FORK + "')");
        }
        assertThat(database.versionRows()).containsExactly(DemoCopy.FORK);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"));
    }

    @Test
    void twoDatabasesShowInTheirOwnColours(FxRobot robot) {
        String orange = ConnectionProfile.defaultColor(1);
        app.profiles.save(demo, List.of(
                ConnectionProfile.sqlite("demo (SQLite)", demo.resolve("demo.db")),
                ConnectionProfile.postgres("local (PostgreSQL)", PostgresAvailability.HOST, PostgresAvailability.PORT,
                        database.name(), PostgresAvailability.SUPERUSER).withPasswordSource(PasswordSource.NONE)
                        .withColor(orange)));
        robot.interact(() -> app.model.open(demo));
        WaitForAsyncUtils.waitForFxEvents();
        var graph = app.window.graphView();
        assertThat(graph.classesOf(DemoCopy.MERGE)).startsWith("current_1f77b4, current, pending_ff7f0e, pending");
        assertThat(graph.classesOf(DemoCopy.FORK)).startsWith("current_ff7f0e, current");
        assertThat(graph.badgesOf(DemoCopy.MERGE)).containsExactly("#1f77b4");
        assertThat(graph.badgesOf(DemoCopy.FORK)).containsExactly(orange);
        assertThat(graph.pendingBadgesOf(DemoCopy.MERGE)).containsExactly(orange);
        assertThat(graph.pendingBadgesOf(DemoCopy.HEAD_017)).containsExactly("#1f77b4", orange);
        // pending for both: the first database in the list gives the ring
        assertThat(graph.classesOf(DemoCopy.HEAD_017)).startsWith("pending_1f77b4, pending");
        assertThat(app.window.statusBar().databaseText()).isEqualTo(
                "demo (SQLite): database at 1687c833bfcc (1 pending to heads) · "
                        + "local (PostgreSQL): database at 016_add_security_constraints (5 pending to heads)");
        robot.interact(() -> app.model.goTo(DemoCopy.MERGE));
        assertThat(app.window.detailsView().databaseLines()).containsExactly("demo (SQLite) is at this revision, 1 migration to go",
                "upgrade heads on local (PostgreSQL) would run it (step 4 of 5)"); // alembic runs 017 last
    }
}
