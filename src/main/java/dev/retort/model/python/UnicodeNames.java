package dev.retort.model.python;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the NAME of a {@code \N{NAME}} escape like Python's {@code unicodedata.lookup}
 * (without named sequences): character names, the formal name aliases of NameAliases.txt
 * (kept in a resource, checked against Python 3.11), {@code VS1}..{@code VS256}, and the
 * algorithmic {@code CJK UNIFIED IDEOGRAPH-XXXX} and {@code HANGUL SYLLABLE ...} names.
 *
 * <p>Java's {@link Character#codePointOf} is more lenient than Python (it trims blanks, accepts
 * Unicode 1.0 names such as {@code LINE FEED (LF)} and block-plus-hex names), so its answers are
 * filtered to what Python accepts.
 */
final class UnicodeNames {
    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    /** Unified ideograph ranges of Unicode 14 (Python 3.11). */
    private static final int[][] CJK = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738}, {0x2B740, 0x2B81D},
        {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}};

    private static volatile Map<String, Integer> aliases;

    private UnicodeNames() {
    }

    /** The code point called {@code name}, or -1. */
    static int lookup(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-')) {
                return -1;
            }
        }
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return ideograph(name.substring(22));
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring(16));
        }
        if (upper.startsWith("VS")) {
            int vs = variationSelector(upper.substring(2));
            if (vs >= 0) {
                return vs;
            }
        }
        Integer alias = aliases().get(upper);
        if (alias != null) {
            return alias;
        }
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String real = Character.getName(cp);
        if (real == null || !real.equals(upper) || real.endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT))) {
            return -1;
        }
        return cp;
    }

    private static int ideograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        for (int[] range : CJK) {
            if (v >= range[0] && v <= range[1]) {
                return v;
            }
        }
        return -1;
    }

    private static int hangul(String s) {
        int[] pos = {0};
        int l = longest(s, pos, JAMO_L);
        int v = longest(s, pos, JAMO_V);
        int t = longest(s, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != s.length()) {
            return -1;
        }
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    /** CPython's {@code find_syllable}: the longest jamo short name at the position. */
    private static int longest(String s, int[] pos, String[] names) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.length() > bestLen && s.startsWith(n, pos[0])) {
                best = i;
                bestLen = n.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLen;
        }
        return best;
    }

    private static int variationSelector(String digits) {
        if (digits.isEmpty() || digits.length() > 3 || digits.charAt(0) == '0') {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        if (n < 1 || n > 256) {
            return -1;
        }
        return n <= 16 ? 0xFE00 + n - 1 : 0xE0100 + n - 17;
    }

    private static Map<String, Integer> aliases() {
        Map<String, Integer> map = aliases;
        if (map == null) {
            map = loadAliases();
            aliases = map;
        }
        return map;
    }

    private static Map<String, Integer> loadAliases() {
        Map<String, Integer> map = new HashMap<>();
        try (InputStream in = UnicodeNames.class.getResourceAsStream("unicode-name-aliases.txt")) {
            if (in == null) {
                return map;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                int cp = Integer.parseInt(line.substring(0, colon), 16);
                for (String alias : line.substring(colon + 1).split(",")) {
                    map.put(alias, cp);
                }
            }
        } catch (IOException e) {
            // A broken jar: fall back to the names Java knows rather than fail the parse.
            return map;
        }
        return map;
    }
}
