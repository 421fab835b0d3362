package dev.retort.merge;

import java.util.Objects;

/**
 * Why no merge file can be written.
 *
 * @param kind who says no, and so how to present it
 * @param message the text to show; for {@link Kind#ALEMBIC} exactly what alembic prints after {@code FAILED: }
 */
public record MergeFailure(Kind kind, String message) implements MergeOutcome {
    public MergeFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public enum Kind {
        /** alembic fails too and prints {@code FAILED: <message>} with this very text. */
        ALEMBIC,
        /**
         * alembic fails too, but says it differently (a traceback, or
         * {@code Template rendering failed; see <tmp>.txt ...}); the message describes the cause.
         */
        ALEMBIC_OTHER,
        /** Retort cannot reproduce alembic here (template outside the Mako subset, ...); run alembic itself. */
        UNSUPPORTED,
        /** alembic would go ahead, but Retort refuses because the result would be harmful. */
        REFUSED
    }

    static MergeFailure alembic(String message) {
        return new MergeFailure(Kind.ALEMBIC, message);
    }

    static MergeFailure alembicOther(String message) {
        return new MergeFailure(Kind.ALEMBIC_OTHER, message);
    }

    static MergeFailure unsupported(String message) {
        return new MergeFailure(Kind.UNSUPPORTED, message);
    }

    static MergeFailure refused(String message) {
        return new MergeFailure(Kind.REFUSED, message);
    }
}
