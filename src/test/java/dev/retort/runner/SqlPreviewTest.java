package dev.retort.runner;

import static dev.retort.testsupport.MigrationProjects.MERGE;
import static dev.retort.testsupport.MigrationProjects.MERGE_MESSAGE;
import static dev.retort.testsupport.MigrationProjects.R017;
import static dev.retort.testsupport.MigrationProjects.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.MigrationProjects;
import dev.retort.testsupport.MigrationProjects.Migration;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL previews from the real alembic in offline mode: no database is touched (none exists here). */
class SqlPreviewTest {
    @TempDir
    Path dir;

    private final ProcessRunner runner = new ProcessRunner();
    private final SqlPreview preview = new SqlPreview(runner, Map.of("PATH", "/usr/bin:/bin"));

    @BeforeEach
    void alembic() {
        AlembicAvailability.assumeAlembic();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private static AlembicCommand command(Path ini, Map<String, String> env) {
        return AlembicCommand.builder(List.of(AlembicAvailability.python().toString(), "-m", "alembic"), ini)
                .variables(env).build(AlembicSubcommand.current(false));
    }

    @Test
    void theIncidentUpgradeFromTheDatabasesRevision() throws Exception {
        List<Migration> migrations = new ArrayList<>(MigrationProjects.incident());
        migrations.add(Migration.of(MERGE, MERGE_MESSAGE, "pass", "pass", R017, R1687));
        Path ini = MigrationProjects.write(dir, migrations);
        AlembicCommand command = command(ini, MigrationProjects.environment("retort_no_db", "postgres"));

        SqlPreviewResult result = preview.upgrade(command, List.of(R1687), "head");

        assertThat(result.status()).as(result.message()).isEqualTo(SqlPreviewResult.Status.OK);
        assertThat(result.sql()).contains("-- Running upgrade 016_add_security_constraints -> " + R017,
                "ALTER TABLE questionnaire_responses ADD COLUMN asset_id INTEGER;",
                "UPDATE alembic_version SET version_num='" + MERGE + "' WHERE alembic_version.version_num = '" + R1687
                        + "';");
        assertThat(result.sql()).doesNotContain("CREATE TABLE questionnaires");
        assertThat(result.message()).isEmpty();

        SqlPreviewResult fresh = preview.upgrade(command, List.of(), "head");
        assertThat(fresh.sql()).contains("CREATE TABLE alembic_version", "CREATE TABLE questionnaires");
    }

    @Test
    void severalStartingRevisionsCannotBeExpressedOffline() throws Exception {
        Path ini = MigrationProjects.write(dir, MigrationProjects.incident());
        SqlPreview.Pending pending = preview.startUpgrade(command(ini, Map.of()), List.of(R017, R1687), "heads");
        assertThat(pending.run()).isEmpty();
        SqlPreviewResult result = pending.result().get();
        assertThat(result.status()).isEqualTo(SqlPreviewResult.Status.NOT_EXPRESSIBLE);
        assertThat(result.message()).contains("starts from one revision, but the database has 2");
    }

    @Test
    void anEnvPyWithoutAnOfflineUrlIsExplained() throws Exception {
        Path ini = ProjectGenerator.write(dir, List.of(Rev.of("aaaa", "first")));
        // the generated env.py configures offline mode from sqlalchemy.url: take the URL away
        Files.writeString(ini, "[alembic]\nscript_location = %(here)s/migrations\n", StandardCharsets.UTF_8);

        SqlPreviewResult result = preview.upgrade(command(ini, Map.of()), List.of(), "head");

        assertThat(result.status()).isEqualTo(SqlPreviewResult.Status.OFFLINE_NOT_SUPPORTED);
        assertThat(result.message()).startsWith("This project cannot produce SQL offline (alembic --sql): Exception: "
                + "Connection, url, or dialect_name is required.").contains("run_migrations_offline()");
    }

    @Test
    void otherFailuresAreNotBlamedOnOfflineMode() throws Exception {
        Path ini = ProjectGenerator.write(dir, List.of(Rev.of("aaaa", "first")));
        SqlPreviewResult result = preview.upgrade(command(ini, Map.of()), List.of(), "nosuchrev");
        assertThat(result.status()).isEqualTo(SqlPreviewResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("alembic could not produce the SQL: Can't locate revision identified "
                + "by 'nosuchrev' (alembic failed)");
    }

    @Test
    void downgradeSql() throws Exception {
        Path ini = ProjectGenerator.write(dir, List.of(Rev.of("aaaa", "first"), Rev.of("bbbb", "second", "aaaa")));
        SqlPreviewResult result = preview.downgrade(command(ini, Map.of()), "bbbb", "base");
        assertThat(result.status()).as(result.message()).isEqualTo(SqlPreviewResult.Status.OK);
        assertThat(result.sql()).contains("-- Running downgrade bbbb -> aaaa", "DROP TABLE alembic_version;");
    }

    @Test
    void aMigrationThatNeedsALiveDatabaseIsExplainedAsOfflineNotSupported() throws Exception {
        // the demo's 017 uses batch mode on SQLite, which reflects the table: alembic refuses it in --sql mode
        Path demo = dev.retort.testsupport.TestFiles.copyDemo(dir.resolve("demo"));
        SqlPreviewResult result = preview.upgrade(command(demo.resolve("alembic.ini"), Map.of()),
                List.of("1687c833bfcc"), "heads");
        assertThat(result.status()).as(result.message()).isEqualTo(SqlPreviewResult.Status.OFFLINE_NOT_SUPPORTED);
        assertThat(result.message()).startsWith("A migration of this plan cannot produce SQL offline (alembic --sql): "
                + "This operation cannot proceed in --sql mode; batch mode with dialect sqlite requires a live "
                + "database connection");
        assertThat(result.sql()).contains("-- Running upgrade 016_add_security_constraints -> "
                + "017_add_asset_id_to_questionnaire_responses");
    }

    @Test
    void aDowngradePreviewNeedsExactlyOneStartingRevision() throws Exception {
        Path ini = ProjectGenerator.write(dir, List.of(Rev.of("aaaa", "first"), Rev.of("bbbb", "second", "aaaa")));
        SqlPreviewResult none = preview.startDowngrade(command(ini, Map.of()), List.of(), "base").result().get();
        assertThat(none.status()).isEqualTo(SqlPreviewResult.Status.NOT_EXPRESSIBLE);
        assertThat(none.message()).contains("the database has none (it is at base)");
        SqlPreviewResult one = preview.startDowngrade(command(ini, Map.of()), List.of("bbbb"), "aaaa").result().get();
        assertThat(one.status()).as(one.message()).isEqualTo(SqlPreviewResult.Status.OK);
        assertThat(one.sql()).contains("-- Running downgrade bbbb -> aaaa");
    }
}
