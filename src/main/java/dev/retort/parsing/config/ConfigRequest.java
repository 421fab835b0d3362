package dev.retort.parsing.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the alembic command line would be told: which config file and section, from where.
 *
 * <p>The file is chosen like alembic's {@code CommandLine}: {@code -c/--config}, else the
 * environment variable {@code ALEMBIC_CONFIG}, else {@code alembic.ini}; relative names are
 * relative to {@link #workingDirectory}. A name whose last part is {@code pyproject.toml}
 * selects the pyproject file instead (alembic 1.16+), and {@code ./pyproject.toml} is
 * always consulted for options the ini file lacks.
 *
 * @param configFile the {@code -c/--config} argument, as typed (may be relative)
 * @param name the {@code -n/--name} argument: the ini section to read, default {@code alembic}
 * @param workingDirectory the directory alembic would run in
 * @param environment the environment alembic would see (only {@code ALEMBIC_CONFIG} is used)
 */
public record ConfigRequest(
        Optional<Path> configFile,
        Optional<String> name,
        Path workingDirectory,
        Map<String, String> environment) {

    /** alembic's default main section. */
    public static final String DEFAULT_SECTION = "alembic";

    public ConfigRequest {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
    }

    /** {@code alembic <command>} run in {@code workingDirectory} with no options and no environment. */
    public static ConfigRequest in(Path workingDirectory) {
        return new ConfigRequest(Optional.empty(), Optional.empty(), workingDirectory, Map.of());
    }

    /** The same request with {@code -c configFile}. */
    public ConfigRequest withConfigFile(Path file) {
        return new ConfigRequest(Optional.of(file), name, workingDirectory, environment);
    }

    /** The same request with {@code -n section}. */
    public ConfigRequest withName(String section) {
        return new ConfigRequest(configFile, Optional.of(section), workingDirectory, environment);
    }

    /** The same request with another environment. */
    public ConfigRequest withEnvironment(Map<String, String> env) {
        return new ConfigRequest(configFile, name, workingDirectory, env);
    }

    /** The ini section to read: {@link #name} or {@value #DEFAULT_SECTION}. */
    public String section() {
        return name.orElse(DEFAULT_SECTION);
    }
}
