package dev.retort.model.graph;

/** alembic's {@code RangeNotAncestorError}: the lower end of a range is not below the upper. */
public final class RangeNotAncestorException extends RevisionException {
    private static final long serialVersionUID = 1L;
    private final String lower;
    private final String upper;

    public RangeNotAncestorException(String lower, String upper) {
        super("Revision " + orBase(lower) + " is not an ancestor of revision " + orBase(upper));
        this.lower = lower;
        this.upper = upper;
    }

    private static String orBase(String rev) {
        return rev == null || rev.isEmpty() ? "base" : rev;
    }

    public String lower() {
        return lower;
    }

    public String upper() {
        return upper;
    }
}
