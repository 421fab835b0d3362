package dev.retort.layout;

import dev.retort.model.graph.EdgeKind;
import java.util.List;
import java.util.Objects;

/**
 * How to draw one edge of the revision DAG: a polyline from the child (upper end) down to the
 * parent (lower end).
 *
 * <p>A down_revision edge runs vertically inside a lane and bends (one short diagonal between
 * two neighbouring rows) where it changes lanes: next to the child's row when it leaves a merge,
 * next to the parent's row when it joins a branch point. Its vertical part never passes over
 * another revision or over another edge's vertical part. A depends_on edge claims no lane: it
 * runs down the gap just right of the lanes of its ends (or straight, between neighbouring
 * rows), so it never crosses a revision either, but may share its gap with another depends_on
 * edge. Draw it dashed.
 *
 * @param parent the older revision (named in the child's {@code down_revision} or {@code depends_on})
 * @param child the newer revision
 * @param kind which variable named the parent
 * @param points at least two points, the first at the child's centre and the last at the
 *     parent's centre; consecutive points differ; a segment either
 *     stays in one lane (vertical) or spans exactly one row (a bend); no two vertical segments
 *     follow each other
 */
public record EdgeRoute(String parent, String child, EdgeKind kind, List<Point> points) {

    public EdgeRoute {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(kind, "kind");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("A route needs two points at least: " + child + " -> " + parent);
        }
    }

    /** The child's end of the route. */
    public Point start() {
        return points.get(0);
    }

    /** The parent's end of the route. */
    public Point end() {
        return points.get(points.size() - 1);
    }

    /** Whether this is a depends_on edge (drawn dashed). */
    public boolean isDependency() {
        return kind == EdgeKind.DEPENDS_ON;
    }
}
