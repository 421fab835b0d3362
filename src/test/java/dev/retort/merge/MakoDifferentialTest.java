package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders templates with the real Mako 1.2 (through alembic's own template arguments) and with
 * {@link MakoTemplate}, and compares text, or error type and message. One Python run for all cases.
 */
class MakoDifferentialTest {
    private static final Path SHIPPED = Path.of("/usr/lib/python3/dist-packages/alembic/templates");

    @TempDir
    Path scratch;

    /** How far a failing case must agree: Retort words a few Python messages differently. */
    enum Match { EXACT, ERROR_TYPE }

    record Vars(String up, List<String> down, List<String> labels, String message, AlembicFlavor flavor,
            Map<String, String> options, int[] date) {
        static Vars merge(AlembicFlavor flavor) {
            return new Vars("cef530e273d4", List.of("017_add_asset_id", "1687c833bfcc"), List.of(), "merge heads",
                    flavor, Map.of("databases", "engine1, engine2"), new int[] {2024, 1, 15, 9, 30, 0, 123456});
        }

        Vars withDown(String... ids) {
            return new Vars(up, List.of(ids), labels, message, flavor, options, date);
        }

        Vars withLabels(String... l) {
            return new Vars(up, down, List.of(l), message, flavor, options, date);
        }

        Vars withMessage(String m) {
            return new Vars(up, down, labels, m, flavor, options, date);
        }

        Vars withOptions(Map<String, String> o) {
            return new Vars(up, down, labels, message, flavor, o, date);
        }

        Vars withDate(int... d) {
            return new Vars(up, down, labels, message, flavor, options, d);
        }

        TemplateVariables toJava() {
            CreateDate createDate = new CreateDate(LocalDateTime.of(date[0], date[1], date[2], date[3], date[4],
                    date[5], date[6] * 1000), Optional.empty(), 0);
            return TemplateVariables.forRevision(up, down, labels, List.of(), createDate, message, flavor, options);
        }

        JsonObject toJson() {
            JsonObject o = new JsonObject();
            o.addProperty("up", up);
            o.add("down", new Gson().toJsonTree(down));
            o.add("labels", new Gson().toJsonTree(labels));
            o.addProperty("message", message);
            o.addProperty("flavor", flavor.name());
            o.add("options", new Gson().toJsonTree(options));
            o.add("date", new Gson().toJsonTree(date));
            return o;
        }
    }

    record Case(String name, String template, Vars vars, Match match) {
    }

    private final List<Case> cases = new ArrayList<>();

    private void add(String name, String template, Vars vars) {
        cases.add(new Case(name, template, vars, Match.EXACT));
    }

    private void addTypeOnly(String name, String template, Vars vars) {
        cases.add(new Case(name, template, vars, Match.ERROR_TYPE));
    }

    @TestFactory
    Stream<DynamicTest> sameOutputAsRealMako() throws IOException {
        RealAlembic.assumeAvailable();
        shippedTemplates();
        MakoDifferentialCases.addTo(this::add, this::addTypeOnly);
        JsonArray input = new JsonArray();
        for (Case c : cases) {
            JsonObject o = new JsonObject();
            o.addProperty("template", c.template());
            o.add("vars", c.vars().toJson());
            input.add(o);
        }
        Path json = scratch.resolve("cases.json");
        Files.writeString(json, input.toString(), StandardCharsets.UTF_8);
        RealAlembic.Output out = RealAlembic.run(scratch, List.of(RealAlembic.PYTHON,
                RealAlembic.script(scratch, "mako_render.py").toString(), json.toString()));
        assertThat(out.exitCode()).as(out.stderr()).isZero();
        JsonArray results = new Gson().fromJson(out.stdout(), JsonArray.class);
        assertThat(results).hasSize(cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            JsonObject expected = results.get(i).getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.name(), () -> compare(c, expected)));
        }
        return tests.stream();
    }

    private static void compare(Case c, JsonObject expected) {
        RenderResult actual = MakoTemplate.parse(c.template()).render(c.vars().toJava());
        if (expected.get("ok").getAsBoolean()) {
            assertThat(actual).as("template:\n" + c.template()).isInstanceOf(RenderResult.Rendered.class);
            assertThat(((RenderResult.Rendered) actual).text()).isEqualTo(expected.get("text").getAsString());
            return;
        }
        String error = expected.get("error").getAsString();
        assertThat(actual).as("Python failed with " + error).isInstanceOf(RenderResult.Failed.class);
        String actualError = ((RenderResult.Failed) actual).error();
        String type = error.substring(0, error.indexOf(':') < 0 ? error.length() : error.indexOf(':'));
        if (c.match() == Match.ERROR_TYPE) {
            assertThat(actualError).startsWith(type);
        } else {
            // Mako's syntax errors end with file, line and column; Retort reports the line only
            String pythonCore = error.replaceAll(" (in file '[^']*' )?at line: (\\d+) char: \\d+$", " at line: $2");
            assertThat(actualError).isEqualTo(pythonCore);
        }
    }

    private void shippedTemplates() throws IOException {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String name : List.of("generic", "async", "multidb")) {
            templates.put(name, Files.readString(SHIPPED.resolve(name).resolve("script.py.mako")));
        }
        for (String name : List.of("generic", "multidb")) {
            templates.put("1.19.1 " + name, MakoTemplateTest.resource("template-1.19.1-" + name + ".mako"));
        }
        for (var entry : templates.entrySet()) {
            String name = entry.getKey();
            String text = entry.getValue();
            for (AlembicFlavor flavor : AlembicFlavor.values()) {
                Vars merge = Vars.merge(flavor);
                String prefix = name + "/" + flavor + ": ";
                add(prefix + "two parents", text, merge);
                add(prefix + "three parents, label", text, merge.withDown("a1", "b2", "c3").withLabels("release"));
                add(prefix + "one parent, no message", text, merge.withDown("aaaa").withMessage(null));
                add(prefix + "base revision", text, merge.withDown());
                add(prefix + "quotes and unicode", text, merge.withMessage("it's \"Übergröße\" \\ done\ttab"));
                add(prefix + "zero microseconds", text, merge.withDate(2024, 2, 29, 0, 0, 0, 0));
                add(prefix + "databases without spaces", text, merge.withOptions(Map.of("databases", "a,b,  c")));
                add(prefix + "no databases option", text, merge.withOptions(new LinkedHashMap<>()));
            }
        }
    }
}
