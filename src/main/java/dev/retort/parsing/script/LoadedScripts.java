package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.revision.Revision;
import java.util.List;

/**
 * The revisions of a script directory in alembic's load order (the insertion order that breaks
 * ties in its revision map), and every problem met on the way, also in load order.
 */
public record LoadedScripts(List<Revision> revisions, List<Diagnostic> diagnostics) {
    public LoadedScripts {
        revisions = List.copyOf(revisions);
        diagnostics = List.copyOf(diagnostics);
    }
}
