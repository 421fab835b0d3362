package dev.retort.cli;

import static dev.retort.testsupport.MigrationProjects.MERGE;
import static dev.retort.testsupport.MigrationProjects.MERGE_MESSAGE;
import static dev.retort.testsupport.MigrationProjects.R016;
import static dev.retort.testsupport.MigrationProjects.R017;
import static dev.retort.testsupport.MigrationProjects.R1687;
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

/** upgrade, downgrade and stamp through the CLI with --url and --env, against the real alembic and PostgreSQL. */
class UpgradePassthroughTest {
    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() throws Exception {
        AlembicAvailability.assumeAlembic();
        PostgresAvailability.assumePostgres();
        db = PostgresAvailability.createDatabase("passthrough");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private RetortRun retort(Path project, String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--url", db.sqlalchemyUrl()));
        MigrationProjects.environment(db.name(), "postgres").forEach((k, v) -> argv.addAll(List.of("--env", k + "=" + v)));
        return RetortRun.in(project, Map.of("PATH", "/usr/bin:/bin"), argv.toArray(String[]::new));
    }

    @Test
    void upgradeDowngradeAndStampFollowTheirPlans() throws Exception {
        Path project = dir.resolve("app");
        MigrationProjects.write(project, MigrationProjects.incident());
        assertThat(RetortRun.in(project, "merge", "-m", MERGE_MESSAGE, "--rev-id", MERGE, "heads").exit()).isZero();

        RetortRun up = retort(project, "upgrade", "heads", "-x", "tenant=acme");
        assertThat(up.exit()).as(up.stderr()).isZero();
        assertThat(up.stderr()).contains("retort: plan: upgrade heads from (empty): 7 step(s)", "-x tenant=acme upgrade "
                + "heads", "[7/7] Running upgrade " + R017 + ", " + R1687 + " -> " + MERGE, "is now at " + MERGE)
                .doesNotContain("disagree", "retort: warning");
        assertThat(db.versionRows()).containsExactly(MERGE);

        // downgrading to 1687c833bfcc only unmerges: 017 is no descendant of it (reference 3.8)
        RetortRun unmerge = retort(project, "downgrade", R1687);
        assertThat(unmerge.exit()).as(unmerge.stderr()).isZero();
        assertThat(unmerge.stderr()).contains(
                "retort: plan: downgrade " + R1687 + " from " + MERGE + ": 1 step(s)",
                "[1/1] Running downgrade " + MERGE + " -> " + R017 + ", " + R1687 + ", " + MERGE_MESSAGE,
                "is now at ").doesNotContain("disagree");
        assertThat(db.versionRows()).containsExactlyInAnyOrder(R017, R1687);

        RetortRun down = retort(project, "downgrade", R016);
        assertThat(down.exit()).as(down.stderr()).isZero();
        assertThat(down.stderr()).contains(
                "retort: plan: downgrade " + R016 + " from ",
                "[4/4] Running downgrade ",
                "Running downgrade " + R017 + " -> " + R016 + ", add asset id to questionnaire responses",
                "is now at " + R016).doesNotContain("disagree", "retort: warning");
        assertThat(db.versionRows()).containsExactly(R016);
        assertThat(db.columnExists("questionnaire_responses", "asset_id")).isFalse();
        assertThat(db.tableExists("audit_log")).isFalse();

        RetortRun stamp = retort(project, "stamp", "--purge", R1687);
        assertThat(stamp.exit()).as(stamp.stderr()).isZero();
        assertThat(stamp.stderr()).contains("stamp --purge " + R1687, "[1] Running stamp_revision  -> " + R1687,
                "is now at " + R1687);
        assertThat(db.versionRows()).containsExactly(R1687);

        RetortRun badTarget = retort(project, "upgrade", "nosuchrev");
        assertThat(badTarget.exit()).isEqualTo(255);
        assertThat(badTarget.stdout()).isEqualTo("FAILED: Can't locate revision identified by 'nosuchrev'\n");
        assertThat(badTarget.stderr()).contains("retort: note: Retort's plan fails as alembic should: Can't locate "
                + "revision identified by 'nosuchrev'");
    }
}
