package dev.retort.merge;

import java.util.Locale;
import java.util.Set;

/**
 * Python's {@code str.lower()}. Java's {@code toLowerCase} agrees code point by code point, but
 * decides the final form of capital sigma by word boundaries, where CPython uses the Unicode
 * context {@code \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})}: in
 * {@code "ΣΑΣ_Β"} Python writes {@code ς} before the underscore, Java {@code σ}.
 */
final class PyLower {
    private static final int CAPITAL_SIGMA = 0x03A3;
    /** Word_Break MidLetter, MidNumLet and Single_Quote: case-ignorable although punctuation. */
    private static final Set<Integer> IGNORABLE_PUNCTUATION = Set.of(0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4,
            0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A);

    private PyLower() {
    }

    static String lower(String s) {
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
    static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Unicode "Case_Ignorable": Mn, Me, Cf, Lm, Sk and the mid-word punctuation. */
    static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL:
                return true;
            default:
                return IGNORABLE_PUNCTUATION.contains(c);
        }
    }
}
