package dev.retort.model.revision;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision script as alembic sees it after loading: the four module variables,
 * normalised the way {@code alembic.script.revision.Revision.__init__} does, plus the
 * docstring and the file.
 *
 * <p>Lists are in declaration order. {@code downRevisions} keeps duplicates
 * ({@code ('a', 'a')} is still a merge point for alembic); graph edges are de-duplicated
 * later.
 *
 * @param id the revision id ({@code revision = ...}, or the legacy all-hex file name)
 * @param downRevisions versioned parents; empty for a base
 * @param dependsOn declared {@code depends_on} entries, ids or branch labels as written
 * @param branchLabels declared {@code branch_labels}, de-duplicated, in source order
 * @param longDoc the module docstring stripped, or {@code ""}
 * @param path the file, as alembic prints it in {@code Path:} lines
 * @param line 1-based line of the {@code revision} assignment, 0 if unknown
 */
public record Revision(
        String id,
        List<String> downRevisions,
        List<String> dependsOn,
        List<String> branchLabels,
        String longDoc,
        Path path,
        int line) {

    private static final DateTimeFormatter CREATE_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        Objects.requireNonNull(longDoc, "longDoc");
        Objects.requireNonNull(path, "path");
    }

    /** A revision with no docstring, file or line: handy for tests and generated graphs. */
    public static Revision of(String id, List<String> downRevisions) {
        return new Revision(id, downRevisions, List.of(), List.of(), "", Path.of(id + ".py"), 0);
    }

    public Revision withDependsOn(List<String> deps) {
        return new Revision(id, downRevisions, deps, branchLabels, longDoc, path, line);
    }

    public Revision withBranchLabels(List<String> labels) {
        return new Revision(id, downRevisions, dependsOn, labels, longDoc, path, line);
    }

    public Revision withLongDoc(String doc) {
        return new Revision(id, downRevisions, dependsOn, branchLabels, doc, path, line);
    }

    /** {@code down_revision is None}: alembic's {@code is_base}. */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** More than one versioned parent (duplicates count): alembic's {@code is_merge_point}. */
    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }

    /** The first paragraph of the docstring: alembic's {@code Script.doc}. */
    public String doc() {
        int split = longDoc.indexOf("\n\n");
        return split < 0 ? longDoc : longDoc.substring(0, split);
    }

    /** The text after {@code Create Date:} in the docstring, if there is such a line. */
    public Optional<String> createDateText() {
        for (String docLine : longDoc.split("\n")) {
            String trimmed = docLine.strip();
            if (trimmed.startsWith("Create Date:")) {
                return Optional.of(trimmed.substring("Create Date:".length()).strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The create date from the docstring, read as local date-time; a {@code +HH:MM} offset is
     * ignored. Empty when the line is absent or not in {@code str(datetime)} form.
     */
    public Optional<LocalDateTime> createDate() {
        return createDateText().flatMap(text -> {
            String withoutOffset = text.replaceFirst("[+-]\\d\\d:\\d\\d$", "");
            try {
                return Optional.of(LocalDateTime.parse(withoutOffset, CREATE_DATE));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
