package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;

/** Python string behaviour the output formats depend on. */
final class PythonText {
    private PythonText() {
    }

    /** {@code str.splitlines()}: every Unicode line boundary Python knows, no trailing empty line. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineBoundary(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBoundary(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code len(s)}: code points, not UTF-16 units. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
