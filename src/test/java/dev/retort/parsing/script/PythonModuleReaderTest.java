package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.parsing.script.PyValue.PyComputed;
import dev.retort.parsing.script.PyValue.PyNone;
import dev.retort.parsing.script.PyValue.PySeq;
import dev.retort.parsing.script.PyValue.PyStr;
import dev.retort.parsing.script.PyValue.SeqKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The literal reader on its own: values, lines, and what it refuses to guess. */
class PythonModuleReaderTest {
    private static final Path FILE = Path.of("/p/versions/abc_x.py");

    static PythonModule parse(String source) {
        return new PythonModuleReader().parse(source.getBytes(StandardCharsets.UTF_8), FILE);
    }

    static PyAssignment binding(String source, ModuleVariable v) {
        return parse(source).get(v).orElseThrow(() -> new AssertionError(v + " not bound in: " + source));
    }

    static PyValue value(String source) {
        return binding(source, ModuleVariable.REVISION).value();
    }

    static String reason(String source) {
        PyValue v = value(source);
        return assertInstanceOf(PyComputed.class, v, source).reason();
    }

    private static PySeq tuple(String... items) {
        return new PySeq(SeqKind.TUPLE, java.util.Arrays.stream(items).map(i -> (PyValue) new PyStr(i)).toList());
    }

    @Nested
    class Literals {
        @Test
        void readsTheFourVariablesWithLines() {
            PythonModule m = parse("\"\"\"doc\"\"\"\nimport os\n\nrevision = 'a'\ndown_revision = ('b', 'c')\n"
                    + "branch_labels = None\ndepends_on = ['d']\n");
            assertEquals(new PyAssignment(new PyStr("a"), 4), m.get(ModuleVariable.REVISION).orElseThrow());
            assertEquals(new PyAssignment(tuple("b", "c"), 5), m.get(ModuleVariable.DOWN_REVISION).orElseThrow());
            assertEquals(new PyAssignment(PyNone.NONE, 6), m.get(ModuleVariable.BRANCH_LABELS).orElseThrow());
            assertEquals(new PyAssignment(new PySeq(SeqKind.LIST, List.of(new PyStr("d"))), 7),
                    m.get(ModuleVariable.DEPENDS_ON).orElseThrow());
            assertEquals("doc", m.docstring().orElseThrow());
            assertTrue(m.diagnostics().isEmpty());
        }

        @Test
        void lastAssignmentWinsWithItsLine() {
            assertEquals(new PyAssignment(new PyStr("b"), 3),
                    binding("revision = 'a'\nx = 1\nrevision = 'b'\n", ModuleVariable.REVISION));
        }

        @Test
        void lineOfAMultiLineAssignmentIsTheLineOfTheName() {
            assertEquals(3, binding("x = (1,\n 2)\nrevision = (\n 'a'\n)\n", ModuleVariable.REVISION).line());
            assertEquals(2, binding("x = 1; \\\n  revision = 'a'\n", ModuleVariable.REVISION).line());
        }

