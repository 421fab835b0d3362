package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small TOML 1.0 reader, enough for a whole {@code pyproject.toml}: tables, arrays of
 * tables, dotted and quoted keys, the four string forms, integers, floats, booleans,
 * arrays, inline tables and (opaque) dates and times.
 *
 * <p>Values become {@link String}, {@link Long} (or {@link java.math.BigInteger}), {@link Double},
 * {@link Boolean}, {@link List}, {@link Map} (insertion-ordered) or {@link DateTime}. The
 * first syntax error stops the parse, as Python's {@code tomllib} does; it is reported with
 * its line and column, never thrown.
 */
final class TomlParser {

    /** A date, time or date-time, kept as written (alembic never reads one). */
    record DateTime(String text) {
    }

    /**
     * The outcome of a parse.
     *
     * @param root the top-level table; partial when {@code error} is present
     * @param keyLines 1-based line of each key/value, by dotted path ({@code tool.alembic.script_location})
     * @param error the first syntax error with its position, if any
     * @param errorLine the 1-based line of the error, 0 without one
     */
    record Result(Map<String, Object> root, Map<String, Integer> keyLines, Optional<String> error, int errorLine) {
    }

    private static final int MAX_NESTING = 100;
    private final String s;
    private int pos;
    private int nesting;
    private int[] lineStarts;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final Set<Object> explicitTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> dottedTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> frozenTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> tableArrays = Collections.newSetFromMap(new IdentityHashMap<>());

    private TomlParser(String text) {
        this.s = text;
    }

    /** Parses a whole document (already decoded, without BOM). */
    static Result parse(String text) {
        TomlParser p = new TomlParser(text);
        try {
            p.document();
            return new Result(p.root, p.keyLines, Optional.empty(), 0);
        } catch (TomlSyntaxError e) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < Math.min(e.position(), text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new Result(p.root, p.keyLines,
                    Optional.of(e.getMessage() + " (at line " + line + ", column " + col + ")"), line);
        }
    }

