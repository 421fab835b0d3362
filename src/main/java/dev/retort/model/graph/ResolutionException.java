package dev.retort.model.graph;

/** alembic's {@code ResolutionError}: an identifier names no revision, or several. */
public final class ResolutionException extends RevisionException {
    private static final long serialVersionUID = 1L;
    private final String argument;

    public ResolutionException(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    /** The part of the user's input that failed, as alembic reports it. */
    public String argument() {
        return argument;
    }
}
