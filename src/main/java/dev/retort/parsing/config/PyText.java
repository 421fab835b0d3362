package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;


/**
 * configparser's {@code \S} search, with Python's notion of whitespace (it includes U+00A0 and
 * U+001C..U+001F, Java's {@link Character#isWhitespace} does not); the other string primitives
 * are in {@link PythonStrings}.
 */
final class PyText {

    private PyText() {
    }

    /** Index of the first non-whitespace char ({@code re.compile(r"\S").search(s).start()}), or -1. */
    static int firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!PythonStrings.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
