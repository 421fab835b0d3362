package dev.retort.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project settings {@code alembic merge} depends on, already read from alembic.ini (or
 * pyproject.toml) by the config layer. This package does not parse configuration itself.
 *
 * @param scriptTemplate the project's {@code script.py.mako}
 * @param versionLocations the version directories in alembic's order ({@code version_locations},
 *        else {@code <script_location>/versions})
 * @param fileTemplate {@code file_template} after ini interpolation, e.g. {@code %(rev)s_%(slug)s}
 * @param truncateSlugLength {@code truncate_slug_length}; 0 means alembic's default 40
 * @param timezone the {@code timezone} option, if set
 * @param outputEncoding {@code output_encoding}, a Python codec name ({@code utf-8} by default)
 * @param flavor which alembic release's behaviour to reproduce
 * @param mainOptions the {@code [alembic]} options, for templates calling
 *        {@code config.get_main_option} (only used by {@link AlembicFlavor#LATEST})
 */
public record MergeSettings(
        Path scriptTemplate,
        List<Path> versionLocations,
        String fileTemplate,
        int truncateSlugLength,
        Optional<String> timezone,
        String outputEncoding,
        AlembicFlavor flavor,
        Map<String, String> mainOptions) {

    /** alembic's {@code _default_file_template}. */
    public static final String DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";

    public MergeSettings {
        Objects.requireNonNull(scriptTemplate, "scriptTemplate");
        versionLocations = List.copyOf(versionLocations);
        Objects.requireNonNull(fileTemplate, "fileTemplate");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(outputEncoding, "outputEncoding");
        Objects.requireNonNull(flavor, "flavor");
        mainOptions = Map.copyOf(mainOptions);
    }

    /** A project with alembic's defaults: {@code <scriptDirectory>/script.py.mako} and {@code <scriptDirectory>/versions}. */
    public static MergeSettings defaults(Path scriptDirectory, AlembicFlavor flavor) {
        return new MergeSettings(scriptDirectory.resolve("script.py.mako"), List.of(scriptDirectory.resolve("versions")),
                DEFAULT_FILE_TEMPLATE, 40, Optional.empty(), "utf-8", flavor, Map.of());
    }

    public MergeSettings withFileTemplate(String template) {
        return new MergeSettings(scriptTemplate, versionLocations, template, truncateSlugLength, timezone,
                outputEncoding, flavor, mainOptions);
    }

    public MergeSettings withTruncateSlugLength(int length) {
        return new MergeSettings(scriptTemplate, versionLocations, fileTemplate, length, timezone, outputEncoding,
                flavor, mainOptions);
    }

    public MergeSettings withTimezone(Optional<String> zone) {
        return new MergeSettings(scriptTemplate, versionLocations, fileTemplate, truncateSlugLength, zone,
                outputEncoding, flavor, mainOptions);
    }

    public MergeSettings withVersionLocations(List<Path> locations) {
        return new MergeSettings(scriptTemplate, locations, fileTemplate, truncateSlugLength, timezone,
                outputEncoding, flavor, mainOptions);
    }

    public MergeSettings withOutputEncoding(String encoding) {
        return new MergeSettings(scriptTemplate, versionLocations, fileTemplate, truncateSlugLength, timezone,
                encoding, flavor, mainOptions);
    }

    public MergeSettings withMainOptions(Map<String, String> options) {
        return new MergeSettings(scriptTemplate, versionLocations, fileTemplate, truncateSlugLength, timezone,
                outputEncoding, flavor, options);
    }

    /** {@code truncate_slug_length or 40}, as {@code ScriptDirectory.__init__} applies it. */
    public int effectiveTruncateSlugLength() {
        return truncateSlugLength == 0 ? 40 : truncateSlugLength;
    }
}
