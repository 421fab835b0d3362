package dev.retort.runner;

import java.util.List;
import java.util.Objects;

/**
 * Why a run failed, in the words the user should see first.
 *
 * @param kind the kind of failure
 * @param summary one line: alembic's {@code FAILED:} text, the exception line of a traceback
 *     ({@code sqlalchemy.exc.OperationalError: ...}), the usage error, or a description of the
 *     exit code, timeout or start failure
 * @param details further lines that explain it (the rest of a multi-line exception message);
 *     may be empty
 */
public record RunFailure(Kind kind, String summary, List<String> details) {

    /** The kinds of failure, most specific first. */
    public enum Kind {
        /** The program could not be started (missing, not executable, bad working directory). */
        START_FAILED,
        /** alembic reported {@code FAILED: <message>} (exit code 255). */
        ALEMBIC_FAILED,
        /** An uncaught Python exception: a traceback on stderr (usually exit code 1). */
        TRACEBACK,
        /** argparse rejected the command line (exit code 2). */
        USAGE,
        /** Non-zero exit code without any of the above. */
        EXIT_CODE,
        /** It ran longer than the run's timeout and was stopped. */
        TIMED_OUT
    }

    public RunFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        details = List.copyOf(details);
    }

    @Override
    public String toString() {
        return kind + ": " + summary;
    }
}
