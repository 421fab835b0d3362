package dev.retort.parsing.script;

/**
 * The indentation blocks open at the current line, as Python's tokenizer tracks them (tabs to
 * multiples of 8, form feed resets the column), with the keyword that opened each block.
 *
 * <p>A line's scope follows from the stack: inside a {@code def} or {@code class} nothing binds a
 * module attribute; inside any other block ({@code if}, {@code try}, {@code with}, ...) the code
 * runs at import time but maybe not, or not only once, so its bindings are not static.
 */
final class BlockStack {
    /** CPython's MAXINDENT. */
    private static final int MAX_INDENT = 100;

    private final ProblemSink problems;
    private int[] cols = new int[8];
    private String[] keywords = new String[8];
    private int levels;
    private int definitionLevels;
    private String pendingKeyword;
    private int pendingLine;

    BlockStack(ProblemSink problems) {
        this.problems = problems;
    }

    /** {@link ModuleScanner#MODULE}, {@link ModuleScanner#CONDITIONAL} or {@link ModuleScanner#IGNORED}. */
    int scope() {
        return definitionLevels > 0 ? ModuleScanner.IGNORED : levels > 0 ? ModuleScanner.CONDITIONAL : ModuleScanner.MODULE;
    }

    /** The keyword of the innermost open block, or null at module level. */
    String innermostKeyword() {
        return levels > 0 ? keywords[levels - 1] : null;
    }

    /** The line just scanned was a block header whose body starts on the next line. */
    void expectBlock(String keyword, int line) {
        pendingKeyword = keyword;
        pendingLine = line;
    }

    /** Updates the stack for a logical line starting at column {@code col}. */
    void enterLine(int col, int line) {
        int top = levels == 0 ? 0 : cols[levels - 1];
        if (pendingKeyword != null) {
            String keyword = pendingKeyword;
            pendingKeyword = null;
            if (col > top) {
                push(col, keyword, line);
                return;
            }
            problems.syntaxError(line, "expected an indented block after '" + keyword
                    + "' statement on line " + pendingLine);
        }
        if (col > top) {
            // Python refuses the file; keep the line in the current block rather than invent one.
            problems.syntaxError(line, "unexpected indent");
            return;
        }
        while (levels > 0 && col < cols[levels - 1]) {
            levels--;
            if (isDefinition(keywords[levels])) {
                definitionLevels--;
            }
        }
        if (col != (levels == 0 ? 0 : cols[levels - 1])) {
            problems.syntaxError(line, "unindent does not match any outer indentation level");
        }
    }

    void endOfFile(int line) {
        if (pendingKeyword != null) {
            problems.syntaxError(line, "expected an indented block after '" + pendingKeyword
                    + "' statement on line " + pendingLine);
        }
    }

    private void push(int col, String keyword, int line) {
        if (levels == MAX_INDENT) {
            problems.syntaxError(line, "too many levels of indentation");
        }
        if (levels == cols.length) {
            cols = java.util.Arrays.copyOf(cols, levels * 2);
            keywords = java.util.Arrays.copyOf(keywords, levels * 2);
        }
        cols[levels] = col;
        keywords[levels] = keyword;
        levels++;
        if (isDefinition(keyword)) {
            definitionLevels++;
        }
    }

    private static boolean isDefinition(String keyword) {
        return "def".equals(keyword) || "class".equals(keyword);
    }
}
