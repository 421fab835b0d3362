package dev.retort.model.graph;

import java.util.List;

/**
 * The facts every view shows first, computed once per load.
 *
 * @param revisions how many distinct revisions
 * @param heads versioned heads in load order
 * @param realHeads heads counting depends_on
 * @param bases declared bases
 * @param branchPoints revisions with several children
 * @param mergePoints revisions with several parents
 */
public record GraphSummary(int revisions, List<String> heads, List<String> realHeads, List<String> bases,
        List<String> branchPoints, List<String> mergePoints) {

    public GraphSummary {
        heads = List.copyOf(heads);
        realHeads = List.copyOf(realHeads);
        bases = List.copyOf(bases);
        branchPoints = List.copyOf(branchPoints);
        mergePoints = List.copyOf(mergePoints);
    }

    public static GraphSummary of(RevisionGraph graph) {
        return new GraphSummary(graph.size(), graph.heads(), graph.realHeads(), graph.bases(), graph.branchPoints(),
                graph.mergePoints());
    }

    public boolean hasMultipleHeads() {
        return heads.size() > 1;
    }
}
