package dev.retort.parsing.config;

/** A TOML syntax error at a character offset; internal to the TOML reader, never escapes it. */
final class TomlSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;

    TomlSyntaxError(String message, int position) {
        super(message, null, false, false);
        this.position = position;
    }

    /** 0-based character offset in the document. */
    int position() {
        return position;
    }
}
