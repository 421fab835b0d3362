package dev.retort.parsing.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An alembic configuration as {@code ScriptDirectory.from_config} and the commands see it:
 * every value interpolated, split and made absolute the way alembic does.
 *
 * <p>Values come from the ini main section first and, for options it lacks, from
 * {@code [tool.alembic]} in pyproject.toml (alembic 1.16+). {@link #pyprojectOptions()} names
 * the ones taken from pyproject.toml, which alembic before 1.16 would not see.
 *
 * @param configFile the file the configuration came from: the ini file when it has the main
 *     section, else the pyproject.toml (absolute)
 * @param iniFile the ini file, when it exists and has the main section
 * @param pyprojectFile the pyproject.toml whose {@code [tool.alembic]} table was consulted
 * @param section the ini main section ({@code -n}, default {@code alembic})
 * @param workingDirectory the directory relative paths were resolved against (its real path,
 *     as Python's {@code os.getcwd()} reports it)
 * @param scriptLocationValue {@code script_location} as written, after interpolation
 *     ({@code migrations}, {@code %(here)s/migrations} expanded, or {@code pkg:dir})
 * @param scriptLocation the scripts folder, absolute: relative values are relative to the
 *     working directory (not the ini file's folder), {@code pkg:path} resolved statically
 * @param versionLocations the folders revisions are loaded from, absolute, in order: the
 *     explicit {@code version_locations}, or {@code <scriptLocation>/versions}. Explicit entries
 *     that could not be resolved (reported as errors) are left out.
 * @param versionLocationsExplicit true when {@code version_locations} gave a non-empty list
 *     (alembic then skips missing folders; a missing default folder is an error in 1.8.1)
 * @param recursiveVersionLocations {@code recursive_version_locations} (alembic 1.10+)
 * @param sourceless {@code sourceless}: only the literal {@code true} enables it
 * @param fileTemplate the file name template, default {@code %(rev)s_%(slug)s}
 * @param truncateSlugLength the slug length limit ({@code 0} and unset mean 40)
 * @param timezone the {@code timezone} option, carried as written (may be empty)
 * @param sqlalchemyUrl {@code sqlalchemy.url} from the ini main section
 * @param outputEncoding encoding for new revision files, default {@code utf-8}
 * @param revisionEnvironment {@code revision_environment} ({@code asbool})
 * @param prependSysPath the {@code prepend_sys_path} entries as alembic splits them
 * @param mainOptions every key of the ini main section (DEFAULT keys and {@code here} included,
 *     like {@code Config.get_section}), lower-cased, interpolated; keys that fail
 *     interpolation are left out
 * @param postWriteHooks the post-write hooks, in the order alembic runs them
 * @param pyprojectOptions the options whose value came from pyproject.toml
 */
public record AlembicConfig(
        Path configFile,
        Optional<Path> iniFile,
        Optional<Path> pyprojectFile,
        String section,
        Path workingDirectory,
        String scriptLocationValue,
        Path scriptLocation,
        List<Path> versionLocations,
        boolean versionLocationsExplicit,
        boolean recursiveVersionLocations,
        boolean sourceless,
        String fileTemplate,
        int truncateSlugLength,
        Optional<String> timezone,
        Optional<String> sqlalchemyUrl,
        String outputEncoding,
        boolean revisionEnvironment,
        List<String> prependSysPath,
        Map<String, String> mainOptions,
        List<PostWriteHook> postWriteHooks,
        Set<String> pyprojectOptions) {

    /** alembic's {@code _default_file_template}. */
    public static final String DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";

    /** The slug length when {@code truncate_slug_length} is unset or 0. */
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

    public AlembicConfig {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(iniFile, "iniFile");
        Objects.requireNonNull(pyprojectFile, "pyprojectFile");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(scriptLocationValue, "scriptLocationValue");
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        versionLocations = List.copyOf(versionLocations);
        Objects.requireNonNull(fileTemplate, "fileTemplate");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(sqlalchemyUrl, "sqlalchemyUrl");
        Objects.requireNonNull(outputEncoding, "outputEncoding");
        prependSysPath = List.copyOf(prependSysPath);
        mainOptions = Collections.unmodifiableMap(new LinkedHashMap<>(mainOptions));
        postWriteHooks = List.copyOf(postWriteHooks);
        pyprojectOptions = Collections.unmodifiableSet(new LinkedHashSet<>(pyprojectOptions));
    }

    /** {@code <scriptLocation>/versions}, the folder used when no version_locations are given. */
    public Path defaultVersionsDirectory() {
        return scriptLocation.resolve("versions");
    }

    /** {@code env.py} in the scripts folder. */
    public Path envPy() {
        return scriptLocation.resolve("env.py");
    }

    /** {@code script.py.mako} in the scripts folder, the template for new revision files. */
    public Path scriptTemplate() {
        return scriptLocation.resolve("script.py.mako");
    }

    /**
     * The directory alembic should run in to see this project as Retort read it: the config
     * file's folder, where users run alembic, unless a relative {@code script_location} was
     * resolved against another working directory (alembic resolves it against its own).
     */
    public Path runDirectory() {
        Path configFolder = configFile.toAbsolutePath().normalize().getParent();
        String location = scriptLocationValue;
        boolean packageResource = location.contains(":") && !location.matches("^[A-Za-z]:[\\\\/].*");
        try {
            if (packageResource || Path.of(location).isAbsolute()) {
                return configFolder;
            }
            return Files.isSameFile(workingDirectory, configFolder) ? configFolder
                    : workingDirectory.toAbsolutePath().normalize();
        } catch (IOException | InvalidPathException e) {
            return configFolder;
        }
    }
}
