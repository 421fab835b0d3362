package dev.retort.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A merge revision file ready to be written, byte for byte what {@code alembic merge} would write.
 *
 * @param target the absolute path of the new file
 * @param fileName the file name relative to the version directory (may contain {@code /}
 *        with {@link AlembicFlavor#LATEST})
 * @param revisionId the new revision id
 * @param parents the resolved parents, in {@code down_revision} order
 * @param text the rendered file text
 * @param bytes {@code text} encoded with {@code output_encoding}
 * @param warnings things worth telling the user; empty for an ordinary merge
 */
public record MergePlan(
        Path target,
        String fileName,
        String revisionId,
        List<String> parents,
        String text,
        byte[] bytes,
        List<MergeWarning> warnings) implements MergeOutcome {

    public MergePlan {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(revisionId, "revisionId");
        parents = List.copyOf(parents);
        Objects.requireNonNull(text, "text");
        bytes = bytes.clone();
        warnings = List.copyOf(warnings);
    }

    /** A copy of the file content. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the file really merges two or more revisions. */
    public boolean isMerge() {
        return parents.size() >= 2;
    }

    /** What alembic prints while writing: {@code Generating <abs path> ...  done}. */
    public String generatingLine() {
        return "Generating " + target + " ...  done";
    }
}
