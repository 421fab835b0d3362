package dev.retort.runner;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run is supervised.
 *
 * @param timeout stop the process tree and fail after this long; empty for no limit
 * @param grace how long {@link AlembicRun#cancel()} waits after asking politely (SIGTERM)
 *     before killing (SIGKILL)
 * @param maxLogLines lines kept by the run's {@link BoundedLog}
 * @param maxLogChars characters kept by the run's {@link BoundedLog}
 * @param maxLineChars longer lines are cut (a process printing without newlines cannot grow a
 *     line without bound)
 */
public record RunOptions(Optional<Duration> timeout, Duration grace, int maxLogLines, long maxLogChars,
        int maxLineChars) {

    /** What a migration run uses: no timeout, 5 s grace, the default log bounds, 1M characters per line. */
    public static final RunOptions DEFAULTS = new RunOptions(Optional.empty(), Duration.ofSeconds(5),
            BoundedLog.DEFAULT_MAX_LINES, BoundedLog.DEFAULT_MAX_CHARS, 1_000_000);

    public RunOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || maxLogLines < 1 || maxLogChars < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException("invalid run options");
        }
    }

    /** The same options with a time limit. */
    public RunOptions withTimeout(Duration limit) {
        return new RunOptions(Optional.of(limit), grace, maxLogLines, maxLogChars, maxLineChars);
    }

    /** The same options with another grace period for cancel. */
    public RunOptions withGrace(Duration value) {
        return new RunOptions(timeout, value, maxLogLines, maxLogChars, maxLineChars);
    }

    /** The same options with other log bounds. */
    public RunOptions withLog(int lines, long chars) {
        return new RunOptions(timeout, grace, lines, chars, maxLineChars);
    }

    /** The same options with another line length limit. */
    public RunOptions withMaxLineChars(int value) {
        return new RunOptions(timeout, grace, maxLogLines, maxLogChars, value);
    }
}
