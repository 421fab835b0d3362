package dev.retort.parsing.config;

import static dev.retort.parsing.config.TestFiles.mkdirs;
import static dev.retort.parsing.config.TestFiles.real;
import static dev.retort.parsing.config.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes alembic.ini variants into temporary projects and compares what Retort reads with
 * what alembic 1.8.1's own {@code Config} and {@code ScriptDirectory.from_config} give.
 */
class AlembicDifferentialTest {

    /** Runs every case in one Python process (importing alembic and SQLAlchemy is the slow part). */
    private static final String ORACLE = String.join("\n",
            "import json, os, sys",
            "from alembic.config import Config",
            "from alembic.script import ScriptDirectory",
            "from alembic.script.base import _split_on_space_comma",
            "from alembic import util",
            "results = []",
            "for case in json.load(open(sys.argv[1])):",
            "    os.chdir(case['cwd'])",
            "    cfg = Config(case['ini'], ini_section=case['section'])",
            "    out = {}",
            "    results.append(out)",
            "    try:",
            "        fc = cfg.file_config",
            "    except Exception as e:",
            "        out['parse_error'] = str(e)",
            "        continue",
            "    opts = {}",
            "    if fc.has_section(case['section']):",
            "        for k in fc.options(case['section']):",
            "            try:",
            "                opts[k] = {'value': cfg.get_main_option(k)}",
            "            except Exception as e:",
            "                opts[k] = {'error': str(e)}",
            "    out['options'] = opts",
            "    try:",
            "        out['revision_environment'] = {'value': util.asbool(cfg.get_main_option('revision_environment'))}",
            "    except Exception as e:",
            "        out['revision_environment'] = {'error': str(e)}",
            "    before = len(sys.path)",
            "    try:",
            "        sd = ScriptDirectory.from_config(cfg)",
            "        hc = sd.hook_config or {}",
            "        hooks = [[n, {k[len(n) + 1:]: v for k, v in hc.items() if k.startswith(n + '.')}]",
            "                 for n in _split_on_space_comma.split(hc.get('hooks', '')) if n]",
            "        out['script'] = {",
            "            'dir': os.path.abspath(sd.dir),",
            "            'version_locations': [str(p) for p in sd._version_locations],",
            "            'explicit': bool(sd.version_locations),",
            "            'file_template': sd.file_template,",
            "            'truncate_slug_length': sd.truncate_slug_length,",
            "            'sourceless': sd.sourceless,",
            "            'output_encoding': sd.output_encoding,",
            "            'timezone': sd.timezone,",
            "            'hooks': hooks,",
            "            'prepend': sys.path[:len(sys.path) - before],",
            "        }",
            "    except Exception as e:",
            "        out['error'] = type(e).__name__ + ': ' + str(e)",
            "    del sys.path[:len(sys.path) - before]",
            "print(json.dumps(results))");

    private static final String TEMPLATE_181 = String.join("\n",
            "# A generic, single database configuration.",
            "",
            "[alembic]",
            "# path to migration scripts",
            "script_location = migrations",
            "",
            "# file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s",
            "prepend_sys_path = .",
            "# version_locations = %(here)s/bar:%(here)s/bat:migrations/versions",
            "VERSION_LOCATIONS_LINE",
            "version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.",
            "sqlalchemy.url = driver://user:pass@localhost/dbname",
            "",
            "",
            "[post_write_hooks]",
            "# hooks = black",
            "# black.type = console_scripts",
            "",
            "[loggers]",
            "keys = root,sqlalchemy,alembic",
            "",
            "[formatter_generic]",
            "format = %(levelname)-5.5s [%(name)s] %(message)s",
            "datefmt = %H:%M:%S",
            "");

    /** One project: files to write, folders to create, the -c and -n arguments. */
    private static final class Variant {
        final String name;
        final Map<String, String> files = new LinkedHashMap<>();
        final List<String> dirs = new ArrayList<>(List.of("migrations/versions"));
        String ini = "alembic.ini";
        String section = "alembic";
        Path cwd;

        Variant(String name, String iniText) {
            this.name = name;
            files.put("alembic.ini", iniText);
        }

        Variant dir(String d) {
            dirs.add(d);
            return this;
        }

        Variant file(String path, String text) {
            files.put(path, text);
            return this;
        }

        Variant args(String iniArg, String sectionArg) {
            files.put(iniArg, files.remove("alembic.ini"));
            ini = iniArg;
            section = sectionArg;
            return this;
        }
    }

