package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passthrough commands against a fake alembic (a shell script that reports how it was run):
 * argv, working directory, environment, stdout unchanged, progress on stderr, exit codes. Needs
 * neither Python nor PostgreSQL.
 */
@DisabledOnOs(OS.WINDOWS)
class UpgradeCommandFakeAlembicTest {
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin");

    @TempDir
    Path dir;

    private Path project;
    private Path ini;
    private Path fake;

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("proj");
        ini = ProjectGenerator.write(project, List.of(Rev.of("aaaa", "first"), Rev.of("bbbb", "second", "aaaa")));
        // an empty version table: the database is at base, so Retort plans aaaa then bbbb
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("test.db"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
        }
        fake = script(dir.resolve("bin/alembic"), """
                if [ "$1" = "--version" ]; then echo "alembic 1.13.1"; exit 0; fi
                echo "argv: $*"
                echo "env: FOO=$FOO PYTHONIOENCODING=$PYTHONIOENCODING PYTHONUNBUFFERED=$PYTHONUNBUFFERED"
                echo "cwd: $(pwd)"
                echo 'INFO  [alembic.runtime.migration] Running upgrade  -> aaaa, first' >&2
                echo 'INFO  [alembic.runtime.migration] Running upgrade aaaa -> bbbb, second' >&2
                echo 'SQL: müller'
                exit ${FAKE_EXIT:-0}
                """);
    }

    private static Path script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void stdoutPassesThroughUnchangedAndProgressGoesToStderr() throws Exception {
        RetortRun run = RetortRun.in(project, ENV, "upgrade", "head", "--alembic", fake.toString(), "--env", "FOO=bar",
                "-x", "tenant=acme");
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("argv: -c " + ini + " -n alembic -x tenant=acme upgrade head\n"
                + "env: FOO=bar PYTHONIOENCODING=utf-8 PYTHONUNBUFFERED=1\n"
                + "cwd: " + project.toRealPath() + "\n"
                + "SQL: müller\n");
        assertThat(run.stderr()).contains(
                "retort: using alembic 1.13.1 (" + fake + ", explicitly set)\n",
                "retort: plan: upgrade head from (empty): 2 step(s)\n",
                "INFO  [alembic.runtime.migration] Running upgrade  -> aaaa, first\n"
                        + "[1/2] Running upgrade  -> aaaa, first\n",
                "INFO  [alembic.runtime.migration] Running upgrade aaaa -> bbbb, second\n"
                        + "[2/2] Running upgrade aaaa -> bbbb, second\n",
                "retort: running cd " + project + " && FOO=bar " + fake + " -c " + ini);
        assertThat(run.stderr()).doesNotContain("disagree");
    }

    @Test
    void alembicsExitCodeIsRetortsAndTheFailureIsSummarised() throws Exception {
        RetortRun run = RetortRun.in(project, ENV, "upgrade", "head", "--alembic", fake.toString(), "--env",
                "FAKE_EXIT=3");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.stderr()).contains("retort: alembic failed (exit code 3): alembic exited with code 3",
                "retort: alembic stopped during [2/2] Running upgrade aaaa -> bbbb, second");
    }

    @Test
    void downgradeAndStampArguments() throws Exception {
        RetortRun down = RetortRun.in(project, ENV, "downgrade", "-1", "--alembic", fake.toString());
        assertThat(down.stdout()).startsWith("argv: -c " + ini + " -n alembic downgrade -1\n");
        assertThat(down.stderr()).contains("retort: note: Retort's plan fails as alembic should: ");
        RetortRun stamp = RetortRun.in(project, ENV, "stamp", "--purge", "aaaa", "bbbb", "--alembic", fake.toString());
        assertThat(stamp.stdout()).startsWith("argv: -c " + ini + " -n alembic stamp --purge aaaa bbbb\n");
        RetortRun sql = RetortRun.in(project, ENV, "upgrade", "--sql", "aaaa:bbbb", "--alembic", fake.toString());
        assertThat(sql.stdout()).startsWith("argv: -c " + ini + " -n alembic upgrade --sql aaaa:bbbb\n");
        assertThat(sql.stderr()).contains("retort: plan: upgrade bbbb from aaaa: 1 step(s)")
                .doesNotContain("is now at");
        RetortRun downSql = RetortRun.in(project, ENV, "downgrade", "--sql", "bbbb:aaaa", "--alembic", fake.toString());
        assertThat(downSql.stdout()).startsWith("argv: -c " + ini + " -n alembic downgrade --sql bbbb:aaaa\n");
    }

    @Test
    void theDatabaseIsReadBeforeAndAfter() throws Exception {
        RetortRun run = RetortRun.in(project, ENV, "stamp", "head", "--alembic", fake.toString());
        assertThat(run.stderr()).contains("retort: database " + "sqlite:///" + project.toRealPath().resolve("test.db")
                + " is at (empty)", "is now at (empty)");
    }

    @Test
    void aRelativeScriptLocationResolvedElsewhereRunsAlembicThere() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("cwd"));
        // relative script_location: alembic resolves it against its working directory, as Retort did
        Files.writeString(ini, "[alembic]\nscript_location = ../proj/migrations\n", StandardCharsets.UTF_8);
        RetortRun run = RetortRun.in(elsewhere, ENV, "-c", ini.toString(), "stamp", "head", "--alembic",
                fake.toString());
        assertThat(run.stdout()).contains("cwd: " + elsewhere.toRealPath() + "\n");
    }

    @Test
    void badEnvAndMissingAlembic() throws Exception {
        RetortRun bad = RetortRun.in(project, ENV, "upgrade", "head", "--alembic", fake.toString(), "--env", "NOVALUE");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.stdout()).isEqualTo("FAILED: --env expects KEY=VALUE, not 'NOVALUE'\n");
        Path broken = script(dir.resolve("broken/alembic"), "exit 1\n");
        RetortRun missing = RetortRun.in(project, ENV, "upgrade", "head", "--alembic", broken.toString());
        assertThat(missing.exit()).isEqualTo(127);
        assertThat(missing.stdout()).startsWith("FAILED: No working alembic was found (" + broken + " did not work).")
                .contains("Tried: " + broken + ": exit code 1");
    }
}
