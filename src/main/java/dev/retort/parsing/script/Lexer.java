package dev.retort.parsing.script;

import dev.retort.model.python.PythonEscapes;
/**
 * Tokens of one logical line, produced on demand and held in fields rather than objects
 * (the statement parser looks at one token at a time). Newlines, comments and backslash
 * continuations inside the range are whitespace: the scanner has already found where the
 * logical line ends.
 */
final class Lexer {
    static final int END = 0;
    static final int NAME = 1;
    static final int STRING = 2;
    static final int NUMBER = 3;
    static final int OP = 4;
    static final int ELLIPSIS = 5;

    /** Operator codes beyond single characters. */
    static final int WALRUS = 256;
    static final int AUGASSIGN = 257;
    static final int OTHER_OP = 258;

    private final String src;
    private final int end;
    private final ProblemSink problems;
    private int pos;
    private int line;

    int kind;
    int op;
    int start;
    int stop;
    int tokenLine;
    /** For NAME: the {@link ModuleVariable} ordinal, or -1. */
    int variable;
    boolean strRaw;
    boolean strBytes;
    boolean strFormat;
    /** For STRING: the decoded value; null for f-strings. */
    String strValue;

    Lexer(String src, int start, int end, int line, ProblemSink problems) {
        this.src = src;
        this.pos = start;
        this.end = end;
        this.line = line;
        this.problems = problems;
        next();
    }

    boolean isOp(int code) {
        return kind == OP && op == code;
    }

    boolean isName(String text) {
        return kind == NAME && stop - start == text.length() && src.startsWith(text, start);
    }

    String text() {
        return src.substring(start, stop);
    }

