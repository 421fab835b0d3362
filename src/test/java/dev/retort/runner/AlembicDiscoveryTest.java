package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.release.AlembicRelease;
import dev.retort.runner.AlembicInstallation.Source;
import dev.retort.runner.DiscoveryResult.Outcome;
import dev.retort.testsupport.AlembicAvailability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Discovery order and outcomes, with fake alembic scripts in temporary folders. */
@DisabledOnOs(OS.WINDOWS)
class AlembicDiscoveryTest {
    @TempDir
    Path root;

    private Path project;
    private final ProcessRunner runner = new ProcessRunner();

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(root.resolve("work/app/db"));
    }

    @AfterEach
    void close() {
        runner.close();
    }

    /** Nothing on PATH, no fallback interpreter: only what a test puts in place is found. */
    private AlembicDiscovery discovery(String path) {
        return new AlembicDiscovery(runner, AlembicDiscovery.Settings.defaults(Map.of("PATH", path))
                .withFallbackPythons(List.of(root.resolve("no/python3"))).withTimeout(Duration.ofSeconds(20)));
    }

    @Test
    void anExplicitAlembicExecutableComesFirst() throws Exception {
        Path alembic = FakeScripts.alembic(root.resolve("tools"), "alembic", "1.13.2");
        FakeScripts.alembic(project.resolve(".venv/bin"), "alembic", "1.8.1");
        DiscoveryResult result = discovery("").discover(Optional.of(alembic), project);
        AlembicInstallation found = result.installation().orElseThrow();
        assertThat(found.argvPrefix()).containsExactly(alembic.toString());
        assertThat(found.release()).isEqualTo(new AlembicRelease(1, 13, 2));
        assertThat(found.release().listsFilesSorted()).isTrue();
        assertThat(found.source()).isEqualTo(Source.PREFERENCES);
        assertThat(found.versionText()).isEqualTo("alembic 1.13.2");
        assertThat(result.message()).isEqualTo("Using alembic 1.13.2 (" + alembic + ", explicitly set).");
    }

    @Test
    void anExplicitInterpreterRunsAlembicAsAModule() throws Exception {
        Path python = FakeScripts.python(root.resolve("py"), "python3.11", "1.8.1");
        AlembicInstallation byName = discovery("").discover(Optional.of(python), project).installation().orElseThrow();
        assertThat(byName.argvPrefix()).containsExactly(python.toString(), "-m", "alembic");
        // a name that does not say python: its --version answer does
        Path odd = FakeScripts.python(root.resolve("py"), "interp", "1.8.1");
        DiscoveryResult result = discovery("").discoverExplicit(odd, project);
        assertThat(result.installation().orElseThrow().argvPrefix()).containsExactly(odd.toString(), "-m", "alembic");
        assertThat(result.installation().get().release().listsFilesSorted()).isFalse();
    }

    @Test
    void anExplicitVirtualenvFolder() throws Exception {
        Path venv = root.resolve("envs/app");
        FakeScripts.python(venv.resolve("bin"), "python", "1.12.0");
        AlembicInstallation found = discovery("").discover(Optional.of(venv), project).installation().orElseThrow();
        assertThat(found.argvPrefix()).containsExactly(venv.resolve("bin/python").toString(), "-m", "alembic");
    }

    @Test
    void theProjectVirtualenvIsFoundInAParentFolder() throws Exception {
        Path venvAlembic = FakeScripts.alembic(root.resolve("work/.venv/bin"), "alembic", "1.10.4");
        FakeScripts.alembic(root.resolve("path"), "alembic", "1.19.1");
        DiscoveryResult result = discovery(root.resolve("path").toString()).discover(Optional.empty(), project);
        assertThat(result.installation().orElseThrow().argvPrefix()).containsExactly(venvAlembic.toString());
        assertThat(result.installation().get().source()).isEqualTo(Source.VIRTUALENV);
    }

    @Test
    void aVirtualenvBeyondTheParentLimitIsNotUsed() throws Exception {
        FakeScripts.alembic(root.resolve(".venv/bin"), "alembic", "1.10.4");
        AlembicDiscovery shallow = new AlembicDiscovery(runner, AlembicDiscovery.Settings.defaults(Map.of("PATH", ""))
                .withFallbackPythons(List.of()).withParentLevels(1));
        assertThat(shallow.discover(Optional.empty(), project).found()).isFalse();
        assertThat(discovery("").discover(Optional.empty(), project).found()).as("3 levels reach it").isTrue();
    }

    @Test
    void theVirtualenvPythonWhenItHasNoAlembicScript() throws Exception {
        Path python = FakeScripts.python(project.resolve("venv/bin"), "python", "1.9.0");
        AlembicInstallation found = discovery("").discover(Optional.empty(), project).installation().orElseThrow();
        assertThat(found.argvPrefix()).containsExactly(python.toString(), "-m", "alembic");
        assertThat(found.source()).isEqualTo(Source.VIRTUALENV);
    }

    @Test
    void alembicOnPathThenPython3OnPath() throws Exception {
        Path bin = root.resolve("bin");
        Path python = FakeScripts.python(bin, "python3", "1.8.1");
        AlembicInstallation viaModule = discovery("relative/dir:" + bin).discover(Optional.empty(), project)
                .installation().orElseThrow();
        assertThat(viaModule.argvPrefix()).containsExactly(python.toString(), "-m", "alembic");
        assertThat(viaModule.source()).isEqualTo(Source.PYTHON_MODULE);

        Path alembic = FakeScripts.alembic(bin, "alembic", "1.11.1");
        AlembicInstallation onPath = discovery(bin.toString()).discover(Optional.empty(), project).installation()
                .orElseThrow();
        assertThat(onPath.argvPrefix()).containsExactly(alembic.toString());
        assertThat(onPath.source()).isEqualTo(Source.PATH);
    }

    @Test
    void aHangingCandidateTimesOutAndTheNextOneIsUsed() throws Exception {
        Path hanging = FakeScripts.write(root.resolve("hang"), "alembic", "/bin/sleep 300");
        Path good = FakeScripts.alembic(project.resolve(".venv/bin"), "alembic", "1.8.1");
        AlembicDiscovery quick = new AlembicDiscovery(runner, AlembicDiscovery.Settings.defaults(Map.of("PATH", ""))
                .withFallbackPythons(List.of()).withTimeout(Duration.ofMillis(700)));
        long start = System.nanoTime();
        DiscoveryResult result = quick.discover(Optional.of(hanging), project);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(result.attempts().get(0).outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(result.installation().orElseThrow().argvPrefix()).containsExactly(good.toString());
        assertThat(result.message()).startsWith("The alembic set in preferences (" + hanging + ") did not work (no "
                + "answer to --version within 0 s). Using alembic 1.8.1");
    }

    @Test
    void failingAndForeignCandidatesAreReportedWithTheirReason() throws Exception {
        Path failing = FakeScripts.write(project.resolve(".venv/bin"), "alembic",
                "echo 'Traceback (most recent call last):' >&2; echo \"ModuleNotFoundError: No module named 'alembic'\" >&2;"
                        + " exit 1");
        Path foreign = FakeScripts.write(project.resolve("venv/bin"), "alembic", "echo 'something 2.0'");
        Files.createDirectories(project.resolve(".venv/bin"));
        Path notExecutable = Files.writeString(project.resolve(".venv/bin/python"), "#!/bin/sh\n");
        DiscoveryResult result = discovery("").discover(Optional.empty(), project);
        assertThat(result.found()).isFalse();
        assertThat(result.attempts()).filteredOn(a -> a.program().equals(failing)).hasSize(1).first().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(a.detail()).isEqualTo("exit code 1: ModuleNotFoundError: No module named 'alembic'");
        });
        assertThat(result.attempts()).filteredOn(a -> a.program().equals(foreign)).hasSize(1).first()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(Outcome.NOT_ALEMBIC));
        assertThat(result.attempts()).filteredOn(a -> a.program().equals(notExecutable)).hasSize(1).first()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(Outcome.NOT_EXECUTABLE));
        assertThat(result.message()).contains("Tried: " + failing + ": exit code 1");
    }

    @Test
    void nothingFoundSaysHowToFixIt() throws Exception {
        DiscoveryResult result = discovery("").discover(Optional.empty(), project);
        assertThat(result.found()).isFalse();
        assertThat(result.attempts()).allSatisfy(a -> assertThat(a.outcome()).isEqualTo(Outcome.MISSING));
        assertThat(result.message()).isEqualTo("No working alembic was found. Install alembic in the project's "
                + "virtualenv (.venv/bin/pip install alembic), or `apt install python3-alembic`, or set the path to "
                + "alembic in Preferences. Exploring and merging still work without it.");
    }

    @Test
    void anExplicitOverrideDoesNotFallBack() throws Exception {
        FakeScripts.alembic(project.resolve(".venv/bin"), "alembic", "1.8.1");
        AlembicDiscovery cli = new AlembicDiscovery(runner, AlembicDiscovery.Settings.defaults(Map.of("PATH", ""))
                .withOverrideHint("pass --alembic PATH"));
        DiscoveryResult result = cli.discoverExplicit(root.resolve("missing/alembic"), project);
        assertThat(result.found()).isFalse();
        assertThat(result.message()).startsWith("No working alembic was found (" + root.resolve("missing/alembic")
                + " did not work).").contains("or pass --alembic PATH.");
    }

    @Test
    void theRealAlembicIsFoundAsAPythonModule() throws Exception {
        AlembicAvailability.assumeAlembic();
        AlembicDiscovery real = new AlembicDiscovery(runner, AlembicDiscovery.Settings.defaults(Map.of("PATH", ""))
                .withFallbackPythons(List.of(AlembicAvailability.python())));
        AlembicInstallation found = real.discover(Optional.empty(), project).installation().orElseThrow();
        assertThat(found.argvPrefix()).containsExactly(AlembicAvailability.python().toString(), "-m", "alembic");
        assertThat(found.versionText()).isEqualTo(AlembicAvailability.alembicVersion());
        assertThat(found.source()).isEqualTo(Source.PYTHON_MODULE);
    }
}
