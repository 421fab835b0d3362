package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyValuesTest {
    @Test
    void reprOfStringsChoosesQuotesLikePython() throws Exception {
        assertThat(PyValues.repr("abc")).isEqualTo("'abc'");
        assertThat(PyValues.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PyValues.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(PyValues.repr("say \"hi\"")).isEqualTo("'say \"hi\"'");
    }

    @Test
    void reprEscapes() throws Exception {
        assertThat(PyValues.repr("a\\b\tc\nd\re\u0000f\u007fg")).isEqualTo("'a\\\\b\\tc\\nd\\re\\x00f\\x7fg'");
        assertThat(PyValues.repr("\u00a0\u00e9\u200b\u2028😀\udc80")).isEqualTo("'\\xa0é\\u200b\\u2028😀\\udc80'");
        assertThat(PyValues.repr("\uE000")).isEqualTo("'\\ue000'");
    }

    @Test
    void reprOfTuplesAndNone() throws Exception {
        assertThat(PyValues.repr(PyTuple.ofStrings(List.of("a", "b")))).isEqualTo("('a', 'b')");
        assertThat(PyValues.repr(PyTuple.ofStrings(List.of("main")))).isEqualTo("('main',)");
        assertThat(PyValues.repr(PyTuple.ofStrings(List.of()))).isEqualTo("()");
        assertThat(PyValues.repr(new PyList(List.of("x", 1L, true)))).isEqualTo("['x', 1, True]");
        assertThat(PyValues.repr(PySpecial.NONE)).isEqualTo("None");
        assertThat(PyValues.str(PySpecial.NONE)).isEqualTo("None");
    }

    @Test
    void truthAndEquality() {
        assertThat(PyValues.truthy(PySpecial.UNDEFINED)).isFalse();
        assertThat(PyValues.truthy("")).isFalse();
        assertThat(PyValues.truthy(0L)).isFalse();
        assertThat(PyValues.truthy(PyTuple.ofStrings(List.of()))).isFalse();
        assertThat(PyValues.truthy("x")).isTrue();
        assertThat(PyValues.pyEquals(true, 1L)).isTrue();
        assertThat(PyValues.pyEquals("1", 1L)).isFalse();
    }
}
