package dev.retort.parsing.config;

import java.util.Locale;

/**
 * Python's string primitives where they differ from Java's: {@code str.isspace},
 * {@code strip}, {@code lower} and {@code repr}.
 *
 * <p>configparser strips with {@code str.strip()} and matches {@code \s}, both of which use
 * Python's notion of whitespace (it includes U+00A0 and U+001C..U+001F, Java's
 * {@link Character#isWhitespace} does not). Error texts quote values with {@code %r}, so
 * {@link #repr} reproduces Python's quoting and escaping.
 */
final class PyText {

    private PyText() {
    }

    /** {@code str.isspace()} for one code point (the table of CPython's {@code _PyUnicode_IsWhitespace}). */
    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        return rstrip(lstrip(s));
    }

    /** {@code s.lstrip()}. */
    static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** {@code s.rstrip()}. */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Index of the first non-whitespace char ({@code re.compile(r"\S").search(s).start()}), or -1. */
    static int firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code str.lower()}, which configparser applies to every key. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code repr(s)} for a str: quote choice, backslash escapes, non-printables as {@code \xNN}. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format(Locale.ROOT, "\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} for one code point: everything but C* and Z* categories, except space. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
