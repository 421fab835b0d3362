package dev.retort.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The output of {@link DagLayout}: where every revision sits and how every edge runs, in plain
 * numbers. Immutable; safe to hand from a background thread to the view.
 *
 * <p>Row 0 is the top; children always sit on smaller rows than their parents. Coordinates
 * follow {@link LayoutOptions}: a revision's centre is at
 * {@code (margin + lane * laneWidth, margin + row * rowHeight)}.
 */
public final class LayoutResult {
    private final List<NodePlacement> nodes;
    private final Map<String, NodePlacement> byId;
    private final List<EdgeRoute> edges;
    private final int laneCount;
    private final List<LaneSegment> laneSegments;
    private final LaneIndex laneIndex;
    private final Bounds bounds;
    private final LayoutOptions options;

    LayoutResult(List<NodePlacement> nodes, List<EdgeRoute> edges, int laneCount, List<LaneSegment> laneSegments,
            LayoutOptions options) {
        this.nodes = List.copyOf(nodes);
        this.byId = new HashMap<>(nodes.size() * 2);
        for (NodePlacement node : nodes) {
            byId.put(node.id(), node);
        }
        this.edges = List.copyOf(edges);
        this.laneCount = laneCount;
        this.laneSegments = List.copyOf(laneSegments);
        this.laneIndex = new LaneIndex(this.laneSegments, nodes.size());
        this.options = options;
        this.bounds = computeBounds();
    }

    /** An empty layout (no revisions). */
    static LayoutResult empty(LayoutOptions options) {
        return new LayoutResult(List.of(), List.of(), 0, List.of(), options);
    }

    /** Every revision, in row order: {@code nodes().get(r).row() == r}. */
    public List<NodePlacement> nodes() {
        return nodes;
    }

    /** The revision on a row. */
    public NodePlacement atRow(int row) {
        return nodes.get(row);
    }

    /** Where a revision sits, if the graph had it. */
    public Optional<NodePlacement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Where a revision sits.
     *
     * @throws IllegalArgumentException if the graph had no such revision
     */
    public NodePlacement node(String id) {
        NodePlacement node = byId.get(id);
        if (node == null) {
            throw new IllegalArgumentException("No revision " + id + " in this layout");
        }
        return node;
    }

    /** One route per edge of the DAG (both kinds), ordered by the child's row. */
    public List<EdgeRoute> edges() {
        return edges;
    }

    /** How many lanes (columns) the layout uses; 0 when empty. */
    public int laneCount() {
        return laneCount;
    }

    /** How many rows: one per revision. */
    public int rowCount() {
        return nodes.size();
    }

    /**
     * The lanes held by lines of history and long edges, sorted by first row. What a renderer
     * needs to draw lane guides, or to find what crosses a band of rows.
     */
    public List<LaneSegment> laneSegments() {
        return laneSegments;
    }

    /**
     * The lanes in use on a row (by the revision there, or by a line passing it), ascending.
     * Lanes used only by depends_on edges are not counted: those edges claim no lane.
     */
    public int[] lanesInUse(int row) {
        if (row < 0 || row >= nodes.size()) {
            throw new IndexOutOfBoundsException("Row " + row + " of " + nodes.size());
        }
        return laneIndex.lanesAt(row);
    }

    /**
     * The smallest rectangle holding every revision centre and route point, grown by the
     * margin on the right and bottom ({@code minX} and {@code minY} are 0); {@link Bounds#EMPTY}
     * for an empty layout.
     */
    public Bounds bounds() {
        return bounds;
    }

    /** The options this layout was made with. */
    public LayoutOptions options() {
        return options;
    }

    private Bounds computeBounds() {
        if (nodes.isEmpty()) {
            return Bounds.EMPTY;
        }
        double maxX = 0;
        double maxY = 0;
        for (NodePlacement node : nodes) {
            maxX = Math.max(maxX, node.x());
            maxY = Math.max(maxY, node.y());
        }
        for (EdgeRoute edge : edges) {
            for (Point point : edge.points()) {
                maxX = Math.max(maxX, point.x());
                maxY = Math.max(maxY, point.y());
            }
        }
        return new Bounds(0, 0, maxX + options.margin(), maxY + options.margin());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayoutResult that && nodes.equals(that.nodes) && edges.equals(that.edges)
                && laneCount == that.laneCount && laneSegments.equals(that.laneSegments)
                && options.equals(that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes, edges, laneCount, laneSegments, options);
    }

    @Override
    public String toString() {
        return "LayoutResult[" + nodes.size() + " rows, " + laneCount + " lanes, " + edges.size() + " edges]";
    }
}
