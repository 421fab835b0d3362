package dev.retort.merge;

/**
 * A Python exception the real code would raise at this point ({@code KeyError},
 * {@code AttributeError}, ...). Internal to this package: public APIs turn it into a result.
 */
final class PyError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String type;

    PyError(String type, String message) {
        super(message);
        this.type = type;
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
