package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands, registered lazily: picocli reads every command's annotations when it is
 * added, which costs about a hundred milliseconds of a cold JVM. A run names one command, so
 * only that one is built; help and errors get them all.
 */
final class Subcommands {
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("heads", HeadsCommand::new);
        COMMANDS.put("branches", BranchesCommand::new);
        COMMANDS.put("history", HistoryCommand::new);
        COMMANDS.put("show", ShowCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("plan", PlanCommand::new);
        COMMANDS.put("graph", GraphCommand::new);
        COMMANDS.put("merge", MergeCommand::new);
        COMMANDS.put("current", CurrentCommand::new);
        COMMANDS.put("status", StatusCommand::new);
        COMMANDS.put("upgrade", UpgradeCommand::new);
        COMMANDS.put("downgrade", DowngradeCommand::new);
        COMMANDS.put("stamp", StampCommand::new);
    }

    /** Top-level options that take a value, so their value is not mistaken for a command name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-c", "--config", "-n", "--name",
            "--alembic-version", "--load-order");

    private Subcommands() {
    }

    /** Adds the command the arguments name, or all of them when none is named. */
    static void register(CommandLine commandLine, String[] args) {
        String named = commandName(args);
        if (named != null) {
            commandLine.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, factory) -> commandLine.addSubcommand(name, factory.get()));
        }
    }

    static List<String> names() {
        return List.copyOf(COMMANDS.keySet());
    }

    private static String commandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (COMMANDS.containsKey(arg)) {
                return arg;
            } else if (!arg.startsWith("-")) {
                return null;
            }
        }
        return null;
    }
}
