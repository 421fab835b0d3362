package dev.retort.parsing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** configparser.BasicInterpolation: %(name)s, %%, errors with Python's texts, depth limit. */
class BasicInterpolationTest {

    private static ValueOrError get(String ini, String section, String key) {
        IniDocument doc = IniParser.parse(ini, Path.of("/p/alembic.ini"), "alembic.ini", Map.of("here", "/p"))
                .document();
        return BasicInterpolation.get(doc, section, key).orElseThrow();
    }

    private static String value(String ini, String key) {
        ValueOrError v = get(ini, "alembic", key);
        assertTrue(v.ok(), v::error);
        return v.value();
    }

    @Test
    void hereAndOtherKeys() {
        String ini = "[alembic]\nbase = %(here)s/app\nscript_location = %(BASE)s/migrations\n";
        assertEquals("/p/app/migrations", value(ini, "script_location"));
    }

    @Test
    void doublePercentIsALiteralPercent() {
        assertEquals("%(rev)s_%(slug)s", value("[alembic]\nfile_template = %%(rev)s_%%(slug)s\n", "file_template"));
    }

    @Test
    void defaultSectionValuesAreFound() {
        assertEquals("x/y", value("[DEFAULT]\nroot = x\n[alembic]\na = %(root)s/y\n", "a"));
    }

    @Test
    void referencedValuesAreInterpolatedInTheirOwnRight() {
        assertEquals("a%b", value("[alembic]\np = a%%b\nq = %(p)s\n", "q"));
    }

    @Test
    void referencedValueWithoutPercentIsCopiedVerbatim() {
        assertEquals("a b", value("[alembic]\np = a b\nq = %(p)s\n", "q"));
    }

    @Test
    void otherSectionsAreNotVisible() {
        ValueOrError v = get("[other]\nx = 1\n[alembic]\na = %(x)s\n", "alembic", "a");
        assertFalse(v.ok());
        assertEquals("Bad value substitution: option 'a' in section 'alembic' contains an interpolation key 'x' "
                + "which is not a valid option name. Raw value: '%(x)s'", v.error());
    }

    @Test
    void missingNameWhileExpandingAReferenceReportsTheOuterOption() {
        ValueOrError v = get("[alembic]\na = <%(b)s>\nb = %(c)s\n", "alembic", "a");
        assertEquals("Bad value substitution: option 'a' in section 'alembic' contains an interpolation key 'c' "
                + "which is not a valid option name. Raw value: '<%(b)s>'", v.error());
    }

    @Test
    void strayPercentIsASyntaxError() {
        assertEquals("'%' must be followed by '%' or '(', found: '% done'",
                get("[alembic]\na = 50% done\n", "alembic", "a").error());
        assertEquals("'%' must be followed by '%' or '(', found: '%'",
                get("[alembic]\na = 50%\n", "alembic", "a").error());
    }

    @Test
    void badReferenceIsASyntaxError() {
        assertEquals("bad interpolation variable reference '%(name)d'",
                get("[alembic]\na = %(name)d\nname = 1\n", "alembic", "a").error());
        assertEquals("bad interpolation variable reference '%()s'",
                get("[alembic]\na = %()s\n", "alembic", "a").error());
    }

    @Test
    void selfReferenceHitsTheDepthLimit() {
        assertEquals("Recursion limit exceeded in value substitution: option 'a' in section 'alembic' contains "
                + "an interpolation key which cannot be substituted in 10 steps. Raw value: '%(a)s'",
                get("[alembic]\na = %(a)s\n", "alembic", "a").error());
    }

    @Test
    void tenLevelsAreFineElevenAreNot() {
        StringBuilder ini = new StringBuilder("[alembic]\nk0 = end%%\n");
        for (int i = 1; i <= 10; i++) {
            ini.append("k").append(i).append(" = %(k").append(i - 1).append(")s\n");
        }
        // k9 -> k0 is nine nested expansions plus the top level: ten levels
        assertEquals("end%", value(ini.toString(), "k9"));
        assertFalse(get(ini.toString(), "alembic", "k10").ok());
    }

    @Test
    void exponentialGrowthIsCutOff() {
        StringBuilder ini = new StringBuilder("[alembic]\nk0 = " + "x".repeat(1000) + "%%\n");
        for (int i = 1; i <= 9; i++) {
            String ref = "%(k" + (i - 1) + ")s";
            ini.append("k").append(i).append(" = ").append(ref.repeat(8)).append('\n');
        }
        ValueOrError v = get(ini.toString(), "alembic", "k9");
        assertFalse(v.ok());
        assertTrue(v.error().contains("longer than"), v.error());
    }
}
