package dev.retort.cli;

import dev.retort.runner.AlembicCommand;
import dev.retort.runner.AlembicRun;
import dev.retort.runner.MigrationLogLine;
import dev.retort.runner.OutputLine;
import dev.retort.runner.ProcessRunner;
import dev.retort.runner.RunFailure;
import dev.retort.runner.RunListener;
import dev.retort.runner.RunOptions;
import dev.retort.runner.RunResult;
import dev.retort.runner.RunState;
import dev.retort.runner.StreamKind;
import dev.retort.runner.UpgradeProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs one alembic command for the CLI: its stdout to stdout unchanged, its stderr to stderr,
 * and after each "Running ..." line Retort's progress ({@code [2/3] Running upgrade ...}).
 */
final class PassthroughRun {
    private static final Duration HOOK_WAIT = Duration.ofSeconds(15);

    private final ProcessRunner runner;
    private final AlembicCommand command;
    private final CliContext context;
    private final UpgradeProgress progress;
    private RunResult result;

    PassthroughRun(ProcessRunner runner, AlembicCommand command, CliContext context, UpgradeProgress progress) {
        this.runner = runner;
        this.command = command;
        this.context = context;
        this.progress = progress;
    }

    /** Runs alembic to the end; returns the exit code for the command line. */
    int run() throws InterruptedException {
        AlembicRun alembic = runner.prepare(command.toProcessSpec(context.environment()), RunOptions.DEFAULTS);
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        boolean sql = command.subcommand().sql();
        alembic.addListener(new RunListener() {
            @Override
            public void lineRead(OutputLine line) {
                (line.stream() == StreamKind.STDOUT ? out : err).println(line.text());
                progress.lineRead(line);
                // --sql announces steps as "-- Running ..." on stdout, online runs in the log on stderr
                boolean announces = sql
                        ? line.stream() == StreamKind.STDOUT && MigrationLogLine.parseSqlComment(line.text()).isPresent()
                        : line.stream() == StreamKind.STDERR && MigrationLogLine.parse(line.message()).isPresent();
                if (announces) {
                    err.println(progress.snapshot().label());
                }
                out.flush();
                err.flush();
            }

            @Override
            public void finished(RunResult r) {
                progress.finished(r);
            }
        });
        // if the JVM is told to stop (SIGTERM, Ctrl-C), stop alembic's whole tree with it
        Thread hook = new Thread(() -> {
            alembic.cancel();
            try {
                alembic.await(HOOK_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "retort-stop-alembic");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            alembic.start();
            result = alembic.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
        return report(err);
    }

    private int report(PrintWriter err) {
        UpgradeProgress.Progress done = progress.snapshot();
        done.disagreements().forEach(d -> err.println("retort: warning: " + d));
        if (result.state() == RunState.FAILED) {
            RunFailure failure = result.failure().orElseThrow();
            if (failure.kind() == RunFailure.Kind.START_FAILED) {
                throw new CommandFailedException(failure.summary(), AlembicPassthrough.ALEMBIC_NOT_FOUND);
            }
            err.println("retort: alembic failed (exit code " + result.exitCodeOr(1) + "): " + failure.summary());
        } else if (result.state() == RunState.CANCELLED) {
            err.println("retort: alembic was stopped");
            return 130;
        }
        err.println("retort: alembic finished in " + seconds(result.elapsed()));
        err.flush();
        return result.exitCodeOr(1);
    }

    /** The step that was running when alembic failed, if it failed during one. */
    Optional<String> stoppedDuring() {
        if (result == null || result.succeeded()) {
            return Optional.empty();
        }
        UpgradeProgress.Progress p = progress.snapshot();
        return p.lastLine().isPresent() ? Optional.of(p.label()) : Optional.empty();
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
