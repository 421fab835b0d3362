package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import dev.retort.parsing.config.PyTokenizer.Kind;
import dev.retort.parsing.config.PyTokenizer.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the keyword arguments of {@code context.configure(...)} calls in env.py tokens. */
final class EnvPyScanner {

    private static final Set<String> KEYS = Set.of("version_table", "version_table_schema");

    /** A keyword value: a literal (value null for {@code None}) or, when computed, its source text. */
    private record Found(String value, String computed, int line) {
    }

    private final Path file;
    private final List<Token> tokens;
    private final String source;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<Found>> found = new LinkedHashMap<>();
    private boolean sawConfigure;

    EnvPyScanner(Path file, String source, List<Token> tokens, List<Diagnostic> diagnostics) {
        this.file = file;
        this.source = source;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    void scan() {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(Kind.NAME, "configure") && tokens.get(i + 1).is(Kind.OP, "(")
                    && tokens.get(i - 1).is(Kind.OP, ".") && tokens.get(i - 2).is(Kind.NAME, "context")) {
                sawConfigure = true;
                i = arguments(i + 2);
            }
        }
        if (!sawConfigure) {
            diagnostics.add(Diagnostic.info(DiagnosticCode.COMPUTED_VALUE, "no context.configure(...) call found in "
                    + "env.py; Retort assumes alembic's version table defaults").at(SourceLocation.of(file)));
        }
    }

    /** Splits the call's arguments at top-level commas; returns the index of the closing parenthesis. */
    private int arguments(int start) {
        int depth = 0;
        int argStart = start;
        int j = start;
        for (; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.kind() != Kind.OP) {
                continue;
            }
            if ("([{".contains(t.text())) {
                depth++;
            } else if (")]}".contains(t.text())) {
                if (depth == 0) {
                    argument(tokens.subList(argStart, j));
                    return j;
                }
                depth--;
            } else if (t.text().equals(",") && depth == 0) {
                argument(tokens.subList(argStart, j));
                argStart = j + 1;
            }
        }
        argument(tokens.subList(argStart, j));
        return j;
    }

    private void argument(List<Token> arg) {
        if (arg.size() < 3 || arg.get(0).kind() != Kind.NAME || !arg.get(1).is(Kind.OP, "=")
                || !KEYS.contains(arg.get(0).text())) {
            return;
        }
        List<Token> value = arg.subList(2, arg.size());
        while (value.size() >= 2 && value.get(0).is(Kind.OP, "(") && value.get(value.size() - 1).is(Kind.OP, ")")) {
            value = value.subList(1, value.size() - 1);
        }
        int line = arg.get(0).line();
        List<Found> list = found.computeIfAbsent(arg.get(0).text(), k -> new ArrayList<>());
        if (value.size() == 1 && value.get(0).is(Kind.NAME, "None")) {
            list.add(new Found(null, null, line));
        } else if (!value.isEmpty() && value.stream().allMatch(t -> t.kind() == Kind.STRING && t.value() != null)) {
            list.add(new Found(value.stream().map(Token::value).collect(Collectors.joining()), null, line));
        } else {
            String text = value.isEmpty() ? "" : source.substring(value.get(0).start(), value.get(value.size() - 1).end());
            list.add(new Found(null, text, line));
        }
    }

    /** The first literal value of {@code key}; computed values and disagreements are reported. */
    Optional<String> pick(String key, String fallbackDescription) {
        List<Found> values = found.getOrDefault(key, List.of());
        List<Found> literals = new ArrayList<>();
        for (Found f : values) {
            if (f.computed() != null) {
                diagnostics.add(Diagnostic.info(DiagnosticCode.COMPUTED_VALUE, key + "=" + f.computed()
                        + " in context.configure(...) is not a string literal; Retort cannot evaluate it and uses "
                        + (values.stream().anyMatch(v -> v.computed() == null) ? "the literal value" : fallbackDescription)
                        + " unless you override it").at(new SourceLocation(file, f.line())));
            } else {
                literals.add(f);
            }
        }
        if (literals.isEmpty()) {
            return Optional.empty();
        }
        Set<String> distinct = new LinkedHashSet<>();
        literals.forEach(f -> distinct.add(f.value() == null ? "None" : PythonStrings.repr(f.value())));
        if (distinct.size() > 1) {
            diagnostics.add(Diagnostic.warning(DiagnosticCode.COMPUTED_VALUE, "env.py passes different " + key
                    + " values to context.configure(...): " + literals.stream()
                    .map(f -> (f.value() == null ? "None" : PythonStrings.repr(f.value())) + " (line " + f.line() + ")")
                    .collect(Collectors.joining(", ")) + "; Retort uses the first")
                    .at(new SourceLocation(file, literals.get(0).line())));
        }
        return Optional.ofNullable(literals.get(0).value());
    }
}
