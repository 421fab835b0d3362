package dev.retort.layout;

import dev.retort.model.graph.EdgeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lanes of {@link LaneAssignment} into one polyline per edge, in layout coordinates.
 * Routes are listed by the child's row, down_revision parents in tuple order, then depends_on.
 */
final class EdgeRouter {
    private final IndexedGraph graph;
    private final RowOrder rows;
    private final LaneAssignment lanes;
    private final LayoutOptions options;

    private EdgeRouter(IndexedGraph graph, RowOrder rows, LaneAssignment lanes, LayoutOptions options) {
        this.graph = graph;
        this.rows = rows;
        this.lanes = lanes;
        this.options = options;
    }

    static List<EdgeRoute> route(IndexedGraph graph, RowOrder rows, LaneAssignment lanes, LayoutOptions options) {
        return new EdgeRouter(graph, rows, lanes, options).routes();
    }

    private List<EdgeRoute> routes() {
        List<EdgeRoute> routes = new ArrayList<>(graph.down.length + graph.dep.length);
        for (int row = 0; row < graph.size; row++) {
            int child = rows.nodeAt[row];
            for (int e = graph.downStart[child]; e < graph.downStart[child + 1]; e++) {
                routes.add(new EdgeRoute(graph.ids[graph.down[e]], graph.ids[child], EdgeKind.DOWN_REVISION,
                        downRoute(child, e)));
            }
            for (int e = graph.depStart[child]; e < graph.depStart[child + 1]; e++) {
                routes.add(new EdgeRoute(graph.ids[graph.dep[e]], graph.ids[child], EdgeKind.DEPENDS_ON,
                        dependencyRoute(child, graph.dep[e])));
            }
        }
        return routes;
    }

    private List<Point> downRoute(int child, int edge) {
        int parent = graph.down[edge];
        int childRow = rows.rowOf[child];
        int parentRow = rows.rowOf[parent];
        int childLane = lanes.laneOf[child];
        int parentLane = lanes.laneOf[parent];
        Polyline line = new Polyline().to(childLane, childRow);
        switch (lanes.routing[edge]) {
            case CHAIN, DIRECT -> {
                // nothing between the ends
            }
            case CHILD_LANE -> line.to(childLane, parentRow - 1);
            case PARENT_LANE -> line.to(parentLane, childRow + 1);
            case OWN_LANE -> line.to(lanes.edgeLane[edge], childRow + 1).to(lanes.edgeLane[edge], parentRow - 1);
        }
        return line.to(parentLane, parentRow).points();
    }

    /** Down the gap right of both ends' lanes, where no revision sits. */
    private List<Point> dependencyRoute(int child, int parent) {
        int childRow = rows.rowOf[child];
        int parentRow = rows.rowOf[parent];
        int childLane = lanes.laneOf[child];
        int parentLane = lanes.laneOf[parent];
        Polyline line = new Polyline().to(childLane, childRow);
        if (parentRow - childRow > 1) {
            double gap = Math.max(childLane, parentLane) + 0.5;
            line.to(gap, childRow + 1).to(gap, parentRow - 1);
        }
        return line.to(parentLane, parentRow).points();
    }

    /**
     * Collects grid points, dropping repeats and the middle of three points on one vertical
     * line (diagonals stay one row high, even when two happen to line up).
     */
    private final class Polyline {
        private final List<double[]> grid = new ArrayList<>(4);

        Polyline to(double lane, int row) {
            double[] next = {lane, row};
            int size = grid.size();
            if (size > 0 && same(grid.get(size - 1), next)) {
                return this;
            }
            if (size > 1 && vertical(grid.get(size - 2), grid.get(size - 1), next)) {
                grid.set(size - 1, next);
            } else {
                grid.add(next);
            }
            return this;
        }

        List<Point> points() {
            List<Point> points = new ArrayList<>(grid.size());
            for (double[] p : grid) {
                points.add(new Point(options.laneX(p[0]), options.rowY(p[1])));
            }
            return points;
        }

        private boolean same(double[] a, double[] b) {
            return a[0] == b[0] && a[1] == b[1];
        }

        private boolean vertical(double[] a, double[] b, double[] c) {
            return a[0] == b[0] && b[0] == c[0];
        }
    }
}
