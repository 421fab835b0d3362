package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.Secret;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableReader;
import dev.retort.db.VersionTableState;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.ProjectLoader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.testsupport.AlembicAvailability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo reproduces the incident, and its database is what the real alembic makes. */
class DemoProjectTest {
    static final Path DEMO = Path.of("assets/demo");

    @TempDir
    Path temp;

    @Test
    void demoHasTheIncidentsTwoHeads() {
        LoadedProject project = new ProjectLoader().load(ConfigRequest.in(DEMO.toAbsolutePath()), LoadOrder.SORTED);
        assertThat(project.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(project.graph().size()).isEqualTo(21);
        assertThat(project.graph().heads()).containsExactlyInAnyOrder(
                "017_add_asset_id_to_questionnaire_responses", "1687c833bfcc");
        assertThat(project.graph().branchPoints()).contains("016_add_security_constraints");
        assertThat(project.graph().isMergePoint("1687c833bfcc")).isTrue();
        assertThat(project.graph().bases()).containsExactly("001_create_users");
    }

    @Test
    void demoDatabaseSitsAtTheMergeWithOneUpgradePending() throws IOException {
        Path copy = copyDemo();
        Path database = DemoDatabase.ensure(copy);
        VersionTableState table = new VersionTableReader().read(ConnectionProfile.sqlite("demo", database),
                Secret.none());
        assertThat(table.rows()).containsExactly("1687c833bfcc");
        LoadedProject project = new ProjectLoader().load(ConfigRequest.in(copy), LoadOrder.SORTED);
        VersionState state = VersionState.resolve(project.graph(), table.rows());
        assertThat(state.pending()).containsExactly("017_add_asset_id_to_questionnaire_responses");
        long size = Files.size(database);
        assertThat(DemoDatabase.ensure(copy)).isEqualTo(database);
        assertThat(Files.size(database)).isEqualTo(size);
    }

    @Test
    void shippedDumpIsWhatAlembicProduces() throws IOException, InterruptedException {
        AlembicAvailability.assumeAlembic();
        Path copy = copyDemo();
        Process upgrade = new ProcessBuilder(AlembicAvailability.python().toString(), "-m", "alembic", "upgrade", "1687c833bfcc")
                .directory(copy.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(temp.resolve("alembic.log").toFile()).start();
        assertThat(upgrade.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(upgrade.exitValue()).as(Files.readString(temp.resolve("alembic.log"))).isZero();
        Process dump = new ProcessBuilder(AlembicAvailability.python().toString(), Path.of("scripts/sqlite_dump.py")
                .toAbsolutePath().toString(), copy.resolve("demo.db").toString())
                .redirectOutput(temp.resolve("dump.sql").toFile()).start();
        assertThat(dump.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(temp.resolve("dump.sql"), StandardCharsets.UTF_8))
                .as("assets/demo/demo.sql is stale: run scripts/make-demo-db.sh")
                .isEqualTo(Files.readString(DEMO.resolve("demo.sql"), StandardCharsets.UTF_8));
    }

    private Path copyDemo() throws IOException {
        Path copy = temp.resolve("demo");
        try (Stream<Path> files = Files.walk(DEMO)) {
            for (Path source : files.toList()) {
                String name = source.getFileName().toString();
                if (name.equals("demo.db") || name.equals("__pycache__") || source.toString().contains("__pycache__")) {
                    continue;
                }
                Path target = copy.resolve(DEMO.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

}
