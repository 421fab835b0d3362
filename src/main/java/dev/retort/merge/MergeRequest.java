package dev.retort.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asked for: {@code alembic merge [-m MESSAGE] [--branch-label LABEL]
 * [--rev-id ID] REVISIONS...}.
 *
 * @param revisions the revision arguments in order: ids, unique prefixes, {@code heads},
 *        {@code head}, branch labels, {@code label@head}
 * @param message the {@code -m} text; empty gives the docstring {@code empty message} and an empty slug
 * @param branchLabel {@code --branch-label}
 * @param revisionId {@code --rev-id}; empty (or an empty string, as in alembic) means a random
 *        12-hex-digit id
 */
public record MergeRequest(
        List<String> revisions,
        Optional<String> message,
        Optional<String> branchLabel,
        Optional<String> revisionId) {

    public MergeRequest {
        revisions = List.copyOf(revisions);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(branchLabel, "branchLabel");
        Objects.requireNonNull(revisionId, "revisionId");
    }

    /** {@code alembic merge -m message revisions...}; a {@code null} message means no {@code -m}. */
    public static MergeRequest of(String message, String... revisions) {
        return new MergeRequest(Arrays.asList(revisions), Optional.ofNullable(message), Optional.empty(),
                Optional.empty());
    }

    public MergeRequest withRevisionId(String id) {
        return new MergeRequest(revisions, message, branchLabel, Optional.ofNullable(id));
    }

    public MergeRequest withBranchLabel(String label) {
        return new MergeRequest(revisions, message, Optional.ofNullable(label), revisionId);
    }

    /**
     * The arguments after {@code alembic} that do the same with the real CLI (for the
     * "run it yourself" fallback), e.g. {@code merge -m "merge heads" --rev-id X a b}.
     */
    public List<String> alembicArguments() {
        List<String> args = new ArrayList<>(List.of("merge"));
        message.ifPresent(m -> args.addAll(List.of("-m", m)));
        branchLabel.ifPresent(l -> args.addAll(List.of("--branch-label", l)));
        revisionId.filter(id -> !id.isEmpty()).ifPresent(id -> args.addAll(List.of("--rev-id", id)));
        args.addAll(revisions);
        return args;
    }

    /**
     * The whole command for a POSIX shell, e.g. {@code alembic merge -m 'merge heads' a b}, for
     * the user to run when Retort cannot write the file itself.
     */
    public String shellCommand() {
        StringBuilder out = new StringBuilder("alembic");
        for (String arg : alembicArguments()) {
            out.append(' ').append(arg.matches("[A-Za-z0-9_@.,:/=+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return out.toString();
    }
}
