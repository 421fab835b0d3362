package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
/**
 * The four TOML string forms: basic {@code "..."} with escapes, multi-line basic
 * {@code """..."""} with line-ending backslashes, literal {@code '...'} and multi-line literal
 * {@code '''...'''}.
 */
final class TomlStrings {

    /**
     * A scanned string.
     *
     * @param value the decoded value
     * @param end offset just after the closing quote(s)
     */
    record Scanned(String value, int end) {
    }

    private TomlStrings() {
    }

    /**
     * Scans the string starting at {@code start} (which holds a quote).
     *
     * @param multilineAllowed false for keys, which may only use the single-line forms
     */
    static Scanned scan(String s, int start, boolean multilineAllowed) throws TomlSyntaxError {
        boolean basic = s.charAt(start) == '"';
        String triple = basic ? "\"\"\"" : "'''";
        if (multilineAllowed && s.startsWith(triple, start)) {
            return multiline(s, start, basic);
        }
        return basic ? basic(s, start) : literal(s, start);
    }

    private static Scanned basic(String s, int start) throws TomlSyntaxError {
        StringBuilder out = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= s.length()) {
                throw new TomlSyntaxError("unterminated string", start);
            }
            char c = s.charAt(i);
            if (c == '"') {
                return new Scanned(out.toString(), i + 1);
            }
            if (c == '\\') {
                i = escape(s, i, out);
            } else {
                checkControl(c, i);
                out.append(c);
                i++;
            }
        }
    }

    private static Scanned literal(String s, int start) throws TomlSyntaxError {
        int i = start + 1;
        while (true) {
            if (i >= s.length()) {
                throw new TomlSyntaxError("unterminated string", start);
            }
            char c = s.charAt(i);
            if (c == '\'') {
                return new Scanned(s.substring(start + 1, i), i + 1);
            }
            checkControl(c, i);
            i++;
        }
    }

    private static Scanned multiline(String s, int start, boolean basic) throws TomlSyntaxError {
        char quote = basic ? '"' : '\'';
        StringBuilder out = new StringBuilder();
        int i = start + 3;
        // a newline right after the opening delimiter is trimmed
        i = skipNewline(s, i);
        while (true) {
            if (i >= s.length()) {
                throw new TomlSyntaxError("unterminated multi-line string", start);
            }
            char c = s.charAt(i);
            if (c == quote && s.startsWith(String.valueOf(quote).repeat(3), i)) {
                int q = 0;
                while (i + q < s.length() && s.charAt(i + q) == quote) {
                    q++;
                }
                if (q > 5) {
                    throw new TomlSyntaxError("too many quotes at the end of a multi-line string", i);
                }
                // up to two quotes right before the closing delimiter belong to the value
                out.append(String.valueOf(quote).repeat(q - 3));
                return new Scanned(out.toString(), i + q);
            }
            int afterNewline = skipNewline(s, i);
            if (afterNewline != i) {
                out.append('\n');
                i = afterNewline;
            } else if (basic && c == '\\') {
                int j = i + 1;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                if (skipNewline(s, j) != j) {
                    // line-ending backslash: drop it and all whitespace and newlines after it
                    while (j < s.length() && (" \t\n".indexOf(s.charAt(j)) >= 0 || s.startsWith("\r\n", j))) {
                        j += s.charAt(j) == '\r' ? 2 : 1;
                    }
                    i = j;
                } else {
                    i = escape(s, i, out);
                }
            } else {
                checkControl(c, i);
                out.append(c);
                i++;
            }
        }
    }

    private static int skipNewline(String s, int i) {
        if (s.startsWith("\n", i)) {
            return i + 1;
        }
        if (s.startsWith("\r\n", i)) {
            return i + 2;
        }
        return i;
    }

    private static void checkControl(char c, int at) throws TomlSyntaxError {
        if (c < 0x20 && c != '\t' || c == 0x7F) {
            throw new TomlSyntaxError(c == '\n' || c == '\r' ? "unterminated string"
                    : "control character " + PythonStrings.repr(String.valueOf(c)) + " in a string", at);
        }
    }

    /** Decodes the escape at {@code s[i] == '\\'}; returns the offset after it. */
    private static int escape(String s, int i, StringBuilder out) throws TomlSyntaxError {
        char e = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        switch (e) {
            case 'b': out.append('\b'); return i + 2;
            case 't': out.append('\t'); return i + 2;
            case 'n': out.append('\n'); return i + 2;
            case 'f': out.append('\f'); return i + 2;
            case 'r': out.append('\r'); return i + 2;
            case '"': out.append('"'); return i + 2;
            case '\\': out.append('\\'); return i + 2;
            case 'u':
            case 'U':
                int len = e == 'u' ? 4 : 8;
                if (i + 2 + len > s.length() || !s.substring(i + 2, i + 2 + len).matches("[0-9A-Fa-f]+")) {
                    throw new TomlSyntaxError("invalid \\" + e + " escape", i);
                }
                long cp = Long.parseLong(s.substring(i + 2, i + 2 + len), 16);
                if (cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                    throw new TomlSyntaxError("escaped character is not a Unicode scalar value", i);
                }
                out.appendCodePoint((int) cp);
                return i + 2 + len;
            default:
                throw new TomlSyntaxError("invalid escape " + PythonStrings.repr("\\" + e), i);
        }
    }
}
