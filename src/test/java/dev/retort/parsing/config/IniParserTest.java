package dev.retort.parsing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of Python's configparser.ConfigParser (strict, no inline comments) as IniParser mirrors them. */
class IniParserTest {

    private static final Path FILE = Path.of("/p/alembic.ini");

    private static IniParser.Result parse(String text) {
        return IniParser.parse(text, FILE, "alembic.ini", Map.of("here", "/p"));
    }

    private static String raw(IniParser.Result r, String section, String key) {
        return r.document().raw(section, key).orElseThrow(() -> new AssertionError("no " + key));
    }

    @Test
    void keysAreLowerCasedAndStripped() {
        IniParser.Result r = parse("[alembic]\n  Script_Location   =   migrations  \n");
        assertEquals("migrations", raw(r, "alembic", "script_location"));
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void colonAndEqualsAreDelimitersFirstOneWins() {
        IniParser.Result r = parse("[alembic]\na: b = c\nurl = postgresql://u:p@h/db\nx=:y\n");
        assertEquals("b = c", raw(r, "alembic", "a"));
        assertEquals("postgresql://u:p@h/db", raw(r, "alembic", "url"));
        assertEquals(":y", raw(r, "alembic", "x"));
    }

    @Test
    void inlineCommentsStayInTheValue() {
        IniParser.Result r = parse("[alembic]\nversion_path_separator = os  # Use os.pathsep. Default\nk = v ; not a comment\n");
        assertEquals("os  # Use os.pathsep. Default", raw(r, "alembic", "version_path_separator"));
        assertEquals("v ; not a comment", raw(r, "alembic", "k"));
    }

    @Test
    void fullLineCommentsAreSkippedEvenIndentedAndInsideContinuations() {
        IniParser.Result r = parse("# c\n; c\n[alembic]\na = 1\n   # inside\n  2\n");
        assertEquals("1\n2", raw(r, "alembic", "a"));
    }

    @Test
    void continuationLinesJoinWithNewlineAndKeepBlankLinesInside() {
        IniParser.Result r = parse("[alembic]\nversion_locations =\n    one\n\n    two\n\n\nnext = x\n");
        assertEquals("\none\n\ntwo", raw(r, "alembic", "version_locations"));
        assertEquals("x", raw(r, "alembic", "next"));
    }

    @Test
    void continuationIsDecidedByIndentRelativeToTheKeyLine() {
        IniParser.Result r = parse("[alembic]\n  a = 1\n  b = 2\n     more\n");
        assertEquals("1", raw(r, "alembic", "a"));
        assertEquals("2\nmore", raw(r, "alembic", "b"));
    }

    @Test
    void indentedSectionHeaderAfterAKeyIsAContinuation() {
        IniParser.Result r = parse("[alembic]\na = 1\n  [other]\n");
        assertEquals("1\n[other]", raw(r, "alembic", "a"));
        assertFalse(r.document().hasSection("other"));
    }

    @Test
    void blankLinesInsideValueOnlyCountWhenAnIndentedLineFollows() {
        IniParser.Result r = parse("[alembic]\na = 1\n\n\n");
        assertEquals("1", raw(r, "alembic", "a"));
    }

    @Test
    void crlfAndLoneCrAreLineBreaks() {
        IniParser.Result r = parse("[alembic]\r\na = 1\r\n  2\rb = 3");
        assertEquals("1\n2", raw(r, "alembic", "a"));
        assertEquals("3", raw(r, "alembic", "b"));
    }

    @Test
    void pythonWhitespaceIsStripped() {
        IniParser.Result r = parse("[alembic]\na = \u00a0value\u00a0\u2003\n");
        assertEquals("value", raw(r, "alembic", "a"));
    }

    @Test
    void defaultSectionIsNotASectionButShowsThrough() {
        IniParser.Result r = parse("[DEFAULT]\nshared = s\n[alembic]\nown = o\n");
        IniDocument doc = r.document();
        assertFalse(doc.hasSection("DEFAULT"));
        assertTrue(doc.hasSection("alembic"));
        assertTrue(doc.hasOption("alembic", "shared"));
        assertTrue(doc.hasOption("alembic", "here"));
        assertEquals(List.of("here", "shared", "own"), doc.keys("alembic"));
    }

    @Test
    void hereCanBeOverriddenInDefault() {
        IniParser.Result r = parse("[DEFAULT]\nhere = /elsewhere\n[alembic]\n");
        assertEquals("/elsewhere", raw(r, "alembic", "here"));
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void sectionNamesAreCaseSensitiveAndNotStripped() {
        IniParser.Result r = parse("[Alembic]\na = 1\n[ alembic ]\nb = 2\n");
        assertFalse(r.document().hasSection("alembic"));
        assertTrue(r.document().hasSection("Alembic"));
        assertTrue(r.document().hasSection(" alembic "));
    }

    @Test
    void headerRunsToTheLastClosingBracket() {
        IniParser.Result r = parse("[a]b] trailing\nk = v\n");
        assertTrue(r.document().hasSection("a]b"));
    }

    @Test
    void duplicateOptionIsAnErrorWithPythonsTextAndLaterWins() {
        IniParser.Result r = parse("[alembic]\na = 1\nA = 2\n");
        assertEquals("2", raw(r, "alembic", "a"));
        Diagnostic d = single(r.diagnostics());
        assertEquals(DiagnosticCode.CONFIG_SYNTAX, d.code());
        assertEquals("While reading from 'alembic.ini' [line  3]: option 'a' in section 'alembic' already exists",
                d.message());
        assertEquals(3, d.location().orElseThrow().line());
    }

    @Test
    void duplicateSectionIsAnErrorButDefaultMayRepeat() {
        IniParser.Result r = parse("[DEFAULT]\nx = 1\n[alembic]\na = 1\n[DEFAULT]\ny = 2\n[alembic]\nb = 2\n");
        Diagnostic d = single(r.diagnostics());
        assertEquals("While reading from 'alembic.ini' [line  7]: section 'alembic' already exists", d.message());
        assertEquals("2", raw(r, "alembic", "b"));
        assertEquals("2", raw(r, "alembic", "y"));
    }

    @Test
    void duplicateDefaultOptionAcrossDefaultBlocksIsAnError() {
        IniParser.Result r = parse("[DEFAULT]\nx = 1\n[DEFAULT]\nx = 2\n");
        assertEquals("While reading from 'alembic.ini' [line  4]: option 'x' in section 'DEFAULT' already exists",
                single(r.diagnostics()).message());
    }

    @Test
    void keyWithoutValueIsAParsingError() {
        IniParser.Result r = parse("[alembic]\nscript_location\nb = 2\n");
        assertEquals("Source contains parsing errors: 'alembic.ini'\n\t[line  2]: 'script_location\\n'",
                single(r.diagnostics()).message());
        assertEquals("2", raw(r, "alembic", "b"));
    }

    @Test
    void emptyKeyIsAParsingError() {
        IniParser.Result r = parse("[alembic]\n= value\n");
        assertEquals("Source contains parsing errors: 'alembic.ini'\n\t[line  2]: '= value\\n'",
                single(r.diagnostics()).message());
    }

    @Test
    void emptyValueIsFine() {
        IniParser.Result r = parse("[alembic]\ntimezone =\n");
        assertEquals("", raw(r, "alembic", "timezone"));
        assertTrue(r.diagnostics().isEmpty());
    }

    @Test
    void textBeforeAnySectionIsMissingSectionHeader() {
        IniParser.Result r = parse("script_location = x\n[alembic]\na = 1\n");
        assertEquals("File contains no section headers.\nfile: 'alembic.ini', line: 1\n'script_location = x\\n'",
                single(r.diagnostics()).message());
        assertEquals("1", raw(r, "alembic", "a"));
    }

    @Test
    void emptyBracketsAreNoHeader() {
        IniParser.Result r = parse("[alembic]\n[]\n");
        assertEquals("Source contains parsing errors: 'alembic.ini'\n\t[line  2]: '[]\\n'",
                single(r.diagnostics()).message());
    }

    @Test
    void lineNumbersAreRecorded() {
        IniParser.Result r = parse("\n[alembic]\n\na = 1\n");
        assertEquals(4, r.document().lineOf("alembic", "a"));
        assertEquals(2, r.document().lineOfSection("alembic"));
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        return diagnostics.get(0);
    }
}
