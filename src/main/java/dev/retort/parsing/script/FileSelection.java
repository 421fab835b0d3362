package dev.retort.parsing.script;

/**
 * alembic's file name filters, used with {@code re.match}:
 * {@code _only_source_rev_file = (?!\.\#|__init__)(.*\.py)$} and, with {@code sourceless},
 * {@code _sourceless_rev_file = (?!\.\#|__init__)(.*\.py)(c|o)?$}.
 *
 * <p>Python's {@code $} also matches before a final newline and {@code .} does not match a
 * newline, so {@code "x.py\n"} is selected (and then breaks alembic) while {@code "a\nb.py"} is not.
 */
final class FileSelection {
    private FileSelection() {
    }

    /**
     * A selected name.
     *
     * @param pyName group 1: the name up to and including {@code .py}
     * @param compiled the name ends in {@code .pyc} or {@code .pyo}
     * @param optimized the name ends in {@code .pyo}
     * @param trailingNewline the name ends with a newline
     */
    record Match(String pyName, boolean compiled, boolean optimized, boolean trailingNewline) {
    }

    /** The match for {@code name}, or null when alembic ignores the file. */
    static Match match(String name, boolean sourceless) {
        if (name.startsWith(".#") || name.startsWith("__init__")) {
            return null;
        }
        boolean trailingNewline = name.endsWith("\n");
        String n = trailingNewline ? name.substring(0, name.length() - 1) : name;
        if (n.indexOf('\n') >= 0) {
            return null;
        }
        if (n.endsWith(".py")) {
            return new Match(n, false, false, trailingNewline);
        }
        if (sourceless && (n.endsWith(".pyc") || n.endsWith(".pyo"))) {
            return new Match(n.substring(0, n.length() - 1), true, n.endsWith("o"), trailingNewline);
        }
        return null;
    }
}
