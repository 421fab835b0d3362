package dev.retort.parsing.config;

import static dev.retort.parsing.config.TestFiles.errors;
import static dev.retort.parsing.config.TestFiles.mkdirs;
import static dev.retort.parsing.config.TestFiles.real;
import static dev.retort.parsing.config.TestFiles.withCode;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File selection, errors and the main keys of an alembic.ini. */
class AlembicConfigReaderTest {

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

    private AlembicConfig config(String ini) {
        ConfigResult r = read(ini);
        assertTrue(r.config().isPresent(), r.diagnostics()::toString);
        return r.config().get();
    }

    private AlembicConfig clean(String ini) {
        ConfigResult r = read(ini);
        assertEquals(List.of(), r.diagnostics());
        return r.config().orElseThrow();
    }

    @Test
    void minimalConfig() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\n");
        assertEquals(wd.resolve("alembic.ini"), c.configFile());
        assertEquals(Optional.of(wd.resolve("alembic.ini")), c.iniFile());
        assertEquals(Optional.empty(), c.pyprojectFile());
        assertEquals("alembic", c.section());
        assertEquals("migrations", c.scriptLocationValue());
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertEquals(List.of(wd.resolve("migrations/versions")), c.versionLocations());
        assertFalse(c.versionLocationsExplicit());
        assertFalse(c.recursiveVersionLocations());
        assertFalse(c.sourceless());
        assertEquals("%(rev)s_%(slug)s", c.fileTemplate());
        assertEquals(40, c.truncateSlugLength());
        assertEquals(Optional.empty(), c.timezone());
        assertEquals(Optional.empty(), c.sqlalchemyUrl());
        assertEquals("utf-8", c.outputEncoding());
        assertFalse(c.revisionEnvironment());
        assertEquals(List.of(), c.prependSysPath());
        assertEquals(Map.of("here", wd.toString(), "script_location", "migrations"), c.mainOptions());
        assertEquals(List.of(), c.postWriteHooks());
        assertEquals(wd, c.workingDirectory());
    }

    @Test
    void relativeScriptLocationIsRelativeToTheWorkingDirectoryNotTheIniFolder() {
        write(wd.resolve("conf/alembic.ini"), "[alembic]\nscript_location = migrations\nb = %(here)s/x\n");
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd).withConfigFile(Path.of("conf/alembic.ini")));
        AlembicConfig c = r.config().orElseThrow();
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertEquals(wd.resolve("conf") + "/x", c.mainOptions().get("b"));
        assertEquals(wd.resolve("conf/alembic.ini"), c.configFile());
    }

    @Test
    void hereIsTheNormalisedIniFolder() {
        mkdirs(wd.resolve("a/b"));
        write(wd.resolve("conf/alembic.ini"), "[alembic]\nscript_location = %(here)s/../migrations\n");
        AlembicConfig c = AlembicConfigReader.read(ConfigRequest.in(wd.resolve("a/b"))
                .withConfigFile(Path.of("../../a/../conf/./alembic.ini"))).config().orElseThrow();
        assertEquals(wd.resolve("conf") + "/../migrations", c.scriptLocationValue());
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
    }

    @Test
    void alembicConfigEnvironmentVariableAndCommandLineOverride() {
        write(wd.resolve("env.ini"), "[alembic]\nscript_location = migrations\nwhich = env\n");
        write(wd.resolve("cli.ini"), "[alembic]\nscript_location = migrations\nwhich = cli\n");
        ConfigRequest req = ConfigRequest.in(wd).withEnvironment(Map.of("ALEMBIC_CONFIG", "env.ini"));
        assertEquals("env", AlembicConfigReader.read(req).config().orElseThrow().mainOptions().get("which"));
        assertEquals("cli", AlembicConfigReader.read(req.withConfigFile(Path.of("cli.ini")))
                .config().orElseThrow().mainOptions().get("which"));
        assertEquals("cli", AlembicConfigReader.read(req.withConfigFile(wd.resolve("cli.ini")))
                .config().orElseThrow().mainOptions().get("which"));
    }

    @Test
    void missingFileUsesAlembicsText() {
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd));
        assertTrue(r.config().isEmpty());
        assertEquals(List.of("No config file 'alembic.ini' found, or file has no '[alembic]' section"),
                errors(r.diagnostics()));
        assertEquals(DiagnosticCode.CONFIG_NOT_FOUND, r.diagnostics().get(0).code());
    }

    @Test
    void missingFileNamedOnTheCommandLineIsQuotedAsGiven() {
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd).withConfigFile(Path.of("nope.ini")).withName("db2"));
        assertEquals(List.of("No config file 'nope.ini' found, or file has no '[db2]' section"), errors(r.diagnostics()));
    }

    @Test
    void missingSection() {
        ConfigResult r = read("[other]\nscript_location = migrations\n");
        assertTrue(r.config().isEmpty());
        assertEquals(List.of("No config file 'alembic.ini' found, or file has no '[alembic]' section"),
                errors(r.diagnostics()));
    }

    @Test
    void namedSection() {
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = nope\n[db2]\nscript_location = migrations\n");
        AlembicConfig c = AlembicConfigReader.read(ConfigRequest.in(wd).withName("db2")).config().orElseThrow();
        assertEquals("db2", c.section());
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
    }

    @Test
    void defaultIsNotASectionForName() {
        write(wd.resolve("alembic.ini"), "[DEFAULT]\nscript_location = migrations\n");
        ConfigResult r = AlembicConfigReader.read(ConfigRequest.in(wd).withName("DEFAULT"));
        assertEquals(List.of("No config file 'alembic.ini' found, or file has no '[DEFAULT]' section"),
                errors(r.diagnostics()));
    }

    @Test
    void scriptLocationMayComeFromDefault() {
        AlembicConfig c = clean("[DEFAULT]\nscript_location = migrations\n[alembic]\n");
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
    }

    @Test
    void missingScriptLocation() {
        ConfigResult r = read("[alembic]\nsqlalchemy.url = sqlite://\n");
        assertTrue(r.config().isEmpty());
        assertEquals(List.of("No 'script_location' key found in configuration."), errors(r.diagnostics()));
        assertEquals(DiagnosticCode.CONFIG_MISSING_SCRIPT_LOCATION, r.diagnostics().get(0).code());
    }

    @Test
    void scriptLocationFolderMissingIsAnErrorButTheConfigIsKept() {
        ConfigResult r = read("[alembic]\nscript_location = gone/../nothere\n");
        assertEquals(List.of("Path doesn't exist: '" + wd.resolve("nothere")
                + "'.  Please use the 'init' command to create a new scripts folder."), errors(r.diagnostics()));
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.CONFIG_SCRIPT_LOCATION_MISSING_DIR, d.code());
        assertEquals(2, d.location().orElseThrow().line());
        assertEquals(wd.resolve("nothere"), r.config().orElseThrow().scriptLocation());
    }

    @Test
    void scriptLocationThroughAMissingFolderDoesNotExistForAlembic() {
        // os.access("gone/../migrations") fails although the normalised path exists
        ConfigResult r = read("[alembic]\nscript_location = gone/../migrations\n");
        assertEquals(List.of("Path doesn't exist: '" + wd.resolve("migrations")
                + "'.  Please use the 'init' command to create a new scripts folder."), errors(r.diagnostics()));
        mkdirs(wd.resolve("gone"));
        assertEquals(List.of(), AlembicConfigReader.read(ConfigRequest.in(wd)).diagnostics());
    }

    @Test
    void interpolationErrorInScriptLocationIsFatal() {
        ConfigResult r = read("[alembic]\nscript_location = %(root)s/migrations\n");
        assertTrue(r.config().isEmpty());
        assertEquals(List.of("Bad value substitution: option 'script_location' in section 'alembic' contains an "
                + "interpolation key 'root' which is not a valid option name. Raw value: '%(root)s/migrations'"),
                errors(r.diagnostics()));
        assertEquals(DiagnosticCode.CONFIG_INTERPOLATION, r.diagnostics().get(0).code());
    }

    @Test
    void fileTemplateIsInterpolated() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\n"
                + "file_template = %%(year)d_%%(month).2d_%%(rev)s_%%(slug)s\n");
        assertEquals("%(year)d_%(month).2d_%(rev)s_%(slug)s", c.fileTemplate());
    }

    @Test
    void truncateSlugLength() {
        assertEquals(20, clean("[alembic]\nscript_location = migrations\ntruncate_slug_length = 20\n")
                .truncateSlugLength());
        assertEquals(40, clean("[alembic]\nscript_location = migrations\ntruncate_slug_length = 0\n")
                .truncateSlugLength());
        assertEquals(-5, clean("[alembic]\nscript_location = migrations\ntruncate_slug_length = -5\n")
                .truncateSlugLength());
        ConfigResult r = read("[alembic]\nscript_location = migrations\ntruncate_slug_length =\n");
        assertEquals(40, r.config().orElseThrow().truncateSlugLength());
        assertEquals(List.of("invalid literal for int() with base 10: ''"), errors(r.diagnostics()));
        assertEquals(DiagnosticCode.CONFIG_BAD_VALUE, r.diagnostics().get(0).code());
        r = read("[alembic]\nscript_location = migrations\ntruncate_slug_length = forty\n");
        assertEquals(List.of("invalid literal for int() with base 10: 'forty'"), errors(r.diagnostics()));
    }

    @Test
    void sourcelessAndRecursiveNeedTheLiteralTrue() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\nsourceless = true\n"
                + "recursive_version_locations = true\n");
        assertTrue(c.sourceless());
        assertTrue(c.recursiveVersionLocations());
        c = clean("[alembic]\nscript_location = migrations\nsourceless = True\nrecursive_version_locations = yes\n");
        assertFalse(c.sourceless());
        assertFalse(c.recursiveVersionLocations());
    }

    @Test
    void revisionEnvironmentIsAsbool() {
        for (String yes : List.of("true", " Yes", "on", "y", "t", "1", "TRUE")) {
            assertTrue(clean("[alembic]\nscript_location = migrations\nrevision_environment = " + yes + "\n")
                    .revisionEnvironment(), yes);
        }
        for (String no : List.of("false", "no", "off", "n", "f", "0")) {
            assertFalse(clean("[alembic]\nscript_location = migrations\nrevision_environment = " + no + "\n")
                    .revisionEnvironment(), no);
        }
        ConfigResult r = read("[alembic]\nscript_location = migrations\nrevision_environment = Maybe\n");
        assertFalse(r.config().orElseThrow().revisionEnvironment());
        assertEquals(List.of("String is not true/false: 'maybe'"), errors(r.diagnostics()));
    }

    @Test
    void plainStringOptions() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\ntimezone = Europe/Berlin\n"
                + "sqlalchemy.url = postgresql://u:p@localhost:5433/db\noutput_encoding = latin-1\n");
        assertEquals(Optional.of("Europe/Berlin"), c.timezone());
        assertEquals(Optional.of("postgresql://u:p@localhost:5433/db"), c.sqlalchemyUrl());
        assertEquals("latin-1", c.outputEncoding());
        assertEquals(Optional.of(""), clean("[alembic]\nscript_location = migrations\ntimezone =\n").timezone());
    }

    @Test
    void mainOptionsIncludeDefaultsAndLeaveOutFailures() {
        ConfigResult r = read("[DEFAULT]\nshared = s\n[alembic]\nscript_location = migrations\n"
                + "Custom.Key = %(shared)s!\nbroken = %(nope)s\n");
        AlembicConfig c = r.config().orElseThrow();
        assertEquals(List.of("here", "shared", "script_location", "custom.key"), List.copyOf(c.mainOptions().keySet()));
        assertEquals("s!", c.mainOptions().get("custom.key"));
        List<Diagnostic> warnings = withCode(r.diagnostics(), DiagnosticCode.CONFIG_INTERPOLATION);
        assertEquals(1, warnings.size());
        assertEquals(Severity.WARNING, warnings.get(0).severity());
        assertEquals(6, warnings.get(0).location().orElseThrow().line());
    }

    @Test
    void sqlalchemyUrlInterpolationFailureIsAnError() {
        ConfigResult r = read("[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://u:p%40ss@h/db\n");
        assertEquals(Optional.empty(), r.config().orElseThrow().sqlalchemyUrl());
        assertEquals(List.of("'%' must be followed by '%' or '(', found: '%40ss@h/db'"), errors(r.diagnostics()));
    }

    @Test
    void prependSysPathLegacySplitIncludesColons() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\nprepend_sys_path = .:src, lib  x\n");
        assertEquals(List.of(".", "src", "lib", "x"), c.prependSysPath());
    }

    @Test
    void prependSysPathWithPathSeparator() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\npath_separator = ;\n"
                + "prepend_sys_path = . ; src dir ;\n");
        assertEquals(List.of(".", "src dir"), c.prependSysPath());
    }

    @Test
    void postWriteHooksFromTheIni() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\n[post_write_hooks]\nhooks = black, ruff\n"
                + "black.type = console_scripts\nblack.entrypoint = black\nblack.options = -l 79 REVISION_SCRIPT_FILENAME\n"
                + "ruff.type = exec\nruff.executable = %(here)s/.venv/bin/ruff\n");
        assertEquals(List.of(
                new PostWriteHook("black", Map.of("type", "console_scripts", "entrypoint", "black",
                        "options", "-l 79 REVISION_SCRIPT_FILENAME")),
                new PostWriteHook("ruff", Map.of("type", "exec", "executable", wd + "/.venv/bin/ruff"))),
                c.postWriteHooks());
    }

    @Test
    void postWriteHookWithoutTypeIsWarned() {
        ConfigResult r = read("[alembic]\nscript_location = migrations\n[post_write_hooks]\nhooks = black\n");
        assertEquals(List.of(new PostWriteHook("black", Map.of())), r.config().orElseThrow().postWriteHooks());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("Key black.type is required for post write hook 'black'", d.message());
    }

    @Test
    void commentedOutHooksSectionFromTheTemplateGivesNoHooks() {
        AlembicConfig c = clean("[alembic]\nscript_location = migrations\n[post_write_hooks]\n# hooks = black\n");
        assertEquals(List.of(), c.postWriteHooks());
    }

    @Test
    void symlinkedWorkingDirectoryIsSeenAsItsRealPath() throws Exception {
        Path link = tmp.resolve("link");
        try {
            java.nio.file.Files.createSymbolicLink(link, wd);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symlinks here");
        }
        write(wd.resolve("alembic.ini"), "[alembic]\nscript_location = migrations\n");
        AlembicConfig c = AlembicConfigReader.read(ConfigRequest.in(link)).config().orElseThrow();
        assertEquals(wd.resolve("migrations"), c.scriptLocation());
        assertEquals(wd.toString(), c.mainOptions().get("here"));
    }
}
