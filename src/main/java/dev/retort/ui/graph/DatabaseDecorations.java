package dev.retort.ui.graph;

import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * The extra GraphStream nodes that show databases beside a revision, added and removed with
 * the revision as rows scroll in and out: a row of badges above and right of the revision
 * (clear of its label and of the lane line through it), filled for each database at it and
 * hollow for each that would run it on upgrade, so several databases at one revision all
 * show; and a tag with their names left of the lanes.
 */
final class DatabaseDecorations {
    /** Badges: offset from the revision and from each other, in graph units. */
    private static final double BADGE_X = 12;
    private static final double BADGE_STEP = 13;
    private static final double BADGE_Y = 15;
    /** Tags end this far left of the first lane. */
    private static final double TAG_GAP = 16;

    private final Graph graph;
    private final LayoutResult layout;
    private DatabaseMarks marks = DatabaseMarks.NONE;
    private final Map<String, List<String>> drawn = new HashMap<>();

    DatabaseDecorations(Graph graph, LayoutResult layout) {
        this.graph = graph;
        this.layout = layout;
    }

    /** Replaces the marks; redraws the decorations of the revisions present now. */
    void set(DatabaseMarks next, Set<String> present) {
        Set<String> touched = new HashSet<>(mentioned(marks));
        marks = next;
        touched.addAll(mentioned(marks));
        for (String id : touched) {
            if (present.contains(id)) {
                remove(id);
                add(layout.node(id));
            }
        }
    }

    private static Set<String> mentioned(DatabaseMarks m) {
        Set<String> ids = new HashSet<>(m.badges().keySet());
        ids.addAll(m.pendingBadges().keySet());
        ids.addAll(m.tags().keySet());
        return ids;
    }

    /** Draws the decorations of a revision that has just been added. */
    void add(NodePlacement place) {
        String id = place.id();
        List<String> nodes = new ArrayList<>();
        DatabaseMarks.Tag tag = marks.tags().get(id);
        if (tag != null) {
            Node node = graph.addNode(decorationId("tag", id));
            node.setAttribute("xyz", layout.options().laneX(0) - TAG_GAP, -place.y(), 0.0);
            node.setAttribute("ui.label", tag.text());
            node.setAttribute("ui.class", "tag_" + GraphStyleSheet.colorSuffix(tag.color()) + ", tag");
            nodes.add(node.getId());
        }
        List<String> classes = new ArrayList<>();
        marks.badges().getOrDefault(id, List.of()).forEach(c -> classes.add("badge_" + GraphStyleSheet.colorSuffix(c)));
        marks.pendingBadges().getOrDefault(id, List.of())
                .forEach(c -> classes.add("hollow_" + GraphStyleSheet.colorSuffix(c)));
        for (int i = 0; i < classes.size(); i++) {
            Node badge = graph.addNode(decorationId("badge" + i, id));
            badge.setAttribute("xyz", place.x() + BADGE_X + i * BADGE_STEP, -(place.y() - BADGE_Y), 0.0);
            badge.setAttribute("ui.class", classes.get(i) + ", badge");
            nodes.add(badge.getId());
        }
        if (!nodes.isEmpty()) {
            drawn.put(id, nodes);
        }
    }

    /** Removes the decorations of a revision leaving the graph. */
    void remove(String id) {
        List<String> nodes = drawn.remove(id);
        if (nodes != null) {
            nodes.forEach(graph::removeNode);
        }
    }

    /** Decoration nodes get ids no revision can have (revision ids never hold control characters). */
    private static String decorationId(String kind, String revision) {
        return "\u0001" + kind + "\u0001" + revision;
    }
}
