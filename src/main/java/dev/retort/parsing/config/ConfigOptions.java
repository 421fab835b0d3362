package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The per-option conversions of {@code ScriptDirectory.from_config} and the commands. */
final class ConfigOptions {

    private ConfigOptions() {
    }

    /** Python's {@code int(str)}: whitespace, sign, Unicode digits, single underscores between digits. */
    static Optional<BigInteger> pyInt(String text) {
        String s = PythonStrings.strip(text);
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastWasDigit = false;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp == '_' && lastWasDigit && i + 1 < s.length()) {
                lastWasDigit = false;
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                digits.append(Character.digit(cp, 10));
                lastWasDigit = true;
            } else {
                return Optional.empty();
            }
            i += Character.charCount(cp);
        }
        if (digits.length() == 0 || !lastWasDigit) {
            return Optional.empty();
        }
        BigInteger v = new BigInteger(digits.toString());
        return Optional.of(negative ? v.negate() : v);
    }

    /** Clamps a Python int into Java's range; slugs are never that long, so the effect is the same. */
    static int clamp(BigInteger v) {
        return v.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    /**
     * {@code truncate_slug_length}: {@code int(value)}, then {@code or 40}. A bad value is an
     * error (alembic's ValueError) and 40 is used.
     */
    static int truncateSlugLength(OptionSource src) {
        String name = "truncate_slug_length";
        Optional<BigInteger> value = Optional.empty();
        if (src.iniHas(name)) {
            Optional<String> text = src.ini(name);
            if (text.isPresent()) {
                value = pyInt(text.get());
                if (value.isEmpty()) {
                    src.fail(name, DiagnosticCode.CONFIG_BAD_VALUE,
                            "invalid literal for int() with base 10: " + PythonStrings.repr(text.get()));
                }
            }
        } else {
            Optional<Object> raw = src.tomlRaw(name);
            if (raw.isPresent()) {
                Object v = raw.get();
                if (v instanceof Long || v instanceof BigInteger) {
                    value = Optional.of(new BigInteger(v.toString()));
                } else if (v instanceof Boolean) {
                    // Python: bool is an int, int(True) == 1
                    value = Optional.of((Boolean) v ? BigInteger.ONE : BigInteger.ZERO);
                } else if (v instanceof String) {
                    Optional<String> text = src.format(name, (String) v);
                    value = text.flatMap(ConfigOptions::pyInt);
                    if (text.isPresent() && value.isEmpty()) {
                        src.fail(name, DiagnosticCode.CONFIG_BAD_VALUE,
                                "invalid literal for int() with base 10: " + PythonStrings.repr(text.get()));
                    }
                } else {
                    src.fail(name, DiagnosticCode.CONFIG_BAD_VALUE,
                            "unsupported TOML value type for key: " + PythonStrings.repr(name));
                }
            }
        }
        int n = value.map(ConfigOptions::clamp).orElse(0);
        return n == 0 ? AlembicConfig.DEFAULT_TRUNCATE_SLUG_LENGTH : n;
    }

    /** SQLAlchemy's {@code asbool} of {@code revision_environment}; a bad value is an error, false used. */
    static boolean revisionEnvironment(OptionSource src) {
        String name = "revision_environment";
        Optional<String> text;
        if (src.iniHas(name)) {
            text = src.ini(name);
        } else {
            Optional<Object> raw = src.tomlRaw(name);
            if (raw.isEmpty()) {
                return false;
            }
            if (raw.get() instanceof Boolean) {
                return (Boolean) raw.get();
            }
            if (!(raw.get() instanceof String)) {
                src.fail(name, DiagnosticCode.CONFIG_BAD_VALUE, "TOML parameter " + PythonStrings.repr(name)
                        + " must be a boolean or a string, not " + TomlValues.typeName(raw.get()));
                return false;
            }
            text = src.format(name, (String) raw.get());
        }
        if (text.isEmpty()) {
            return false;
        }
        String v = PythonStrings.lower(PythonStrings.strip(text.get()));
        switch (v) {
            case "true", "yes", "on", "y", "t", "1":
                return true;
            case "false", "no", "off", "n", "f", "0":
                return false;
            default:
                src.fail(name, DiagnosticCode.CONFIG_BAD_VALUE, "String is not true/false: " + PythonStrings.repr(v));
                return false;
        }
    }

    /**
     * The post-write hooks: the ini {@code [post_write_hooks]} section if there is one
     * (every key interpolated, like {@code get_section}), else {@code [[tool.alembic.post_write_hooks]]}.
     */
    static List<PostWriteHook> postWriteHooks(IniDocument ini, OptionSource src, List<Diagnostic> diagnostics) {
        String section = "post_write_hooks";
        List<PostWriteHook> hooks = new ArrayList<>();
        if (ini != null && ini.hasSection(section)) {
            Map<String, String> items = new LinkedHashMap<>();
            for (String key : ini.keys(section)) {
                ValueOrError v = BasicInterpolation.get(ini, section, key).orElseThrow();
                if (v.ok()) {
                    items.put(key, v.value());
                } else {
                    diagnostics.add(Diagnostic.error(DiagnosticCode.CONFIG_INTERPOLATION, v.error())
                            .at(new SourceLocation(ini.file(), ini.lineOf(section, key))));
                }
            }
            for (String name : Locations.legacySplit(Locations.SPLIT_ON_SPACE_COMMA, items.getOrDefault("hooks", ""))) {
                if (name.isEmpty()) {
                    continue;
                }
                Map<String, String> opts = new LinkedHashMap<>();
                items.forEach((k, v) -> {
                    if (k.startsWith(name + ".")) {
                        opts.put(k.substring(name.length() + 1), v);
                    }
                });
                hooks.add(checked(new PostWriteHook(name, opts), new SourceLocation(ini.file(),
                        ini.lineOf(section, "hooks")), diagnostics));
            }
            return hooks;
        }
        Optional<Object> raw = src.tomlRaw(section);
        if (raw.isEmpty()) {
            return hooks;
        }
        if (!(raw.get() instanceof List) || !((List<?>) raw.get()).stream().allMatch(Map.class::isInstance)) {
            src.fail(section, DiagnosticCode.CONFIG_BAD_VALUE, "TOML parameter 'post_write_hooks' must be an array "
                    + "of tables ([[tool.alembic.post_write_hooks]]), not " + TomlValues.typeName(raw.get()));
            return hooks;
        }
        for (Object table : (List<?>) raw.get()) {
            Map<String, String> opts = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) table).entrySet()) {
                if (!(e.getValue() instanceof String)) {
                    src.fail(section, DiagnosticCode.CONFIG_BAD_VALUE, "post_write_hooks option " + PythonStrings.repr(
                            e.getKey().toString()) + " must be a string, not " + TomlValues.typeName(e.getValue()));
                    return List.of();
                }
                Optional<String> v = src.format(section, (String) e.getValue());
                if (v.isEmpty()) {
                    return List.of();
                }
                opts.put(e.getKey().toString(), v.get());
            }
            String name = opts.remove("name");
            if (name == null) {
                src.fail(section, DiagnosticCode.CONFIG_BAD_VALUE, "KeyError: 'name' (a post_write_hooks table has no name)");
                return List.of();
            }
            hooks.add(checked(new PostWriteHook(name, opts), src.where(section), diagnostics));
        }
        return hooks;
    }

    private static PostWriteHook checked(PostWriteHook hook, SourceLocation where, List<Diagnostic> diagnostics) {
        if (!hook.options().containsKey("type")) {
            // alembic raises this only when it writes a revision file (revision, merge)
            diagnostics.add(Diagnostic.warning(DiagnosticCode.CONFIG_BAD_VALUE, String.format(
                    "Key %s.type is required for post write hook %s", hook.name(), PythonStrings.repr(hook.name()))).at(where));
        }
        return hook;
    }
}
