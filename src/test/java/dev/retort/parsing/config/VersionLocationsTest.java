package dev.retort.parsing.config;

import static dev.retort.parsing.config.TestFiles.errors;
import static dev.retort.parsing.config.TestFiles.mkdirs;
import static dev.retort.parsing.config.TestFiles.real;
import static dev.retort.parsing.config.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** version_locations splitting (1.8.1 rules, plus path_separator/newline of 1.16+) and package resources. */
class VersionLocationsTest {

    private static final String HEAD = "[alembic]\nscript_location = migrations\n";

    @TempDir
    Path tmp;
    Path wd;

    @BeforeEach
    void setUp() {
        wd = real(tmp);
        mkdirs(wd.resolve("migrations/versions"));
    }

    private ConfigResult read(String ini) {
        write(wd.resolve("alembic.ini"), ini);
        return AlembicConfigReader.read(ConfigRequest.in(wd));
    }

    private List<Path> paths(String... relative) {
        return java.util.Arrays.stream(relative).map(r -> wd.resolve(r).normalize()).collect(Collectors.toList());
    }

    private List<Path> locations(String ini) {
        ConfigResult r = read(ini);
        assertEquals(List.of(), r.diagnostics());
        return r.config().orElseThrow().versionLocations();
    }

    @Test
    void legacySplitOnCommasAndSpacesKeepsEmptyItems() {
        ConfigResult r = read(HEAD + "version_locations = a, b  c,d,,e ,f\n");
        AlembicConfig c = r.config().orElseThrow();
        assertTrue(c.versionLocationsExplicit());
        // "" and the item between " " and "," become the working directory (os.path.abspath(''))
        assertEquals(paths("a", "b", "c", "d", "", "e", "", "f"), c.versionLocations());
    }

    @Test
    void legacySplitDoesNotSplitOnColons() {
        // an absolute path may contain ':'; a relative one would be a package resource
        assertEquals(paths("a:b"), locations(HEAD + "version_locations = %(here)s/a:b\n"));
    }

    @Test
    void separatorOs() {
        assertEquals(paths("a", "b c"), locations(HEAD + "version_path_separator = os\nversion_locations = a"
                + File.pathSeparator + "b c" + File.pathSeparator + "\n"));
    }

    @Test
    void separatorSpaceColonSemicolon() {
        assertEquals(paths("a", "b"), locations(HEAD + "version_path_separator = space\nversion_locations = a  b\n"));
        assertEquals(paths("a", "b c"), locations(HEAD + "version_path_separator = :\nversion_locations = a:b c\n"));
        assertEquals(paths("a", "b"), locations(HEAD + "version_path_separator = ;\nversion_locations = a;;b;\n"));
    }

    @Test
    void versionPathSeparatorKeepsWhitespaceLike181AndSaysSo() {
        ConfigResult r = read(HEAD + "version_path_separator = ;\nversion_locations = a; b\n");
        assertEquals(paths("a", " b"), r.config().orElseThrow().versionLocations());
        assertEquals(1, r.diagnostics().size());
        assertEquals(Severity.WARNING, r.diagnostics().get(0).severity());
    }

    @Test
    void newlineSeparatorOnContinuationLines() {
        assertEquals(paths("a", "b"), locations(HEAD + "path_separator = newline\nversion_locations =\n    a\n    b\n"));
        ConfigResult r = read(HEAD + "version_path_separator = newline\nversion_locations =\n    a\n    b\n");
        assertEquals(paths("a", "b"), r.config().orElseThrow().versionLocations());
        assertEquals("alembic before 1.16 rejects this: 'newline' is not a valid value for version_path_separator; "
                + "expected 'space', 'os', ':', ';'", r.diagnostics().get(0).message());
    }

    @Test
    void pathSeparatorWinsAndStrips() {
        assertEquals(paths("a", "b"), locations(HEAD + "version_path_separator = space\npath_separator = ;\n"
                + "version_locations = a ; b\n"));
    }

    @Test
    void relativeAndInterpolatedLocations() {
        assertEquals(paths("migrations/versions", "other/versions"), locations(HEAD + "version_path_separator = os\n"
                + "version_locations = %(here)s/migrations/versions" + File.pathSeparator + "./x/../other/versions\n"));
    }

    @Test
    void invalidSeparatorIsTheValueErrorButOnlyWithVersionLocations() {
        ConfigResult r = read(HEAD + "version_path_separator = comma\n");
        assertEquals(List.of(), r.diagnostics());
        r = read(HEAD + "version_path_separator = comma\nversion_locations = a,b\n");
        assertEquals(List.of("'comma' is not a valid value for version_path_separator; expected 'space', 'os', ':', ';'"),
                errors(r.diagnostics()));
        assertEquals(DiagnosticCode.CONFIG_BAD_VALUE, r.diagnostics().get(0).code());
        assertEquals(3, r.diagnostics().get(0).location().orElseThrow().line());
        // falls back to the legacy split so the project can still be shown
        assertEquals(paths("a", "b"), r.config().orElseThrow().versionLocations());
    }

