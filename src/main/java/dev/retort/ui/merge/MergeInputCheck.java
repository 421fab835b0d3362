package dev.retort.ui.merge;

import dev.retort.merge.AlembicFlavor;
import dev.retort.merge.RevisionIds;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.Optional;
import java.util.Set;

/**
 * The live checks of the choose step, each giving the message shown under its field. They
 * catch before the preview what would make alembic fail or break the history later.
 */
public final class MergeInputCheck {
    private static final Set<String> RESERVED_LABELS = Set.of("head", "heads", "base", "current");

    private MergeInputCheck() {
    }

    /**
     * An explicit revision id: alembic's legal characters, unique in the graph, at most
     * {@link RevisionIds#MAX_LENGTH} characters (alembic_version.version_num is VARCHAR(32)).
     * Empty is fine (a random id is used).
     */
    public static Optional<String> revisionId(String id, RevisionGraph graph, AlembicFlavor flavor) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> illegal = RevisionIds.alembicError(id, flavor);
        if (illegal.isPresent()) {
            return Optional.of(illegal.get() + " (alembic refuses it)");
        }
        if (id.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("Spaces are not allowed: the id becomes part of the file name and of every alembic command");
        }
        if (id.contains("/") || id.contains("\0")) {
            return Optional.of("'/' cannot be part of a revision id: the id becomes part of the file name");
        }
        if (graph.contains(id)) {
            return Optional.of("Revision id '" + id + "' already exists (" + graph.revision(id).map(Revision::path)
                    .map(p -> String.valueOf(p.getFileName())).orElse("?") + "); ids must be unique");
        }
        if (graph.labelOwner(id).isPresent()) {
            return Optional.of("'" + id + "' is already a branch label (of " + graph.labelOwner(id).get()
                    + "); alembic refuses to load a revision whose id is a label");
        }
        int length = id.codePointCount(0, id.length());
        if (length > RevisionIds.MAX_LENGTH) {
            return Optional.of("Revision id is " + length + " characters long; alembic_version.version_num is VARCHAR("
                    + RevisionIds.MAX_LENGTH + "), so upgrading to it would fail");
        }
        return Optional.empty();
    }

    /** An optional branch label: not taken by a revision id or another label, usable in specs. */
    public static Optional<String> branchLabel(String label, String newRevisionId, RevisionGraph graph) {
        if (label.isEmpty()) {
            return Optional.empty();
        }
        if (label.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("Spaces are not allowed in a branch label");
        }
        if (label.contains("@")) {
            return Optional.of("'@' is not allowed: alembic reads 'label@head' as label and revision");
        }
        if (RESERVED_LABELS.contains(label)) {
            return Optional.of("'" + label + "' already means something in revision specs");
        }
        if (label.equals(newRevisionId)) {
            return Optional.of("The label must differ from the new revision's id");
        }
        Optional<String> owner = graph.labelOwner(label);
        if (owner.isPresent()) {
            return Optional.of("Branch name '" + label + "' is already used by revision " + owner.get());
        }
        if (graph.contains(label)) {
            return Optional.of("Branch name '" + label + "' is already a revision id; alembic refuses to load it");
        }
        return Optional.empty();
    }
}
