package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.parsing.script.PyValue.PyStr;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Broken, binary, huge and deeply nested input: diagnostics, never exceptions or hangs. */
class HostileInputTest {
    private static final Path FILE = Path.of("/p/versions/bad.py");
    private final PythonModuleReader reader = new PythonModuleReader();

    private PythonModule parse(String source) {
        return reader.parse(source.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private static Diagnostic only(PythonModule m, DiagnosticCode code) {
        List<Diagnostic> found = m.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), "expected one " + code + " in " + m.diagnostics());
        return found.get(0);
    }

    private static int line(Diagnostic d) {
        return d.location().orElseThrow().line();
    }

    @Test
    void unterminatedStringIsReportedAndTheNextLineStillRead() {
        PythonModule m = parse("x = 1\ny = 'abc\nrevision = 'a'\n");
        Diagnostic d = only(m, DiagnosticCode.SYNTAX_ERROR);
        assertEquals(2, line(d));
        assertEquals("unterminated string literal (detected at line 2)", d.message());
        assertEquals(new PyStr("a"), m.get(ModuleVariable.REVISION).orElseThrow().value());
    }

    @Test
    void unterminatedTripleQuotedStringRunsToTheEnd() {
        PythonModule m = parse("revision = 'a'\n\"\"\"doc\n\nrevision = 'b'\n");
        Diagnostic d = only(m, DiagnosticCode.SYNTAX_ERROR);
        assertEquals(2, line(d));
        assertEquals("unterminated triple-quoted string literal (detected at line 5)", d.message());
        assertEquals(new PyStr("a"), m.get(ModuleVariable.REVISION).orElseThrow().value());
    }

    @Test
    void unclosedBracketIsReportedAtItsLine() {
        PythonModule m = parse("revision = 'a'\ndown_revision = ('b',\n\ndef upgrade():\n    pass\n");
        Diagnostic d = only(m, DiagnosticCode.SYNTAX_ERROR);
        assertEquals(2, line(d));
        assertEquals("'(' was never closed", d.message());
        assertInstanceOf(PyValue.PyComputed.class, m.get(ModuleVariable.DOWN_REVISION).orElseThrow().value());
    }

    @Test
    void mismatchedAndUnmatchedBrackets() {
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('",
                only(parse("revision = ('a']\n"), DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals("closing parenthesis ')' does not match opening parenthesis '[' on line 1",
                only(parse("x = [1,\n 2)\n"), DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals("unmatched ')'", only(parse("x = 1)\n"), DiagnosticCode.SYNTAX_ERROR).message());
    }

    @Test
    void nulBytesMakeTheFileUnimportable() {
        byte[] src = "\"\"\"doc\"\"\"\nrevision = 'a'\n\0\0".getBytes(StandardCharsets.ISO_8859_1);
        PythonModule m = reader.parse(src, FILE);
        assertFalse(m.importable());
        assertTrue(m.assignments().isEmpty());
        assertTrue(m.docstring().isEmpty());
        assertEquals(3, line(only(m, DiagnosticCode.SYNTAX_ERROR)));
    }

    @Test
    void randomBinaryNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(4000)];
            random.nextBytes(junk);
            if (i % 2 == 0) {
                for (int k = 0; k < junk.length; k++) {
                    junk[k] = junk[k] == 0 ? 1 : junk[k];   // binary without NULs reaches the scanner
                }
            }
            PythonModule m = assertDoesNotThrow(() -> reader.parse(junk, FILE));
            assertTrue(junk.length < 2 || !m.diagnostics().isEmpty(), "random bytes should not look like Python");
        }
    }

    @Test
    void fuzzedPythonishTextNeverThrows() {
        String[] pieces = {"revision", " = ", "'", "\"", "'''", "\"\"\"", "(", ")", "[", "]", "{", "}", ",", ":", ";",
            "\n", "    ", "\t", "\\", "\\\n", "#", "if x", "def f()", "class C", "del ", "import ", "from ",
            "as ", "lambda", ":=", "+=", "*", "r", "b", "f", "u", "down_revision", "depends_on", "branch_labels",
            "None", "1", "\\N{", "\\x", "\\u12", "\r\n", "\r", "\f", "é", "=", "==", ".", "yield", "for ", " in "};
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String source = sb.toString();
            assertDoesNotThrow(() -> parse(source), source);
        }
    }

    @Test
    void nonUtf8WithoutCookieIsReportedButRead() {
        byte[] src = "\"\"\"caf\u00e9\"\"\"\nrevision = 'a'\ndown_revision = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        PythonModule m = reader.parse(src, FILE);
        Diagnostic d = only(m, DiagnosticCode.ENCODING);
        assertEquals(1, line(d));
        assertTrue(d.isError());
        assertEquals("caf\ufffd", m.docstring().orElseThrow());
        assertEquals(new PyStr("a"), m.get(ModuleVariable.REVISION).orElseThrow().value());
        assertEquals(new PyStr("\ufffd"), m.get(ModuleVariable.DOWN_REVISION).orElseThrow().value());
    }

