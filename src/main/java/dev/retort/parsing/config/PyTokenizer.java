package dev.retort.parsing.config;

import dev.retort.model.python.PythonEscapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rough Python tokenizer: names, string literals (decoded when they are plain {@code str}
 * literals), numbers and operators, with comments and line continuations skipped. Enough to
 * find calls and keyword arguments in env.py; never throws, an unterminated string just ends
 * at the end of the line or file.
 */
final class PyTokenizer {

    enum Kind { NAME, STRING, NUMBER, OP }

    /**
     * One token.
     *
     * @param kind the kind
     * @param text the source text (for strings: including prefix and quotes)
     * @param value for STRING: the decoded value, or null for bytes and f-strings, which are
     *     not plain string constants
     * @param line 1-based line of the first character
     * @param start offset of the first character
     * @param end offset after the last character
     */
    record Token(Kind kind, String text, String value, int line, int start, int end) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    private static final String[] TWO_CHAR_OPS = {"==", "!=", "<=", ">=", "**", "//", ":=", "->", "<<", ">>"};

    private final String s;
    private int pos;
    private int line = 1;
    private final List<Token> tokens = new ArrayList<>();

    private PyTokenizer(String source) {
        this.s = source;
    }

    static List<Token> tokenize(String source) {
        PyTokenizer t = new PyTokenizer(source);
        t.run();
        return t.tokens;
    }

    private void run() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c) || c == '\\') {
                pos++;
            } else if (c == '"' || c == '\'') {
                string(pos, "");
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int start = pos;
                while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos)) && s.charAt(pos) != '$') {
                    pos++;
                }
                String word = s.substring(start, pos);
                if (pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '\'') && isStringPrefix(word)) {
                    string(start, word);
                } else {
                    tokens.add(new Token(Kind.NAME, word, null, line, start, pos));
                }
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                        || s.charAt(pos) == '.')) {
                    pos++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(start, pos), null, line, start, pos));
            } else {
                String op = String.valueOf(c);
                for (String two : TWO_CHAR_OPS) {
                    if (s.startsWith(two, pos)) {
                        op = two;
                        break;
                    }
                }
                tokens.add(new Token(Kind.OP, op, null, line, pos, pos + op.length()));
                pos += op.length();
            }
        }
    }

    private static boolean isStringPrefix(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.matches("r|u|b|f|br|rb|fr|rf");
    }

    private void string(int start, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        boolean raw = p.contains("r");
        boolean plain = !p.contains("b") && !p.contains("f");
        int startLine = line;
        char quote = s.charAt(pos);
        boolean triple = s.startsWith(String.valueOf(quote).repeat(3), pos);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += close.length();
        int bodyStart = pos;
        int bodyEnd;
        while (true) {
            if (pos >= s.length()) {
                bodyEnd = pos;
                break;
            }
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < s.length()) {
                if (s.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
            } else if (s.startsWith(close, pos)) {
                bodyEnd = pos;
                pos += close.length();
                break;
            } else if (c == '\n' && !triple) {
                bodyEnd = pos;
                break;
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
        String body = s.substring(bodyStart, bodyEnd);
        String value = plain ? (raw ? body : decodeEscapes(body)) : null;
        tokens.add(new Token(Kind.STRING, s.substring(start, pos), value, startLine, start, pos));
    }

    /** The value of a non-raw literal's body, or null when Python would reject one of its escapes. */
    private static String decodeEscapes(String body) {
        PythonEscapes.Result decoded = PythonEscapes.decode(body, 0, body.length(), false);
        return decoded.ok() ? decoded.value() : null;
    }
}
