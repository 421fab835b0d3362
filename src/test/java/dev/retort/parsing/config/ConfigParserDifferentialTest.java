package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated ini and TOML documents, read by Python 3.11's configparser and tomllib and by
 * Retort's readers; both must agree on every value and on whether (and how) the input fails.
 */
class ConfigParserDifferentialTest {

    private static final String INI_ORACLE = String.join("\n",
            "import configparser, io, json, sys",
            "out = []",
            "for text in json.load(open(sys.argv[1], encoding='utf-8')):",
            "    c = configparser.ConfigParser({'here': '/p'})",
            "    try:",
            "        c.read_file(io.StringIO(text, newline=None), source='alembic.ini')",
            "    except Exception as e:",
            "        out.append({'error': str(e)})",
            "        continue",
            "    result = {}",
            "    for s in ['DEFAULT'] + c.sections():",
            "        values = {}",
            "        for k in (c.defaults() if s == 'DEFAULT' else c.options(s)):",
            "            raw = c.get(s, k, raw=True)",
            "            try:",
            "                values[k] = [raw, c.get(s, k), None]",
            "            except Exception as e:",
            "                values[k] = [raw, None, str(e)]",
            "        result[s] = values",
            "    out.append({'sections': result})",
            "print(json.dumps(out))");

    private static final String[] INI_LINES = {
        "[alembic]", "[alembic]", "[DEFAULT]", "[other]", "  [alembic]", "[ alembic ]", "[]", "[a]b]",
        "script_location = migrations", "Key: v%%x", "k = %(here)s/x", "k2 = %(k)s/y", "k3 = %(OTHER)s",
        "  continued", "\tcontinued", "", "   ", "# comment", "  ; comment", "novalue", "= x", ": y",
        "a = 1 # inline", "b = 50%", "b2 = %(a)s%", "c = %(c)s", "dup = 1", "dup = 2", "u = \u00a0nbsp\u00a0",
        "x=%%(rev)s_%%(slug)s", "y = a:b = c", "z =", "other = o", "w = %(nope)s", "v = %(x)d", "  x = indented",
    };

    private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r"};

    private static final String TOML_ORACLE = String.join("\n",
            "import json, sys, tomllib, math",
            "def conv(v):",
            "    if isinstance(v, float) and (math.isinf(v) or math.isnan(v)):",
            "        return repr(v)",
            "    return v",
            "def walk(v):",
            "    if isinstance(v, dict):",
            "        return {k: walk(x) for k, x in v.items()}",
            "    if isinstance(v, list):",
            "        return [walk(x) for x in v]",
            "    return conv(v)",
            "out = []",
            "for text in json.load(open(sys.argv[1], encoding='utf-8')):",
            "    try:",
            "        out.append({'value': walk(tomllib.loads(text))})",
            "    except Exception as e:",
            "        out.append({'error': str(e)})",
            "print(json.dumps(out))");

