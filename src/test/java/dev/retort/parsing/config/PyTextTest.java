package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Python's repr/strip/isspace and %-formatting with a mapping. */
class PyTextTest {



    @Test
    void percentFormatWithHere() {
        Map<String, String> args = Map.of("here", "/x");
        assertEquals("/x/migrations", PyPercentFormat.format("%(here)s/migrations", args).value());
        assertEquals("%(rev)s_%(slug)s", PyPercentFormat.format("%%(rev)s_%%(slug)s", args).value());
        assertEquals("'/x'", PyPercentFormat.format("%(here)r", args).value());
        assertEquals("        /x|", PyPercentFormat.format("%(here)10s|", args).value());
        assertEquals("/x   |", PyPercentFormat.format("%(here)-5s|", args).value());
        assertEquals("/", PyPercentFormat.format("%(here).1s", args).value());
        assertEquals("{'here': '/x'}", PyPercentFormat.format("%s", args).value());
    }

    @Test
    void percentFormatErrorsCarryPythonsTexts() {
        Map<String, String> args = Map.of("here", "/x");
        assertEquals("KeyError: 'nope'", PyPercentFormat.format("%(nope)s", args).error());
        assertEquals("ValueError: incomplete format", PyPercentFormat.format("50%", args).error());
        assertEquals("ValueError: incomplete format", PyPercentFormat.format("%(here)", args).error());
        assertEquals("ValueError: unsupported format character 'z' (0x7a) at index 1",
                PyPercentFormat.format("%z", args).error());
        assertEquals("ValueError: unsupported format character '%' (0x25) at index 7",
                PyPercentFormat.format("%(here)%", args).error());
        assertEquals("TypeError: %d format: a real number is required, not str",
                PyPercentFormat.format("%(here)d", args).error());
        assertEquals("TypeError: not enough arguments for format string",
                PyPercentFormat.format("%s %s", args).error());
        assertEquals("TypeError: * wants int", PyPercentFormat.format("%(here)*s", args).error());
    }

    @Test
    void pythonInt() {
        assertEquals(40, ConfigOptions.pyInt(" 40 ").orElseThrow().intValue());
        assertEquals(40, ConfigOptions.pyInt("+4_0").orElseThrow().intValue());
        assertEquals(40, ConfigOptions.pyInt("٤٠").orElseThrow().intValue());
        assertEquals(40, ConfigOptions.pyInt("040").orElseThrow().intValue());
        assertEquals(-3, ConfigOptions.pyInt("-3").orElseThrow().intValue());
        assertTrue(ConfigOptions.pyInt("4__0").isEmpty());
        assertTrue(ConfigOptions.pyInt("_40").isEmpty());
        assertTrue(ConfigOptions.pyInt("40_").isEmpty());
        assertTrue(ConfigOptions.pyInt("").isEmpty());
        assertTrue(ConfigOptions.pyInt("0x10").isEmpty());
        assertTrue(ConfigOptions.pyInt("4.0").isEmpty());
    }
}