    @Test
    void invalidPathSeparatorUsesTheNewText() {
        ConfigResult r = read(HEAD + "path_separator = |\nversion_locations = a\n");
        assertEquals(List.of("'|' is not a valid value for path_separator; expected 'space', 'newline', 'os', ':', ';'"),
                errors(r.diagnostics()));
    }

    @Test
    void inlineCommentTrapIsHarmlessWithoutVersionLocations() {
        ConfigResult r = read(HEAD + "version_path_separator = os  # Use os.pathsep. Default configuration used for "
                + "new projects.\n");
        assertEquals(List.of(), r.diagnostics());
        assertEquals("os  # Use os.pathsep. Default configuration used for new projects.",
                r.config().orElseThrow().mainOptions().get("version_path_separator"));
    }

    @Test
    void inlineCommentTrapFailsOnceVersionLocationsIsSet() {
        ConfigResult r = read(HEAD + "version_locations = %(here)s/a" + File.pathSeparator + "%(here)s/b\n"
                + "version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.\n");
        assertEquals(List.of("'os  # Use os.pathsep. Default configuration used for new projects.' is not a valid "
                + "value for version_path_separator; expected 'space', 'os', ':', ';'"), errors(r.diagnostics()));
        // Retort reads on with the separator the comment obviously meant
        assertEquals(paths("a", "b"), r.config().orElseThrow().versionLocations());
    }

    @Test
    void emptyVersionLocationsMeansTheDefault() {
        AlembicConfig c = read(HEAD + "version_locations =\n").config().orElseThrow();
        assertFalse(c.versionLocationsExplicit());
        assertEquals(paths("migrations/versions"), c.versionLocations());
        c = read(HEAD + "version_path_separator = :\nversion_locations = :\n").config().orElseThrow();
        assertFalse(c.versionLocationsExplicit());
    }

    @Test
    void packageResourceScriptLocationResolvesAgainstTheWorkingDirectory() {
        mkdirs(wd.resolve("myapp/db/migrations"));
        ConfigResult r = read("[alembic]\nscript_location = myapp.db:migrations\n");
        AlembicConfig c = r.config().orElseThrow();
        assertEquals(wd.resolve("myapp/db/migrations"), c.scriptLocation());
        assertEquals("myapp.db:migrations", c.scriptLocationValue());
        assertEquals(wd.resolve("myapp/db/migrations/versions"), c.versionLocations().get(0));
        Diagnostic info = r.diagnostics().get(0);
        assertEquals(Severity.INFO, info.severity());
        assertEquals(DiagnosticCode.CONFIG_PACKAGE_RESOURCE, info.code());
    }

    @Test
    void packageResourceUsesPrependSysPathFirst() {
        mkdirs(wd.resolve("src/myapp/migrations"));
        mkdirs(wd.resolve("myapp/migrations"));
        AlembicConfig c = read("[alembic]\nscript_location = myapp:migrations\nprepend_sys_path = src\n")
                .config().orElseThrow();
        assertEquals(wd.resolve("src/myapp/migrations"), c.scriptLocation());
    }

    @Test
    void unresolvablePackageResourceIsAnErrorNamingTheValue() {
        ConfigResult r = read("[alembic]\nscript_location = installed_pkg:migrations\n");
        assertTrue(r.config().isEmpty());
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).collect(Collectors.toList());
        assertEquals(1, errors.size());
        assertEquals(DiagnosticCode.CONFIG_PACKAGE_RESOURCE, errors.get(0).code());
        assertTrue(errors.get(0).message().contains("'installed_pkg:migrations'"), errors.get(0).message());
    }

    @Test
    void packageResourceInVersionLocations() {
        mkdirs(wd.resolve("plugin/versions"));
        ConfigResult r = read(HEAD + "version_locations = plugin:versions nopkg:versions %(here)s/migrations/versions\n");
        assertEquals(paths("plugin/versions", "migrations/versions"), r.config().orElseThrow().versionLocations());
        assertEquals(1, errors(r.diagnostics()).size());
    }

    @Test
    void unresolvableExplicitLocationsDoNotFallBackToTheDefault() {
        ConfigResult r = read(HEAD + "version_locations = nopkg:versions\n");
        AlembicConfig c = r.config().orElseThrow();
        assertTrue(c.versionLocationsExplicit());
        assertEquals(List.of(), c.versionLocations());
        assertEquals(1, errors(r.diagnostics()).size());
    }
}
