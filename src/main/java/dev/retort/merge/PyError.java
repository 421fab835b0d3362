package dev.retort.merge;

/**
 * A Python exception the real code would raise at this point ({@code KeyError},
 * {@code AttributeError}, ...). Internal to this package: public APIs turn it into a result.
 */
final class PyError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final int line;

    PyError(String type, String message) {
        this(type, message, 0);
    }

    PyError(String type, String message, int line) {
        super(message);
        this.type = type;
        this.line = line;
    }

    /** 1-based template line when the error was raised while compiling, else 0. */
    int line() {
        return line;
    }

    /** The Python exception class name, e.g. {@code AttributeError}. */
    String type() {
        return type;
    }

    /** {@code Type: message}, as the last line of a Python traceback reads. */
    String pythonText() {
        return getMessage().isEmpty() ? type : type + ": " + getMessage();
    }
}
