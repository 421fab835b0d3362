package dev.retort.runner;

/**
 * What kind of line alembic printed, for colouring a log view and for finding the error.
 * Recognised from alembic's logging format {@code %(levelname)-5.5s [%(name)s] %(message)s}
 * (so {@code WARNI}, {@code CRITI}), its {@code FAILED: ...} messages and Python tracebacks.
 */
public enum LineLevel {
    /** Plain command output on stdout ({@code current}, {@code history}, SQL of {@code --sql}). */
    OUTPUT,
    /** A stderr line in no recognised format. */
    TEXT,
    /** A {@code DEBUG} log line. */
    DEBUG,
    /** An {@code INFO} log line, such as {@code Running upgrade ...}. */
    INFO,
    /** A {@code WARNI} log line or a Python warning ({@code ...: UserWarning: ...}). */
    WARNING,
    /** An {@code ERROR} log line ({@code ERROR [alembic.util.messaging] <the FAILED text>}). */
    ERROR,
    /** A {@code CRITI} log line. */
    CRITICAL,
    /** alembic's {@code FAILED: <message>} (stdout, exit code 255). */
    FAILED,
    /** Part of a Python traceback, including the exception line that ends it. */
    TRACEBACK;

    /** True for the levels a log view should show as errors. */
    public boolean isError() {
        return this == ERROR || this == CRITICAL || this == FAILED || this == TRACEBACK;
    }
}
