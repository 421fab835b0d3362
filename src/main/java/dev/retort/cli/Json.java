package dev.retort.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.retort.model.diagnostics.Diagnostic;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON output shared by the machine-readable formats. */
final class Json {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
        m.put("code", d.code().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("message", d.message());
        m.put("file", d.location().map(l -> l.file().toString()).orElse(null));
        m.put("line", d.location().map(l -> l.line()).orElse(null));
        m.put("revision", d.revisionId().orElse(null));
        return m;
    }
}