    private void document() throws TomlSyntaxError {
        Map<String, Object> current = root;
        String currentPath = "";
        while (true) {
            skipSpace();
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '[') {
                boolean array = s.startsWith("[[", pos);
                pos += array ? 2 : 1;
                List<String> keys = key();
                skipSpace();
                if (!s.startsWith(array ? "]]" : "]", pos)) {
                    throw new TomlSyntaxError("expected '" + (array ? "]]" : "]") + "' to close the table header", pos);
                }
                pos += array ? 2 : 1;
                current = array ? arrayTable(keys) : table(keys);
                currentPath = String.join(".", keys);
            } else if (c != '#' && c != '\n' && c != '\r') {
                int start = pos;
                List<String> keys = keyValue(current);
                keyLines.put((currentPath.isEmpty() ? "" : currentPath + ".") + String.join(".", keys), lineAt(start));
            }
            endOfLine();
        }
    }

    /** 1-based line of offset {@code p}; line starts are indexed once so big files stay linear. */
    private int lineAt(int p) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int i = java.util.Arrays.binarySearch(lineStarts, p);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void endOfLine() throws TomlSyntaxError {
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '#') {
            skipComment();
        }
        if (pos >= s.length()) {
            return;
        }
        if (s.charAt(pos) == '\n') {
            pos++;
        } else if (s.startsWith("\r\n", pos)) {
            pos += 2;
        } else {
            throw new TomlSyntaxError("expected the end of the line, found " + PythonStrings.repr(String.valueOf(s.charAt(pos))), pos);
        }
    }

    private void skipSpace() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipComment() {
        while (pos < s.length() && s.charAt(pos) != '\n' && !s.startsWith("\r\n", pos)) {
            pos++;
        }
    }

    /** Whitespace, newlines and comments, as allowed between array elements. */
    private void skipBlank() throws TomlSyntaxError {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n') {
                pos++;
            } else if (s.startsWith("\r\n", pos)) {
                pos += 2;
            } else if (c == '#') {
                skipComment();
            } else {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> descend(Map<String, Object> table, String key) throws TomlSyntaxError {
        Object existing = table.get(key);
        if (existing == null) {
            Map<String, Object> created = new LinkedHashMap<>();
            table.put(key, created);
            return created;
        }
        if (existing instanceof Map && !frozenTables.contains(existing)) {
            return (Map<String, Object>) existing;
        }
        if (existing instanceof List && tableArrays.contains(existing)) {
            List<Object> list = (List<Object>) existing;
            return (Map<String, Object>) list.get(list.size() - 1);
        }
        throw new TomlSyntaxError("cannot use key " + PythonStrings.repr(key) + " as a table: it already holds a value", pos);
    }

    private Map<String, Object> table(List<String> keys) throws TomlSyntaxError {
        Map<String, Object> t = root;
        for (String k : keys.subList(0, keys.size() - 1)) {
            t = descend(t, k);
        }
        String last = keys.get(keys.size() - 1);
        Object existing = t.get(last);
        if (existing == null) {
            Map<String, Object> created = new LinkedHashMap<>();
            t.put(last, created);
            explicitTables.add(created);
            return created;
        }
        if (existing instanceof Map && !explicitTables.contains(existing) && !dottedTables.contains(existing)
                && !frozenTables.contains(existing)) {
            explicitTables.add(existing);
            return descend(t, last);
        }
        throw new TomlSyntaxError("table [" + String.join(".", keys) + "] is defined more than once", pos);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> arrayTable(List<String> keys) throws TomlSyntaxError {
        Map<String, Object> t = root;
        for (String k : keys.subList(0, keys.size() - 1)) {
            t = descend(t, k);
        }
        String last = keys.get(keys.size() - 1);
        Object existing = t.get(last);
        List<Object> list;
        if (existing == null) {
            list = new ArrayList<>();
            tableArrays.add(list);
            t.put(last, list);
        } else if (existing instanceof List && tableArrays.contains(existing)) {
            list = (List<Object>) existing;
        } else {
            throw new TomlSyntaxError("cannot make " + PythonStrings.repr(String.join(".", keys)) + " an array of tables: "
                    + "it already holds a value", pos);
        }
        Map<String, Object> created = new LinkedHashMap<>();
        explicitTables.add(created);
        list.add(created);
        return created;
    }

    /** {@code a.b.c = value} into {@code table}; returns the key parts. */
    private List<String> keyValue(Map<String, Object> table) throws TomlSyntaxError {
        List<String> keys = key();
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != '=') {
            throw new TomlSyntaxError("expected '=' after the key " + PythonStrings.repr(String.join(".", keys)), pos);
        }
        pos++;
        skipSpace();
        Object value = value();
        Map<String, Object> t = table;
        for (String k : keys.subList(0, keys.size() - 1)) {
            Object existing = t.get(k);
            if (existing != null && (explicitTables.contains(existing) || frozenTables.contains(existing)
                    || !(existing instanceof Map))) {
                throw new TomlSyntaxError("cannot add to " + PythonStrings.repr(k) + " with a dotted key: it is "
                        + (existing instanceof Map ? "a table defined elsewhere" : "a value"), pos);
            }
            t = descend(t, k);
            if (existing == null) {
                dottedTables.add(t);
            }
        }
        String last = keys.get(keys.size() - 1);
        if (t.containsKey(last)) {
            throw new TomlSyntaxError("key " + PythonStrings.repr(String.join(".", keys)) + " is defined more than once", pos);
        }
        t.put(last, value);
        return keys;
    }

    private List<String> key() throws TomlSyntaxError {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpace();
            char c = pos < s.length() ? s.charAt(pos) : '\0';
            if (c == '"' || c == '\'') {
                parts.add(string(false));
            } else {
                int start = pos;
                while (pos < s.length() && isBareKeyChar(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new TomlSyntaxError("expected a key", pos);
                }
                parts.add(s.substring(start, pos));
            }
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
            } else {
                return parts;
            }
        }
    }

    private String string(boolean multilineAllowed) throws TomlSyntaxError {
        TomlStrings.Scanned scanned = TomlStrings.scan(s, pos, multilineAllowed);
        pos = scanned.end();
        return scanned.value();
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private Object value() throws TomlSyntaxError {
        if (pos >= s.length()) {
            throw new TomlSyntaxError("expected a value", pos);
        }
        char c = s.charAt(pos);
        if (c == '"' || c == '\'') {
            return string(true);
        }
        if (c == '[' || c == '{') {
            if (++nesting > MAX_NESTING) {
                throw new TomlSyntaxError("arrays or inline tables nested more than " + MAX_NESTING + " deep", pos);
            }
            Object v = c == '[' ? array() : inlineTable();
            nesting--;
            return v;
        }
        if (s.startsWith("true", pos) && !isBareKeyChar(charAt(pos + 4))) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", pos) && !isBareKeyChar(charAt(pos + 5))) {
            pos += 5;
            return Boolean.FALSE;
        }
        return scalar();
    }

    private char charAt(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private List<Object> array() throws TomlSyntaxError {
        pos++;
        List<Object> list = new ArrayList<>();
        while (true) {
            skipBlank();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            list.add(value());
            skipBlank();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
            } else if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            } else {
                throw new TomlSyntaxError("expected ',' or ']' in an array", pos);
            }
        }
    }

    private Map<String, Object> inlineTable() throws TomlSyntaxError {
        pos++;
        Map<String, Object> table = new LinkedHashMap<>();
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            freeze(table);
            return table;
        }
        while (true) {
            keyValue(table);
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                freeze(table);
                return table;
            }
            if (pos >= s.length() || s.charAt(pos) != ',') {
                throw new TomlSyntaxError("expected ',' or '}' in an inline table", pos);
            }
            pos++;
        }
    }

    /** Inline tables, and the tables their dotted keys made, cannot be extended later. */
    private void freeze(Object value) {
        if (value instanceof Map) {
            frozenTables.add(value);
            ((Map<?, ?>) value).values().forEach(this::freeze);
        }
    }

    private Object scalar() throws TomlSyntaxError {
        TomlScalars.Scanned scanned = TomlScalars.scan(s, pos);
        pos = scanned.end();
        return scanned.value();
    }
}
