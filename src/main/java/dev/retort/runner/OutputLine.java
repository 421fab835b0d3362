package dev.retort.runner;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One line a process printed, classified.
 *
 * @param sequence 0, 1, 2, ... across both streams in the order Retort read them (the order
 *     between stdout and stderr is only approximately the order the process wrote them)
 * @param stream where the line came from
 * @param text the line as printed, without its line terminator
 * @param level what kind of line it is
 * @param logger the logger name of a log line ({@code alembic.runtime.migration}), if it is one
 * @param message the text without the level and logger prefix (for {@code FAILED: x}: {@code x});
 *     the whole text for other lines
 * @param elapsed time since the process started when the line was read
 */
public record OutputLine(long sequence, StreamKind stream, String text, LineLevel level, Optional<String> logger,
        String message, Duration elapsed) {

    public OutputLine {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    @Override
    public String toString() {
        return stream + " " + level + " " + text;
    }
}
