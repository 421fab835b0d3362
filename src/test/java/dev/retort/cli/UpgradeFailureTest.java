package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.MigrationProjects;
import dev.retort.testsupport.PostgresAvailability;
import dev.retort.testsupport.PostgresAvailability.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the upgrade command says when things go wrong, against the real alembic and PostgreSQL:
 * a migration that raises, a login that is refused, no alembic; and offline SQL.
 */
class UpgradeFailureTest {
    private static final String SECRET = "s3cret-Hunter2-do-not-print";
    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() throws Exception {
        AlembicAvailability.assumeAlembic();
        PostgresAvailability.assumePostgres();
        db = PostgresAvailability.createDatabase("failure");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private static String[] args(String... first) {
        return first;
    }

    private static List<String> envArgs(Map<String, String> env) {
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> {
            out.add("--env");
            out.add(k + "=" + v);
        });
        return out;
    }

    private RetortRun upgrade(Path project, Map<String, String> alembicEnv, String... more) {
        return upgradeTo("head", project, alembicEnv, more);
    }

    private RetortRun upgradeTo(String target, Path project, Map<String, String> alembicEnv, String... more) {
        List<String> argv = new ArrayList<>(List.of("upgrade", target, "--alembic",
                AlembicAvailability.python().toString()));
        argv.addAll(envArgs(alembicEnv));
        argv.addAll(List.of(more));
        return RetortRun.in(project, Map.of("PATH", "/usr/bin:/bin"), argv.toArray(String[]::new));
    }

    @Test
    void aMigrationThatRaisesLeavesTheDatabaseWhereAlembicLeftIt() throws Exception {
        Path project = dir.resolve("failing");
        MigrationProjects.write(project, MigrationProjects.failing());
        RetortRun run = upgrade(project, MigrationProjects.environment(db.name(), "postgres"), "--url",
                db.sqlalchemyUrl());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains(
                "retort: database " + db.sqlalchemyUrl() + " is at (empty)",
                "retort: plan: upgrade head from (empty): 2 step(s)",
                "[1/2] Running upgrade  -> 001_create_items, create items",
                "[2/2] Running upgrade 001_create_items -> 002_add_note_then_fail, add note then fail",
                "Traceback (most recent call last):",
                "retort: alembic failed (exit code 1): RuntimeError: boom: simulated failure in 002",
                "retort: database " + db.sqlalchemyUrl() + " is now at 001_create_items",
                "retort: alembic stopped during [2/2] Running upgrade 001_create_items -> 002_add_note_then_fail");
        assertThat(db.versionRows()).containsExactly("001_create_items");
        assertThat(db.tableExists("items")).isTrue();
        assertThat(db.columnExists("items", "note")).as("002 was rolled back").isFalse();

        RetortRun current = RetortRun.in(project, "current", "--url", db.sqlalchemyUrl());
        assertThat(current.stdout()).isEqualTo("001_create_items\n");
    }

    @Test
    void aRefusedLoginIsReportedWithoutThePassword() throws Exception {
        Path project = dir.resolve("login");
        MigrationProjects.write(project, MigrationProjects.failing());
        // the server trusts every password, so refuse the role itself
        String role = db.createRole("nologin", "NOLOGIN");
        Map<String, String> env = new java.util.LinkedHashMap<>(MigrationProjects.environment(db.name(), role));
        env.put("POSTGRES_PASSWORD", SECRET);
        String urlWithPassword = "postgresql://" + role + ":" + SECRET + "@" + PostgresAvailability.HOST + ":"
                + PostgresAvailability.PORT + "/" + db.name();

        RetortRun run = upgrade(project, env, "--url", urlWithPassword);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stdout() + run.stderr()).doesNotContain(SECRET);
        assertThat(run.stderr()).contains("POSTGRES_PASSWORD='***'",
                "retort: note: cannot read the database to plan",
                "retort: alembic failed (exit code 1): sqlalchemy.exc.OperationalError: "
                        + "(psycopg2.OperationalError) connection to server at \"127.0.0.1\", port 5432 failed: "
                        + "FATAL:  role \"" + role + "\" is not permitted to log in");

        RetortRun missingRole = upgrade(project, MigrationProjects.environment(db.name(), "retort_no_such_role_x"));
        assertThat(missingRole.exit()).isEqualTo(1);
        assertThat(missingRole.stderr()).contains("role \"retort_no_such_role_x\" does not exist");
    }

    @Test
    void noAlembicGivesTheFixAndExit127() throws Exception {
        Path project = dir.resolve("none");
        MigrationProjects.write(project, MigrationProjects.failing());
        Path missing = dir.resolve("nowhere/alembic");
        RetortRun run = RetortRun.in(project, Map.of("PATH", ""), args("upgrade", "head", "--alembic",
                missing.toString()));
        assertThat(run.exit()).isEqualTo(127);
        assertThat(run.stdout()).isEqualTo("FAILED: No working alembic was found (" + missing + " did not work). "
                + "Install alembic in the project's virtualenv (.venv/bin/pip install alembic), or `apt install "
                + "python3-alembic`, or pass --alembic PATH. Exploring and merging still work without it.\n");
    }

    @Test
    void sqlModePrintsAlembicsSqlUnchangedWithProgressOnStderr() throws Exception {
        Path project = dir.resolve("offline");
        MigrationProjects.write(project, MigrationProjects.incident());
        // no database is needed offline: this one does not even exist
        // which row a merge UPDATEs follows Python's set order (reference 3.8): fix the hash seed to compare
        Map<String, String> env = new java.util.LinkedHashMap<>(MigrationProjects.environment("retort_does_not_exist",
                "postgres"));
        env.put("PYTHONHASHSEED", "0");
        RetortRun run = upgradeTo("heads", project, env, "--sql");
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("BEGIN;\n\nCREATE TABLE alembic_version (")
                .contains("-- Running upgrade 016_add_security_constraints -> "
                        + "017_add_asset_id_to_questionnaire_responses\n\nALTER TABLE questionnaire_responses ADD "
                        + "COLUMN asset_id INTEGER;")
                .doesNotContain("retort:", "[1/");
        assertThat(run.stderr()).contains("retort: plan: upgrade heads from (empty)",
                "[1/6] Running upgrade  -> 015_add_questionnaires",
                "[6/6] Running upgrade a1b2c3d4e5f6, b2c3d4e5f6a7 -> 1687c833bfcc").doesNotContain("disagree");
        // the same SQL alembic prints when run directly
        AlembicAvailability.Result direct = AlembicAvailability.run(project, env, "-m", "alembic", "upgrade", "--sql",
                "heads");
        assertThat(run.stdout()).isEqualTo(direct.stdout());
    }
}
