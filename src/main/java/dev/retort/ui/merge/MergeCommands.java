package dev.retort.ui.merge;

import dev.retort.merge.AlembicFlavor;
import dev.retort.merge.MergeRequest;
import dev.retort.merge.MergeSettings;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.runner.AlembicCommand;
import dev.retort.runner.AlembicSubcommand;
import dev.retort.runner.Redaction;
import dev.retort.ui.db.DatabaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The alembic command lines the wizard runs or shows, and the settings it plans with. */
final class MergeCommands {
    private static final Pattern GENERATING = Pattern.compile("^\\s*Generating (.+?) \\.\\.\\.\\s+done\\s*$");

    /** A command to show with what it is for: a database's name, or empty for "any database". */
    record Shown(Optional<String> database, String command) {
    }

    private MergeCommands() {
    }

    /** The same mapping as the {@code merge} command line. */
    static MergeSettings settings(AlembicConfig config, AlembicFlavor flavor) {
        return new MergeSettings(config.scriptTemplate(), config.versionLocations(), config.fileTemplate(),
                config.truncateSlugLength(), config.timezone(), config.outputEncoding(), flavor, config.mainOptions());
    }

    /** {@code alembic -c CONFIG [-n SECTION] merge ...} in the folder the project was read against. */
    static AlembicCommand merge(List<String> prefix, AlembicConfig config, MergeRequest request) {
        return builder(prefix, config).build(AlembicSubcommand.merge(request.revisions(), request.message(),
                request.branchLabel(), request.revisionId()));
    }

    /**
     * {@code alembic upgrade head} for each database, with its profile's variables; one plain
     * command when no database is connected.
     */
    static List<Shown> upgrades(List<String> prefix, AlembicConfig config, List<DatabaseStatus> databases) {
        List<Shown> out = new ArrayList<>();
        if (databases.isEmpty()) {
            out.add(new Shown(Optional.empty(), builder(prefix, config).build(AlembicSubcommand.upgrade("head")).display()));
        }
        for (DatabaseStatus db : databases) {
            AlembicCommand.Builder builder = builder(prefix, config);
            db.profile().environment().forEach((k, v) -> {
                // secrets are never saved with a profile: left to the user's environment
                if (!(v.isEmpty() && Redaction.isSecret(k, ""))) {
                    builder.variable(k, v);
                }
            });
            String name = db.profile().name().isEmpty() ? db.profile().target() : db.profile().name();
            out.add(new Shown(Optional.of(name), builder.build(AlembicSubcommand.upgrade("head")).display()));
        }
        return out;
    }

    private static AlembicCommand.Builder builder(List<String> prefix, AlembicConfig config) {
        // -n only when it is not the default section, as the user would type it
        String section = "alembic".equals(config.section()) ? null : config.section();
        return AlembicCommand.builder(prefix, config.configFile()).section(section)
                .workingDirectory(config.workingDirectory());
    }

    /** The path in alembic's {@code Generating /abs/path.py ...  done} line, if it printed one. */
    static Optional<String> generatedPath(List<String> lines) {
        for (String line : lines) {
            Matcher m = GENERATING.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