    @Test
    void generatedIniFilesAgreeWithConfigparser(@TempDir Path tmp) throws IOException {
        AlembicOracle.assumeAvailable();
        Random random = new Random(20240115);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "" : "[alembic]\n");
            int lines = 1 + random.nextInt(12);
            for (int j = 0; j < lines; j++) {
                sb.append(INI_LINES[random.nextInt(INI_LINES.length)]);
                if (j + 1 < lines || random.nextBoolean()) {
                    sb.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]);
                }
            }
            docs.add(sb.toString());
        }
        JsonArray expected = oracle(tmp, INI_ORACLE, docs);
        int failing = 0;
        for (int i = 0; i < docs.size(); i++) {
            JsonObject e = expected.get(i).getAsJsonObject();
            failing += e.has("error") ? 1 : 0;
            compareIni(docs.get(i), e);
        }
        // the generator must exercise both outcomes
        assertTrue(failing > 50 && failing < docs.size() - 50, "failing documents: " + failing);
    }

    private static void compareIni(String doc, JsonObject expected) {
        IniParser.Result r = IniParser.parse(doc, Path.of("/p/alembic.ini"), "alembic.ini", Map.of("here", "/p"));
        String context = "document " + PythonStrings.repr(doc) + "\npython: " + expected + "\nretort: " + r.diagnostics();
        List<Diagnostic> syntax = r.diagnostics().stream()
                .filter(d -> d.code() == DiagnosticCode.CONFIG_SYNTAX).collect(Collectors.toList());
        if (expected.has("error")) {
            String error = expected.get("error").getAsString();
            String parsingPrefix = "Source contains parsing errors: 'alembic.ini'";
            if (error.startsWith(parsingPrefix)) {
                // Python collects these and raises them together at the end of the file
                String joined = parsingPrefix + syntax.stream()
                        .map(d -> d.message().substring(parsingPrefix.length())).collect(Collectors.joining());
                assertEquals(error, joined, context);
            } else {
                // the others are raised at once: Retort's first report matches
                assertTrue(!syntax.isEmpty() && syntax.stream().map(Diagnostic::message)
                        .filter(m -> !m.startsWith(parsingPrefix)).findFirst().orElse("").equals(error), context);
            }
            return;
        }
        assertEquals(List.of(), syntax, context);
        IniDocument document = r.document();
        JsonObject sections = expected.getAsJsonObject("sections");
        List<String> names = new ArrayList<>(sections.keySet());
        names.remove("DEFAULT");
        assertEquals(names, document.sectionNames(), context);
        for (Map.Entry<String, JsonElement> section : sections.entrySet()) {
            for (Map.Entry<String, JsonElement> option : section.getValue().getAsJsonObject().entrySet()) {
                JsonArray v = option.getValue().getAsJsonArray();
                String name = section.getKey();
                String key = option.getKey();
                assertEquals(v.get(0).getAsString(), document.raw(name, key).orElse(null), context);
                ValueOrError got = BasicInterpolation.get(document, name, key).orElseThrow();
                if (v.get(1).isJsonNull()) {
                    assertEquals(v.get(2).getAsString(), got.error(), context);
                } else {
                    assertEquals(v.get(1).getAsString(), got.value(), context);
                }
            }
        }
    }

    @Test
    void tomlDocumentsAgreeWithTomllib(@TempDir Path tmp) throws IOException {
        AlembicOracle.assumeAvailable();
        List<String> docs = new ArrayList<>(List.of(
                "[tool.alembic]\nscript_location = \"%(here)s/m\"\nprepend_sys_path = [\".\"]\n",
                "a = \"\"\"\\\n   x \\\n  y\"\"\"\nb = '''\nl1\nl2'''\n",
                "a = [\n 1,\n 2, # c\n]\nb = [[1, 2], [\"x\"], []]\nc = {}\n",
                "a.b.c = 1\na.b.d = 2\n[x]\ny.z = 3\n",
                "[[t]]\nn = 1\n[[t]]\nn = 2\n[t.sub]\nq = 1\n",
                "i = 0x_1\n", "i = 1__0\n", "i = 1_000\nj = -0\nk = +99\n", "f = 1.5e-3\ng = -0.0\nh = inf\nn = nan\n",
                "s = \"\\u00e9\\U0001F600\"\n", "s = \"bad \\x41\"\n", "s = 'no\nnewline'\n",
                "[a]\n[a]\n", "[a.b]\n[a]\n", "[a]\nb = 1\n[a.b]\n", "a = 1\na = 2\n",
                "x = {a = 1, b = {c = 2}}\n", "x = {a = 1}\n[x.b]\n", "x = [1,,2]\n", "x = \"\"\"a\"\"\"\"\"\n",
                "x = \"\"\"a\"\"\"\"\"\"\n", "\"\" = 1\n", "a . b = 1\n", "a = true\nb = false\nc = True\n",
                "# only a comment", "", "key = \"value\" # trailing\n[  spaced . table  ]\nk = 1\n",
                "a = [\n  \"x\",\n  'y',\n]\n", "bare-key_1 = 1\n1234 = 2\n", "x = 07\n", "x = 1e\n",
                "tool.alembic.sourceless = true\n[tool.alembic]\n"));
        JsonArray expected = oracle(tmp, TOML_ORACLE, docs);
        for (int i = 0; i < docs.size(); i++) {
            TomlParser.Result r = TomlParser.parse(docs.get(i));
            JsonObject e = expected.get(i).getAsJsonObject();
            String context = "document " + PythonStrings.repr(docs.get(i)) + "\ntomllib: " + e + "\nretort: " + r;
            assertEquals(e.has("error"), r.error().isPresent(), context);
            if (!e.has("error")) {
                assertEquals(e.get("value"), toJson(r.root()), context);
            }
        }
    }

    private static JsonElement toJson(Object v) {
        if (v instanceof Map) {
            JsonObject o = new JsonObject();
            ((Map<?, ?>) v).forEach((k, x) -> o.add(k.toString(), toJson(x)));
            return o;
        }
        if (v instanceof List) {
            JsonArray a = new JsonArray();
            ((List<?>) v).forEach(x -> a.add(toJson(x)));
            return a;
        }
        if (v instanceof Double && (((Double) v).isNaN() || ((Double) v).isInfinite())) {
            double d = (Double) v;
            return new JsonPrimitive(Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf");
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return new JsonPrimitive(new BigInteger(v.toString()));
        }
        if (v instanceof Double) {
            return new JsonPrimitive((Double) v);
        }
        if (v instanceof Boolean) {
            return new JsonPrimitive((Boolean) v);
        }
        return new JsonPrimitive(v.toString());
    }

    private static JsonArray oracle(Path tmp, String script, List<String> docs) throws IOException {
        JsonArray input = new JsonArray();
        docs.forEach(input::add);
        Path file = Files.writeString(tmp.resolve("docs.json"), input.toString());
        return AlembicOracle.python(tmp, script, file.toString()).getAsJsonArray();
    }
}
