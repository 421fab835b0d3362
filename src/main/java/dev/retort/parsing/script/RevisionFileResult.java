package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.revision.Revision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision file read statically.
 *
 * @param revision the revision, absent when alembic would have no id for it (no {@code revision}
 *     and no legacy file name, a computed or non-str {@code revision}, an unreadable or binary file)
 * @param diagnostics everything noticed about the file, located, with the revision id when known
 */
public record RevisionFileResult(Optional<Revision> revision, List<Diagnostic> diagnostics) {
    public RevisionFileResult {
        Objects.requireNonNull(revision, "revision");
        diagnostics = List.copyOf(diagnostics);
    }
}
