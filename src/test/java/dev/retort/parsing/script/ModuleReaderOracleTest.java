package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonObject;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.testsupport.AlembicAvailability;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the literal reader: every module below is also imported by the real
 * Python 3 (as alembic imports revision files), and the docstring and the four variables must
 * come out the same. Modules Python refuses must give us an error diagnostic.
 */
class ModuleReaderOracleTest {

    @TempDir
    Path dir;

    private static final Map<String, byte[]> CASES = new LinkedHashMap<>();

    private static void add(String name, String source) {
        CASES.put(name, source.getBytes(StandardCharsets.UTF_8));
    }

    private static void addBytes(String name, byte[] source) {
        CASES.put(name, source);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static {
        add("typed_header", """
                \"""add account table

                Revision ID: 1a2b3c4d5e6f
                Revises: 0f0e0d0c0b0a
                Create Date: 2024-01-15 09:30:00.123456

                \"""
                from typing import Sequence, Union

                import os as op


                # revision identifiers, used by Alembic.
                revision: str = '1a2b3c4d5e6f'
                down_revision: Union[str, Sequence[str], None] = '0f0e0d0c0b0a'
                branch_labels: Union[str, Sequence[str], None] = None
                depends_on: Union[str, Sequence[str], None] = None


                def upgrade() -> None:
                    \"""Upgrade schema.\"""
                    revision = 'inside'
                    pass


                def downgrade() -> None:
                    \"""Downgrade schema.\"""
                    pass
                """);
        add("classic_header", """
                \"""merge heads

                Revision ID: cef530e273d4
                Revises: 017_add_asset_id, 1687c833bfcc
                Create Date: 2024-01-15 09:30:00

                \"""
                import os as op


                # revision identifiers, used by Alembic.
                revision = 'cef530e273d4'
                down_revision = ('017_add_asset_id', '1687c833bfcc')
                branch_labels = ('main',)
                depends_on = None


                def upgrade() -> None:
                    pass
                """);
        add("double_quotes", "\"\"\"Doc\"\"\"\nrevision = \"abc\"\ndown_revision = \"def\"\nbranch_labels = \"lab\"\n");
        add("lists", "revision = 'a1'\ndown_revision = [\"b1\", 'c1']\nbranch_labels = ['x']\ndepends_on = []\n");
        add("implicit_concat", "revision = ('ab'\n    \"cd\"  # comment\n    r'ef'\n)\ndown_revision = ('x' 'y',\n 'z')\n");
        add("one_element_tuples", "revision = 'a'\ndown_revision = ('b',)\nbranch_labels = ('main' ,  )\n");
        add("empties", "revision = 'a'\ndown_revision = ()\nbranch_labels = []\ndepends_on = None\n");
        add("nested_parens", "revision = (('abc'))\ndown_revision = ((('a', 'b'),))\ndepends_on = ([('x')])\n");
        add("trailing_commas", "revision = 'a'\ndown_revision = ['a2', 'b2',]\nbranch_labels = ('q',\n)\n");
        add("comments_everywhere", "# top\nrevision = ( # c1\n  'a' # c2\n  # c3\n) # c4\ndown_revision = None # 'fake'\n");
        add("backslash_continuation", "revision = \\\n    'abc'\ndown_revision = 'x' \\\n    'y'\n");
        add("annotations", """
                from typing import Optional, Sequence, Tuple, Union
                revision: str = 'a'
                down_revision: str | None = None
                branch_labels: tuple[str, ...] = ('a', 'b')
                depends_on: Optional[Union[str, Sequence[str]]] = ['d']
                """);
        add("annotation_without_value", "revision: str\ndown_revision: str = 'a'\ndown_revision: str\n");
        add("prefixes", "revision = u'abc'\ndown_revision = U\"x\"\nbranch_labels = r'a\\b'\ndepends_on = R\"\\d\"\n");
        add("byte_prefixes", "revision = 'r'\ndown_revision = Rb'x'\nbranch_labels = bR'y'\ndepends_on = B''\n");
        add("escapes", "revision = 'a\\tb\\n\\x41\\u00e9\\U0001F600\\N{EM DASH}\\N{LF}\\N{latin small letter a}\\101\\0\\q\\'\\\"\\\\\\777'\n");
        add("escape_aliases", "revision = '\\N{BYTE ORDER MARK}\\N{NBSP}\\N{HANGUL SYLLABLE GAG}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{VS16}'\n");
        add("backslash_newline_in_string", "revision = 'abc\\\ndef'\ndown_revision = \"\"\"x\\\ny\"\"\"\n");
        add("triple_single_docstring", "'''Doc with \"quotes\" and 'single' '''\nrevision = 'a'\n");
        add("raw_docstring", "r\"\"\"a\\nb\"\"\"\n");
        add("docstring_line_continuation", "\"\"\"a\\\nb\"\"\"\n");
        addBytes("latin1_cookie", concat(
                "# -*- coding: latin-1 -*-\n\"\"\"Ajout de la colonne ".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xe9, 't', (byte) 0xe9},
                "\"\"\"\nrevision = 'x".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xe9},
                "'\ndown_revision = None\n".getBytes(StandardCharsets.US_ASCII)));
        addBytes("cookie_on_line_2", concat(
                "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\n\"\"\"".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xa4},
                "\"\"\"\n".getBytes(StandardCharsets.US_ASCII)));
        add("crlf", "\"\"\"first\r\n\r\nsecond\r\n\"\"\"\r\nrevision = 'a\\\r\nb'\r\ndown_revision = ('x',\r\n   'y')\r\n");
        add("cr_only", "\"\"\"a\rb\"\"\"\rrevision = 'a'\rdown_revision = None\r");
        addBytes("bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\"\"\"bom doc\"\"\"\nrevision = 'b'\n".getBytes(StandardCharsets.US_ASCII)));
        add("chained", "a = revision = 'x'\ndown_revision = b = None\n");
        add("last_wins", "revision = 'a'\ndown_revision = 'p'\nrevision = 'b'\n");
        add("tuple_without_parens", "revision = 'a'\ndown_revision = 'a1', 'b1'\nbranch_labels = 'x',\n");
        add("semicolons", "revision = 'a'; down_revision = None; branch_labels = 'l'\n");
        add("docstring_then_semicolon", "\"doc\"; revision = \"r\"\n");
        add("def_and_class_bodies", """
                def f():
                    global x
                    revision = 'no'
                class C:
                    down_revision = 'no'
                    def g(self):
                        revision = 'no'
                revision = 'yes'
                down_revision = None
                """);
        add("fake_assignment_in_string", "x = \"\"\"\nrevision = 'fake'\n\"\"\"\nrevision = 'real'\ndown_revision = None\ny = '''\ndown_revision = 'fake'\n'''\n");
        add("parenthesised_docstring", "(\"doc\"\n \" more\")\nrevision = 'a'\n");
        add("docstring_after_comments", "# c\n\n\n   # indented comment\n'doc'\n");
        add("no_docstring_when_import_first", "import os\n'not doc'\n");
        add("fstring_is_not_docstring", "f\"doc\"\nrevision = 'a'\n");
        add("bytes_is_not_docstring", "b\"doc\"\n");
        add("concatenated_with_plus_is_not_docstring", "\"a\" + \"b\"\n");
        add("nfkc_identifier", "\uff52evision = 'x'\ndown_revision = None\n");
        add("other_literals", "revision = 1234\ndown_revision = True\nbranch_labels = 1.5\ndepends_on = ...\n");
        add("empty_bytes", "revision = 'a'\ndown_revision = b''\n");
        add("tabs_and_form_feed", "if True:\n\tx = 1\n\f\nrevision = 'a'\n\f# comment\ndown_revision = None\n");
        add("string_with_hash", "revision = 'a#b'  # comment\n");
        add("fstring_elsewhere", "x = f\"{1}\"\nrevision = 'a'\ny = f'{x!r:>10}'\n");
        add("tuple_with_list", "revision = 'a'\ndown_revision = ('a', ['b'])\n");
        add("unicode_docstring", "\"\"\"Ajout de l’index ✓ 😀\"\"\"\nrevision = 'é'\n");
        add("nesting_200", "revision = " + "(".repeat(200) + "'a'" + ")".repeat(200) + "\n");
        add("revision_in_if_other_names", "import os\nif os.sep:\n    x = 1\nrevision = 'a'\nfor i in range(2):\n    pass\ndown_revision = None\n");
        add("match_statement", "x = 1\nmatch x:\n    case 1:\n        y = 2\n    case _:\n        pass\nrevision = 'a'\nmatch = 5\n");
        add("decorated_def", "import functools\n@functools.lru_cache\ndef f():\n    revision = 'no'\nrevision = 'yes'\n");
        add("async_def", "async def f():\n    revision = 'no'\nrevision = 'yes'\n");
        add("lambda_and_dict", "f = lambda x: {x: 1}\nrevision = 'a'\nd = {'revision': 'no'}\n");
        add("empty_file", "");
        add("only_comments", "# revision = 'x'\n");

        add("quote_in_comment", "# it's a comment\nrevision = 'a'  # don't\n");
        add("escaped_quotes", "x = 'it\\'s'; revision = \"say \\\"hi\\\"\"\n");
        add("brackets_in_comments_inside_parens", "x = (1, # ) ( [\n 2)\nrevision = 'a'\n");
        add("raw_string_with_escaped_quote", "x = r'\\''\nrevision = r'\\'\\\\' \"\\\"\"\n");
        add("prefix_letters_as_names", "u = 1\nrb = 2\nrevision = u'x'\ndown_revision = rb''\n");
        add("decorator_with_keyword", "dec = lambda **k: (lambda f: f)\n@dec(revision='x')\ndef f(): pass\nrevision = 'y'\n");
        add("class_one_liner", "class C: revision = 'no'\nrevision = 'yes'\n");
        add("unicode_identifier_first", "\u00e9t\u00e9 = 1\nrevision = 'a'\n");
        add("numbers", "x = 1_000e-5 + 0x_ff + 0o17 + 1.5j\nrevision = 'a'\n");
        add("ellipsis_statement", "...\nrevision = 'a'\n");
        add("empty_tuple_with_comment", "revision = 'a'\ndown_revision = ( # none\n)\n");
        add("dict_and_slices", "d = {1: 2, 'k': [1, 2][0:1]}\nrevision = 'a'\n");
        add("lambda_default", "f = lambda x=(1): x\nrevision = 'a'\n");
        add("fstring_nested_quotes", "x = f\"{'a'}\" f'{\"b\"}'\nrevision = 'b'\n");
        add("bytes_escapes", "revision = 'a'\ndepends_on = b'\\x00\\n\\\\'\n");
        add("string_continuation_in_parens", "revision = ('ab\\\ncd'\n  'ef')\n");
        add("async_for_in_def", "async def f():\n    async for revision in x:\n        pass\nrevision = 'a'\n");
        add("while_else_with_revision_in_def", "def f():\n    while x:\n        pass\n    else:\n        revision = 'no'\nrevision = 'a'\n");
        add("else_block_defs", "if True:\n    def g():\n        revision = 'no'\nrevision = 'a'\n");
        add("nested_class_method", "class A:\n    class B:\n        def m(self):\n            revision = 'no'\n    x = 1\nrevision = 'a'\n");

        // Files Python refuses: we must report an error.
        add("err_unexpected_indent", "   \"\"\"doc\"\"\"\nrevision = 'a'\n");
        add("err_unterminated_string", "revision = 'abc\n");
        add("err_unterminated_triple", "\"\"\"doc\nrevision = 'a'\n");
        add("err_unclosed_paren", "revision = ('abc'\n");
        add("err_unmatched_close", "revision = 'abc')\n");
        add("err_mismatched", "revision = ('abc']\n");
        add("err_nesting_201", "revision = " + "(".repeat(201) + "'a'" + ")".repeat(201) + "\n");
        add("err_truncated_x_escape", "revision = '\\x4'\n");
        add("err_unknown_name", "revision = '\\N{NO SUCH CHARACTER NAME}'\n");
        add("err_expected_indent", "if True:\nrevision = 'a'\n");
        add("err_bad_dedent", "if True:\n        x = 1\n    y = 2\n");
        addBytes("err_invalid_utf8_in_string", "revision = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        addBytes("invalid_utf8_in_comment_only", "# caf\u00e9\nrevision = 'a'\n".getBytes(StandardCharsets.ISO_8859_1));
        add("err_unknown_encoding", "# coding: no-such-codec\nrevision = 'a'\n");
        addBytes("err_bom_with_latin1", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "# coding: latin-1\nrevision = 'a'\n".getBytes(StandardCharsets.US_ASCII)));
        addBytes("err_ascii_cookie_high_byte", "# coding: ascii\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        addBytes("err_nul_byte", "revision = 'a'\0\n".getBytes(StandardCharsets.US_ASCII));
        add("err_mixed_bytes_str", "revision = 'a' b'b'\n");
    }

    @TestFactory
    Stream<DynamicTest> agreesWithPython() throws Exception {
        AlembicAvailability.assumePython();
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : CASES.entrySet()) {
            Path f = dir.resolve(c.getKey() + ".py");
            Files.write(f, c.getValue());
            files.add(f);
        }
        Map<String, JsonObject> python = PythonOracle.importAll(dir, files);
        PythonModuleReader reader = new PythonModuleReader();
        return CASES.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
            JsonObject expected = python.get(c.getKey() + ".py");
            PythonModule actual = reader.parse(c.getValue(), dir.resolve(c.getKey() + ".py"));
            compare(c.getKey(), expected, actual);
        }));
    }

    private static void compare(String name, JsonObject expected, PythonModule actual) {
        List<Diagnostic> errors = actual.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (expected.has("error")) {
            assertTrue(name.startsWith("err_"), "Python refused " + name + ": " + expected.get("error"));
            assertFalse(errors.isEmpty(), "Python refused the file (" + expected.get("error")
                    + ") but we reported no error: " + actual);
            return;
        }
        assertFalse(name.startsWith("err_"), "Python accepted " + name);
        assertTrue(errors.isEmpty(), "unexpected errors: " + errors);
        String doc = expected.get("doc").isJsonNull() ? null : expected.get("doc").getAsString();
        assertEquals(doc, actual.docstring().orElse(null), "docstring");
        JsonObject vars = expected.getAsJsonObject("vars");
        for (ModuleVariable v : ModuleVariable.values()) {
            String key = v.pythonName();
            if (!vars.has(key)) {
                assertTrue(actual.get(v).isEmpty(), key + " should be unbound, is " + actual.get(v));
                continue;
            }
            assertTrue(actual.get(v).isPresent(), key + " should be bound to " + vars.get(key));
            assertEquals(PythonOracle.comparable(vars.getAsJsonObject(key)),
                    PythonOracle.encode(actual.get(v).get().value()), key);
        }
    }
}
