package dev.retort.cli;

/**
 * A command cannot do what was asked. Printed as alembic prints its errors
 * ({@code FAILED: <message>} on stdout) with alembic's exit code 255 unless another is given.
 */
final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int ALEMBIC_FAILED = 255;
    private final int exitCode;

    CommandFailedException(String message) {
        this(message, ALEMBIC_FAILED);
    }

    CommandFailedException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
