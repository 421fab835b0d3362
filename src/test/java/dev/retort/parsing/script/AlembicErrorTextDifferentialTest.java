package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.testsupport.AlembicAvailability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our diagnostic texts are alembic's: each broken file is shown to the real alembic too. */
class AlembicErrorTextDifferentialTest {
    @TempDir
    static Path project;

    @BeforeAll
    static void init() throws IOException {
        AlembicAvailability.assumeAlembic();
        AlembicAvailability.Result r = AlembicAvailability.run(project, Map.of(), "-m", "alembic", "init", "migrations");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(DiagnosticCode.ILLEGAL_CHARACTERS, "a1.py", "revision = 'aaaa-1111+x@'\ndown_revision = None\n"),
                Arguments.of(DiagnosticCode.SELF_LOOP, "a1.py", "revision = 'aaaa1111'\ndown_revision = ('aaaa1111',)\n"),
                Arguments.of(DiagnosticCode.DEPENDENCY_SELF_LOOP, "a1.py",
                        "revision = 'aaaa1111'\ndown_revision = None\ndepends_on = 'aaaa1111'\n"),
                Arguments.of(DiagnosticCode.MISSING_REVISION, "add_thing.py", "down_revision = None\n"),
                Arguments.of(DiagnosticCode.MISSING_DOWN_REVISION, "dddd-4 x.py", "revision = 'dddd4444'\n"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void messageMatchesAlembic(DiagnosticCode code, String fileName, String source) throws IOException {
        Path versions = project.resolve("migrations/versions");
        try (Stream<Path> old = Files.list(versions)) {
            for (Path p : old.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
        Files.writeString(versions.resolve(fileName), source);
        AlembicAvailability.Result r = AlembicAvailability.run(project, Map.of(), "-m", "alembic", "history");
        String alembicSays = r.stdout() + r.stderr();
        assertFalse(r.exitCode() == 0, "alembic should fail: " + alembicSays);

        LoadedScripts ours = new ScriptDirectoryLoader().load(ScriptLoadRequest.ofDefault(versions));
        List<Diagnostic> matching = ours.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, matching.size(), ours.diagnostics().toString());
        assertTrue(alembicSays.contains(matching.get(0).message()),
                "alembic said:\n" + alembicSays + "\nwe said: " + matching.get(0).message());
    }

    @Test
    void loadedTwiceWarningMatchesAlembic() throws IOException {
        Path twice = Files.createDirectories(project.resolve("twice"));
        AlembicAvailability.Result init = AlembicAvailability.run(twice, Map.of(), "-m", "alembic", "init", "migrations");
        assertEquals(0, init.exitCode(), init.stdout() + init.stderr());
        Path ini = twice.resolve("alembic.ini");
        String config = Files.readString(ini).replaceFirst("(?m)^version_path_separator = os.*$",
                "version_path_separator = :\nversion_locations = %(here)s/migrations/versions:%(here)s/migrations/./versions");
        Files.writeString(ini, config);
        Path versions = twice.resolve("migrations/versions");
        Files.writeString(versions.resolve("a1.py"), "revision = 'aaaa1111'\ndown_revision = None\n");

        AlembicAvailability.Result r = AlembicAvailability.run(twice, Map.of(), "-m", "alembic", "history");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        LoadedScripts ours = new ScriptDirectoryLoader().load(
                ScriptLoadRequest.ofLocations(List.of(versions, twice.resolve("migrations/./versions")))
                        .withOrder(LoadOrder.DIRECTORY));
        List<String> warnings = ours.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.FILE_LOADED_TWICE).map(Diagnostic::message).toList();
        assertFalse(warnings.isEmpty());
        for (String w : warnings) {
            assertTrue(r.stderr().contains(w), "alembic said:\n" + r.stderr() + "\nwe said: " + w);
        }
        assertEquals(List.of("aaaa1111"), ours.revisions().stream().map(rev -> rev.id()).toList());
    }
}
