package dev.retort.merge;

/**
 * Something valid for Mako/Python that Retort does not evaluate. Internal to this package:
 * public APIs turn it into an {@code Unsupported} result so nothing is half-rendered.
 */
final class UnsupportedConstruct extends Exception {
    private static final long serialVersionUID = 1L;

    private final String construct;
    private final int line;

    UnsupportedConstruct(String construct, int line) {
        super(construct);
        this.construct = construct;
        this.line = line;
    }

    UnsupportedConstruct(String construct) {
        this(construct, 0);
    }

    String construct() {
        return construct;
    }

    /** 1-based template line, 0 when not yet known. */
    int line() {
        return line;
    }

    /** The same construct, located at a template line unless it already has one. */
    UnsupportedConstruct atLine(int templateLine) {
        return line > 0 ? this : new UnsupportedConstruct(construct, templateLine);
    }
}
