package dev.retort.parsing.script;

/**
 * The fast first pass over a module: splits it into logical lines the way Python's tokenizer
 * does (strings, comments, brackets, backslash continuations), tracks the indentation blocks,
 * and hands to {@link StatementAnalyzer} only the few lines that matter: the first statement
 * (docstring) and module-level lines that mention one of the {@link ModuleVariable} names.
 *
 * <p>Everything else is skipped character by character without creating tokens, so the cost is
 * linear in the file size with a small constant. Nothing recurses: bracket nesting and block
 * indentation are counters and arrays, so hostile input cannot overflow the stack.
 */
final class ModuleScanner {
    /** CPython's tokenizer MAXLEVEL: deeper bracket nesting is a syntax error. */
    static final int MAX_NESTING = 200;

    static final int MODULE = 0;
    static final int CONDITIONAL = 1;
    static final int IGNORED = 2;

    private final String src;
    private final int len;
    private final ProblemSink problems;
    private final StatementAnalyzer analyzer;

    private final int[] invalid;
    private int invalidIdx;
    private int firstInvalidOutsideComment = -1;

    private int pos;
    private int line = 1;

    private final BlockStack blocks;

    private final char[] openers = new char[MAX_NESTING];
    private final int[] openerLines = new int[MAX_NESTING];
    private int depth;

    /** Set by {@link #identEnd}: whether the identifier just scanned has non-ASCII characters. */
    private boolean identNonAscii;

    ModuleScanner(String src, int[] invalidUtf8, ProblemSink problems, StatementAnalyzer analyzer) {
        this.src = src;
        this.len = src.length();
        this.invalid = invalidUtf8;
        this.problems = problems;
        this.analyzer = analyzer;
        this.blocks = new BlockStack(problems);
    }

