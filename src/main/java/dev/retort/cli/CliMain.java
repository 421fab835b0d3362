package dev.retort.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point of the headless commands: {@code retort <command> [options]}. */
public final class CliMain {
    private CliMain() {
    }

    /** Runs one command line against the real console, working directory and environment. */
    public static int run(String[] args) {
        // Java 17 would print in the platform charset; alembic prints UTF-8
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return run(args, new CliContext(out, err, Path.of("").toAbsolutePath(), System.getenv()));
    }

    /** Runs one command line; what it prints goes to the context's writers. */
    public static int run(String[] args, CliContext context) {
        Optional<ProjectPrefetch> prefetch = ProjectPrefetch.start(args, context);
        try {
            return execute(args, context, prefetch);
        } finally {
            prefetch.ifPresent(ProjectPrefetch::close);
        }
    }

    private static int execute(String[] args, CliContext context, Optional<ProjectPrefetch> prefetch) {
        CommandLine commandLine = new CommandLine(new RetortCommand(context, prefetch));
        Subcommands.register(commandLine, args);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // alembic (argparse) takes `show -1` and `history -r -1:` as values, not options
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, context));
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static int handle(Exception ex, CliContext context) {
        if (ex instanceof CommandFailedException failed) {
            context.out().println("FAILED: " + failed.getMessage());
            return failed.exitCode();
        }
        context.err().println("retort: unexpected error: " + ex
                + " (please report this, with the command you ran)");
        return 1;
    }

    /** Creates a context that prints to the given writers; for tests and embedding. */
    public static CliContext context(PrintWriter out, PrintWriter err, Path workingDirectory,
            Map<String, String> environment) {
        return new CliContext(out, err, workingDirectory, environment);
    }
}
