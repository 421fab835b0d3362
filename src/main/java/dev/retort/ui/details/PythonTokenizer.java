package dev.retort.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Python source into coloured pieces for display: comments, strings (prefixes and
 * triple quotes included), keywords, builtins, numbers, decorators and definitions. Only for
 * colouring: it never fails, and text it does not understand is plain.
 */
public final class PythonTokenizer {
    public enum Kind { PLAIN, KEYWORD, BUILTIN, STRING, COMMENT, NUMBER, DECORATOR, DEFINITION }

    /** A piece of the text: {@code text.substring(start, end)}. */
    public record Token(Kind kind, int start, int end) {
    }

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield", "match", "case");
    static final Set<String> BUILTINS = Set.of("self", "cls", "print", "len", "str", "int", "float", "bool",
            "list", "dict", "tuple", "set", "range", "isinstance", "super", "Union", "Sequence", "Optional");

    private PythonTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        int plainStart = 0;
        boolean expectName = false;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            Kind kind = null;
            if (c == '#') {
                end = lineEnd(text, i);
                kind = Kind.COMMENT;
            } else if (isStringStart(text, i)) {
                end = stringEnd(text, i);
                kind = Kind.STRING;
            } else if (c == '@' && atLineStart(text, i)) {
                end = i + 1;
                while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end))
                        || text.charAt(end) == '.')) {
                    end++;
                }
                kind = Kind.DECORATOR;
            } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = wordEnd(text, i);
                String word = text.substring(i, end);
                if (expectName) {
                    kind = Kind.DEFINITION;
                    expectName = false;
                } else if (KEYWORDS.contains(word)) {
                    kind = Kind.KEYWORD;
                    expectName = word.equals("def") || word.equals("class");
                } else if (BUILTINS.contains(word)) {
                    kind = Kind.BUILTIN;
                } else {
                    i = end;
                    continue;
                }
            }
            if (kind == null) {
                i++;
                continue;
            }
            if (plainStart < i) {
                out.add(new Token(Kind.PLAIN, plainStart, i));
            }
            out.add(new Token(kind, i, end));
            i = end;
            plainStart = end;
        }
        if (plainStart < n) {
            out.add(new Token(Kind.PLAIN, plainStart, n));
        }
        return out;
    }

    private static int lineEnd(String text, int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    private static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return Math.max(end, i + 1);
    }

    private static boolean atLineStart(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A quote, or a string prefix (r, b, f, u and pairs) directly followed by one. */
    private static boolean isStringStart(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
            return true;
        }
        if (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
            return false;
        }
        int j = i;
        while (j < text.length() && j - i < 2 && "rRbBfFuU".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j > i && j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\'');
    }

    private static int stringEnd(String text, int i) {
        int q = i;
        while (text.charAt(q) != '"' && text.charAt(q) != '\'') {
            q++;
        }
        char quote = text.charAt(q);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), q);
        String closing = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int j = q + closing.length();
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\\') {
                // even in raw strings a backslash keeps the next quote from closing the string
                j += 2;
                continue;
            }
            if (!triple && c == '\n') {
                return j;
            }
            if (text.startsWith(closing, j)) {
                return j + closing.length();
            }
            j++;
        }
        return text.length();
    }
}
