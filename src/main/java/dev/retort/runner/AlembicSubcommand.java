package dev.retort.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The alembic subcommand and its arguments, built only through the factories so that each
 * takes the options alembic's argparse defines for it (1.8.1 and later).
 *
 * @param name the subcommand ({@code upgrade}, {@code stamp}, ...)
 * @param arguments its options and positional arguments, in argv order
 * @param sql true for {@code --sql} (offline: prints SQL, touches no database)
 */
public record AlembicSubcommand(String name, List<String> arguments, boolean sql) {

    public AlembicSubcommand {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** {@code upgrade TARGET}: runs migrations online. */
    public static AlembicSubcommand upgrade(String target) {
        return new AlembicSubcommand("upgrade", List.of(revision(target)), false);
    }

    /**
     * {@code upgrade --sql [FROM:]TARGET}: the SQL, offline. Without {@code from} alembic starts
     * from an empty database (base).
     */
    public static AlembicSubcommand upgradeSql(Optional<String> from, String target) {
        String range = from.map(f -> revision(f) + ":" + revision(target)).orElse(revision(target));
        return new AlembicSubcommand("upgrade", List.of("--sql", range), true);
    }

    /** {@code downgrade TARGET}: runs downgrades online. */
    public static AlembicSubcommand downgrade(String target) {
        return new AlembicSubcommand("downgrade", List.of(revision(target)), false);
    }

    /** {@code downgrade --sql FROM:TARGET}; alembic requires the range in offline mode. */
    public static AlembicSubcommand downgradeSql(String from, String target) {
        return new AlembicSubcommand("downgrade", List.of("--sql", revision(from) + ":" + revision(target)), true);
    }

    /**
     * {@code stamp [--sql] [--purge] TARGET...}: changes the version table without running
     * migrations. {@code --purge} empties the table first.
     */
    public static AlembicSubcommand stamp(List<String> targets, boolean purge, boolean sql) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("stamp needs at least one target");
        }
        List<String> args = new ArrayList<>();
        if (sql) {
            args.add("--sql");
        }
        if (purge) {
            args.add("--purge");
        }
        targets.forEach(t -> args.add(revision(t)));
        return new AlembicSubcommand("stamp", args, sql);
    }

    /** {@code current [--verbose]}. */
    public static AlembicSubcommand current(boolean verbose) {
        return new AlembicSubcommand("current", verbose ? List.of("--verbose") : List.of(), false);
    }

    /** {@code heads [--verbose]}. */
    public static AlembicSubcommand heads(boolean verbose) {
        return new AlembicSubcommand("heads", verbose ? List.of("--verbose") : List.of(), false);
    }

    /** {@code history [--verbose] [-r RANGE]}. */
    public static AlembicSubcommand history(Optional<String> range, boolean verbose) {
        List<String> args = new ArrayList<>();
        if (verbose) {
            args.add("--verbose");
        }
        range.ifPresent(r -> {
            args.add("-r");
            args.add(revision(r));
        });
        return new AlembicSubcommand("history", args, false);
    }

    /** {@code merge [-m MESSAGE] [--branch-label L] [--rev-id ID] REV...}. */
    public static AlembicSubcommand merge(List<String> revisions, Optional<String> message,
            Optional<String> branchLabel, Optional<String> revisionId) {
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("merge needs revisions");
        }
        List<String> args = new ArrayList<>();
        message.ifPresent(m -> {
            args.add("-m");
            args.add(m);
        });
        branchLabel.ifPresent(l -> {
            args.add("--branch-label");
            args.add(l);
        });
        revisionId.ifPresent(r -> {
            args.add("--rev-id");
            args.add(r);
        });
        revisions.forEach(r -> args.add(revision(r)));
        return new AlembicSubcommand("merge", args, false);
    }

    /** True when running it may change the database: upgrade, downgrade or stamp, not in --sql mode. */
    public boolean changesDatabase() {
        return !sql && (name.equals("upgrade") || name.equals("downgrade") || name.equals("stamp"));
    }

    /**
     * A revision argument as argparse will read it. {@code -1} is fine (argparse takes
     * negative-number-like values as positionals); {@code --x} would be read as an option.
     */
    private static String revision(String text) {
        Objects.requireNonNull(text, "revision");
        if (text.isBlank() || text.startsWith("--") || text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a revision argument: '" + text + "'");
        }
        return text;
    }
}
