package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.model.revision.Revision;
import dev.retort.testsupport.AlembicAvailability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files alembic loads, in which order, from which directories. */
class ScriptDirectoryLoaderTest {
    @TempDir
    Path tmp;

    private final ScriptDirectoryLoader loader = new ScriptDirectoryLoader(new RevisionFileReader(), false);

    private static Path revisionFile(Path dir, String name, String id) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        return Files.writeString(dir.resolve(name), "\"\"\"doc " + id + "\"\"\"\nrevision = '" + id + "'\ndown_revision = None\n");
    }

    private static List<String> ids(LoadedScripts s) {
        return s.revisions().stream().map(Revision::id).toList();
    }

    private static List<DiagnosticCode> codes(LoadedScripts s) {
        return s.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private LoadedScripts load(ScriptLoadRequest request) {
        return loader.load(request);
    }

    @Test
    void selectsFilesLikeAlembic() throws IOException {
        Path v = tmp.resolve("versions");
        revisionFile(v, "a1.py", "a1");
        revisionFile(v, "_x.py", "under");
        revisionFile(v, ".x.py", "hidden");
        for (String skipped : new String[] {"__init__.py", "__init__x.py", ".#lock.py", "X.PY", "x.py~", "x.py.txt", "README", "x.pyc"}) {
            revisionFile(v, skipped, "skipped");
        }
        revisionFile(v.resolve("__pycache__"), "c.py", "cached");
        revisionFile(v.resolve("sub"), "s.py", "sub");
        Files.createDirectories(v.resolve("foo.py"));

        LoadedScripts sorted = load(ScriptLoadRequest.ofDefault(v));
        assertEquals(List.of("hidden", "under", "a1"), ids(sorted));
        assertEquals(List.of(), sorted.diagnostics());

        LoadedScripts directory = load(ScriptLoadRequest.ofDefault(v).withOrder(LoadOrder.DIRECTORY));
        assertEquals(List.of("a1", "hidden", "under"), ids(directory).stream().sorted().toList());
        assertEquals(List.of(DiagnosticCode.UNREADABLE_FILE), codes(directory), "1.8.1 fails on a directory named foo.py");
        assertTrue(directory.diagnostics().get(0).message().contains("Is a directory"));
    }

    @Test
    void pathIsTheNormalisedLocationJoinedWithTheName() throws IOException {
        Path real = tmp.resolve("real");
        revisionFile(real, "r1.py", "r1");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        LoadedScripts s = load(ScriptLoadRequest.ofDefault(tmp.resolve("x/../link/./")));
        assertEquals(link.resolve("r1.py"), s.revisions().get(0).path());
        assertEquals(2, s.revisions().get(0).line());
    }

    @Test
    void directoryOrderIsWhatOsListdirReturns() throws IOException {
        AlembicAvailability.assumePython();
        Path v = tmp.resolve("many");
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            String id = Long.toHexString(random.nextLong() & 0xffffffffffL);
            revisionFile(v, id + "_" + (char) ('a' + random.nextInt(26)) + i + ".py", id);
        }
        AlembicAvailability.Result r = AlembicAvailability.run(tmp, Map.of(), "-c",
                "import os, sys\nfor n in os.listdir(sys.argv[1]):\n    print(n)", v.toString());
        List<String> expected = r.stdout().lines().map(n -> n.substring(0, n.indexOf('_'))).toList();
        LoadedScripts s = load(ScriptLoadRequest.ofDefault(v).withOrder(LoadOrder.DIRECTORY));
        assertEquals(expected, ids(s));
        assertEquals(expected.stream().sorted().toList(), ids(load(ScriptLoadRequest.ofDefault(v))));
    }

    @Test
    void recursiveOrderMatchesAlembic110Walk() throws IOException {
        AlembicAvailability.assumePython();
        Path v = tmp.resolve("versions");
        String[] files = {"b.py", "a.py", "Z.py", "\u00e9.py", "d1/x.py", "d1/a.py", "d1/sub/q.py", "D0/m.py",
            "d1/__pycache__/p.py", "__pycache__/c.py", "e\u0301/k.py", "z__pycache__/n.py", "d1/sub/deeper/w.py"};
        int n = 0;
        for (String f : files) {
            revisionFile(v, f, "r" + n++);
        }
        Files.createSymbolicLink(v.resolve("linked"), v.resolve("d1"));
        // alembic >= 1.10's _list_py_dir (os.walk, files sorted, then subdirectories sorted)
        String walk = String.join("\n",
                "import os, sys",
                "for root, dirs, files in os.walk(sys.argv[1], topdown=True):",
                "    if root.endswith('__pycache__'):",
                "        continue",
                "    for f in sorted(files):",
                "        print(os.path.join(root, f))",
                "    dirs.sort()");
        AlembicAvailability.Result r = AlembicAvailability.run(tmp, Map.of(), "-c", walk, v.toString());
        List<Path> expected = r.stdout().lines().map(Path::of).toList();
        LoadedScripts s = load(ScriptLoadRequest.ofDefault(v).withRecursive(true));
        assertEquals(expected, s.revisions().stream().map(Revision::path).toList());
        assertEquals(List.of(), s.diagnostics());

        LoadedScripts flat = load(ScriptLoadRequest.ofDefault(v));
        assertEquals(List.of(v.resolve("Z.py"), v.resolve("a.py"), v.resolve("b.py"), v.resolve("\u00e9.py")),
                flat.revisions().stream().map(Revision::path).toList());
    }

    @Test
    void missingDirectories() throws IOException {
        revisionFile(tmp.resolve("present"), "p.py", "p");
        LoadedScripts explicit = load(ScriptLoadRequest.ofLocations(List.of(tmp.resolve("absent"), tmp.resolve("present"))));
        assertEquals(List.of("p"), ids(explicit));
        assertEquals(List.of(), explicit.diagnostics());

        LoadedScripts byDefault = load(ScriptLoadRequest.ofDefault(tmp.resolve("versions")));
        assertEquals(List.of(), ids(byDefault));
        Diagnostic d = byDefault.diagnostics().get(0);
        assertEquals(DiagnosticCode.VERSIONS_DIR_MISSING, d.code());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(tmp.resolve("versions"), d.location().orElseThrow().file());
    }

    @Test
    void aLocationThatIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("versions"), "x");
        LoadedScripts old = load(ScriptLoadRequest.ofDefault(file).withOrder(LoadOrder.DIRECTORY));
        assertEquals(List.of(DiagnosticCode.VERSIONS_DIR_MISSING), codes(old));
        assertEquals(Severity.ERROR, old.diagnostics().get(0).severity());
        LoadedScripts newer = load(ScriptLoadRequest.ofDefault(file));
        assertEquals(Severity.WARNING, newer.diagnostics().get(0).severity());
    }

    @Test
    void aFileReachedTwiceIsLoadedOnce() throws IOException {
        Path v = tmp.resolve("v");
        Path a = revisionFile(v, "a.py", "a");
        revisionFile(v, "b.py", "b");
        Files.writeString(v.resolve("README"), "not a revision");
        Files.createSymbolicLink(v.resolve("c.py"), a);
        Path other = Files.createSymbolicLink(tmp.resolve("same"), v);

        for (LoadOrder order : LoadOrder.values()) {
            LoadedScripts s = load(ScriptLoadRequest.ofLocations(List.of(v, other)).withOrder(order));
            assertEquals(List.of("a", "b"), ids(s).stream().sorted().toList(), order.name());
            List<String> messages = s.diagnostics().stream().map(Diagnostic::message).toList();
            String expected = "File " + a.toRealPath() + " loaded twice! ignoring. Please ensure version_locations is unique.";
            // a.py via c.py, then again via the second location (as a.py and c.py); README and b.py via the second location
            assertEquals(3, messages.stream().filter(expected::equals).count(), order + ": " + messages);
            assertTrue(messages.contains("File " + v.toRealPath().resolve("README") + " loaded twice! ignoring. "
                    + "Please ensure version_locations is unique."), order.name());
            assertTrue(s.diagnostics().stream().allMatch(d -> d.code() == DiagnosticCode.FILE_LOADED_TWICE
                    && d.severity() == Severity.WARNING));
        }
    }

    @Test
    void sourcelessRevisionsAreReportedAsUnsupported() throws IOException {
        Path v = tmp.resolve("v");
        revisionFile(v, "a.py", "a");
        Files.writeString(v.resolve("a.pyc"), "bytecode");
        Files.writeString(v.resolve("b.pyc"), "bytecode");
        Files.writeString(v.resolve("b.pyo"), "bytecode");
        Files.writeString(v.resolve("c.pyo"), "bytecode");
        Files.createDirectories(v.resolve("__pycache__"));
        Files.writeString(v.resolve("__pycache__/a.cpython-311.pyc"), "bytecode");
        Files.writeString(v.resolve("__pycache__/gone.cpython-311.pyc"), "bytecode");

        for (LoadOrder order : LoadOrder.values()) {
            LoadedScripts s = load(ScriptLoadRequest.ofDefault(v).withSourceless(true).withOrder(order));
            assertEquals(List.of("a"), ids(s));
            List<String> unsupported = s.diagnostics().stream()
                    .filter(d -> d.code() == DiagnosticCode.SOURCELESS_UNSUPPORTED)
                    .map(d -> d.location().orElseThrow().file().getFileName().toString()).sorted().toList();
            assertEquals(List.of("b.pyc", "c.pyo", "gone.cpython-311.pyc"), unsupported, order.name());
        }
        assertEquals(List.of(), load(ScriptLoadRequest.ofDefault(v)).diagnostics(), "without sourceless .pyc files are ignored");
    }

    @Test
    void brokenLinksAndOddNames() throws IOException {
        Path v = tmp.resolve("v");
        revisionFile(v, "ok.py", "ok");
        Files.createSymbolicLink(v.resolve("broken.py"), v.resolve("nowhere.py"));
        revisionFile(v, "nl.py\n", "nl");
        revisionFile(v, "a\nb.py", "ab");
        LoadedScripts s = load(ScriptLoadRequest.ofDefault(v));
        assertEquals(List.of("ok"), ids(s));
        assertEquals(List.of(DiagnosticCode.UNREADABLE_FILE, DiagnosticCode.UNREADABLE_FILE), codes(s));
    }

    @Test
    void pipesAreNotRead() throws Exception {
        Path v = tmp.resolve("v");
        revisionFile(v, "ok.py", "ok");
        Process mkfifo = new ProcessBuilder("mkfifo", v.resolve("pipe.py").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo not available");
        LoadedScripts s = load(ScriptLoadRequest.ofDefault(v));
        assertEquals(List.of("ok"), ids(s));
        assertEquals(List.of(DiagnosticCode.UNREADABLE_FILE), codes(s));
    }

    @Test
    void badFilesDoNotStopTheLoad() throws IOException {
        Path v = tmp.resolve("v");
        revisionFile(v, "a.py", "a");
        Files.write(v.resolve("b.py"), new byte[] {0, 1, 2, 3});
        Files.writeString(v.resolve("c.py"), "revision = ('c'\n");
        Files.writeString(v.resolve("g.py"), "down_revision = None\n");
        revisionFile(v, "e.py", "e");
        LoadedScripts s = load(ScriptLoadRequest.ofDefault(v));
        assertEquals(List.of("a", "e"), ids(s));
        assertEquals(List.of(DiagnosticCode.SYNTAX_ERROR, DiagnosticCode.SYNTAX_ERROR, DiagnosticCode.COMPUTED_VALUE,
                DiagnosticCode.MISSING_REVISION), codes(s));
    }

    @Test
    void parallelLoadingKeepsTheOrder() throws IOException {
        Path v = tmp.resolve("v");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String id = String.format("%04x", i * 7919 % 65536);
            names.add(id);
            Files.writeString(Files.createDirectories(v).resolve(id + ".py"),
                    "\"\"\"d\"\"\"\nrevision = '" + id + "'\ndown_revision = " + (i == 0 ? "None" : "'x'") + "\n"
                            + (i % 50 == 0 ? "x = (\n" : ""), StandardCharsets.UTF_8);
        }
        for (LoadOrder order : LoadOrder.values()) {
            ScriptLoadRequest request = ScriptLoadRequest.ofDefault(v).withOrder(order);
            LoadedScripts sequential = loader.load(request);
            LoadedScripts parallel = new ScriptDirectoryLoader().load(request);
            assertEquals(sequential, parallel);
            assertEquals(500, sequential.revisions().size());
            assertEquals(10, sequential.diagnostics().size());
        }
        assertEquals(names.stream().sorted().toList(), ids(new ScriptDirectoryLoader().load(ScriptLoadRequest.ofDefault(v))));
        assertTrue(Arrays.asList(LoadOrder.values()).contains(LoadOrder.SORTED));
    }
}
