package dev.retort.runner;

/** Which stream of the process a line came from. */
public enum StreamKind {
    /** Command output, {@code FAILED: ...} messages and {@code --sql} SQL. */
    STDOUT,
    /** Log lines, warnings and Python tracebacks. */
    STDERR
}