    void next() {
        skipBlanks();
        tokenLine = line;
        start = pos;
        variable = -1;
        if (pos >= end) {
            kind = END;
            stop = pos;
            return;
        }
        char c = src.charAt(pos);
        if (ModuleScanner.isIdentStart(c)) {
            int e = identEnd(pos);
            if (e < end && (src.charAt(e) == '\'' || src.charAt(e) == '"') && PythonText.isStringPrefix(src, pos, e)) {
                lexString(pos, e);
                return;
            }
            kind = NAME;
            stop = pos = e;
            variable = variableOf(start, e);
            return;
        }
        if (c == '\'' || c == '"') {
            lexString(pos, pos);
            return;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && pos + 1 < end && Character.isDigit(src.charAt(pos + 1)))) {
            int p = pos + 1;
            while (p < end) {
                char d = src.charAt(p);
                if ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d == '_' || d == '.') {
                    p++;
                } else if ((d == '+' || d == '-') && (src.charAt(p - 1) == 'e' || src.charAt(p - 1) == 'E')
                        && !isHexNumber(pos)) {
                    p++;
                } else {
                    break;
                }
            }
            kind = NUMBER;
            stop = pos = p;
            return;
        }
        kind = OP;
        lexOperator(c);
        stop = pos;
    }

    private boolean isHexNumber(int p) {
        return p + 1 < end && src.charAt(p) == '0' && (src.charAt(p + 1) == 'x' || src.charAt(p + 1) == 'X');
    }

    private void lexOperator(char c) {
        char n = pos + 1 < end ? src.charAt(pos + 1) : '\0';
        char n2 = pos + 2 < end ? src.charAt(pos + 2) : '\0';
        pos++;
        switch (c) {
            case '(', ')', '[', ']', '{', '}', ',', ';', '~' -> op = c;
            case ':' -> op = n == '=' ? advance(1, WALRUS) : ':';
            case '=' -> op = n == '=' ? advance(1, OTHER_OP) : '=';
            case '.' -> op = n == '.' && n2 == '.' ? elide() : '.';
            case '*', '/', '<', '>' -> {
                if (n == c) {
                    op = n2 == '=' ? advance(2, AUGASSIGN) : advance(1, OTHER_OP);
                } else if (n == '=') {
                    op = advance(1, c == '*' || c == '/' ? AUGASSIGN : OTHER_OP);
                } else if (c == '<' && n == '>') {
                    op = advance(1, OTHER_OP);
                } else {
                    op = c == '*' ? '*' : OTHER_OP;
                }
            }
            case '-' -> op = n == '=' ? advance(1, AUGASSIGN) : n == '>' ? advance(1, OTHER_OP) : '-';
            case '+', '%', '@', '&', '|', '^' -> op = n == '=' ? advance(1, AUGASSIGN) : c == '+' || c == '@' ? c : OTHER_OP;
            case '!' -> op = n == '=' ? advance(1, OTHER_OP) : OTHER_OP;
            default -> op = OTHER_OP;
        }
    }

    private int advance(int extra, int code) {
        pos += extra;
        return code;
    }

    private int elide() {
        pos += 2;
        kind = ELLIPSIS;
        return OTHER_OP;
    }

    private void skipBlanks() {
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '\n') {
                line++;
                pos++;
            } else if (c == '\\' && pos + 1 < end && src.charAt(pos + 1) == '\n') {
                line++;
                pos += 2;
            } else if (c == '#') {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 || nl > end ? end : nl;
            } else {
                return;
            }
        }
    }

    private int identEnd(int p) {
        while (p < end) {
            char c = src.charAt(p);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || (c >= 0x80 && c != '\u00a0')) {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    private int variableOf(int s, int e) {
        int n = e - s;
        if (n != 8 && n != 10 && n != 13) {
            for (int i = s; i < e; i++) {
                if (src.charAt(i) >= 0x80) {
                    ModuleVariable v = ModuleVariable.byName(PythonText.normalizeIdentifier(src.substring(s, e)));
                    return v == null ? -1 : v.ordinal();
                }
            }
            return -1;
        }
        ModuleVariable v = ModuleVariable.byName(src.subSequence(s, e));
        if (v == null) {
            for (int i = s; i < e; i++) {
                if (src.charAt(i) >= 0x80) {
                    v = ModuleVariable.byName(PythonText.normalizeIdentifier(src.substring(s, e)));
                    break;
                }
            }
        }
        return v == null ? -1 : v.ordinal();
    }

    /** Lexes a string literal with prefix {@code [prefixStart, quotePos)}. */
    private void lexString(int prefixStart, int quotePos) {
        kind = STRING;
        strRaw = false;
        strBytes = false;
        strFormat = false;
        for (int i = prefixStart; i < quotePos; i++) {
            char p = Character.toLowerCase(src.charAt(i));
            strRaw |= p == 'r';
            strBytes |= p == 'b';
            strFormat |= p == 'f';
        }
        char quote = src.charAt(quotePos);
        boolean triple = quotePos + 2 < end && src.charAt(quotePos + 1) == quote && src.charAt(quotePos + 2) == quote;
        int bodyStart = quotePos + (triple ? 3 : 1);
        int p = bodyStart;
        int bodyEnd = -1;
        while (p < end) {
            char c = src.charAt(p);
            if (c == '\\') {
                if (p + 1 < end && src.charAt(p + 1) == '\n') {
                    line++;
                }
                p += 2;
            } else if (c == quote && (!triple || (p + 2 < end && src.charAt(p + 1) == quote && src.charAt(p + 2) == quote))) {
                bodyEnd = p;
                p += triple ? 3 : 1;
                break;
            } else if (c == '\n') {
                if (!triple) {
                    break;
                }
                line++;
                p++;
            } else {
                p++;
            }
        }
        p = Math.min(p, end);
        stop = pos = p;
        if (bodyEnd < 0) {
            // The scanner has reported the unterminated literal already; keep what there is.
            bodyEnd = p;
        }
        if (strFormat) {
            strValue = null;
        } else if (strRaw) {
            strValue = src.substring(bodyStart, bodyEnd);
        } else {
            PythonEscapes.Result r = PythonEscapes.decode(src, bodyStart, bodyEnd, strBytes);
            strValue = r.value();
            if (r.error() != null) {
                problems.syntaxError(tokenLine, r.error());
            }
        }
    }
}
