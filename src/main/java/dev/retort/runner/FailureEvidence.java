package dev.retort.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what explains a failure while lines arrive: the last {@code FAILED:} message, the
 * exception block of the last traceback, argparse's usage error, the last ERROR log line.
 * Tracebacks are collected from their lines rather than kept whole, so the bounded log may drop
 * old lines without losing the explanation. Callers serialise access.
 */
final class FailureEvidence {
    private static final int MAX_DETAIL_LINES = 20;

    private String failedMessage;
    private String usageError;
    private String lastErrorLog;
    private String exceptionLine;
    private final List<String> exceptionDetails = new ArrayList<>();
    private TracebackPhase phase = TracebackPhase.NONE;

    private enum TracebackPhase { NONE, FRAMES, MESSAGE, DONE }

    void accept(OutputLine line) {
        switch (line.level()) {
            case FAILED -> failedMessage = line.message();
            case ERROR, CRITICAL -> lastErrorLog = line.message();
            case TRACEBACK -> traceback(line.text());
            case TEXT -> {
                // argparse: "alembic upgrade: error: the following arguments are required: revision"
                int at = line.text().indexOf(": error: ");
                if (at > 0 && !line.text().startsWith(" ")) {
                    usageError = line.text().substring(at + 2);
                }
            }
            default -> {
            }
        }
    }

    /**
     * Frames are indented; the first unindented line after them is the exception line; lines up
     * to the next blank line continue its message (psycopg2's DETAIL, SQLAlchemy's [SQL: ...]).
     * A later "Traceback" (a chained exception) starts over, so the last one wins.
     */
    private void traceback(String text) {
        if (text.equals(OutputClassifier.TRACEBACK_START)) {
            phase = TracebackPhase.FRAMES;
            return;
        }
        switch (phase) {
            case FRAMES -> {
                if (!text.isEmpty() && !Character.isWhitespace(text.charAt(0))) {
                    exceptionLine = text;
                    exceptionDetails.clear();
                    phase = TracebackPhase.MESSAGE;
                }
            }
            case MESSAGE -> {
                if (text.isBlank()) {
                    phase = TracebackPhase.DONE;
                } else if (exceptionDetails.size() < MAX_DETAIL_LINES) {
                    exceptionDetails.add(text);
                }
            }
            default -> {
            }
        }
    }

    /** The failure these lines explain for a process that exited with {@code exitCode != 0}. */
    RunFailure explain(int exitCode) {
        if (failedMessage != null) {
            return new RunFailure(RunFailure.Kind.ALEMBIC_FAILED, failedMessage, List.of());
        }
        if (exceptionLine != null) {
            return new RunFailure(RunFailure.Kind.TRACEBACK, exceptionLine, exceptionDetails);
        }
        if (usageError != null && exitCode == 2) {
            return new RunFailure(RunFailure.Kind.USAGE, usageError, List.of());
        }
        String described = "exited with code " + exitCode + describeSignal(exitCode);
        return new RunFailure(RunFailure.Kind.EXIT_CODE, lastErrorLog != null ? lastErrorLog + " (" + described + ")"
                : "alembic " + described, List.of());
    }

    /** The exception line of the last traceback, if any (also shown for successful runs). */
    Optional<String> exceptionLine() {
        return Optional.ofNullable(exceptionLine);
    }

    private static String describeSignal(int exitCode) {
        // POSIX shells and the JDK report "killed by signal N" as 128 + N
        return exitCode > 128 && exitCode < 160 ? " (killed by signal " + (exitCode - 128) + ")" : "";
    }
}
