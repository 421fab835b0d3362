package dev.retort.parsing.config;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.model.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code [tool.alembic]} table of a pyproject.toml, as alembic 1.16+'s
 * {@code Config.toml_alembic_config} reads it.
 *
 * @param table the table, null when the file has none or cannot be read
 * @param keyLines line of each key by dotted path, for diagnostics
 */
record PyprojectFile(Map<String, Object> table, Map<String, Integer> keyLines) {

    static final PyprojectFile NONE = new PyprojectFile(null, Map.of());

    /**
     * Loads {@code file}. alembic 1.16+ parses the whole file whenever an option is missing
     * from the ini main section (nearly always), so a broken file breaks it even when the ini
     * is complete: that is a warning then (alembic before 1.16 is unaffected), an error when
     * the configuration depends on the pyproject file.
     */
    static PyprojectFile load(Path file, boolean iniUsable, List<Diagnostic> diagnostics) {
        Severity severity = iniUsable ? Severity.WARNING : Severity.ERROR;
        String consequence = iniUsable ? "; alembic 1.16+ reads it for options missing from the ini file and would fail"
                : "";
        List<Diagnostic> readProblems = new java.util.ArrayList<>();
        Optional<ConfigFiles.Text> text = ConfigFiles.read(file, ConfigFiles.PYPROJECT, readProblems);
        readProblems.forEach(d -> diagnostics.add(new Diagnostic(d.isError() ? severity : d.severity(), d.code(),
                d.message() + (d.isError() ? consequence : ""), d.location(), d.revisionId())));
        if (text.isEmpty()) {
            return NONE;
        }
        if (text.get().hadBom()) {
            add(diagnostics, severity, DiagnosticCode.ENCODING, file, 1, "pyproject.toml starts with a UTF-8 byte "
                    + "order mark, which Python's tomllib rejects" + consequence);
        }
        TomlParser.Result parsed = TomlParser.parse(text.get().text());
        if (parsed.error().isPresent()) {
            add(diagnostics, severity, DiagnosticCode.CONFIG_SYNTAX, file, parsed.errorLine(),
                    "pyproject.toml is not valid TOML: " + parsed.error().get() + consequence);
            return NONE;
        }
        Object tool = parsed.root().get("tool");
        if (tool == null) {
            return NONE;
        }
        if (!(tool instanceof Map)) {
            add(diagnostics, severity, DiagnosticCode.CONFIG_BAD_VALUE, file, parsed.keyLines().getOrDefault("tool", 0),
                    "'tool' in pyproject.toml is not a table (alembic fails with AttributeError)" + consequence);
            return NONE;
        }
        Object alembic = ((Map<?, ?>) tool).get("alembic");
        if (alembic == null) {
            return NONE;
        }
        if (!(alembic instanceof Map)) {
            add(diagnostics, severity, DiagnosticCode.CONFIG_BAD_VALUE, file,
                    parsed.keyLines().getOrDefault("tool.alembic", 0), "Incorrect TOML format" + consequence);
            return NONE;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> table = (Map<String, Object>) alembic;
        return new PyprojectFile(table, parsed.keyLines());
    }

    private static void add(List<Diagnostic> diagnostics, Severity severity, DiagnosticCode code, Path file, int line,
            String message) {
        diagnostics.add(new Diagnostic(severity, code, message, Optional.of(new SourceLocation(file, line)),
                Optional.empty()));
    }
}
