package dev.retort.model.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonStringsTest {

    @Test
    void reprQuotesLikePython() {
        assertEquals("'abc'", PythonStrings.repr("abc"));
        assertEquals("\"a'b\"", PythonStrings.repr("a'b"));
        assertEquals("'a\"b\\'c'", PythonStrings.repr("a\"b'c"));
        assertEquals("'\\x00\\t\\xa0\\u2028é😀'", PythonStrings.repr("\u0000\t\u00a0\u2028é\uD83D\uDE00"));
        assertEquals("'C:\\\\x'", PythonStrings.repr("C:\\x"));
        assertEquals("'\\ufeff[alembic]\\n'", PythonStrings.repr("\uFEFF[alembic]\n"));
    }
    @Test
    void whitespaceIsPythons() {
        assertTrue(PythonStrings.isSpace(0xA0));
        assertTrue(PythonStrings.isSpace(0x1C));
        assertFalse(PythonStrings.isSpace(0xFEFF));
        assertFalse(PythonStrings.isSpace(0x200B));
        assertEquals("x", PythonStrings.strip("\u3000\u0085 x\u2009\u000B"));
    }
    @Test
    void stripUsesPythonWhitespace() {
        assertEquals("doc", PythonStrings.strip(" \t\n\u000b\f\r\u001c\u0085\u00a0\u2007\u202f\u3000doc\n\n"));
        assertEquals("\u200bdoc", PythonStrings.strip("\u200bdoc"), "zero width space is not whitespace in Python");
    }

    @Test
    void lowerPutsTheFinalSigmaWherePythonDoes() {
        assertEquals("σας_β", PythonStrings.lower("ΣΑΣ_Β"));
        assertEquals("i̇stanbul", PythonStrings.lower("İstanbul"));
    }

    @Test
    void splitLinesKnowsEveryPythonLineBoundary() {
        assertEquals(List.of("a", "b", "c", "d", ""), PythonStrings.splitLines("a\r\nb\u2028c\u000bd\n\n"));
        assertEquals(List.of(), PythonStrings.splitLines(""));
    }

    @Test
    void lengthCountsCodePoints() {
        assertEquals(2, PythonStrings.length("a\uD83D\uDE00"));
    }
}
