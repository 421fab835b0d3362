package dev.retort.parsing.config;

import static dev.retort.parsing.config.TestFiles.errors;
import static dev.retort.parsing.config.TestFiles.mkdirs;
import static dev.retort.parsing.config.TestFiles.real;
import static dev.retort.parsing.config.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken, hostile and odd input: always diagnostics, never exceptions. */
class BadInputTest {

    @TempDir
    Path tmp;
    Path wd;

    @BeforeEach
    void setUp() {
        wd = real(tmp);
        mkdirs(wd.resolve("migrations/versions"));
    }

    private ConfigResult readBytes(byte[] bytes) throws IOException {
        Files.write(wd.resolve("alembic.ini"), bytes);
        return AlembicConfigReader.read(ConfigRequest.in(wd));
    }

    @Test
    void binaryGarbage() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            ConfigResult r = readBytes(bytes);
            assertTrue(r.config().isEmpty());
            assertTrue(r.hasErrors());
        }
    }

    @Test
    void garbageAfterAValidHeaderStillYieldsAConfig() throws IOException {
        byte[] garbage = new byte[2000];
        new Random(3).nextBytes(garbage);
        byte[] head = "[alembic]\nscript_location = migrations\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + garbage.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(garbage, 0, all, head.length, garbage.length);
        ConfigResult r = readBytes(all);
        assertEquals(wd.resolve("migrations"), r.config().orElseThrow().scriptLocation());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.ENCODING));
    }

    @Test
    void randomIniTextNeverThrows() throws IOException {
        Random random = new Random(11);
        String alphabet = "[]=:%()#; \t\n\r\\sabcDEFAULT.alembic_script_location\u00a0\uFEFF";
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder("[alembic]\nscript_location = migrations\n");
            int len = random.nextInt(300);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void utf8ByteOrderMarkIsToleratedButReportedWithPythonsText() throws IOException {
        ConfigResult r = readBytes("\uFEFF[alembic]\nscript_location = migrations\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(wd.resolve("migrations"), r.config().orElseThrow().scriptLocation());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.ENCODING, d.code());
        assertTrue(d.message().startsWith("File contains no section headers.\nfile: 'alembic.ini', line: 1\n"
                + "'\\ufeff[alembic]\\n'"), d.message());
    }

    @Test
    void invalidUtf8IsReported() throws IOException {
        byte[] bytes = "[alembic]\nscript_location = migrations\nx = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ConfigResult r = readBytes(bytes);
        assertTrue(r.config().isPresent());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.ENCODING, d.code());
        assertTrue(d.message().contains("offset " + (bytes.length - 2)), d.message());
    }

    @Test
    void hugeFileIsRefused() throws IOException {
        Path ini = wd.resolve("alembic.ini");
        try (OutputStream out = Files.newOutputStream(ini)) {
            out.write("[alembic]\nscript_location = migrations\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "# padding padding padding padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= ConfigFiles.MAX_FILE_SIZE; written += line.length) {
                out.write(line);
            }
        }
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd));
        assertTrue(r.config().isEmpty());
        assertTrue(r.diagnostics().get(0).message().contains("does not read config files over"));
    }

    @Test
    void largeButAcceptableFileIsReadQuickly() {
        StringBuilder sb = new StringBuilder("[alembic]\nscript_location = migrations\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("key").append(i).append(" = %(here)s/").append(i).append('\n');
        }
        sb.append("long =\n").append("    continued line\n".repeat(50_000));
        write(wd.resolve("alembic.ini"), sb.toString());
        ConfigResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> AlembicConfigReader.read(ConfigRequest.in(wd)));
        assertEquals(100_000 + 3, r.config().orElseThrow().mainOptions().size());
    }

    @Test
    void largePyprojectIsReadQuickly() {
        StringBuilder sb = new StringBuilder("[tool.alembic]\nscript_location = \"migrations\"\n[tool.other]\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append("k").append(i).append(" = [\"%(here)s\", 1, {a = 'b'}]\n");
        }
        write(wd.resolve("pyproject.toml"), sb.toString());
        ConfigResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> AlembicConfigReader.read(ConfigRequest.in(wd)));
        assertEquals(wd.resolve("migrations"), r.config().orElseThrow().scriptLocation());
    }

    @Test
    void formattingBlowUpIsCutOff() {
        write(wd.resolve("pyproject.toml"), "[tool.alembic]\nscript_location = \"migrations\"\ntimezone = \""
                + "%(here)999999s".repeat(10) + "\"\n");
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd));
        assertEquals(Optional.empty(), r.config().orElseThrow().timezone());
        assertTrue(errors(r.diagnostics()).get(0).contains("longer than"));
    }

    @Test
    void directoryNamedAlembicIniIsSkippedLikePythonDoes() {
        mkdirs(wd.resolve("alembic.ini"));
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd));
        assertEquals(List.of("No config file 'alembic.ini' found, or file has no '[alembic]' section"),
                errors(r.diagnostics()));
    }

    @Test
    void invalidPathInTheEnvironment() {
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd).withEnvironment(Map.of("ALEMBIC_CONFIG", "a\0b")));
        assertEquals(List.of("No config file 'a\\x00b' found, or file has no '[alembic]' section"),
                errors(r.diagnostics()));
    }

    @Test
    void invalidPathInAValue() {
        ConfigResult r = readBytesUnchecked("[alembic]\nscript_location = mig\0rations\n");
        assertTrue(r.config().isEmpty());
        assertEquals(DiagnosticCode.CONFIG_BAD_VALUE, r.diagnostics().get(0).code());
    }

    @Test
    void missingWorkingDirectory() {
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd.resolve("does/not/exist")));
        assertTrue(r.config().isEmpty());
        assertTrue(r.hasErrors());
    }

    @Test
    void duplicateKeysAndSectionsAreErrorsButTheConfigIsRead() {
        ConfigResult r = readBytesUnchecked("[alembic]\nscript_location = nope\nscript_location = migrations\n"
                + "[alembic]\nsourceless = true\n");
        AlembicConfig c = r.config().orElseThrow();
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertTrue(c.sourceless());
        assertEquals(2, errors(r.diagnostics()).size());
    }

    private ConfigResult readBytesUnchecked(String text) {
        try {
            return readBytes(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
