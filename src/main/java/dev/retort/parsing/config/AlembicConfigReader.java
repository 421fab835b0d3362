package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an alembic configuration without Python, agreeing with alembic's {@code Config} and
 * {@code ScriptDirectory.from_config} (1.8.1, plus the pyproject.toml and
 * {@code path_separator} additions of 1.16+).
 *
 * <p>Never throws on bad input: every problem becomes a {@link Diagnostic}, worded like
 * alembic's own error where alembic has one.
 */
public final class AlembicConfigReader {

    private final ConfigRequest request;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private AlembicConfigReader(ConfigRequest request) {
        this.request = request;
    }

    /**
     * Reads the configuration alembic would use for {@code request}.
     *
     * @return the configuration (when its scripts folder could be located) and diagnostics
     */
    public static ConfigResult read(ConfigRequest request) {
        AlembicConfigReader reader = new AlembicConfigReader(request);
        Optional<AlembicConfig> config = reader.run();
        return new ConfigResult(config, reader.diagnostics);
    }

    /** Python's {@code os.getcwd()} reports the physical directory, so symlinks are resolved. */
    private static Path realDirectory(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException | SecurityException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private Optional<AlembicConfig> run() {
        Path wd = realDirectory(request.workingDirectory());
        String section = request.section();
        ConfigFiles.Located files = ConfigFiles.locate(request, wd);

        IniDocument ini = files.iniFile().flatMap(f -> loadIni(f, files.iniName())).orElse(null);
        boolean iniUsable = ini != null && ini.hasSection(section);
        String notFound = "No config file " + PythonStrings.repr(files.iniName()) + " found, or file has no '["
                + section + "]' section";

        Path tomlFile = files.pyprojectFile().filter(Files::exists).orElse(null);
        PyprojectFile pyproject = tomlFile == null ? PyprojectFile.NONE
                : PyprojectFile.load(tomlFile, iniUsable, diagnostics);
        if (!iniUsable && pyproject.table() == null) {
            Path where = files.iniFile().orElse(wd.resolve(ConfigFiles.DEFAULT_INI));
            diagnostics.add(Diagnostic.error(DiagnosticCode.CONFIG_NOT_FOUND, notFound).at(SourceLocation.of(where)));
            return Optional.empty();
        }
        if (!iniUsable) {
            diagnostics.add(Diagnostic.info(DiagnosticCode.CONFIG_VERSION_DEPENDENT, "Using [tool.alembic] of " + tomlFile
                    + " (alembic 1.16+); alembic before 1.16 fails with: " + notFound).at(SourceLocation.of(tomlFile)));
        }
        OptionSource src = new OptionSource(iniUsable ? ini : null, section, pyproject.table(),
                pyproject.table() == null ? null : tomlFile, pyproject.keyLines(), diagnostics);

        Optional<String> scriptLocationValue = src.string("script_location");
        if (scriptLocationValue.isEmpty()) {
            if (!src.failed("script_location")) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.CONFIG_MISSING_SCRIPT_LOCATION,
                        "No 'script_location' key found in configuration.")
                        .at(SourceLocation.of(iniUsable ? ini.file() : tomlFile)));
            }
            return Optional.empty();
        }
        // from_config prepends sys.path before it resolves a package-resource script_location
        List<String> prependSysPath = prependSysPath(src);
        List<Path> importRoots = new ArrayList<>();
        prependSysPath.forEach(p -> Locations.abspath(wd, p).ifPresent(importRoots::add));
        importRoots.add(wd);
        Optional<Path> scriptLocation = location(src, "script_location", scriptLocationValue.get(), wd, importRoots);
        if (scriptLocation.isEmpty()) {
            return Optional.empty();
        }
        // ScriptDirectory checks os.access(dir) on the path as written: "gone/../migrations" fails when
        // "gone" is missing, although the message shows the normalised path
        Path asWritten = Locations.isPackageResource(scriptLocationValue.get()) ? scriptLocation.get()
                : wd.resolve(scriptLocationValue.get());
        if (!Files.exists(asWritten)) {
            src.note("script_location", Diagnostic.error(DiagnosticCode.CONFIG_SCRIPT_LOCATION_MISSING_DIR,
                    "Path doesn't exist: " + PythonStrings.repr(scriptLocation.get().toString())
                            + ".  Please use the 'init' command to create a new scripts folder."));
        }

        Optional<List<Path>> explicitLocations = versionLocations(src, wd, importRoots);
        boolean explicit = explicitLocations.isPresent();
        List<Path> versionLocations = explicitLocations.orElse(List.of(scriptLocation.get().resolve("versions")));

        AlembicConfig config = new AlembicConfig(
                iniUsable ? ini.file() : tomlFile,
                Optional.ofNullable(iniUsable ? ini.file() : null),
                Optional.ofNullable(pyproject.table() == null ? null : tomlFile),
                section,
                wd,
                scriptLocationValue.get(),
                scriptLocation.get(),
                versionLocations,
                explicit,
                src.bool("recursive_version_locations"),
                src.bool("sourceless"),
                src.string("file_template").orElse(AlembicConfig.DEFAULT_FILE_TEMPLATE),
                ConfigOptions.truncateSlugLength(src),
                src.string("timezone"),
                src.ini("sqlalchemy.url"),
                src.string("output_encoding").orElse("utf-8"),
                ConfigOptions.revisionEnvironment(src),
                prependSysPath,
                src.mainOptions(),
                ConfigOptions.postWriteHooks(ini, src, diagnostics),
                src.fromToml());
        if (!config.pyprojectOptions().isEmpty() && iniUsable) {
            diagnostics.add(Diagnostic.info(DiagnosticCode.CONFIG_VERSION_DEPENDENT, "Options " + config.pyprojectOptions()
                    + " come from [tool.alembic] in " + tomlFile + "; alembic before 1.16 does not read pyproject.toml")
                    .at(SourceLocation.of(tomlFile)));
        }
        return Optional.of(config);
    }

    private Optional<IniDocument> loadIni(Path file, String name) {
        Optional<ConfigFiles.Text> text = ConfigFiles.read(file, name, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().hadBom()) {
            // Python decodes the BOM into U+FEFF, which is not whitespace: the first line is no section header
            String first = IniParser.splitLines(text.get().text()).stream().findFirst().orElse("");
            diagnostics.add(Diagnostic.error(DiagnosticCode.ENCODING, String.format(
                    "File contains no section headers.\nfile: %s, line: 1\n%s", PythonStrings.repr(name),
                    PythonStrings.repr("\uFEFF" + first)) + "\n(the file starts with a UTF-8 byte order mark, which "
                    + "Python's configparser does not skip; Retort reads on without it)")
                    .at(new SourceLocation(file, 1)));
        }
        Path parent = file.getParent() == null ? file : file.getParent();
        IniParser.Result parsed = IniParser.parse(text.get().text(), file, name, Map.of("here", parent.toString()));
        diagnostics.addAll(parsed.diagnostics());
        return Optional.of(parsed.document());
    }

    /** {@code prepend_sys_path}: the ini value split, else the TOML array. */
    private static List<String> prependSysPath(OptionSource src) {
        Optional<String> value = src.ini("prepend_sys_path");
        if (value.isPresent() && !value.get().isEmpty()) {
            return PathLists.split(src, "prepend_sys_path", value.get());
        }
        return src.tomlStringList("prepend_sys_path").orElse(List.of());
    }

    /**
     * The explicit version locations, absolute; empty when alembic uses the default (no value,
     * or one that splits into nothing). Entries that cannot be resolved are reported and left
     * out, so the list may be shorter than configured, even empty.
     */
    private Optional<List<Path>> versionLocations(OptionSource src, Path wd, List<Path> importRoots) {
        String name = "version_locations";
        Optional<String> value = src.ini(name);
        List<String> items;
        if (value.isPresent() && !value.get().isEmpty()) {
            items = PathLists.split(src, name, value.get());
        } else {
            items = src.tomlStringList(name).orElse(List.of());
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Path> out = new ArrayList<>();
        for (String item : items) {
            location(src, name, item, wd, importRoots).ifPresent(out::add);
        }
        return Optional.of(out);
    }

    /**
     * {@code os.path.abspath(coerce_resource_to_filename(value))}: a plain path made absolute
     * against the working directory, or a {@code pkg:path} resource found on the import roots.
     */
    private Optional<Path> location(OptionSource src, String option, String value, Path wd, List<Path> importRoots) {
        if (Locations.isPackageResource(value)) {
            Optional<Path> resolved = Locations.resolvePackageResource(value, importRoots);
            if (resolved.isEmpty()) {
                String pkg = value.substring(0, value.indexOf(':'));
                src.note(option, Diagnostic.error(DiagnosticCode.CONFIG_PACKAGE_RESOURCE, option + " "
                        + PythonStrings.repr(value) + " is a package resource, but no folder for package "
                        + PythonStrings.repr(pkg) + " was found in " + importRoots
                        + " (alembic imports the package; an installed package cannot be resolved statically)"));
                return Optional.empty();
            }
            src.note(option, Diagnostic.info(DiagnosticCode.CONFIG_PACKAGE_RESOURCE, option + " "
                    + PythonStrings.repr(value) + " is a package resource; resolved statically to " + resolved.get()));
            return resolved;
        }
        Optional<Path> path = Locations.abspath(wd, value);
        if (path.isEmpty()) {
            src.note(option, Diagnostic.error(DiagnosticCode.CONFIG_BAD_VALUE, option + " "
                    + PythonStrings.repr(value) + " is not a valid path"));
        }
        return path;
    }
}
