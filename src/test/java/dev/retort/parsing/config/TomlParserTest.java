package dev.retort.parsing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TOML subset reader: what a pyproject.toml holds, and clear errors for the rest. */
class TomlParserTest {

    private static Map<String, Object> parse(String text) {
        TomlParser.Result r = TomlParser.parse(text);
        assertTrue(r.error().isEmpty(), () -> r.error().get());
        return r.root();
    }

    private static String error(String text) {
        TomlParser.Result r = TomlParser.parse(text);
        assertTrue(r.error().isPresent(), "expected an error for: " + text);
        return r.error().get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Map<String, Object> root, String... path) {
        Map<String, Object> t = root;
        for (String p : path) {
            t = (Map<String, Object>) t.get(p);
        }
        return t;
    }

    @Test
    void typicalPyproject() {
        Map<String, Object> root = parse(String.join("\n",
                "[build-system]",
                "requires = [\"setuptools>=61\", 'wheel']",
                "",
                "[project]",
                "name = \"app\"  # comment",
                "authors = [{ name = \"A\", email = \"a@example.com\" }]",
                "readme = {file = \"README.md\"}",
                "dependencies = [",
                "    \"alembic>=1.16\",",
                "    # a comment inside",
                "    \"sqlalchemy\",",
                "]",
                "",
                "[tool.black]",
                "line-length = 88",
                "",
                "[tool.alembic]",
                "script_location = \"%(here)s/migrations\"",
                "prepend_sys_path = [\".\"]",
                "sourceless = false",
                "truncate_slug_length = 40",
                "",
                "[[tool.alembic.post_write_hooks]]",
                "name = \"black\"",
                "type = \"console_scripts\"",
                "",
                "[[tool.alembic.post_write_hooks]]",
                "name = 'ruff'",
                ""));
        Map<String, Object> alembic = table(root, "tool", "alembic");
        assertEquals("%(here)s/migrations", alembic.get("script_location"));
        assertEquals(List.of("."), alembic.get("prepend_sys_path"));
        assertEquals(false, alembic.get("sourceless"));
        assertEquals(40L, alembic.get("truncate_slug_length"));
        assertEquals(List.of(Map.of("name", "black", "type", "console_scripts"), Map.of("name", "ruff")),
                alembic.get("post_write_hooks"));
        assertEquals(88L, table(root, "tool", "black").get("line-length"));
        assertEquals(List.of("alembic>=1.16", "sqlalchemy"), table(root, "project").get("dependencies"));
    }

    @Test
    void strings() {
        Map<String, Object> root = parse(String.join("\n",
                "a = \"tab\\there \\\"q\\\" \\u00e9 \\U0001F600\"",
                "b = 'C:\\raw\\path'",
                "c = \"\"\"",
                "line1",
                "line2\\",
                "    continued\"\"\"",
                "d = '''",
                "raw \\n ''quoted'' '''",
                "e = \"\"\"two quotes at the end\"\"\"\"\"",
                "\"quoted key\" = 1",
                "'lit.key' = 2",
                ""));
        assertEquals("tab\there \"q\" é 😀", root.get("a"));
        assertEquals("C:\\raw\\path", root.get("b"));
        assertEquals("line1\nline2continued", root.get("c"));
        assertEquals("raw \\n ''quoted'' ", root.get("d"));
        assertEquals("two quotes at the end\"\"", root.get("e"));
        assertEquals(1L, root.get("quoted key"));
        assertEquals(2L, root.get("lit.key"));
    }

    @Test
    void numbersBooleansDates() {
        Map<String, Object> root = parse(String.join("\n",
                "i = +1_000", "n = -17", "h = 0xDEAD_beef", "o = 0o17", "b = 0b101",
                "f = 3.14", "e = 5e+22", "inf1 = -inf", "t = true", "u = false",
                "d = 1979-05-27", "dt = 1979-05-27T07:32:00Z", "sp = 1979-05-27 07:32:00", "lt = 07:32:00", ""));
        assertEquals(1000L, root.get("i"));
        assertEquals(-17L, root.get("n"));
        assertEquals(0xDEADBEEFL, root.get("h"));
        assertEquals(15L, root.get("o"));
        assertEquals(5L, root.get("b"));
        assertEquals(3.14, root.get("f"));
        assertEquals(5e22, root.get("e"));
        assertEquals(Double.NEGATIVE_INFINITY, root.get("inf1"));
        assertEquals(true, root.get("t"));
        assertEquals(new TomlParser.DateTime("1979-05-27 07:32:00"), root.get("sp"));
        assertEquals("datetime", TomlValues.typeName(root.get("lt")));
    }

    @Test
    void dottedKeysAndTables() {
        Map<String, Object> root = parse("tool.alembic.script_location = \"m\"\n[a.b]\nc.d = 1\n[a]\nx = 2\n");
        assertEquals("m", table(root, "tool", "alembic").get("script_location"));
        assertEquals(1L, table(root, "a", "b", "c").get("d"));
        assertEquals(2L, table(root, "a").get("x"));
    }

    @Test
    void keyLinesAreRecorded() {
        TomlParser.Result r = TomlParser.parse("[tool.alembic]\n\nscript_location = \"m\"\n");
        assertEquals(3, r.keyLines().get("tool.alembic.script_location"));
    }

    @Test
    void crlfLineEnds() {
        assertEquals("v", parse("[t]\r\nk = \"v\"\r\n").get("t") instanceof Map ? table(parse("[t]\r\nk = \"v\"\r\n"), "t").get("k") : null);
    }

    @Test
    void errorsHaveAPosition() {
        assertEquals("key 'a' is defined more than once (at line 2, column 6)", error("a = 1\na = 2\n"));
        assertEquals("table [t] is defined more than once (at line 3, column 4)", error("[t]\nx = 1\n[t]\n"));
        assertTrue(error("a = \"unterminated\n").startsWith("unterminated string"));
        assertTrue(error("a = [1, 2\n").contains("expected ',' or ']'"));
        assertTrue(error("a = {x = 1,}\n").contains("expected a key"));
        assertTrue(error("a = {x = 1\n}\n").contains("expected ',' or '}'"));
        assertTrue(error("a = 1 b = 2\n").contains("expected the end of the line"));
        assertTrue(error("a = \"\\q\"\n").contains("invalid escape"));
        assertTrue(error("a = 01\n").contains("invalid value"));
        assertTrue(error("a =\n").contains("expected a value"));
        assertTrue(error("= 1\n").contains("expected a key"));
        assertTrue(error("a = {x = 1}\n[a]\n").contains("defined more than once"));
        assertTrue(error("a = {x = 1}\na.y = 2\n").contains("dotted key"));
        assertTrue(error("[t]\nk.v = 1\n[t.k]\n").contains("defined more than once"));
        assertTrue(error("a = [1]\n[[a]]\n").contains("array of tables"));
        assertTrue(error("a = 1\n[a.b]\n").contains("already holds a value"));
        assertTrue(error("a = 1\r b = 2\n").contains("expected the end of the line"));
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "a = " + "[".repeat(100_000) + "\n";
        assertTrue(error(deep).contains("nested more than"));
    }

    @Test
    void garbageNeverThrows() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append("[]{}=\"'.,#\n \\abc1_-+:tf\u00e9\r".charAt(random.nextInt(25)));
            }
            TomlParser.parse(sb.toString());
        }
    }
}
