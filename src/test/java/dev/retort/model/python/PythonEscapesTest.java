package dev.retort.model.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's escape sequences and \N{...} names. */
class PythonEscapesTest {

    private static String decode(String body) {
        PythonEscapes.Result r = PythonEscapes.decode(body, 0, body.length(), false);
        assertNull(r.error(), body);
        return r.value();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "a\\nb => 0061 000a 0062",
        "\\t\\r\\f\\v\\a\\b => 0009 000d 000c 000b 0007 0008",
        "\\\\\\'\\\" => 005c 0027 0022",
        "\\x41\\xff => 0041 00ff",
        "\\u00e9\\uD83D => 00e9 d83d",
        "\\U0001F600 => d83d de00",
        "\\0\\7\\101\\1011\\777 => 0000 0007 0041 0041 0031 01ff",
        "\\q\\8\\{ => 005c 0071 005c 0038 005c 007b",
        "\\N{EM DASH}\\N{em dash} => 2014 2014",
        "\\N{LF}\\N{NUL}\\N{BOM}\\N{NBSP}\\N{VS1}\\N{VS17} => 000a 0000 feff 00a0 fe00 db40 dd00",
        "\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A} => 4e00 ac01 c544",
    })
    void decodes(String body, String codeUnits) {
        StringBuilder hex = new StringBuilder();
        for (char c : decode(body).toCharArray()) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("%04x", (int) c));
        }
        assertEquals(codeUnits, hex.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "\\x4 => truncated \\xXX escape",
        "\\u12 => truncated \\uXXXX escape",
        "\\U0011FFFF => illegal Unicode character",
        "\\N{NO SUCH NAME} => unknown Unicode character name",
        "\\N{ EM DASH} => unknown Unicode character name",
        "\\N{LINE FEED (LF)} => unknown Unicode character name",
        "\\N{CJK UNIFIED IDEOGRAPHS 4E00} => unknown Unicode character name",
        "\\N{CJK UNIFIED IDEOGRAPH-4e00} => unknown Unicode character name",
        "\\N{EM DASH => malformed \\N character escape",
        "\\N{} => malformed \\N character escape",
    })
    void reportsBadEscapesLikePython(String body, String error) {
        PythonEscapes.Result r = PythonEscapes.decode(body, 0, body.length(), false);
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes: " + error, r.error());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "\\u00e9 => 6",
        "\\N{EM DASH} => 11",
        "\\x41\\n => 2",
    })
    void bytesLiteralsDoNotKnowUnicodeEscapes(String body, int length) {
        assertEquals(length, PythonEscapes.decode(body, 0, body.length(), true).value().length());
    }

    @org.junit.jupiter.api.Test
    void backslashNewlineDisappears() {
        assertEquals("ab", decode("a\\\nb"));
        assertEquals(0, PythonEscapes.decode("\\\n", 0, 2, true).value().length());
    }
}
