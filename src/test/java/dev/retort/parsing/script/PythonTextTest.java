package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.parsing.script.PyValue.PyStr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTextTest {
    @Test
    void moduleIdReplacesNonWordCharacters() {
        assertEquals("dddd_4_py", PythonText.moduleId("dddd-4.py"));
        assertEquals("caf\u00e9_\u0663_py", PythonText.moduleId("caf\u00e9 \u0663.py"));
    }

    @Test
    void sortsByCodePointLikePython() {
        List<String> names = new ArrayList<>(List.of("b.py", "\uff21.py", "\ud83d\ude00.py", "B.py", "_x.py", "a.py"));
        names.sort(PythonText::compareCodePoints);
        assertEquals(List.of("B.py", "_x.py", "a.py", "b.py", "\uff21.py", "\ud83d\ude00.py"), names);
    }

    @Test
    void stringPrefixes() {
        for (String ok : new String[] {"r", "u", "R", "U", "b", "B", "f", "F", "rb", "bR", "Rb", "fr", "rF", "FR"}) {
            assertTrue(PythonText.isStringPrefix(ok, 0, ok.length()), ok);
        }
        for (String bad : new String[] {"ur", "ub", "bf", "rr", "x", "bu", "rbf", ""}) {
            assertFalse(PythonText.isStringPrefix(bad, 0, bad.length()), bad);
        }
    }

    @Test
    void reprLooksLikePython() {
        assertEquals("'abc'", new PyStr("abc").repr());
        assertEquals("\"it's\"", new PyStr("it's").repr());
        assertEquals("'a\\nb\\\\'", new PyStr("a\nb\\").repr());
        assertEquals("('a',)", new PyValue.PySeq(PyValue.SeqKind.TUPLE, List.of(new PyStr("a"))).repr());
        assertEquals("['a', None]", new PyValue.PySeq(PyValue.SeqKind.LIST, List.of(new PyStr("a"), PyValue.PyNone.NONE)).repr());
    }
}
