package dev.retort.merge;

import dev.retort.model.python.PythonEscapes;
import dev.retort.model.python.PythonStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Python source of the supported subset into tokens. String literals are decoded
 * (escapes, raw strings); f-strings, bytes and floats are reported as unsupported. In
 * statement mode newlines outside brackets become {@link PyToken.Kind#NEWLINE} tokens.
 */
final class PyTokenizer {
    private static final List<String> OPERATORS = List.of("**=", "//=", ">>=", "<<=", "...", "!=", "==", "<=",
            ">=", "**", "//", "<<", ">>", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "+", "-", "*", "/", "%", "<", ">", "=", "|",
            "&", "^", "~", "@");
    private static final Set<Character> STRING_PREFIX = Set.of('r', 'R', 'u', 'U', 'b', 'B', 'f', 'F');

    private final String src;
    private final boolean statements;
    private final List<PyToken> tokens = new ArrayList<>();
    private int pos;
    private int depth;

    private PyTokenizer(String src, boolean statements) {
        this.src = src;
        this.statements = statements;
    }

    static List<PyToken> tokenize(String src, boolean statements) throws UnsupportedConstruct {
        PyTokenizer t = new PyTokenizer(src, statements);
        t.run();
        return t.tokens;
    }

    private void run() throws UnsupportedConstruct {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                if (statements && depth == 0) {
                    addNewline();
                }
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '\\' && src.startsWith("\r\n", pos + 1)) {
                pos += 3;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '"' || c == '\'' || (STRING_PREFIX.contains(c) && startsString())) {
                readString();
            } else if (Character.isDigit(c)) {
                readNumber();
            } else if (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
                throw new UnsupportedConstruct("float literal");
            } else if (Character.isUnicodeIdentifierStart(src.codePointAt(pos)) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isUnicodeIdentifierPart(src.codePointAt(pos))
                        && !Character.isIdentifierIgnorable(src.codePointAt(pos)))) {
                    pos += Character.charCount(src.codePointAt(pos));
                }
                tokens.add(new PyToken(PyToken.Kind.NAME, src.substring(start, pos), null));
            } else {
                readOperator();
            }
        }
        if (statements) {
            addNewline();
        }
        tokens.add(new PyToken(PyToken.Kind.END, "", null));
    }

    private void addNewline() {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != PyToken.Kind.NEWLINE) {
            tokens.add(new PyToken(PyToken.Kind.NEWLINE, "\n", null));
        }
    }

    private boolean startsString() {
        int i = pos;
        while (i < src.length() && i - pos < 2 && STRING_PREFIX.contains(src.charAt(i))) {
            i++;
        }
        return i < src.length() && (src.charAt(i) == '"' || src.charAt(i) == '\'');
    }

    private void readOperator() throws UnsupportedConstruct {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                if ("([{".contains(op)) {
                    depth++;
                } else if (")]}".contains(op)) {
                    depth = Math.max(0, depth - 1);
                }
                tokens.add(new PyToken(PyToken.Kind.OP, op, null));
                return;
            }
        }
        throw new UnsupportedConstruct("character " + PythonStrings.repr(src.substring(pos, pos + 1))
                + " in Python code");
    }

    private void readNumber() throws UnsupportedConstruct {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            throw new UnsupportedConstruct("float literal");
        }
        String text = src.substring(start, pos);
        String digits = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        try {
            long value;
            if (digits.startsWith("0x")) {
                value = Long.parseLong(digits.substring(2), 16);
            } else if (digits.startsWith("0o")) {
                value = Long.parseLong(digits.substring(2), 8);
            } else if (digits.startsWith("0b")) {
                value = Long.parseLong(digits.substring(2), 2);
            } else if (digits.length() > 1 && digits.startsWith("0") && !digits.matches("0+")) {
                throw new UnsupportedConstruct("number literal " + text);
            } else {
                value = Long.parseLong(digits);
            }
            tokens.add(new PyToken(PyToken.Kind.NUMBER, text, value));
        } catch (NumberFormatException e) {
            throw new UnsupportedConstruct("number literal " + text);
        }
    }

    private void readString() throws UnsupportedConstruct {
        int start = pos;
        boolean raw = false;
        while (STRING_PREFIX.contains(src.charAt(pos))) {
            char p = Character.toLowerCase(src.charAt(pos));
            if (p == 'b' || p == 'f') {
                throw new UnsupportedConstruct(p == 'f' ? "f-string" : "bytes literal");
            }
            raw |= p == 'r';
            pos++;
        }
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += close.length();
        int bodyStart = pos;
        while (true) {
            if (pos >= src.length() || (!triple && src.charAt(pos) == '\n')) {
                throw new UnsupportedConstruct("unterminated string literal");
            }
            if (src.startsWith(close, pos)) {
                break;
            }
            // a backslash always takes the next character with it, so an escaped quote never closes
            pos += src.charAt(pos) == '\\' && pos + 1 < src.length() ? 2 : 1;
        }
        int bodyEnd = pos;
        pos += close.length();
        String value = src.substring(bodyStart, bodyEnd);
        if (!raw) {
            PythonEscapes.Result decoded = PythonEscapes.decode(src, bodyStart, bodyEnd, false);
            if (!decoded.ok()) {
                throw new UnsupportedConstruct(decoded.error());
            }
            value = decoded.value();
        }
        tokens.add(new PyToken(PyToken.Kind.STRING, src.substring(start, pos), value));
    }
}
