package dev.retort.model.graph;

import java.util.List;

/** alembic's {@code MultipleHeads}: a single head was asked for and there are several. */
public final class MultipleHeadsException extends RevisionException {
    private static final long serialVersionUID = 1L;
    private final List<String> heads;
    private final String argument;

    public MultipleHeadsException(List<String> heads, String argument) {
        super("Multiple heads are present for given argument '" + argument + "'; " + String.join(", ", heads));
        this.heads = List.copyOf(heads);
        this.argument = argument;
    }

    public List<String> heads() {
        return heads;
    }

    public String argument() {
        return argument;
    }
}
