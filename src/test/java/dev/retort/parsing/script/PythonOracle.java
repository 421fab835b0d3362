package dev.retort.parsing.script;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.retort.testsupport.AlembicAvailability;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the real Python on module files and reports what it sees (see module_oracle.py). */
final class PythonOracle {
    private PythonOracle() {
    }

    /** Imports every file in one Python process; the answer per file name. */
    static Map<String, JsonObject> importAll(Path dir, List<Path> files) throws IOException {
        Path script = dir.resolve("module_oracle_script.py");
        try (InputStream in = PythonOracle.class.getResourceAsStream("module_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> args = new ArrayList<>();
        args.add(script.toString());
        for (Path f : files) {
            args.add(f.toString());
        }
        AlembicAvailability.Result r = AlembicAvailability.run(dir, Map.of(), args.toArray(String[]::new));
        if (r.exitCode() != 0) {
            throw new IOException("oracle failed: " + r.stderr());
        }
        Map<String, JsonObject> byName = new LinkedHashMap<>();
        JsonArray all = JsonParser.parseString(r.stdout()).getAsJsonArray();
        for (JsonElement e : all) {
            JsonObject o = e.getAsJsonObject();
            byName.put(Path.of(o.get("file").getAsString()).getFileName().toString(), o);
        }
        return byName;
    }

    /** Our value in the oracle's JSON shape; numbers and other literals by type only. */
    static JsonObject encode(PyValue value) {
        JsonObject o = new JsonObject();
        o.addProperty("t", value.typeName());
        if (value instanceof PyValue.PyStr s) {
            o.addProperty("v", s.value());
        } else if (value instanceof PyValue.PySeq seq) {
            JsonArray items = new JsonArray();
            seq.items().forEach(i -> items.add(encode(i)));
            o.add("items", items);
        } else if (value instanceof PyValue.PyBytes b) {
            o.addProperty("len", b.length());
        }
        return o;
    }

    /** The oracle's value with what we do not model (reprs of numbers) removed. */
    static JsonObject comparable(JsonObject pythonValue) {
        JsonObject copy = pythonValue.deepCopy();
        copy.remove("r");
        if (copy.has("items")) {
            JsonArray items = new JsonArray();
            copy.getAsJsonArray("items").forEach(i -> items.add(comparable(i.getAsJsonObject())));
            copy.add("items", items);
        }
        return copy;
    }
}
