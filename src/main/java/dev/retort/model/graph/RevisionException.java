package dev.retort.model.graph;

/**
 * A query on the revision graph that alembic would answer with a {@code RevisionError}.
 * The message is alembic's raw text; {@link AlembicMessages} turns it into the CLI wording.
 */
public class RevisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RevisionException(String message) {
        super(message, null, false, false);
    }
}
