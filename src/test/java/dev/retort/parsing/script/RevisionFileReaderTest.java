package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.model.revision.Revision;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** alembic 1.8.1's rules for turning a script into a revision ({@code Script._from_filename}, {@code Revision.__init__}). */
class RevisionFileReaderTest {
    private static final Path DIR = Path.of("/proj/migrations/versions");
    private final RevisionFileReader reader = new RevisionFileReader();

    private RevisionFileResult read(String fileName, String source) {
        return reader.parse(source.getBytes(StandardCharsets.UTF_8), DIR.resolve(fileName));
    }

    private Revision revision(String source) {
        RevisionFileResult r = read("x.py", source);
        return r.revision().orElseThrow(() -> new AssertionError("no revision: " + r.diagnostics()));
    }

    private static Diagnostic only(RevisionFileResult r, DiagnosticCode code) {
        List<Diagnostic> found = r.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), "expected one " + code + " in " + r.diagnostics());
        return found.get(0);
    }

    @Test
    void readsAGeneratedRevision() {
        RevisionFileResult r = read("1a2b_add.py", """
                \"""add account

                Revision ID: 1a2b
                Revises: 0f0e
                Create Date: 2024-01-15 09:30:00.123456

                \"""
                revision = '1a2b'
                down_revision = '0f0e'
                branch_labels = None
                depends_on = None
                """);
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        Revision rev = r.revision().orElseThrow();
        assertEquals(new Revision("1a2b", List.of("0f0e"), List.of(), List.of(),
                "add account\n\nRevision ID: 1a2b\nRevises: 0f0e\nCreate Date: 2024-01-15 09:30:00.123456",
                DIR.resolve("1a2b_add.py"), 8), rev);
        assertEquals("add account", rev.doc());
    }

    @Test
    void legacyIdComesFromAnAllHexFileName() {
        RevisionFileResult r = read("abcdef0123.py", "down_revision = None\n");
        assertEquals("abcdef0123", r.revision().orElseThrow().id());
        assertEquals(0, r.revision().orElseThrow().line());
        assertTrue(r.diagnostics().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdef12_add.py", "ABCDEF12.py", "abcg.py", ".py", "abc.pyc"})
    void withoutRevisionOrHexNameThereIsNoRevision(String name) {
        RevisionFileResult r = read(name, "down_revision = None\n");
        assertTrue(r.revision().isEmpty());
        Diagnostic d = only(r, DiagnosticCode.MISSING_REVISION);
        assertEquals("Could not determine revision id from filename " + name + ". Be sure the 'revision' variable "
                + "is declared inside the script (please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).",
                d.message());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(DIR.resolve(name), d.location().orElseThrow().file());
    }

    @Test
    void legacyRuleFollowsPythonDollar() {
        assertEquals("abc", RevisionFileReader.legacyId("abc.py\n"));
        assertEquals(null, RevisionFileReader.legacyId("abc.py\n\n"));
    }

    @Test
    void missingDownRevisionIsAnErrorButTheRevisionIsABase() {
        RevisionFileResult r = read("dddd-4.py", "revision = 'dddd4444'\n");
        Diagnostic d = only(r, DiagnosticCode.MISSING_DOWN_REVISION);
        assertEquals("module 'dddd_4_py' has no attribute 'down_revision'", d.message());
        assertEquals(Optional.of("dddd4444"), d.revisionId());
        assertTrue(r.revision().orElseThrow().isBase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"None", "()", "[]", "b''", "(\n)"})
    void emptyValuesMakeABase(String value) {
        RevisionFileResult r = read("x.py", "revision = 'a'\ndown_revision = " + value + "\n");
        assertTrue(r.revision().orElseThrow().isBase());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void emptyStringIsABaseIn181WithAWarning() {
        RevisionFileResult r = read("x.py", "revision = 'a'\ndown_revision = ''\n");
        assertTrue(r.revision().orElseThrow().isBase());
        Diagnostic d = only(r, DiagnosticCode.EMPTY_DOWN_REVISION);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(2, d.location().orElseThrow().line());
    }

    @Test
    void aOneElementTupleHoldingEmptyStringIsNotABase() {
        // tuple_rev_as_scalar(('',)) is '': alembic then looks for a revision called '' (KeyError).
        assertEquals(List.of(""), revision("revision = 'a'\ndown_revision = ('',)\n").downRevisions());
    }

    @Test
    void normalisesDownRevisions() {
        assertEquals(List.of("b"), revision("revision = 'a'\ndown_revision = ('b',)\n").downRevisions());
        assertEquals(List.of("b"), revision("revision = 'a'\ndown_revision = ['b']\n").downRevisions());
        assertEquals(List.of("b", "c"), revision("revision = 'a'\ndown_revision = ['b', 'c']\n").downRevisions());
        Revision dup = revision("revision = 'a'\ndown_revision = ('b', 'b')\n");
        assertEquals(List.of("b", "b"), dup.downRevisions());
        assertTrue(dup.isMergePoint());
    }

    @Test
    void normalisesDependsOn() {
        assertEquals(List.of("x"), revision("revision = 'a'\ndown_revision = None\ndepends_on = 'x'\n").dependsOn());
        assertEquals(List.of("x", "y"), revision("revision = 'a'\ndown_revision = None\ndepends_on = ['x', 'y']\n").dependsOn());
        for (String empty : new String[] {"None", "''", "('',)", "()", "[]", "b''"}) {
            assertEquals(List.of(), revision("revision = 'a'\ndown_revision = None\ndepends_on = " + empty + "\n").dependsOn(), empty);
        }
    }

    @Test
    void branchLabelsAreDeduplicatedInSourceOrder() {
        assertEquals(List.of("b", "a"), revision("revision = 'r'\ndown_revision = None\nbranch_labels = ['b', 'a', 'b']\n").branchLabels());
        assertEquals(List.of("main"), revision("revision = 'r'\ndown_revision = None\nbranch_labels = 'main'\n").branchLabels());
        assertEquals(List.of("main"), revision("revision = 'r'\ndown_revision = None\nbranch_labels = ('main',)\n").branchLabels());
        assertEquals(List.of(), revision("revision = 'r'\ndown_revision = None\nbranch_labels = ()\n").branchLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "None", "1.5", "True"})
    void nonStringRevisionHasNoRevision(String value) {
        RevisionFileResult r = read("x.py", "down_revision = None\nrevision = " + value + "\n");
        assertTrue(r.revision().isEmpty());
        Diagnostic d = only(r, DiagnosticCode.NOT_A_STRING);
        assertTrue(d.message().contains("TypeError: '"), d.message());
        assertTrue(d.message().endsWith("' object is not iterable"), d.message());
        assertEquals(2, d.location().orElseThrow().line());
    }

    @Test
    void nonStringParentsAreDroppedWithAnError() {
        RevisionFileResult r = read("x.py", "revision = 'a'\ndown_revision = ('b', 5, ['c'])\n");
        assertEquals(List.of("b"), r.revision().orElseThrow().downRevisions());
        assertEquals(2, r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.NOT_A_STRING).count());
        RevisionFileResult scalar = read("x.py", "revision = 'a'\ndown_revision = 5\n");
        assertTrue(scalar.revision().orElseThrow().isBase());
        assertEquals("down_revision must be a str, a tuple or list of str, or None, not int (5); it is ignored",
                only(scalar, DiagnosticCode.NOT_A_STRING).message());
    }

    @Test
    void illegalCharactersAreListedSorted() {
        RevisionFileResult r = read("x.py", "revision = 'aaaa-1111'\ndown_revision = None\n");
        assertEquals("Character(s) '-' not allowed in revision identifier 'aaaa-1111'",
                only(r, DiagnosticCode.ILLEGAL_CHARACTERS).message());
        assertTrue(r.revision().isPresent());
        assertEquals("Character(s) '+, -, @' not allowed in revision identifier 'a@b-c+d-'",
                only(read("x.py", "revision = 'a@b-c+d-'\ndown_revision = None\n"), DiagnosticCode.ILLEGAL_CHARACTERS).message());
        assertTrue(read("x.py", "revision = 'a:b'\ndown_revision = None\n").diagnostics().isEmpty(), "':' is legal in 1.8.1");
    }

    @Test
    void selfLoopsAreReportedAndTheEdgeDropped() {
        RevisionFileResult r = read("x.py", "revision = 'a'\ndown_revision = ('a', 'b')\ndepends_on = ['a', 'c']\n");
        assertEquals("Self-loop is detected in revisions (a)", only(r, DiagnosticCode.SELF_LOOP).message());
        assertEquals("Dependency self-loop is detected in revisions (a)",
                only(r, DiagnosticCode.DEPENDENCY_SELF_LOOP).message());
        Revision rev = r.revision().orElseThrow();
        assertEquals(List.of("b"), rev.downRevisions());
        assertEquals(List.of("c"), rev.dependsOn());
        assertEquals(3, only(r, DiagnosticCode.DEPENDENCY_SELF_LOOP).location().orElseThrow().line());
    }

    @Test
    void computedValuesAreWarningsNotGuesses() {
        RevisionFileResult noId = read("x.py", "import uuid\nrevision = uuid.uuid4().hex\ndown_revision = None\n");
        assertTrue(noId.revision().isEmpty());
        Diagnostic d = only(noId, DiagnosticCode.COMPUTED_VALUE);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(2, d.location().orElseThrow().line());
        assertTrue(d.message().startsWith("`revision` is not a literal (an attribute access)"), d.message());

        RevisionFileResult computedParent = read("x.py", "revision = 'a'\nif x:\n    down_revision = 'b'\nelse:\n    down_revision = 'c'\n");
        Revision rev = computedParent.revision().orElseThrow();
        assertTrue(rev.isBase());
        Diagnostic p = only(computedParent, DiagnosticCode.COMPUTED_VALUE);
        assertEquals(5, p.location().orElseThrow().line());
        assertEquals(Optional.of("a"), p.revisionId());
    }

    @Test
    void docstringIsStrippedOrEmpty() {
        assertEquals("a\n\nb", revision("\"\"\"\n\n  a\n\nb \n\n\"\"\"\nrevision = 'r'\ndown_revision = None\n").longDoc());
        assertEquals("", revision("revision = 'r'\ndown_revision = None\n").longDoc());
        assertEquals("", revision("\"\"\"   \"\"\"\nrevision = 'r'\ndown_revision = None\n").longDoc());
    }

    @Test
    void everyDiagnosticIsLocatedAndCarriesTheId() {
        RevisionFileResult r = read("x.py", "revision = 'a-1'\ndown_revision = ('a-1', 5)\nx = (\n");
        assertFalse(r.diagnostics().isEmpty());
        for (Diagnostic d : r.diagnostics()) {
            assertEquals(DIR.resolve("x.py"), d.location().orElseThrow().file(), d.toString());
            assertEquals(Optional.of("a-1"), d.revisionId(), d.toString());
        }
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.SYNTAX_ERROR));
        assertTrue(r.revision().isPresent(), "a syntax error elsewhere does not hide the revision");
    }

    @Test
    void binaryFilesGiveNoRevision() {
        RevisionFileResult r = reader.parse("revision = 'a'\ndown_revision = None\n\0".getBytes(StandardCharsets.US_ASCII),
                DIR.resolve("bin.py"));
        assertTrue(r.revision().isEmpty());
        assertEquals(DiagnosticCode.SYNTAX_ERROR, r.diagnostics().get(0).code());
    }

    @Test
    void unreadableFilesAreReported() {
        RevisionFileResult r = reader.read(DIR.resolve("does-not-exist.py"));
        assertTrue(r.revision().isEmpty());
        assertEquals(DiagnosticCode.UNREADABLE_FILE, r.diagnostics().get(0).code());
    }
}
