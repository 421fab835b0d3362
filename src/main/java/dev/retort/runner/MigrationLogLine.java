package dev.retort.runner;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A "Running ..." line alembic logs when it starts a step (reference 4.6), without the logger
 * prefix: {@code Running upgrade A, B -> C, doc}, {@code Running upgrade  -> A, doc} (from base),
 * {@code Running downgrade C -> A, B, doc}, {@code Running stamp_revision A -> B}.
 *
 * @param kind upgrade, downgrade or stamp
 * @param from the revisions left of {@code ->} (empty from base)
 * @param right the text right of {@code ->}: the target revision(s) and, unless empty, the doc.
 *     For a downgrade to several parents the two cannot be told apart from the text alone
 * @param text the whole line as logged
 */
public record MigrationLogLine(Kind kind, List<String> from, String right, String text) {

    /** Which command logged the line. */
    public enum Kind {
        /** {@code Running upgrade ...}. */
        UPGRADE("Running upgrade "),
        /** {@code Running downgrade ...}. */
        DOWNGRADE("Running downgrade "),
        /** {@code Running stamp_revision ...}. */
        STAMP("Running stamp_revision ");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final String ARROW = " -> ";
    private static final String SQL_COMMENT = "-- ";

    public MigrationLogLine {
        Objects.requireNonNull(kind, "kind");
        from = List.copyOf(from);
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(text, "text");
    }

    /** Reads a log message ({@link OutputLine#message()}); empty for any other text. */
    public static Optional<MigrationLogLine> parse(String message) {
        for (Kind kind : Kind.values()) {
            if (message.startsWith(kind.prefix)) {
                String rest = message.substring(kind.prefix.length());
                if (rest.endsWith(" ->")) {
                    // "-- Running downgrade 001 -> " with its trailing space stripped by an editor
                    rest = rest + " ";
                }
                int arrow = rest.indexOf(ARROW);
                if (arrow < 0) {
                    return Optional.empty();
                }
                String left = rest.substring(0, arrow);
                List<String> from = left.isEmpty() ? List.of() : Arrays.asList(left.split(", "));
                return Optional.of(new MigrationLogLine(kind, from, rest.substring(arrow + ARROW.length()), message));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the comment {@code upgrade --sql} writes before each step's SQL
     * ({@code -- Running upgrade a -> b}, no doc).
     */
    public static Optional<MigrationLogLine> parseSqlComment(String line) {
        return line.startsWith(SQL_COMMENT) ? parse(line.substring(SQL_COMMENT.length())) : Optional.empty();
    }

    /**
     * The revision whose script runs: an upgrade's target (the first id right of the arrow), a
     * downgrade's source (left of the arrow), a stamp's destination(s).
     */
    public String revision() {
        return switch (kind) {
            case UPGRADE -> {
                int comma = right.indexOf(", ");
                yield comma < 0 ? right : right.substring(0, comma);
            }
            case DOWNGRADE -> String.join(", ", from);
            case STAMP -> right;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
