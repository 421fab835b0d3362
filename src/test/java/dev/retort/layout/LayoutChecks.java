package dev.retort.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.EdgeKind;
import dev.retort.model.graph.RevisionEdge;
import dev.retort.model.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants every layout must keep, checked against the graph: one row per revision,
 * children above parents, distinct positions, routes that end on their revisions, stay in
 * held lanes, never run over a revision, and never share a lane with another vertical run.
 */
final class LayoutChecks {
    private LayoutChecks() {
    }

    static void assertWellFormed(RevisionGraph graph, LayoutResult layout) {
        LayoutOptions options = layout.options();
        assertThat(layout.rowCount()).isEqualTo(graph.size());
        Set<String> positions = new HashSet<>();
        Set<String> cells = new HashSet<>();
        int maxLane = -1;
        for (int row = 0; row < layout.rowCount(); row++) {
            NodePlacement node = layout.atRow(row);
            assertThat(node.row()).isEqualTo(row);
            assertThat(layout.node(node.id())).isSameAs(node);
            assertThat(node.x()).isEqualTo(options.laneX(node.lane()));
            assertThat(node.y()).isEqualTo(options.rowY(row));
            assertThat(positions.add(node.x() + "," + node.y())).as("position of %s", node.id()).isTrue();
            assertThat(cells.add(node.row() + "," + node.lane())).as("cell of %s", node.id()).isTrue();
            assertThat(layout.lanesInUse(row)).contains(node.lane());
            maxLane = Math.max(maxLane, node.lane());
        }
        assertThat(layout.nodes()).extracting(NodePlacement::id).containsExactlyInAnyOrderElementsOf(
                graph.revisions().stream().map(r -> r.id()).toList());

        Map<String, EdgeKind> expected = new HashMap<>();
        for (RevisionEdge edge : graph.asGraph().edgeSet()) {
            expected.put(edge.child() + " -> " + edge.parent(), edge.kind());
        }
        Map<Integer, List<LaneSegment>> byLane = new HashMap<>();
        for (LaneSegment segment : layout.laneSegments()) {
            byLane.computeIfAbsent(segment.lane(), k -> new ArrayList<>()).add(segment);
        }
        Map<String, EdgeKind> routed = new HashMap<>();
        Map<Integer, List<int[]>> verticalRuns = new HashMap<>();
        for (EdgeRoute route : layout.edges()) {
            routed.put(route.child() + " -> " + route.parent(), route.kind());
            NodePlacement child = layout.node(route.child());
            NodePlacement parent = layout.node(route.parent());
            assertThat(child.row()).as("%s above its parent %s", route.child(), route.parent())
                    .isLessThan(parent.row());
            assertThat(route.start()).isEqualTo(child.center());
            assertThat(route.end()).isEqualTo(parent.center());
            checkSegments(layout, route, byLane, verticalRuns);
        }
        assertThat(routed).isEqualTo(expected);

        for (Map.Entry<Integer, List<int[]>> lane : verticalRuns.entrySet()) {
            List<int[]> runs = lane.getValue();
            runs.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int i = 1; i < runs.size(); i++) {
                assertThat(runs.get(i)[0]).as("vertical runs overlap in lane %d", lane.getKey())
                        .isGreaterThanOrEqualTo(runs.get(i - 1)[1]);
            }
        }

        Map<Integer, List<LaneSegment>> segmentsByLane = new HashMap<>();
        int previousFrom = -1;
        for (LaneSegment segment : layout.laneSegments()) {
            assertThat(segment.fromRow()).isGreaterThanOrEqualTo(previousFrom);
            previousFrom = segment.fromRow();
            assertThat(segment.toRow()).isLessThan(layout.rowCount());
            segmentsByLane.computeIfAbsent(segment.lane(), k -> new ArrayList<>()).add(segment);
            maxLane = Math.max(maxLane, segment.lane());
        }
        for (List<LaneSegment> segments : segmentsByLane.values()) {
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i).fromRow()).isGreaterThan(segments.get(i - 1).toRow());
            }
        }
        assertThat(layout.laneCount()).isEqualTo(maxLane + 1);
        for (int row = 0; row < layout.rowCount() && layout.rowCount() <= 2_000; row++) {
            int r = row;
            int[] bruteForce = layout.laneSegments().stream().filter(s -> s.covers(r))
                    .mapToInt(LaneSegment::lane).sorted().toArray();
            assertThat(layout.lanesInUse(row)).containsExactly(bruteForce);
        }
        for (NodePlacement node : layout.nodes()) {
            assertThat(layout.bounds().contains(node.center())).isTrue();
        }
        for (EdgeRoute route : layout.edges()) {
            route.points().forEach(p -> assertThat(layout.bounds().contains(p)).isTrue());
        }
    }

    /** Whether segments of the lane, end to end, hold it on every row from {@code from} to {@code to}. */
    private static boolean heldThroughout(Map<Integer, List<LaneSegment>> byLane, int lane, int from, int to) {
        int row = from;
        for (LaneSegment segment : byLane.getOrDefault(lane, List.of())) {
            if (segment.covers(row)) {
                row = segment.toRow() + 1;
                if (row > to) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Down_revision routes: diagonals span one row; vertical runs sit in a lane held over the
     * whole run and pass no revision but their ends. depends_on routes: no revision but the ends.
     */
    private static void checkSegments(LayoutResult layout, EdgeRoute route, Map<Integer, List<LaneSegment>> byLane,
            Map<Integer, List<int[]>> verticalRuns) {
        LayoutOptions options = layout.options();
        List<Point> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            double lane0 = (points.get(i - 1).x() - options.margin()) / options.laneWidth();
            double lane1 = (points.get(i).x() - options.margin()) / options.laneWidth();
            int row0 = (int) Math.round((points.get(i - 1).y() - options.margin()) / options.rowHeight());
            int row1 = (int) Math.round((points.get(i).y() - options.margin()) / options.rowHeight());
            assertThat(row1).as("routes go down: %s", route).isGreaterThan(row0);
            if (lane0 != lane1) {
                assertThat(row1 - row0).as("a bend spans one row: %s", route).isEqualTo(1);
                continue;
            }
            if (i > 1) {
                assertThat(points.get(i - 2).x()).as("vertical segments merged: %s", route).isNotEqualTo(points.get(i).x());
            }
            for (int row = row0 + 1; row < row1; row++) {
                assertThat((double) layout.atRow(row).lane()).as("%s runs over row %d", route, row).isNotEqualTo(lane0);
            }
            if (route.kind() == EdgeKind.DOWN_REVISION) {
                int lane = (int) lane0;
                assertThat(lane0).isEqualTo(lane);
                int from = row0;
                int to = row1;
                assertThat(heldThroughout(byLane, lane, from, to)).as("lane %d held on rows %d..%d for %s", lane,
                        from, to, route).isTrue();
                verticalRuns.computeIfAbsent(lane, k -> new ArrayList<>()).add(new int[] {from, to});
            } else if (lane0 % 1.0 == 0) {
                assertThat(row1 - row0).as("depends_on in a lane only between neighbours: %s", route).isEqualTo(1);
            } else {
                assertThat(lane0 % 1.0).as("depends_on runs between lanes: %s", route).isEqualTo(0.5);
            }
        }
    }
}