        @ParameterizedTest
        @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "revision = 'abc' => abc",
            "revision = \"abc\" => abc",
            "revision = '''abc''' => abc",
            "revision = \"\"\"a'b\"\"\" => a'b",
            "revision = u'abc' => abc",
            "revision = r'a\\d' => a\\d",
            "revision = ('a' 'b' \"c\") => abc",
            "revision = (('abc')) => abc",
            "revision: str = 'abc' => abc",
            "revision: Union[str, Sequence[str], None] = 'abc' => abc",
            "revision: str | None = 'abc' => abc",
            "revision: tuple[str, ...] = 'abc' => abc",
            "revision: 'str' = 'abc' => abc",
            "x = revision = y = 'abc' => abc",
            "revision = 'a' # 'b' => a",
            "revision = '\\x41\\u0042\\U00000043\\N{DIGIT ONE}\\62' => ABC12",
        })
        void readsStrings(String source, String expected) {
            assertEquals(new PyStr(expected), value(source));
        }

        @Test
        void readsSequences() {
            assertEquals(tuple(), value("revision = ()"));
            assertEquals(new PySeq(SeqKind.LIST, List.of()), value("revision = []"));
            assertEquals(tuple("a"), value("revision = ('a',)"));
            assertEquals(tuple("a"), value("revision = 'a',"));
            assertEquals(tuple("a", "b"), value("revision = 'a', 'b'"));
            assertEquals(tuple("a", "b"), value("revision = ('a',\n  # c\n  'b',\n)"));
            assertEquals(new PySeq(SeqKind.TUPLE, List.of(tuple("a"), new PySeq(SeqKind.LIST, List.of(PyNone.NONE)))),
                    value("revision = (('a',), [None])"));
        }

        @Test
        void readsOtherLiteralsByType() {
            assertEquals("int", value("revision = 1234").typeName());
            assertEquals("int", value("revision = 0x1F").typeName());
            assertEquals("float", value("revision = 1.5e3").typeName());
            assertEquals("complex", value("revision = 2j").typeName());
            assertEquals("bool", value("revision = True").typeName());
            assertEquals(new PyValue.PyBytes(0), value("revision = b''"));
            assertEquals(new PyValue.PyBytes(2), value("revision = b'a' B'\\x00'"));
        }

        @Test
        void annotationWithoutValueBindsNothing() {
            assertTrue(parse("revision: str\n").get(ModuleVariable.REVISION).isEmpty());
            assertEquals(new PyStr("a"), value("revision = 'a'\nrevision: str\n"));
        }

        @Test
        void ignoresAssignmentsInFunctionAndClassBodies() {
            String source = "revision = 'top'\ndef f():\n    revision = 'f'\n    if x:\n        revision = 'g'\n"
                    + "class C:\n    revision = 'c'\n    def m(self): revision = 'm'\n"
                    + "def one(): revision = 'one'\nclass K: revision = 'k'\n";
            assertEquals(new PyAssignment(new PyStr("top"), 1), binding(source, ModuleVariable.REVISION));
        }

        @Test
        void aDedentEndsTheFunctionBody() {
            assertEquals(new PyAssignment(new PyStr("after"), 4),
                    binding("def f():\n    revision = 'in'\n\nrevision = 'after'\n", ModuleVariable.REVISION));
        }

        @Test
        void docstringIsOptional() {
            assertTrue(parse("import os\n").docstring().isEmpty());
            assertTrue(parse("").docstring().isEmpty());
            assertEquals("", parse("''\n").docstring().orElseThrow());
        }
    }

    @Nested
    class Computed {
        @ParameterizedTest
        @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "revision = make_id() => a call",
            "revision = other => the name `other`",
            "revision = f'{x}' => an f-string",
            "revision = 'a' + 'b' => an expression",
            "revision = -1 => an expression",
            "revision = 'a' if x else 'b' => an expression",
            "revision = os.environ['R'] => an attribute access",
            "revision = ids[0] => a subscript",
            "revision = {'a'} => a set or dict display",
            "revision = [x for x in y] => an expression",
            "revision = lambda: 'a' => a `lambda` expression",
            "revision = (yield) => a `yield` expression",
            "revision = ('a', other) => the name `other`",
            "revision = *a, 'b' => a starred expression",
            "revision, down_revision = 'a', None => tuple unpacking",
            "(revision, x) = ('a', 1) => tuple unpacking",
            "[revision] = ['a'] => tuple unpacking",
            "revision = 'a'\\nrevision += 'b' => an augmented assignment",
            "revision = 'a'\\ndel revision => deleted by `del`",
            "import revision => bound by an import",
            "import x.y as revision => bound by an import",
            "from x import (a, revision) => bound by an import",
            "from x import y as revision => bound by an import",
            "x = (revision := 'a') => an assignment expression (:=)",
            "def revision(): pass => defined by a `def` statement",
            "class revision: pass => defined by a `class` statement",
            "for revision in 'ab': pass => the target of a `for` statement",
            "with open('f') as revision: pass => the target of a `with` statement",
        })
        void reportsWhatItCannotRead(String source, String reason) {
            assertEquals(reason, reason(source.replace("\\n", "\n")));
        }

        @Test
        void blocksAtModuleLevelRunSoTheirAssignmentsAreComputed() {
            assertEquals("assigned inside an `if` block", reason("if x:\n    revision = 'a'\n"));
            assertEquals("assigned inside an `else` block", reason("if x:\n    pass\nelse:\n    revision = 'a'\n"));
            assertEquals("assigned inside a `try` block", reason("try:\n    revision = 'a'\nexcept E:\n    pass\n"));
            assertEquals("assigned inside an `except` block", reason("try:\n    pass\nexcept E:\n    revision = 'a'\n"));
            assertEquals("assigned inside a `with` block", reason("with x:\n    revision = 'a'\n"));
            assertEquals("assigned inside a `while` block", reason("while x:\n    revision = 'a'\n"));
            assertEquals("assigned inside an `if` block", reason("if x: revision = 'a'\n"));
            assertEquals("assigned inside an `if` block", reason("if x:\n    if y:\n        pass\n    revision = 'a'\n"));
            assertEquals("a call, inside an `if` block", reason("if x:\n    revision = f()\n"));
            assertEquals("assigned inside a `case` block", reason("match x:\n    case 1:\n        revision = 'a'\n"));
        }

        @Test
        void aLaterPlainAssignmentSettlesIt() {
            assertEquals(new PyStr("b"), value("if x:\n    revision = 'a'\nrevision = 'b'\n"));
            assertEquals(new PyStr("b"), value("revision = f()\nrevision = 'b'\n"));
        }

        @Test
        void aListChangedInPlaceIsNoLongerKnown() {
            PyAssignment a = binding("depends_on = ['a']\ndepends_on.append('b')\n", ModuleVariable.DEPENDS_ON);
            assertEquals(new PyAssignment(new PyComputed("a list that may be changed in place on line 2"), 2), a);
            assertInstanceOf(PyComputed.class,
                    binding("depends_on = ['a']\ndepends_on[0] = 'b'\n", ModuleVariable.DEPENDS_ON).value());
            // tuples and strings cannot change in place
            assertEquals(tuple("a"), binding("depends_on = ('a',)\ndepends_on.count('a')\n", ModuleVariable.DEPENDS_ON).value());
        }

        @Test
        void usesAreNotAssignments() {
            assertEquals(new PyStr("a"), value("revision = 'a'\nprint(revision)\nx = revision\nif revision == 'b':\n    pass\n"
                    + "y = [revision for revision in z]\nf(revision=1)\nd = {revision: 1}\n"));
        }

        @Test
        void otherNamesAreIgnored() {
            assertTrue(parse("revisions = 'a'\nmy_revision = 'b'\nrevision_id = 'c'\nx.revision = 'd'\n")
                    .get(ModuleVariable.REVISION).isEmpty());
        }
    }

    @Nested
    class Encoding {
        @Test
        void latin1CookieDecodesTheWholeFile() {
            byte[] src = "# -*- coding: latin-1 -*-\n\"\"\"caf\u00e9\"\"\"\nrevision = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
            PythonModule m = new PythonModuleReader().parse(src, FILE);
            assertEquals("caf\u00e9", m.docstring().orElseThrow());
            assertEquals(new PyStr("\u00e9"), m.get(ModuleVariable.REVISION).orElseThrow().value());
            assertTrue(m.diagnostics().isEmpty());
        }

        @ParameterizedTest
        @ValueSource(strings = {"# coding=latin-1", "# vim: set fileencoding=latin_1 :", "#coding:iso-8859-1",
            "# -*- coding: ISO_8859_1 -*-", "# coding: cp1252", "# coding: latin1"})
        void cookieSpellings(String cookie) {
            byte[] src = (cookie + "\nrevision = '\u00e9'\n").getBytes(StandardCharsets.ISO_8859_1);
            PythonModule m = new PythonModuleReader().parse(src, FILE);
            assertEquals(new PyStr("\u00e9"), m.get(ModuleVariable.REVISION).orElseThrow().value(), cookie);
        }

        @Test
        void cookieOnLine3OrAfterCodeIsIgnored() {
            byte[] late = "\n\n# coding: latin-1\nrevision = 'a'\n# \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
            assertTrue(new PythonModuleReader().parse(late, FILE).diagnostics().isEmpty(), "invalid byte only in a comment");
            byte[] afterCode = "x = 1\n# coding: latin-1\nrevision = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
            PythonModule m = new PythonModuleReader().parse(afterCode, FILE);
            Diagnostic d = m.diagnostics().get(0);
            assertEquals(DiagnosticCode.ENCODING, d.code());
            assertEquals(3, d.location().orElseThrow().line());
            assertEquals(new PyStr("\ufffd"), m.get(ModuleVariable.REVISION).orElseThrow().value(), "read leniently");
        }

        @Test
        void unknownCodecIsReportedAndUtf8Used() {
            PythonModule m = parse("# coding: klingon\nrevision = '\u00e9'\n");
            assertEquals(DiagnosticCode.ENCODING, m.diagnostics().get(0).code());
            assertEquals("unknown encoding: klingon", m.diagnostics().get(0).message());
            assertEquals(new PyStr("\u00e9"), m.get(ModuleVariable.REVISION).orElseThrow().value());
        }

        @Test
        void crlfBecomesLfInValues() {
            PythonModule m = parse("\"\"\"a\r\nb\"\"\"\r\nrevision = '''x\r\ny'''\r\n");
            assertEquals("a\nb", m.docstring().orElseThrow());
            assertEquals(new PyAssignment(new PyStr("x\ny"), 3), m.get(ModuleVariable.REVISION).orElseThrow());
        }
    }
}
