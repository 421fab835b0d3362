package dev.retort.ui.details;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the details pane shows about one revision, gathered from the graph in one go.
 *
 * @param roles "head", "base", "merge point", "branch point" as they apply
 * @param branchLabels labels after alembic's propagation along the branch
 * @param problems diagnostics about this revision
 */
public record RevisionDetails(String id, String message, String longDoc, Optional<String> createDate,
        List<String> downRevisions, List<String> children, List<String> branchLabels, List<String> dependsOn,
        Path path, int line, List<String> roles, List<Diagnostic> problems) {

    /** Drops alembic's "Revision ID / Revises / Create Date" lines: the pane shows them as facts. */
    static String withoutHeader(String doc) {
        return doc.lines().filter(l -> !l.startsWith("Revision ID:") && !l.startsWith("Revises:")
                && !l.startsWith("Create Date:")).collect(java.util.stream.Collectors.joining("\n")).strip();
    }

    public static RevisionDetails of(RevisionGraph graph, Revision rev, List<Diagnostic> diagnostics) {
        String id = rev.id();
        List<String> roles = new ArrayList<>();
        if (graph.isHead(id)) {
            roles.add("head");
        }
        if (graph.isBase(id)) {
            roles.add("base");
        }
        if (graph.isMergePoint(id)) {
            roles.add("merge point");
        }
        if (graph.isBranchPoint(id)) {
            roles.add("branch point");
        }
        List<Diagnostic> problems = diagnostics.stream().filter(d -> d.revisionId().map(id::equals).orElse(false))
                .toList();
        String rest = rev.longDoc().length() > rev.doc().length() ? withoutHeader(rev.longDoc().substring(rev.doc().length()))
                : "";
        return new RevisionDetails(id, rev.doc().strip(), rest, rev.createDateText(), rev.downRevisions(),
                List.copyOf(graph.children(id)), List.copyOf(graph.branchLabels(id)), rev.dependsOn(), rev.path(),
                rev.line(), roles, problems);
    }
}