    /** Scans the whole module. Returns the offset of the first undecodable byte outside a comment, or -1. */
    int scan() {
        boolean first = true;
        while (true) {
            int col = 0;
            int p = pos;
            while (p < len) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                } else if (c == '\f') {
                    col = 0;
                } else {
                    break;
                }
                p++;
            }
            if (p >= len) {
                pos = len;
                break;
            }
            char c = src.charAt(p);
            if (c == '\n') {
                pos = p + 1;
                line++;
                continue;
            }
            if (c == '#') {
                pos = skipComment(p);
                continue;
            }
            pos = p;
            blocks.enterLine(col, line);
            scanLogicalLine(blocks.scope(), blocks.innermostKeyword(), first);
            first = false;
        }
        blocks.endOfFile(line);
        if (firstInvalidOutsideComment < 0 && invalidIdx < invalid.length) {
            firstInvalidOutsideComment = invalid[invalidIdx];
        }
        return firstInvalidOutsideComment;
    }

    private void scanLogicalLine(int scope, String blockKeyword, boolean first) {
        final int start = pos;
        final int startLine = line;
        final boolean track = scope != IGNORED;
        String headerKeyword = headerKeyword();
        int mask = 0;
        int colonPos = -1;
        boolean tokenAfterColon = false;
        boolean lastTokenColon = false;
        int end = len;
        depth = 0;

        scan:
        while (pos < len) {
            char c = src.charAt(pos);
            switch (c) {
                case '\n':
                    if (depth > 0) {
                        line++;
                        pos++;
                        continue;
                    }
                    end = pos;
                    pos++;
                    line++;
                    break scan;
                case ' ':
                case '\t':
                case '\f':
                    pos++;
                    continue;
                case '#':
                    pos = skipComment(pos);
                    continue;
                case '\\':
                    if (pos + 1 < len && src.charAt(pos + 1) == '\n') {
                        pos += 2;
                        line++;
                        continue;
                    }
                    problems.syntaxError(line, pos + 1 >= len ? "unexpected EOF while parsing"
                            : "unexpected character after line continuation character");
                    pos++;
                    break;
                case '\'':
                case '"':
                    pos = skipString(pos);
                    break;
                case '(':
                case '[':
                case '{':
                    open(c);
                    pos++;
                    break;
                case ')':
                case ']':
                case '}':
                    close(c);
                    pos++;
                    break;
                case ':':
                    if (pos + 1 < len && src.charAt(pos + 1) == '=') {
                        pos += 2;
                        break;
                    }
                    if (depth == 0 && colonPos < 0) {
                        colonPos = pos;
                        pos++;
                        lastTokenColon = true;
                        continue;
                    }
                    pos++;
                    if (depth == 0) {
                        lastTokenColon = true;
                        if (colonPos >= 0) {
                            tokenAfterColon = true;
                        }
                        continue;
                    }
                    break;
                default:
                    if (isIdentStart(c)) {
                        int e = identEnd(pos);
                        if (e < len && (src.charAt(e) == '\'' || src.charAt(e) == '"') && PythonText.isStringPrefix(src, pos, e)) {
                            pos = skipString(e);
                        } else {
                            if (track) {
                                mask |= mention(pos, e);
                            }
                            pos = e;
                        }
                    } else if (c >= '0' && c <= '9') {
                        pos = numberEnd(pos);
                    } else {
                        pos++;
                    }
                    break;
            }
            // Reached only after a significant token.
            lastTokenColon = false;
            if (colonPos >= 0) {
                tokenAfterColon = true;
            }
        }
        if (pos >= len && depth > 0) {
            int at = Math.min(depth, MAX_NESTING) - 1;
            problems.syntaxError(openerLines[at], "'" + openers[at] + "' was never closed");
        }

        boolean header = headerKeyword != null && colonPos >= 0
                && (!"match".equals(headerKeyword) || lastTokenColon);
        if (header && !tokenAfterColon) {
            blocks.expectBlock(headerKeyword, startLine);
        }
        if (track && (mask != 0 || first)) {
            analyzer.analyze(start, end, startLine, scope, blockKeyword,
                    header ? headerKeyword : null, header ? colonPos : -1, first, mask != 0);
        }
    }

    /** The compound-statement keyword this logical line starts with, or null. */
    private String headerKeyword() {
        if (pos >= len || !isIdentStart(src.charAt(pos))) {
            return null;
        }
        int e = identEnd(pos);
        String keyword = compoundKeyword(pos, e);
        if ("async".equals(keyword)) {
            int p = e;
            while (p < len && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
                p++;
            }
            if (p < len && isIdentStart(src.charAt(p))) {
                String next = compoundKeyword(p, identEnd(p));
                return "def".equals(next) || "for".equals(next) || "with".equals(next) ? next : null;
            }
            return null;
        }
        if ("case".equals(keyword) && !"match".equals(blocks.innermostKeyword())) {
            return null;
        }
        return keyword;
    }

    private static final String[] COMPOUND = {
        "if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class",
        "async", "match", "case"};

    private String compoundKeyword(int s, int e) {
        int n = e - s;
        if (n < 2 || n > 7) {
            return null;
        }
        for (String k : COMPOUND) {
            if (k.length() == n && src.startsWith(k, s)) {
                return k;
            }
        }
        return null;
    }

    private void open(char c) {
        if (depth < MAX_NESTING) {
            openers[depth] = c;
            openerLines[depth] = line;
        } else if (depth == MAX_NESTING) {
            problems.syntaxError(line, "too many nested parentheses");
        }
        depth++;
    }

    private void close(char c) {
        if (depth == 0) {
            problems.syntaxError(line, "unmatched '" + c + "'");
            return;
        }
        depth--;
        if (depth < MAX_NESTING) {
            char o = openers[depth];
            boolean matches = (o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}');
            if (!matches) {
                problems.syntaxError(line, "closing parenthesis '" + c + "' does not match opening parenthesis '"
                        + o + "'" + (openerLines[depth] != line ? " on line " + openerLines[depth] : ""));
            }
        }
    }

    /** Skips a comment starting at {@code p}; returns the offset of the ending newline (or the end). */
    private int skipComment(int p) {
        int nl = src.indexOf('\n', p);
        int e = nl < 0 ? len : nl;
        if (invalidIdx < invalid.length) {
            while (invalidIdx < invalid.length && invalid[invalidIdx] < p) {
                if (firstInvalidOutsideComment < 0) {
                    firstInvalidOutsideComment = invalid[invalidIdx];
                }
                invalidIdx++;
            }
            while (invalidIdx < invalid.length && invalid[invalidIdx] < e) {
                invalidIdx++;
            }
        }
        return e;
    }

    /** Skips a string literal whose opening quote is at {@code q}; returns the offset after it. */
    private int skipString(int q) {
        char quote = src.charAt(q);
        int startLine = line;
        if (q + 2 < len && src.charAt(q + 1) == quote && src.charAt(q + 2) == quote) {
            int p = q + 3;
            while (p < len) {
                char c = src.charAt(p);
                if (c == '\\') {
                    if (p + 1 < len && src.charAt(p + 1) == '\n') {
                        line++;
                    }
                    p += 2;
                } else if (c == '\n') {
                    line++;
                    p++;
                } else if (c == quote && p + 2 < len && src.charAt(p + 1) == quote && src.charAt(p + 2) == quote) {
                    return p + 3;
                } else {
                    p++;
                }
            }
            problems.syntaxError(startLine, "unterminated triple-quoted string literal (detected at line "
                    + line + ")");
            return len;
        }
        int p = q + 1;
        while (p < len) {
            char c = src.charAt(p);
            if (c == '\\') {
                if (p + 1 < len && src.charAt(p + 1) == '\n') {
                    line++;
                }
                p += 2;
            } else if (c == quote) {
                return p + 1;
            } else if (c == '\n') {
                break;
            } else {
                p++;
            }
        }
        problems.syntaxError(startLine, "unterminated string literal (detected at line " + line + ")");
        return Math.min(p, len);
    }

    private int numberEnd(int p) {
        while (p < len) {
            char c = src.charAt(p);
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.') {
                p++;
            } else {
                break;
            }
        }
        return p;
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && c != '\u00a0');
    }

    private int identEnd(int p) {
        boolean nonAscii = false;
        while (p < len) {
            char c = src.charAt(p);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                p++;
            } else if (c >= 0x80 && c != '\u00a0') {
                nonAscii = true;
                p++;
            } else {
                break;
            }
        }
        identNonAscii = nonAscii;
        return p;
    }

    /** The bit of the {@link ModuleVariable} named by the identifier {@code [s, e)}, or 0. */
    private int mention(int s, int e) {
        if (identNonAscii) {
            ModuleVariable v = ModuleVariable.byName(PythonText.normalizeIdentifier(src.substring(s, e)));
            return v == null ? 0 : 1 << v.ordinal();
        }
        int n = e - s;
        char c = src.charAt(s);
        if (n == 8 && c == 'r' && src.startsWith("revision", s)) {
            return 1;
        }
        if (n == 13 && c == 'd' && src.startsWith("down_revision", s)) {
            return 2;
        }
        if (n == 13 && c == 'b' && src.startsWith("branch_labels", s)) {
            return 4;
        }
        if (n == 10 && c == 'd' && src.startsWith("depends_on", s)) {
            return 8;
        }
        return 0;
    }
}
