package dev.retort.runner;

import static dev.retort.testsupport.MigrationProjects.MERGE;
import static dev.retort.testsupport.MigrationProjects.MERGE_MESSAGE;
import static dev.retort.testsupport.MigrationProjects.R017;
import static dev.retort.testsupport.MigrationProjects.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.Secret;
import dev.retort.db.VersionTableReader;
import dev.retort.db.VersionTableState;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.ProjectLoader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.MigrationProjects;
import dev.retort.testsupport.MigrationProjects.Migration;
import dev.retort.testsupport.PostgresAvailability;
import dev.retort.testsupport.PostgresAvailability.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner API as the upgrade wizard will drive it, with the real alembic against the real
 * PostgreSQL: a full run followed against the plan, and a cancel in the middle of a slow migration.
 */
class AlembicRunPostgresTest {
    private static TestDatabase db;

    @TempDir
    Path dir;

    private final ProcessRunner runner = new ProcessRunner();

    @BeforeAll
    static void database() throws Exception {
        AlembicAvailability.assumeAlembic();
        PostgresAvailability.assumePostgres();
        db = PostgresAvailability.createDatabase("runner");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private static LoadedProject load(Path project) {
        return new ProjectLoader().load(ConfigRequest.in(project), LoadOrder.DIRECTORY);
    }

    private AlembicCommand command(Path ini, String database, AlembicSubcommand subcommand) {
        return AlembicCommand.builder(List.of(AlembicAvailability.python().toString(), "-m", "alembic"), ini)
                .section("alembic").variables(MigrationProjects.environment(database, "postgres")).build(subcommand);
    }

    private static VersionTableState reread(String database) {
        ConnectionProfile profile = ConnectionProfile.postgres("test", PostgresAvailability.HOST,
                PostgresAvailability.PORT, database, "postgres").withPasswordSource(PasswordSource.NONE);
        return new VersionTableReader().read(profile, Secret.none());
    }

    @Test
    void aFullRunIsFollowedStepByStepAgainstThePlan() throws Exception {
        Path project = dir.resolve("incident");
        List<Migration> migrations = new ArrayList<>(MigrationProjects.incident());
        migrations.add(Migration.of(MERGE, MERGE_MESSAGE, "pass", "pass", R017, R1687));
        Path ini = MigrationProjects.write(project, migrations);
        MigrationPlan plan = new MigrationPlanner(load(project).graph()).upgrade(List.of(), "head");
        assertThat(plan.steps()).hasSize(7);

        try (TestDatabase own = PostgresAvailability.createDatabase("fullrun")) {
            AlembicRun run = runner.prepare(command(ini, own.name(), AlembicSubcommand.upgrade("head"))
                    .toProcessSpec(Map.of("PATH", "/usr/bin:/bin")), RunOptions.DEFAULTS);
            UpgradeProgress progress = new UpgradeProgress(plan);
            List<String> labels = new ArrayList<>();
            progress.addListener(p -> labels.add(p.label()));
            List<RunState> states = new ArrayList<>();
            run.addListener(progress);
            run.addListener(new RunListener() {
                @Override
                public void stateChanged(RunState from, RunState to) {
                    states.add(to);
                }
            });
            run.start();
            RunResult result = run.await();

            assertThat(result.state()).as(run.log().text(StreamKind.STDERR)).isEqualTo(RunState.SUCCEEDED);
            assertThat(states).containsExactly(RunState.RUNNING, RunState.SUCCEEDED);
            UpgradeProgress.Progress done = progress.snapshot();
            assertThat(done.started()).isEqualTo(7);
            assertThat(done.disagrees()).as(done.disagreements().toString()).isFalse();
            assertThat(labels.get(0)).startsWith("[1/7] Running upgrade  -> 015_add_questionnaires");
            assertThat(labels).contains("[7/7] " + plan.steps().get(6).logLine());
            assertThat(run.log().lines()).filteredOn(l -> l.level() == LineLevel.INFO).isNotEmpty();
            assertThat(reread(own.name()).rows()).containsExactly(MERGE);
            assertThat(own.columnExists("questionnaire_responses", "asset_id")).isTrue();
        }
    }

    @Test
    void cancelDuringASlowMigrationEndsAlembicAndItsChildAndTheDatabaseStaysAtTheLastCommit() throws Exception {
        Path project = dir.resolve("slow");
        Path ini = MigrationProjects.write(project, MigrationProjects.slow());
        MigrationPlan plan = new MigrationPlanner(load(project).graph()).upgrade(List.of(), "head");
        AlembicRun run = runner.prepare(command(ini, db.name(), AlembicSubcommand.upgrade("head"))
                .toProcessSpec(Map.of("PATH", "/usr/bin:/bin")), RunOptions.DEFAULTS.withGrace(Duration.ofSeconds(2)));
        UpgradeProgress progress = new UpgradeProgress(plan);
        CountDownLatch secondStep = new CountDownLatch(1);
        progress.addListener(p -> {
            if (p.runningNumber() == 2) {
                secondStep.countDown();
            }
        });
        run.addListener(progress);
        run.start();
        assertThat(secondStep.await(60, TimeUnit.SECONDS)).as(run.log().text(StreamKind.STDERR)).isTrue();
        ProcessHandle alembic = run.processHandle().orElseThrow();
        Set<ProcessHandle> tree = awaitChild(alembic, "sleep");
        assertThat(run.state()).isEqualTo(RunState.RUNNING);

        assertThat(run.cancel()).isTrue();
        RunResult result = run.await();

        assertThat(result.state()).isEqualTo(RunState.CANCELLED);
        assertThat(result.survivors()).isEmpty();
        assertThat(tree).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.isAlive()).as("process " + p.pid() + " " + p.info().commandLine())
                        .isFalse());
        assertThat(progress.snapshot().label()).isEqualTo("[2/2] Running upgrade 001_create_items -> 002_slow, "
                + "slow migration");
        // the wizard re-reads the database: 001 committed on its own, 002 rolled back with the connection
        VersionTableState after = reread(db.name());
        assertThat(after.rows()).containsExactly("001_create_items");
        assertThat(db.tableExists("items")).isTrue();
        assertThat(db.tableExists("slow_things")).isFalse();
    }

    /** Waits until a descendant whose command ends with {@code name} runs; returns the whole tree then. */
    private static Set<ProcessHandle> awaitChild(ProcessHandle root, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Set<ProcessHandle> tree = ProcessTree.snapshot(root);
            if (tree.stream().anyMatch(p -> p.info().command().map(c -> c.endsWith(name)).orElse(false))) {
                return tree;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + name + " under " + root.pid());
    }
}
