package dev.retort.model.graph;

import dev.retort.model.revision.Revision;
import java.util.List;

/**
 * The stub project of the reference (section 4), in alembic 1.8.1's load order, whose
 * {@code history}, {@code heads} and upgrade order were captured from the real alembic.
 */
final class ResearchStub {
    private ResearchStub() {
    }

    static Revision rev(String id, List<String> down, String doc) {
        return Revision.of(id, down).withLongDoc(doc + "\n\nRevision ID: " + id);
    }

    static List<Revision> revisions() {
        Revision users = rev("1a2b3c4d5e6f", List.of(), "create users").withBranchLabels(List.of("main"));
        Revision email = rev("2b3c4d5e6f70", List.of("1a2b3c4d5e6f"), "add email");
        Revision featureA = rev("3c4d5e6f7081", List.of("2b3c4d5e6f70"), "feature a");
        Revision featureB = rev("4d5e6f708192", List.of("2b3c4d5e6f70"), "feature b");
        Revision merge = rev("5e6f708192a3", List.of("4d5e6f708192", "3c4d5e6f7081"), "merge feature branches");
        Revision otherBase = rev("6f708192a3b4", List.of(), "other base").withBranchLabels(List.of("other"));
        Revision otherEmail = rev("708192a3b4c5", List.of("6f708192a3b4"), "other needs email")
                .withDependsOn(List.of("2b3c4d5e6f70"));
        Revision afterMerge = rev("8192a3b4c5d6", List.of("5e6f708192a3"), "after merge");
        Revision dependsLabel = rev("92a3b4c5d6e7", List.of("708192a3b4c5"), "depends on label")
                .withDependsOn(List.of("main"));
        return List.of(otherBase, merge, dependsLabel, featureB, otherEmail, afterMerge, users, email, featureA);
    }

    static RevisionGraph graph() {
        return RevisionGraph.build(revisions());
    }
}
