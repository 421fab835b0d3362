package dev.retort.runner;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the lines of one stream (reference 4.6/4.7): alembic's log format
 * {@code %(levelname)-5.5s [%(name)s] %(message)s}, {@code FAILED: ...} on stdout, Python
 * warnings, and tracebacks. Stateful, because a traceback spans many lines: after
 * {@code Traceback (most recent call last):} every line up to the next log line belongs to it
 * (frames, the exception line, a multi-line exception message, chained tracebacks).
 * One instance per stream; not thread-safe.
 */
final class OutputClassifier {
    /** {@code INFO  [alembic.runtime.migration] msg}: levelname truncated/padded to 5 characters. */
    private static final Pattern LOG = Pattern.compile("^(DEBUG|INFO |INFO|WARNI|ERROR|CRITI)\\s?\\[([^\\]\\s]+)\\] ?(.*)$");
    private static final Pattern PY_WARNING = Pattern.compile("^.*:\\d+: \\w*Warning: .*$");
    static final String TRACEBACK_START = "Traceback (most recent call last):";
    static final String FAILED_PREFIX = "FAILED: ";

    private final StreamKind stream;
    private boolean inTraceback;

    OutputClassifier(StreamKind stream) {
        this.stream = stream;
    }

    OutputLine classify(long sequence, String text, Duration elapsed) {
        if (stream == StreamKind.STDOUT) {
            if (text.startsWith(FAILED_PREFIX)) {
                return line(sequence, text, LineLevel.FAILED, null, text.substring(FAILED_PREFIX.length()), elapsed);
            }
            return line(sequence, text, LineLevel.OUTPUT, null, text, elapsed);
        }
        Matcher log = LOG.matcher(text);
        if (log.matches()) {
            // a log line after a traceback means the process carried on (e.g. a caught error)
            inTraceback = false;
            return line(sequence, text, level(log.group(1)), log.group(2), log.group(3), elapsed);
        }
        if (text.equals(TRACEBACK_START) || inTraceback) {
            inTraceback = true;
            return line(sequence, text, LineLevel.TRACEBACK, null, text, elapsed);
        }
        if (PY_WARNING.matcher(text).matches()) {
            return line(sequence, text, LineLevel.WARNING, null, text, elapsed);
        }
        return line(sequence, text, LineLevel.TEXT, null, text, elapsed);
    }

    private OutputLine line(long sequence, String text, LineLevel level, String logger, String message,
            Duration elapsed) {
        return new OutputLine(sequence, stream, text, level, Optional.ofNullable(logger), message, elapsed);
    }

    private static LineLevel level(String name) {
        return switch (name.strip()) {
            case "DEBUG" -> LineLevel.DEBUG;
            case "INFO" -> LineLevel.INFO;
            case "WARNI" -> LineLevel.WARNING;
            case "ERROR" -> LineLevel.ERROR;
            default -> LineLevel.CRITICAL;
        };
    }
}