    private static List<Variant> variants() {
        String sep = File.pathSeparator;
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("1.8.1 template", TEMPLATE_181.replace("VERSION_LOCATIONS_LINE", "")));
        v.add(new Variant("inline-comment trap with version_locations", TEMPLATE_181.replace("VERSION_LOCATIONS_LINE",
                "version_locations = %(here)s/bar:%(here)s/bat")));
        v.add(new Variant("interpolation", String.join("\n",
                "[DEFAULT]",
                "root = %(here)s/app",
                "pct = 100%%",
                "[alembic]",
                "Script_Location = %(root)s/../migrations",
                "file_template = %%(year)d_%%(month).2d_%%(day).2d-%%(rev)s_%%(slug)s",
                "custom = %(pct)s of %(ROOT)s",
                "sqlalchemy.url = postgresql://u:p%%40ss@localhost:5433/db",
                "timezone = UTC",
                "broken = %(missing)s",
                "stray = 50% off",
                "deep = %(deep)s",
                "")));
        v.add(new Variant("interpolation through an existing folder", String.join("\n",
                "[DEFAULT]",
                "root = %(here)s/app",
                "[alembic]",
                "script_location = %(root)s/../migrations",
                "version_locations = %(root)s/versions, %(ROOT)s/../migrations/versions",
                "")).dir("app/versions"));
        v.add(new Variant("continuation lines and blank lines", String.join("\n",
                "[alembic]",
                "script_location = migrations",
                "version_locations =",
                "    %(here)s/v1",
                "",
                "    %(here)s/v2",
                "  # a comment in the middle",
                "    %(here)s/v3",
                "prepend_sys_path = . src:lib , x",
                "truncate_slug_length = 0",
                "sourceless = true",
                "output_encoding = latin-1",
                "revision_environment = Yes",
                "")));
        v.add(new Variant("script_location on a continuation line", "[alembic]\nscript_location =\n    migrations\n"));
        v.add(new Variant("legacy split", "[alembic]\nscript_location = migrations\n"
                + "version_locations = a, b  c,d,,e ,%(here)s/f\ntruncate_slug_length = 25\n"));
        v.add(new Variant("separator space", "[alembic]\nscript_location = migrations\n"
                + "version_path_separator = space\nversion_locations = a  b c,d\n"));
        v.add(new Variant("separator colon", "[alembic]\nscript_location = migrations\n"
                + "version_path_separator = :\nversion_locations = %(here)s/a::b c:\n"));
        v.add(new Variant("separator semicolon", "[alembic]\nscript_location = migrations\n"
                + "version_path_separator = ;\nversion_locations = a;b c; d\n"));
        v.add(new Variant("separator os", "[alembic]\nscript_location = migrations\n"
                + "version_path_separator = os\nversion_locations = x/../a" + sep + "b" + sep + "\n"));
        v.add(new Variant("only separators", "[alembic]\nscript_location = migrations\n"
                + "version_path_separator = ;\nversion_locations = ;;\n"));
        v.add(new Variant("invalid separator", "[alembic]\nscript_location = migrations\n"
                + "version_path_separator = comma\nversion_locations = a,b\n"));
        v.add(new Variant("empty truncate_slug_length", "[alembic]\nscript_location = migrations\n"
                + "truncate_slug_length =\n"));
        v.add(new Variant("missing scripts folder", "[alembic]\nscript_location = not/../there\n"));
        v.add(new Variant("missing script_location", "[alembic]\nsqlalchemy.url = sqlite://\n"));
        v.add(new Variant("unknown interpolation in script_location", "[alembic]\nscript_location = %(root)s/m\n"));
        v.add(new Variant("duplicate key", "[alembic]\nscript_location = migrations\nScript_location = x\n"));
        v.add(new Variant("key without value", "[alembic]\nscript_location = migrations\nsourceless\n"));
        v.add(new Variant("missing section header", "script_location = migrations\n[alembic]\n"));
        v.add(new Variant("byte order mark", "\uFEFF[alembic]\nscript_location = migrations\n"));
        v.add(new Variant("missing section", "[alembic_other]\nscript_location = migrations\n"));
        v.add(new Variant("package resource", "[alembic]\nscript_location = retort_pkg_a.sub:migrations\n"
                + "version_locations = retort_pkg_a.sub:migrations/versions %(here)s/extra\n")
                .file("retort_pkg_a/__init__.py", "").file("retort_pkg_a/sub/__init__.py", "")
                .dir("retort_pkg_a/sub/migrations/versions"));
        v.add(new Variant("named section via -c and -n", String.join("\n",
                "[alembic]",
                "script_location = wrong",
                "[db2]",
                "script_location = %(here)s/../migrations",
                "sourceless = True",
                "timezone =",
                "revision_environment = maybe",
                "")).args("conf/multi.ini", "db2"));
        v.add(new Variant("post write hooks", String.join("\n",
                "[DEFAULT]",
                "tool = black",
                "[alembic]",
                "script_location = migrations",
                "[post_write_hooks]",
                "hooks = %(tool)s, ruff",
                "black.type = console_scripts",
                "black.entrypoint = black",
                "black.options = -l 79 REVISION_SCRIPT_FILENAME",
                "ruff.type = exec",
                "ruff.executable = %(here)s/.venv/bin/ruff",
                "")));
        return v;
    }

    @TestFactory
    Stream<DynamicTest> retortAgreesWithAlembic(@TempDir Path tmp) throws IOException {
        AlembicOracle.assumeAvailable();
        List<Variant> variants = variants();
        JsonArray cases = new JsonArray();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            variant.cwd = real(mkdirs(tmp.resolve("case" + i)));
            variant.files.forEach((path, text) -> write(variant.cwd.resolve(path), text));
            variant.dirs.forEach(d -> mkdirs(variant.cwd.resolve(d)));
            JsonObject c = new JsonObject();
            c.addProperty("cwd", variant.cwd.toString());
            c.addProperty("ini", variant.ini);
            c.addProperty("section", variant.section);
            cases.add(c);
        }
        Path casesFile = Files.writeString(tmp.resolve("cases.json"), cases.toString());
        JsonArray results = AlembicOracle.python(tmp, ORACLE, casesFile.toString()).getAsJsonArray();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            JsonObject expected = results.get(i).getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(variant.name, () -> compare(variant, expected)));
        }
        return tests.stream();
    }

    private static void compare(Variant variant, JsonObject expected) {
        ConfigRequest request = ConfigRequest.in(variant.cwd).withName(variant.section);
        if (!variant.ini.equals("alembic.ini")) {
            request = request.withConfigFile(Path.of(variant.ini));
        }
        ConfigResult result = AlembicConfigReader.read(request);
        String context = "alembic: " + expected + "\nretort: " + result;
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).collect(Collectors.toList());

        if (expected.has("parse_error")) {
            assertReported(errors, expected.get("parse_error").getAsString(), context);
            return;
        }
        Optional<AlembicConfig> config = result.config();
        JsonObject options = expected.getAsJsonObject("options");
        if (config.isPresent()) {
            for (Map.Entry<String, JsonElement> e : options.entrySet()) {
                JsonObject outcome = e.getValue().getAsJsonObject();
                if (outcome.has("value")) {
                    assertEquals(outcome.get("value").getAsString(), config.get().mainOptions().get(e.getKey()),
                            e.getKey() + "\n" + context);
                } else {
                    assertFalse(config.get().mainOptions().containsKey(e.getKey()), context);
                    assertReported(result.diagnostics(), outcome.get("error").getAsString(), context);
                }
            }
            assertEquals(options.entrySet().stream().filter(e -> e.getValue().getAsJsonObject().has("value"))
                    .map(Map.Entry::getKey).collect(Collectors.toSet()), config.get().mainOptions().keySet(), context);
            JsonObject revEnv = expected.getAsJsonObject("revision_environment");
            if (revEnv.has("value")) {
                assertEquals(revEnv.get("value").getAsBoolean(), config.get().revisionEnvironment(), context);
            } else {
                assertReported(errors, revEnv.get("error").getAsString(), context);
            }
        }
        if (expected.has("error")) {
            String error = expected.get("error").getAsString();
            if (error.startsWith("ModuleNotFoundError")) {
                assertTrue(errors.stream().anyMatch(d -> d.code() == DiagnosticCode.CONFIG_PACKAGE_RESOURCE), context);
            } else {
                assertReported(errors, error.substring(error.indexOf(": ") + 2), context);
            }
            return;
        }
        assertTrue(config.isPresent(), context);
        AlembicConfig c = config.get();
        JsonObject script = expected.getAsJsonObject("script");
        assertEquals(script.get("dir").getAsString(), c.scriptLocation().toString(), context);
        assertEquals(strings(script.getAsJsonArray("version_locations")),
                c.versionLocations().stream().map(Path::toString).collect(Collectors.toList()), context);
        assertEquals(script.get("explicit").getAsBoolean(), c.versionLocationsExplicit(), context);
        assertEquals(script.get("file_template").getAsString(), c.fileTemplate(), context);
        assertEquals(script.get("truncate_slug_length").getAsInt(), c.truncateSlugLength(), context);
        assertEquals(script.get("sourceless").getAsBoolean(), c.sourceless(), context);
        assertEquals(script.get("output_encoding").getAsString(), c.outputEncoding(), context);
        assertEquals(script.get("timezone").isJsonNull() ? Optional.empty()
                : Optional.of(script.get("timezone").getAsString()), c.timezone(), context);
        assertEquals(strings(script.getAsJsonArray("prepend")), c.prependSysPath(), context);
        List<PostWriteHook> hooks = new ArrayList<>();
        for (JsonElement h : script.getAsJsonArray("hooks")) {
            Map<String, String> opts = new LinkedHashMap<>();
            h.getAsJsonArray().get(1).getAsJsonObject().entrySet()
                    .forEach(o -> opts.put(o.getKey(), o.getValue().getAsString()));
            hooks.add(new PostWriteHook(h.getAsJsonArray().get(0).getAsString(), opts));
        }
        assertEquals(hooks, c.postWriteHooks(), context);
    }

    /** Retort reported alembic's text (possibly followed by an explanation of its own). */
    private static void assertReported(List<Diagnostic> diagnostics, String text, String context) {
        assertTrue(diagnostics.stream().anyMatch(d -> d.message().startsWith(text)),
                "expected a diagnostic starting with <" + text + ">\n" + context);
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
