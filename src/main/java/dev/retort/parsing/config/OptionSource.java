package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Option lookup as alembic's {@code Config} does it: {@code get_main_option} reads the ini
 * main section (with DEFAULT and interpolation), {@code get_alembic_option} falls back to
 * {@code [tool.alembic]} with Python {@code %} formatting.
 *
 * <p>Failures are reported once per option as diagnostics (alembic's exception text) and
 * the lookup then answers "absent"; {@link #failed} tells the two apart.
 */
final class OptionSource {

    private final IniDocument ini;
    private final String section;
    private final Map<String, Object> toml;
    private final Path tomlFile;
    private final Map<String, Integer> tomlLines;
    private final Map<String, String> tomlArgs;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Optional<ValueOrError>> iniCache = new HashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> fromToml = new LinkedHashSet<>();

    /**
     * @param ini the ini document, null when there is none or it lacks the main section
     * @param toml the {@code [tool.alembic]} table, null when there is none
     */
    OptionSource(IniDocument ini, String section, Map<String, Object> toml, Path tomlFile,
            Map<String, Integer> tomlLines, List<Diagnostic> diagnostics) {
        this.ini = ini;
        this.section = section;
        this.toml = toml;
        this.tomlFile = tomlFile;
        this.tomlLines = tomlLines;
        // alembic 1.16+: Path(toml_file).absolute().parent.as_posix()
        this.tomlArgs = tomlFile == null ? Map.of()
                : Map.of("here", tomlFile.getParent().toString().replace(java.io.File.separatorChar, '/'));
        this.diagnostics = diagnostics;
    }

    /** True if the ini main section (or DEFAULT) holds the key: {@code has_option}. */
    boolean iniHas(String name) {
        return ini != null && ini.hasOption(section, name);
    }

    /** The lookup of {@code name} failed and was reported. */
    boolean failed(String name) {
        return failed.contains(name);
    }

    /** Options whose value came from pyproject.toml. */
    Set<String> fromToml() {
        return fromToml;
    }

    /** {@code get_main_option(name)}: the interpolated ini value; a failure is reported as an error. */
    Optional<String> ini(String name) {
        Optional<ValueOrError> v = iniLookup(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().ok()) {
            if (failed.add(name)) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.CONFIG_INTERPOLATION, v.get().error()).at(where(name)));
            }
            return Optional.empty();
        }
        return Optional.of(v.get().value());
    }

    /** The raw lookup without reporting (cached, so {@link #mainOptions} can reuse it). */
    Optional<ValueOrError> iniLookup(String name) {
        if (!iniHas(name)) {
            return Optional.empty();
        }
        return iniCache.computeIfAbsent(name, n -> BasicInterpolation.get(ini, section, n));
    }

    /** The raw {@code [tool.alembic]} value; callers consult the ini first. */
    Optional<Object> tomlRaw(String name) {
        if (toml == null || !toml.containsKey(name)) {
            return Optional.empty();
        }
        fromToml.add(name);
        return Optional.ofNullable(toml.get(name));
    }

    /** {@code get_alembic_option(name)} for an option that must be a string. */
    Optional<String> string(String name) {
        if (iniHas(name)) {
            return ini(name);
        }
        Optional<Object> raw = tomlRaw(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!(raw.get() instanceof String)) {
            fail(name, DiagnosticCode.CONFIG_BAD_VALUE, "TOML parameter " + PythonStrings.repr(name) + " must be a string, not "
                    + TomlValues.typeName(raw.get()));
            return Optional.empty();
        }
        return format(name, (String) raw.get());
    }

    /** A {@code [tool.alembic]} string, %-formatted with {@code here}. */
    Optional<String> format(String name, String template) {
        ValueOrError v = PyPercentFormat.format(template, tomlArgs);
        if (!v.ok()) {
            fail(name, DiagnosticCode.CONFIG_INTERPOLATION, v.error() + " while formatting [tool.alembic] "
                    + name + " = " + PythonStrings.repr(template));
            return Optional.empty();
        }
        return Optional.of(v.value());
    }

    /** A {@code [tool.alembic]} array of strings, each %-formatted; empty if absent or failed. */
    Optional<List<String>> tomlStringList(String name) {
        Optional<Object> raw = tomlRaw(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!(raw.get() instanceof List) || !((List<?>) raw.get()).stream().allMatch(String.class::isInstance)) {
            fail(name, DiagnosticCode.CONFIG_BAD_VALUE, "TOML parameter " + PythonStrings.repr(name)
                    + " must be an array of strings, not " + TomlValues.typeName(raw.get()));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) raw.get()) {
            Optional<String> v = format(name, (String) item);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(v.get());
        }
        return Optional.of(out);
    }

    /**
     * {@code get_alembic_boolean_option}: the ini value must be the literal {@code true}; a
     * TOML value must be a real boolean.
     */
    boolean bool(String name) {
        if (iniHas(name)) {
            return ini(name).map("true"::equals).orElse(false);
        }
        Optional<Object> raw = tomlRaw(name);
        if (raw.isEmpty()) {
            return false;
        }
        if (!(raw.get() instanceof Boolean)) {
            fail(name, DiagnosticCode.CONFIG_BAD_VALUE, "boolean value expected for TOML parameter " + PythonStrings.repr(name));
            return false;
        }
        return (Boolean) raw.get();
    }

    /** Reports a failure of {@code name} once, as an error at its definition. */
    void fail(String name, DiagnosticCode code, String message) {
        if (failed.add(name)) {
            diagnostics.add(Diagnostic.error(code, message).at(where(name)));
        }
    }

    /** Reports a non-fatal remark about {@code name} at its definition. */
    void note(String name, Diagnostic diagnostic) {
        diagnostics.add(diagnostic.at(where(name)));
    }

    /** Where {@code name} is defined: its ini line, else its pyproject line, else the file. */
    SourceLocation where(String name) {
        if (iniHas(name)) {
            return new SourceLocation(ini.file(), ini.lineOf(section, name));
        }
        if (tomlFile != null && toml != null && toml.containsKey(name)) {
            return new SourceLocation(tomlFile, tomlLines.getOrDefault("tool.alembic." + name, 0));
        }
        return SourceLocation.of(ini != null ? ini.file() : tomlFile);
    }

    /**
     * Every main-section key, interpolated ({@code Config.get_section(main)}). Keys that fail
     * and were not reported yet get a warning: alembic fails only if something reads them.
     */
    Map<String, String> mainOptions() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (ini == null || !ini.hasSection(section)) {
            return out;
        }
        for (String key : ini.keys(section)) {
            ValueOrError v = iniLookup(key).orElseThrow();
            if (v.ok()) {
                out.put(key, v.value());
            } else if (!failed.contains(key)) {
                diagnostics.add(Diagnostic.warning(DiagnosticCode.CONFIG_INTERPOLATION, v.error()
                        + " (alembic fails only if something, such as env.py, reads this option)").at(where(key)));
            }
        }
        return out;
    }
}
