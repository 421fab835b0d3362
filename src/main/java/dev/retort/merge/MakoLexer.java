package dev.retort.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port of {@code mako.lexer.Lexer.parse} (Mako 1.2): the same regular expressions, tried in
 * the same order, including the quirk that an empty match still advances one character (which
 * is how {@code %%} at the start of a line becomes {@code %}). Python's {@code \Z} is Java's
 * {@code \z}; {@code UNIX_LINES} makes {@code .} and {@code ^} treat only {@code \n} as a line
 * end, as Python does.
 */
final class MakoLexer {
    private static final int LINES = Pattern.UNIX_LINES;
    private static final Pattern CODING = Pattern.compile("#.*coding[:=]\\s*([-\\w.]+).*\\r?\\n",
            LINES | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern END = Pattern.compile("\\z");
    private static final Pattern EXPRESSION_START = Pattern.compile("\\$\\{");
    private static final Pattern CONTROL_LINE = Pattern.compile(
            "^[\\t ]*(%(?!%)|##)[\\t ]*((?:(?:\\\\\\r?\\n)|[^\\r\\n])*)(?:\\r?\\n|\\z)", LINES | Pattern.MULTILINE);
    private static final Pattern CONTROL_KEYWORD = Pattern.compile("(end)?(\\w+)\\s*(.*)",
            LINES | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DOC = Pattern.compile("<%doc>(.*?)</%doc>", LINES | Pattern.DOTALL);
    private static final Pattern TAG_START = Pattern.compile(
            "<%([\\w.:]+)((?:\\s+\\w+|\\s*=\\s*|\"[^\"]*?\"|'[^']*?'|\\s*,\\s*)*)\\s*(/)?>",
            LINES | Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TAG_END = Pattern.compile("</%[\\t ]*([^\\t ]+?)[\\t ]*>", LINES);
    private static final Pattern TEXT_TAG_BODY = Pattern.compile("(.*?)(?=</%text>)", LINES | Pattern.DOTALL);
    private static final Pattern PYTHON_BLOCK = Pattern.compile("<%(!)?");
    private static final Pattern TEXT = Pattern.compile(
            "(.*?)((?<=\\n)(?=[ \\t]*(?=%|##))|(?=\\$\\{)|(?=</?[%&])|(\\\\\\r?\\n)|\\z)", LINES | Pattern.DOTALL);
    private static final Pattern COMMENT_TO_EOL = Pattern.compile("#.*\\n", LINES);
    private static final Pattern STRING_LITERAL = Pattern.compile(
            "(\"\"\"|'''|\"|')[^\\\\]*?(\\\\.[^\\\\]*?)*\\1", LINES | Pattern.DOTALL);
    private static final Set<String> PRIMARY = Set.of("for", "if", "while", "try", "with");

    private final String text;
    private final List<MakoNode> nodes = new ArrayList<>();
    private final List<String> openControl = new ArrayList<>();
    private final List<Integer> openControlLines = new ArrayList<>();
    private int position;
    private int openTags;

    private MakoLexer(String text) {
        this.text = text;
    }

    /**
     * Lexes template text (already decoded). A first line that is a coding comment is skipped,
     * as Mako skips it.
     *
     * @throws PyError {@code SyntaxException} with Mako's text for malformed templates
     */
    static List<MakoNode> lex(String text) throws PyError {
        MakoLexer lexer = new MakoLexer(text);
        lexer.run();
        return lexer.nodes;
    }

    private void run() throws PyError {
        match(CODING);
        while (position <= text.length()) {
            if (match(END) != null) {
                break;
            }
            if (matchExpression() || matchControlLine() || matchDoc() || matchTagStart() || matchTagEnd()
                    || matchPythonBlock() || matchText()) {
                continue;
            }
            if (position > text.length()) {
                break;
            }
            throw syntax("assertion failed", lineAt(position));
        }
        if (openTags > 0) {
            throw syntax("Unclosed tag", lineAt(position));
        }
        if (!openControl.isEmpty()) {
            int last = openControl.size() - 1;
            throw syntax("Unterminated control keyword: '" + openControl.get(last) + "'", openControlLines.get(last));
        }
    }

    /** {@code Lexer.match_reg}: anchored at the position; an empty match still advances one character. */
    private MatchResultAt match(Pattern pattern) {
        if (position > text.length()) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        m.region(position, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (!m.lookingAt()) {
            return null;
        }
        int start = position;
        position = m.end() == m.start() ? m.end() + 1 : m.end();
        return new MatchResultAt(m.toMatchResult(), lineAt(start));
    }

    private record MatchResultAt(java.util.regex.MatchResult m, int line) {
        String group(int i) {
            return m.group(i);
        }
    }

    private int lineAt(int offset) {
        int line = 1;
        int limit = Math.min(offset, text.length());
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private boolean matchExpression() throws PyError {
        MatchResultAt start = match(EXPRESSION_START);
        if (start == null) {
            return false;
        }
        String[] code = parseUntilText(true, start.line(), "\\|", "}");
        String filters = "";
        if (code[1].equals("|")) {
            filters = parseUntilText(true, start.line(), "}")[0];
        }
        nodes.add(new MakoNode.Expression(code[0].replace("\r\n", "\n"), filters.strip(), start.line()));
        return true;
    }

    /** {@code Lexer.parse_until_text}: Python text up to a terminator outside strings, comments and (optionally) brackets. */
    private String[] parseUntilText(boolean watchNesting, int line, String... terminators) throws PyError {
        int startPos = position;
        String alternatives = String.join("|", terminators);
        Pattern terminator = Pattern.compile("(" + alternatives + ")");
        Pattern upTo = Pattern.compile("(.*?)(?=\"|'|#|" + alternatives + ")", LINES | Pattern.DOTALL);
        int braces = 0;
        int parens = 0;
        int brackets = 0;
        while (true) {
            if (match(COMMENT_TO_EOL) != null || match(STRING_LITERAL) != null) {
                continue;
            }
            MatchResultAt m = match(terminator);
            if (m != null && !(watchNesting && (braces > 0 || parens > 0 || brackets > 0))) {
                return new String[] {text.substring(startPos, position - m.group(1).length()), m.group(1)};
            } else if (m == null) {
                m = match(upTo);
            }
            if (m == null) {
                throw syntax("Expected: " + String.join(",", terminators), line);
            }
            String consumed = m.group(1);
            braces += count(consumed, '{') - count(consumed, '}');
            parens += count(consumed, '(') - count(consumed, ')');
            brackets += count(consumed, '[') - count(consumed, ']');
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private boolean matchControlLine() throws PyError {
        MatchResultAt m = match(CONTROL_LINE);
        if (m == null) {
            return false;
        }
        if (m.group(1).equals("##")) {
            return true;
        }
        String body = m.group(2);
        Matcher keyword = CONTROL_KEYWORD.matcher(body);
        if (!keyword.lookingAt()) {
            throw syntax("Invalid control line: '" + body + "'", m.line());
        }
        boolean isEnd = keyword.group(1) != null;
        String name = keyword.group(2);
        if (isEnd) {
            if (openControl.isEmpty()) {
                throw syntax("No starting keyword '" + name + "' for '" + body + "'", m.line());
            }
            if (!openControl.get(openControl.size() - 1).equals(name)) {
                throw syntax("Keyword '" + body + "' doesn't match keyword '" + openControl.get(openControl.size() - 1)
                        + "'", m.line());
            }
            openControl.remove(openControl.size() - 1);
            openControlLines.remove(openControlLines.size() - 1);
        } else if (PRIMARY.contains(name)) {
            openControl.add(name);
            openControlLines.add(m.line());
        } else if (!openControl.isEmpty() && !isTernary(openControl.get(openControl.size() - 1), name)) {
            throw syntax("Keyword '" + name + "' not a legal ternary for keyword '"
                    + openControl.get(openControl.size() - 1) + "'", m.line());
        }
        nodes.add(new MakoNode.ControlLine(name, isEnd, body, m.line()));
        return true;
    }

    /** {@code ControlLine.is_ternary}. */
    private static boolean isTernary(String primary, String keyword) {
        return switch (primary) {
            case "if" -> keyword.equals("else") || keyword.equals("elif");
            case "try" -> keyword.equals("except") || keyword.equals("finally") || keyword.equals("else");
            case "for", "while" -> keyword.equals("else");
            default -> false;
        };
    }

    private boolean matchDoc() {
        return match(DOC) != null;
    }

    private boolean matchTagStart() throws PyError {
        MatchResultAt m = match(TAG_START);
        if (m == null) {
            return false;
        }
        String keyword = m.group(1);
        boolean selfClosing = m.group(3) != null;
        if (keyword.equals("text") && !selfClosing) {
            MatchResultAt body = match(TEXT_TAG_BODY);
            if (body == null) {
                throw syntax("Unclosed tag: <%text>", m.line());
            }
            nodes.add(new MakoNode.Text(body.group(1), body.line()));
            MatchResultAt end = match(TAG_END);
            if (end == null) {
                throw syntax("Unclosed tag: <%text>", m.line());
            }
            return true;
        }
        nodes.add(new MakoNode.Tag(keyword, m.line()));
        if (!selfClosing) {
            openTags++;
        }
        return true;
    }

    private boolean matchTagEnd() throws PyError {
        MatchResultAt m = match(TAG_END);
        if (m == null) {
            return false;
        }
        if (openTags == 0) {
            throw syntax("Closing tag without opening tag: </%" + m.group(1) + ">", m.line());
        }
        openTags--;
        return true;
    }

    private boolean matchPythonBlock() throws PyError {
        MatchResultAt m = match(PYTHON_BLOCK);
        if (m == null) {
            return false;
        }
        String code = parseUntilText(false, m.line(), "%>")[0];
        nodes.add(new MakoNode.Code(code, m.group(1) != null, m.line()));
        return true;
    }

    private boolean matchText() {
        MatchResultAt m = match(TEXT);
        if (m == null) {
            return false;
        }
        if (!m.group(1).isEmpty()) {
            nodes.add(new MakoNode.Text(m.group(1), m.line()));
        }
        return true;
    }

    private static PyError syntax(String message, int line) {
        return new PyError("SyntaxException", message + " at line: " + line, line);
    }
}