    @Test
    void hugeFileIsReadToTheEnd() {
        StringBuilder sb = new StringBuilder(32 << 20);
        sb.append("\"\"\"doc\"\"\"\nrevision = 'first'\n");
        String block = "def f%d(x):\n    s = '''a\nb'''  # (\n    return [x, {'k': (1, 2)}, \"revision = 'no'\"]\n\n";
        int i = 0;
        while (sb.length() < 30 << 20) {
            sb.append(String.format(block, i++));
        }
        int lines = (int) sb.chars().filter(c -> c == '\n').count();
        sb.append("revision = 'last'\n");
        PythonModule m = parse(sb.toString());
        assertEquals(new PyAssignment(new PyStr("last"), lines + 1), m.get(ModuleVariable.REVISION).orElseThrow());
        assertTrue(m.diagnostics().isEmpty(), m.diagnostics().toString());
    }

    @Test
    void hugeStringsAndLongLines() {
        String big = "x".repeat(20 << 20);
        PythonModule m = parse("\"\"\"" + big + "\"\"\"\nrevision = '" + big + "'\ndown_revision = None  # " + big + "\n");
        assertEquals(big, m.docstring().orElseThrow());
        assertEquals(new PyStr(big), m.get(ModuleVariable.REVISION).orElseThrow().value());
        PythonModule longLine = parse("revision = 'a'; " + "x = 1; ".repeat(1_000_000) + "down_revision = None\n");
        assertEquals(PyValue.PyNone.NONE, longLine.get(ModuleVariable.DOWN_REVISION).orElseThrow().value());
    }

    @Test
    void manyAssignmentsKeepOnlyTheLast() {
        PythonModule m = parse("revision = 'x'\n".repeat(500_000) + "revision = 'y'\n");
        assertEquals(new PyAssignment(new PyStr("y"), 500_001), m.get(ModuleVariable.REVISION).orElseThrow());
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        PythonModule m = parse("revision = " + "(".repeat(100_000) + "'a'" + ")".repeat(100_000) + "\ndown_revision = None\n");
        Diagnostic d = only(m, DiagnosticCode.SYNTAX_ERROR);
        assertEquals("too many nested parentheses", d.message());
        assertInstanceOf(PyValue.PyComputed.class, m.get(ModuleVariable.REVISION).orElseThrow().value());
        assertEquals(PyValue.PyNone.NONE, m.get(ModuleVariable.DOWN_REVISION).orElseThrow().value());

        assertDoesNotThrow(() -> parse("revision = " + "([{".repeat(50_000)));
        assertDoesNotThrow(() -> parse("x = " + "[".repeat(100_000) + "\nrevision = 'a'\n"));
        assertDoesNotThrow(() -> parse("revision = " + "-".repeat(100_000) + "1\n"));
        assertDoesNotThrow(() -> parse("revision = " + "not ".repeat(100_000) + "1\n"));
        assertDoesNotThrow(() -> parse("(".repeat(100_000) + "'doc'" + ")".repeat(100_000) + "\n"));
    }

    @Test
    void deepIndentationIsReportedNotAStackOverflow() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(2_000)).append("revision = 'deep'\n");
        sb.append("revision = 'top'\n");
        PythonModule m = parse(sb.toString());
        assertEquals("too many levels of indentation", only(m, DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals(new PyStr("top"), m.get(ModuleVariable.REVISION).orElseThrow().value());
    }

    @Test
    void indentationErrors() {
        assertEquals("unexpected indent", only(parse("x = 1\n    revision = 'a'\n"), DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals("expected an indented block after 'if' statement on line 1",
                only(parse("if x:\nrevision = 'a'\n"), DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals("unindent does not match any outer indentation level",
                only(parse("if x:\n        a = 1\n    b = 2\n"), DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals("expected an indented block after 'def' statement on line 1",
                only(parse("def f():\n"), DiagnosticCode.SYNTAX_ERROR).message());
    }

    @Test
    void onlyTheFirstSyntaxErrorIsReported() {
        PythonModule m = parse("x = (\ny = 'a\n" + "z = ]\n".repeat(1000));
        assertEquals(1, m.diagnostics().size());
    }

    @Test
    void strayBackslashes() {
        assertEquals("unexpected character after line continuation character",
                only(parse("x = 1 \\ 2\nrevision = 'a'\n"), DiagnosticCode.SYNTAX_ERROR).message());
        assertEquals("unexpected EOF while parsing", only(parse("revision = 'a' \\"), DiagnosticCode.SYNTAX_ERROR).message());
    }
}
