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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [tool.alembic] in pyproject.toml (alembic 1.16+): fallback, %-formatting, TOML types. */
class PyprojectConfigTest {

    @TempDir
    Path tmp;
    Path wd;

    @BeforeEach
    void setUp() {
        wd = real(tmp);
        mkdirs(wd.resolve("migrations/versions"));
    }

    private ConfigResult read(String toml) {
        write(wd.resolve("pyproject.toml"), toml);
        return AlembicConfigReader.read(ConfigRequest.in(wd));
    }

    private ConfigResult readToml(String alembicTable) {
        return read("[project]\nname = \"app\"\n\n[tool.alembic]\n" + alembicTable);
    }

    private static List<Diagnostic> nonInfo(ConfigResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void pyprojectAloneIsEnough() {
        ConfigResult r = readToml("script_location = \"%(here)s/migrations\"\nprepend_sys_path = [\".\"]\n"
                + "version_locations = [\"%(here)s/migrations/versions\", \"other\"]\n");
        AlembicConfig c = r.config().orElseThrow();
        assertEquals(List.of(), nonInfo(r));
        assertEquals(wd.resolve("pyproject.toml"), c.configFile());
        assertEquals(Optional.empty(), c.iniFile());
        assertEquals(Optional.of(wd.resolve("pyproject.toml")), c.pyprojectFile());
        assertEquals(wd + "/migrations", c.scriptLocationValue());
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertEquals(List.of("."), c.prependSysPath());
        assertEquals(List.of(wd.resolve("migrations/versions"), wd.resolve("other")), c.versionLocations());
        assertTrue(c.versionLocationsExplicit());
        assertEquals(Set.of("script_location", "prepend_sys_path", "version_locations"), c.pyprojectOptions());
        assertEquals(Map.of(), c.mainOptions());
        Diagnostic info = r.diagnostics().get(0);
        assertEquals(Severity.INFO, info.severity());
        assertTrue(info.message().contains("No config file 'alembic.ini' found, or file has no '[alembic]' section"));
    }

    @Test
    void pyprojectWithoutToolAlembicAndNoIni() {
        ConfigResult r = read("[project]\nname = \"app\"\n");
        assertTrue(r.config().isEmpty());
        assertEquals(List.of("No config file 'alembic.ini' found, or file has no '[alembic]' section"),
                errors(r.diagnostics()));
    }

    @Test
    void iniValuesWinAndPyprojectFillsTheGaps() {
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite://\n");
        ConfigResult r = readToml("script_location = \"elsewhere\"\nfile_template = \"%%(rev)s\"\n"
                + "truncate_slug_length = 20\nsourceless = true\n");
        AlembicConfig c = r.config().orElseThrow();
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertEquals(wd.resolve("alembic.ini"), c.configFile());
        assertEquals(Optional.of(wd.resolve("pyproject.toml")), c.pyprojectFile());
        assertEquals("%(rev)s", c.fileTemplate());
        assertEquals(20, c.truncateSlugLength());
        assertTrue(c.sourceless());
        assertEquals(Optional.of("sqlite://"), c.sqlalchemyUrl());
        assertEquals(Set.of("file_template", "truncate_slug_length", "sourceless"), c.pyprojectOptions());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.INFO
                && d.message().contains("alembic before 1.16 does not read pyproject.toml")));
    }

    @Test
    void iniMainSectionMissingButPyprojectPresent() {
        write(wd.resolve("alembic.ini"), "[loggers]\nkeys = root\n");
        AlembicConfig c = readToml("script_location = \"migrations\"\n").config().orElseThrow();
        assertEquals(wd.resolve("pyproject.toml"), c.configFile());
    }

    @Test
    void stringsArePercentFormatted() {
        ConfigResult r = readToml("script_location = \"migrations\"\nfile_template = \"%(rev)s\"\n");
        assertEquals(List.of("KeyError: 'rev' while formatting [tool.alembic] file_template = '%(rev)s'"),
                errors(r.diagnostics()));
        assertEquals(DiagnosticCode.CONFIG_INTERPOLATION, nonInfo(r).get(0).code());
        assertEquals("%(rev)s_%(slug)s", r.config().orElseThrow().fileTemplate());
        r = readToml("script_location = \"migrations\"\ntimezone = \"100%\"\n");
        assertEquals(List.of("ValueError: incomplete format while formatting [tool.alembic] timezone = '100%'"),
                errors(r.diagnostics()));
        assertEquals(6, nonInfo(r).get(0).location().orElseThrow().line());
    }

    @Test
    void unknownInterpolationInScriptLocationIsFatal() {
        ConfigResult r = readToml("script_location = \"%(root)s/migrations\"\n");
        assertTrue(r.config().isEmpty());
        assertEquals(1, errors(r.diagnostics()).size());
    }

    @Test
    void booleansMustBeRealBooleans() {
        ConfigResult r = readToml("script_location = \"migrations\"\nsourceless = 'false'\n"
                + "recursive_version_locations = true\n");
        assertEquals(List.of("boolean value expected for TOML parameter 'sourceless'"), errors(r.diagnostics()));
        assertFalse(r.config().orElseThrow().sourceless());
        assertTrue(r.config().orElseThrow().recursiveVersionLocations());
    }

    @Test
    void truncateSlugLengthTypes() {
        assertEquals(33, readToml("script_location = \"m\"\ntruncate_slug_length = \"33\"\n")
                .config().orElseThrow().truncateSlugLength());
        assertEquals(40, readToml("script_location = \"m\"\ntruncate_slug_length = 0\n")
                .config().orElseThrow().truncateSlugLength());
        ConfigResult r = readToml("script_location = \"migrations\"\ntruncate_slug_length = 3.5\n");
        assertEquals(List.of("unsupported TOML value type for key: 'truncate_slug_length'"), errors(r.diagnostics()));
    }

    @Test
    void listsMustBeArraysOfStrings() {
        ConfigResult r = readToml("script_location = \"migrations\"\nversion_locations = \"a b\"\n");
        assertEquals(List.of("TOML parameter 'version_locations' must be an array of strings, not str"),
                errors(r.diagnostics()));
        assertFalse(r.config().orElseThrow().versionLocationsExplicit());
    }

    @Test
    void emptyIniListFallsBackToPyproject() {
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\nprepend_sys_path =\n");
        AlembicConfig c = readToml("prepend_sys_path = [\"src\"]\n").config().orElseThrow();
        assertEquals(List.of("src"), c.prependSysPath());
    }

    @Test
    void pathSeparatorIsNotReadFromToml() {
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\nversion_locations = a;b\n");
        AlembicConfig c = readToml("path_separator = \";\"\n").config().orElseThrow();
        assertEquals(List.of(wd.resolve("a;b")), c.versionLocations());
    }

    @Test
    void postWriteHooksAsArrayOfTables() {
        AlembicConfig c = readToml("script_location = \"migrations\"\n\n[[tool.alembic.post_write_hooks]]\n"
                + "name = \"black\"\ntype = \"console_scripts\"\nentrypoint = \"black\"\noptions = \"-l 79\"\n\n"
                + "[[tool.alembic.post_write_hooks]]\nname = \"ruff\"\ntype = \"exec\"\n"
                + "executable = \"%(here)s/.venv/bin/ruff\"\n").config().orElseThrow();
        assertEquals(List.of(
                new PostWriteHook("black", Map.of("type", "console_scripts", "entrypoint", "black", "options", "-l 79")),
                new PostWriteHook("ruff", Map.of("type", "exec", "executable", wd + "/.venv/bin/ruff"))),
                c.postWriteHooks());
    }

    @Test
    void iniHooksSectionWinsOverToml() {
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n[post_write_hooks]\n"
                + "hooks = a\na.type = exec\n");
        AlembicConfig c = readToml("[[tool.alembic.post_write_hooks]]\nname = \"b\"\ntype = \"exec\"\n")
                .config().orElseThrow();
        assertEquals(List.of(new PostWriteHook("a", Map.of("type", "exec"))), c.postWriteHooks());
    }

    @Test
    void configOptionPointingAtPyproject() {
        write(wd.resolve("sub/pyproject.toml"), "[tool.alembic]\nscript_location = \"%(here)s/../migrations\"\n");
        AlembicConfig c = AlembicConfigReader.read(ConfigRequest.in(wd).withConfigFile(Path.of("sub/pyproject.toml")))
                .config().orElseThrow();
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertEquals(wd.resolve("sub/pyproject.toml"), c.configFile());
        assertEquals(wd + "/sub/../migrations", c.scriptLocationValue());
    }

    @Test
    void environmentPointingAtPyproject() {
        write(wd.resolve("sub/pyproject.toml"), "[tool.alembic]\nscript_location = \"migrations\"\n");
        AlembicConfig c = AlembicConfigReader.read(ConfigRequest.in(wd)
                .withEnvironment(Map.of("ALEMBIC_CONFIG", wd.resolve("sub/pyproject.toml").toString())))
                .config().orElseThrow();
        assertEquals(wd.resolve("sub/pyproject.toml"), c.pyprojectFile().orElseThrow());
    }

    @Test
    void brokenPyprojectIsAWarningWhenTheIniSuffices() {
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        ConfigResult r = read("[tool.alembic\nscript_location = 1\n");
        assertTrue(r.config().isPresent());
        assertEquals(1, r.diagnostics().size());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(DiagnosticCode.CONFIG_SYNTAX, d.code());
        assertTrue(d.message().startsWith("pyproject.toml is not valid TOML: "), d.message());
        assertEquals(1, d.location().orElseThrow().line());
    }

    @Test
    void brokenPyprojectIsAnErrorWhenItIsAllThereIs() {
        ConfigResult r = read("[tool.alembic]\nscript_location = \"m\"\nscript_location = \"n\"\n");
        assertTrue(r.config().isEmpty());
        assertEquals(2, errors(r.diagnostics()).size());
        assertTrue(errors(r.diagnostics()).get(0).contains("defined more than once"));
    }

    @Test
    void toolAlembicMustBeATable() {
        ConfigResult r = read("[tool]\nalembic = \"x\"\n");
        assertEquals("Incorrect TOML format", errors(r.diagnostics()).get(0));
    }

    @Test
    void bomInPyprojectIsToleratedButReported() {
        ConfigResult r = read("\uFEFF[tool.alembic]\nscript_location = \"migrations\"\n");
        assertTrue(r.config().isPresent());
        assertEquals(DiagnosticCode.ENCODING, nonInfo(r).get(0).code());
    }
}
