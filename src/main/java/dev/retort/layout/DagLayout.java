package dev.retort.layout;

import dev.retort.model.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Lays out a revision graph like a git history graph: one revision per row, children above
 * parents, lines of history in lanes.
 *
 * <ul>
 *   <li><b>Rows</b>: a topological order over down_revision and depends_on edges with the heads
 *       at row 0 and the bases at the bottom; a line of history is followed down before another
 *       starts (as {@code git log --topo-order}), so a short side branch sits next to its merge;
 *       remaining ties go to the newer create date, then to the earlier load order.</li>
 *   <li><b>Lanes</b>: a revision continues the lane of its main-line child; a branch opens a lane
 *       and a merge closes one; a lane is reused on the row after it becomes free, so a long
 *       history of short branches stays a few lanes wide. depends_on edges claim no lane.</li>
 *   <li><b>Routes</b>: one polyline per edge, vertical inside a lane, bending next to the row of
 *       the end where it changes lanes.</li>
 * </ul>
 *
 * <p>Knows no toolkit: it returns numbers (compare JGraphT's {@code LayoutAlgorithm2D} and
 * JGit's {@code PlotCommitList}). Every pass is iterative and near-linear, so 100,000 revisions
 * are fine. Stateless and thread-safe; the same graph and options always give an equal result.
 */
public final class DagLayout {

    /** Lays the graph out with {@link LayoutOptions#DEFAULTS}. */
    public LayoutResult layout(RevisionGraph graph) {
        return layout(graph, LayoutOptions.DEFAULTS);
    }

    /** Lays the graph out. Never throws for a graph {@link RevisionGraph#build} produced. */
    public LayoutResult layout(RevisionGraph graph, LayoutOptions options) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(options, "options");
        if (graph.isEmpty()) {
            return LayoutResult.empty(options);
        }
        IndexedGraph indexed = IndexedGraph.of(graph);
        RowOrder rows = RowOrder.compute(indexed, options);
        LaneAssignment lanes = LaneAssignment.compute(indexed, rows);
        List<NodePlacement> nodes = new ArrayList<>(indexed.size);
        for (int row = 0; row < indexed.size; row++) {
            int node = rows.nodeAt[row];
            int lane = lanes.laneOf[node];
            nodes.add(new NodePlacement(indexed.ids[node], row, lane, options.laneX(lane), options.rowY(row)));
        }
        List<EdgeRoute> edges = EdgeRouter.route(indexed, rows, lanes, options);
        return new LayoutResult(nodes, edges, lanes.laneCount, Arrays.asList(lanes.segments), options);
    }
}
