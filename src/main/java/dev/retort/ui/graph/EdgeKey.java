package dev.retort.ui.graph;

import dev.retort.layout.EdgeRoute;

/** One edge of the drawing: child to parent, and whether it is a depends_on edge. */
public record EdgeKey(String child, String parent, boolean dependsOn) {

    public static EdgeKey of(EdgeRoute route) {
        return new EdgeKey(route.child(), route.parent(), route.isDependency());
    }

    /** The GraphStream edge id. */
    String graphId() {
        return child + "\u2192" + parent + (dependsOn ? "~d" : "");
    }
}
