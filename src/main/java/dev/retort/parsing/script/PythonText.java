package dev.retort.parsing.script;

import java.text.Normalizer;

/** Small pieces of Python's string semantics that Java spells differently. */
final class PythonText {
    private PythonText() {
    }

    /** Python 3.11's string prefixes: r u b f alone, or rb br rf fr, in any letter case. */
    static boolean isStringPrefix(CharSequence s, int from, int to) {
        int n = to - from;
        if (n == 1) {
            char c = Character.toLowerCase(s.charAt(from));
            return c == 'r' || c == 'u' || c == 'b' || c == 'f';
        }
        if (n == 2) {
            char a = Character.toLowerCase(s.charAt(from));
            char b = Character.toLowerCase(s.charAt(from + 1));
            return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
        }
        return false;
    }

    /** Python normalises identifiers to NFKC (PEP 3131), so {@code ｒevision} is {@code revision}. */
    static String normalizeIdentifier(String identifier) {
        return Normalizer.normalize(identifier, Normalizer.Form.NFKC);
    }

    /**
     * The module name alembic gives a file: {@code re.sub(r"\W", "_", filename)}; Python's
     * {@code \w} is letters, digits and numeric characters of any script, plus the underscore.
     */
    static String moduleId(String fileName) {
        StringBuilder sb = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(cp -> {
            if (isWordChar(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('_');
            }
        });
        return sb.toString();
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Orders strings by code point, as Python's {@code sorted()} does (Java's compareTo uses UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
