package dev.retort.model.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** A growable list of diagnostics, handed from one loading phase to the next. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public Diagnostics add(Diagnostic diagnostic) {
        items.add(diagnostic);
        return this;
    }

    public Diagnostics addAll(Collection<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
        return this;
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** An unmodifiable snapshot. */
    public List<Diagnostic> list() {
        return Collections.unmodifiableList(new ArrayList<>(items));
    }
}
