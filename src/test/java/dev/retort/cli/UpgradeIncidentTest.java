package dev.retort.cli;

import static dev.retort.testsupport.MigrationProjects.MERGE;
import static dev.retort.testsupport.MigrationProjects.MERGE_MESSAGE;
import static dev.retort.testsupport.MigrationProjects.R016;
import static dev.retort.testsupport.MigrationProjects.R017;
import static dev.retort.testsupport.MigrationProjects.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.ProfileStore;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.MigrationProjects;
import dev.retort.testsupport.PostgresAvailability;
import dev.retort.testsupport.PostgresAvailability.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident of DESIGN.md end to end, against the real PostgreSQL and the real alembic: a
 * database at {@code 1687c833bfcc}, two heads, then through Retort's CLI: check, merge, plan,
 * upgrade (the real alembic, with the environment env.py needs passed through a saved profile),
 * and the runbook's verification.
 */
class UpgradeIncidentTest {
    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() throws Exception {
        AlembicAvailability.assumeAlembic();
        PostgresAvailability.assumePostgres();
        db = PostgresAvailability.createDatabase("incident");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void twoHeadsMergeUpgradeAndVerify() throws Exception {
        Path project = dir.resolve("backend");
        MigrationProjects.write(project, MigrationProjects.incident());
        Map<String, String> pgEnv = MigrationProjects.environment(db.name(), PostgresAvailability.SUPERUSER);

        // the database as it stood: upgraded by alembic itself to the merge of the audit branches
        AlembicAvailability.Result first = AlembicAvailability.run(project, pgEnv, "-m", "alembic", "upgrade", R1687);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(db.versionRows()).containsExactly(R1687);
        assertThat(db.columnExists("questionnaire_responses", "asset_id")).isFalse();

        RetortRun check = RetortRun.in(project, "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.stdout()).contains("FAIL: 2 heads (" + R017 + ", " + R1687 + ")");

        RetortRun merge = RetortRun.in(project, "merge", "-m", MERGE_MESSAGE, "--rev-id", MERGE, R017, R1687);
        assertThat(merge.exit()).as(merge.stderr()).isZero();
        Path mergeFile = project.resolve("alembic/versions/cef530e273d4_merge_heads_fix_questionnaire_asset_.py");
        assertThat(mergeFile).exists();
        assertThat(merge.stdout()).isEqualTo("Generating " + mergeFile + " ...  done\n");

        RetortRun plan = RetortRun.in(project, "plan", "--from", R1687, "head");
        assertThat(plan.exit()).isZero();
        assertThat(plan.stdout().lines().filter(l -> l.matches(" +\\d+\\. .*"))).containsExactly(
                "  1. Running upgrade " + R016 + " -> " + R017 + ", add asset id to questionnaire responses",
                "  2. Running upgrade " + R017 + ", " + R1687 + " -> " + MERGE + ", " + MERGE_MESSAGE);

        // a profile as the Retort window saves it: where Retort reads, and what env.py needs
        Path settings = dir.resolve("settings");
        ConnectionProfile profile = ConnectionProfile.postgres("local", PostgresAvailability.HOST,
                PostgresAvailability.PORT, db.name(), PostgresAvailability.SUPERUSER)
                .withPasswordSource(PasswordSource.NONE).withEnvironment(pgEnv);
        assertThat(new ProfileStore(settings.resolve("retort/profiles")).save(project.toRealPath(), List.of(profile)))
                .isEmpty();
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "XDG_CONFIG_HOME", settings.toString());

        RetortRun upgrade = RetortRun.in(project, env, "upgrade", "head", "--profile", "local");
        assertThat(upgrade.exit()).as(upgrade.stderr()).isZero();
        assertThat(upgrade.stdout()).as("alembic upgrade prints nothing on stdout").isEmpty();
        assertThat(upgrade.stderr()).contains(
                "retort: using alembic ",
                "retort: database " + PostgresAvailability.HOST + ":" + PostgresAvailability.PORT + "/" + db.name()
                        + " is at " + R1687,
                "retort: plan: upgrade head from " + R1687 + ": 2 step(s)",
                "POSTGRES_DB=" + db.name(),
                "INFO  [alembic.runtime.migration] Running upgrade " + R016 + " -> " + R017,
                "[1/2] Running upgrade " + R016 + " -> " + R017 + ", add asset id to questionnaire responses",
                "[2/2] Running upgrade " + R017 + ", " + R1687 + " -> " + MERGE + ", " + MERGE_MESSAGE,
                "is now at " + MERGE);
        assertThat(upgrade.stderr()).doesNotContain("retort: warning", "disagree");
        assertThat(upgrade.stderr().indexOf("[1/2]")).isLessThan(upgrade.stderr().indexOf("[2/2]"));

        // the runbook's checks: one head, current at the merge (Retort and alembic), history shows the merge
        assertThat(RetortRun.in(project, "heads").stdout()).isEqualTo(MERGE + " (head)\n");
        assertThat(RetortRun.in(project, "check").exit()).isZero();
        RetortRun current = RetortRun.in(project, env, "current", "--profile", "local");
        assertThat(current.exit()).as(current.stderr()).isZero();
        AlembicAvailability.Result alembicCurrent = AlembicAvailability.run(project, pgEnv, "-m", "alembic", "current");
        assertThat(alembicCurrent.exitCode()).isZero();
        assertThat(words(current.stdout())).isEqualTo(words(alembicCurrent.stdout()))
                .isEqualTo(Set.of(MERGE, "(head)", "(mergepoint)"));
        AlembicAvailability.Result history = AlembicAvailability.run(project, pgEnv, "-m", "alembic", "history");
        assertThat(history.stdout()).contains(R017 + ", " + R1687 + " -> " + MERGE + " (head) (mergepoint), "
                + MERGE_MESSAGE);
        assertThat(RetortRun.in(project, "history").stdout()).isEqualTo(history.stdout());
        assertThat(db.versionRows()).containsExactly(MERGE);
        assertThat(db.columnExists("questionnaire_responses", "asset_id")).as("017 ran").isTrue();
        assertThat(Files.readString(mergeFile)).contains("down_revision = ('" + R017 + "', '" + R1687 + "')");
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.strip().split("\\s+")));
    }
}
