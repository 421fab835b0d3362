package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    /** The verified table of alembic-semantics.md 2.2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            merge_heads_fix_questionnaire_asset_linkage | 40 | merge_heads_fix_questionnaire_asset_
            merge heads                                 | 40 | merge_heads
            Merge: Übergröße ÄÖ & İstanbul—x            | 40 | merge_übergröße_äö_i̇stanbul_x
            second revision here                        | 10 | second_
            """)
    void referenceTable(String message, int length, String slug) {
        assertThat(Slug.of(message, length)).isEqualTo(slug);
    }

    @Test
    void noMessageGivesEmptySlug() {
        assertThat(Slug.of(null, 40)).isEmpty();
        assertThat(Slug.of("", 40)).isEmpty();
        assertThat(Slug.of("!!! ... ???", 40)).isEmpty();
    }

    @Test
    void truncationWithoutUnderscoreKeepsNCharactersPlusUnderscore() {
        assertThat(Slug.of("abcdefghijklmnop", 10)).isEqualTo("abcdefghij_");
    }

    @Test
    void exactlyNCharactersIsNotTruncated() {
        assertThat(Slug.of("abcde_fghij", 11)).isEqualTo("abcde_fghij");
        assertThat(Slug.of("abcde_fghijk", 11)).isEqualTo("abcde_");
    }

    @Test
    void lengthsAreCodePointsNotUtf16Units() {
        // each 𝒜 (U+1D49C, a letter) is two UTF-16 units but one Python character
        String message = "𝒜𝒜𝒜𝒜 𝒜𝒜";
        assertThat(Slug.of(message, 7)).isEqualTo("𝒜𝒜𝒜𝒜_𝒜𝒜");
        assertThat(Slug.of(message, 6)).isEqualTo("𝒜𝒜𝒜𝒜_");
    }

    @Test
    void combiningMarksSplitWordsButNumbersAndUnderscoreDoNot() {
        // e + U+0301 COMBINING ACUTE: the mark is not \w in Python
        assertThat(Slug.of("cafe\u0301 bar", 40)).isEqualTo("cafe_bar");
        assertThat(Slug.of("x² ½ Ⅻ snake_case", 40)).isEqualTo("x²_½_ⅻ_snake_case");
        assertThat(Slug.of("a‿b", 40)).isEqualTo("a_b");
    }

    @Test
    void pythonFullLowerCasingIncludingFinalSigma() {
        // expected values printed by CPython 3.11
        assertThat(Slug.of("ΣΑΣ ΟΔΟΣ", 40)).isEqualTo("σας_οδος");
        assertThat(Slug.of("AΣ_B", 40)).isEqualTo("aς_b");
        assertThat(Slug.of("ΣΣ", 40)).isEqualTo("σς");
        assertThat(Slug.of("ß ǅ ﬁ İ", 40)).isEqualTo("ß_ǆ_ﬁ_i̇");
    }

    @Test
    void negativeLengthSlicesFromTheEndLikePython() {
        // "abc_def"[:-2] == "abc_d" -> rsplit -> "abc" + "_"
        assertThat(Slug.of("abc def", -2)).isEqualTo("abc_");
    }
}
