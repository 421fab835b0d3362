package dev.retort.model.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Python's {@code str} behaviour where Java's differs, for every layer that must print or read
 * text exactly as Python would: whitespace ({@code isspace}, {@code strip}), {@code lower()},
 * {@code repr()}, {@code splitlines()} and {@code len()}.
 */
public final class PythonStrings {
    private static final int CAPITAL_SIGMA = 0x03A3;
    /** Word_Break MidLetter, MidNumLet and Single_Quote: case-ignorable although punctuation. */
    private static final Set<Integer> IGNORABLE_PUNCTUATION = Set.of(0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4,
            0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A);

    private PythonStrings() {
    }

    /** {@code str.isspace()} for one code point (CPython's {@code _PyUnicode_IsWhitespace} table). */
    public static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }

    /** {@code s.strip()}. */
    public static String strip(String s) {
        return rstrip(lstrip(s));
    }

    /** {@code s.lstrip()}. */
    public static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** {@code s.rstrip()}. */
    public static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * {@code str.lower()}. Java's {@code toLowerCase} agrees code point by code point, but decides
     * the final form of capital sigma by word boundaries, where CPython uses the Unicode context
     * {@code \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})}: in {@code "ΣΑΣ_Β"}
     * Python writes {@code ς} before the underscore, Java {@code σ}.
     */
    public static String lower(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == CAPITAL_SIGMA) {
                out.appendCodePoint(finalSigma(cps, i) ? 0x03C2 : 0x03C3);
            } else {
                out.append(Character.toString(cps[i]).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !isCased(cps[j]);
    }

    /** Unicode "Cased": Lu, Ll, Lt, Other_Lowercase, Other_Uppercase (Java's predicates include the Other_ ones). */
    public static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Unicode "Case_Ignorable": Mn, Me, Cf, Lm, Sk and the mid-word punctuation. */
    public static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL:
                return true;
            default:
                return IGNORABLE_PUNCTUATION.contains(c);
        }
    }

    /**
     * {@code repr(str)}: single quotes unless the text has a single quote and no double quote;
     * backslash escapes for the quote, {@code \\}, tab, newline, carriage return and for
     * characters {@code str.isprintable()} rejects.
     */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append(String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} for one code point: not "Other" and not "Separator", except space. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code str.splitlines()}: every line boundary Python knows, no trailing empty line. */
    public static List<String> splitLines(String text) {
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
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
