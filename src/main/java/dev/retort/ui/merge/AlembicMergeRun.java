package dev.retort.ui.merge;

import dev.retort.runner.AlembicRun;
import dev.retort.runner.OutputLine;
import dev.retort.runner.ProcessRunner;
import dev.retort.runner.ProcessSpec;
import dev.retort.runner.RunFailure;
import dev.retort.runner.RunOptions;
import dev.retort.runner.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The project's own {@code alembic merge}, run through the runner: blocking (call it from a
 * background task), with its output kept, and stoppable from the UI thread.
 */
final class AlembicMergeRun {
    private static final RunOptions OPTIONS = RunOptions.DEFAULTS.withTimeout(Duration.ofMinutes(2))
            .withLog(2_000, 1_000_000);

    /** How the run ended and what it printed (stdout and stderr, in order). */
    record Finished(RunResult result, List<String> lines) {
        Finished {
            lines = List.copyOf(lines);
        }

        /** The file alembic says it generated. */
        Optional<Path> file() {
            return MergeCommands.generatedPath(lines).map(Path::of);
        }

        /** Why it failed, in alembic's words when it gave some. */
        String failure() {
            return result.failure().map(RunFailure::summary).orElse("alembic merge was stopped");
        }
    }

    private final ProcessRunner processes;
    private volatile AlembicRun current;

    AlembicMergeRun(ProcessRunner processes) {
        this.processes = processes;
    }

    Finished run(ProcessSpec spec) throws InterruptedException {
        AlembicRun run = processes.prepare(spec, OPTIONS);
        current = run;
        try {
            run.start();
            RunResult result = run.await();
            return new Finished(result, run.log().lines().stream().map(OutputLine::text).toList());
        } finally {
            current = null;
        }
    }

    /** Stops the run in progress, if any (the whole process tree). */
    void cancel() {
        AlembicRun run = current;
        if (run != null) {
            run.cancel();
        }
    }
}
