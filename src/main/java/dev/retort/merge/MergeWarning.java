package dev.retort.merge;

import java.util.Objects;

/**
 * Something the user should know about a merge plan that does not stop it.
 *
 * @param kind what it is about, for the UI to pick a presentation
 * @param message the human text
 */
public record MergeWarning(Kind kind, String message) {
    public MergeWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public enum Kind {
        /** Only one parent: alembic writes a plain revision, not a merge. */
        SINGLE_PARENT,
        /** No parent at all ({@code base}, or {@code heads} of an empty project): a new base revision. */
        NO_PARENT,
        /** {@code heads} left out a revision that is a head only because something depends on it. */
        EFFECTIVE_HEAD_SKIPPED,
        /** The revision id is legal for alembic but has characters outside {@code [A-Za-z0-9_]}. */
        UNUSUAL_REVISION_ID,
        /** {@code --rev-id ""}: alembic ignores it and generates a random id, as Retort did. */
        EMPTY_REVISION_ID,
        /** With {@code --branch-label}, alembic fails after writing because the template drops branch_labels. */
        BRANCH_LABEL_NOT_RENDERED,
        /** alembic 1.8 needs python-dateutil for {@code timezone}; without it, it fails. */
        TIMEZONE_NEEDS_DATEUTIL
    }
}
