package dev.retort.parsing.config;

import dev.retort.model.diagnostics.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link AlembicConfigReader#read}.
 *
 * <p>{@code config} is empty only when alembic could not even find the scripts folder's
 * location (no config file or section, no {@code script_location}, or one that cannot be
 * resolved); the diagnostics then say why. Otherwise the config is present, possibly with
 * error diagnostics for the options alembic would have choked on (Retort then uses the
 * default for that option).
 *
 * @param config the configuration, when it could be read
 * @param diagnostics everything worth reporting, in the order found
 */
public record ConfigResult(Optional<AlembicConfig> config, List<Diagnostic> diagnostics) {

    public ConfigResult {
        Objects.requireNonNull(config, "config");
        diagnostics = List.copyOf(diagnostics);
    }

    /** True if any diagnostic is an error (alembic itself would fail). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
