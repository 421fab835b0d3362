package dev.retort.ui.main;

import dev.retort.layout.EdgeRoute;
import dev.retort.layout.LayoutResult;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.EdgeKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a selection lights up: with one revision its ancestors and descendants (depends_on
 * included, as alembic counts them for upgrades); with two, the revisions on the paths between
 * them, through their merge base when neither descends from the other (the incident's two
 * heads light up back to where they diverged).
 *
 * @param nodeClasses style classes per revision id
 * @param edgeClasses style class per highlighted edge
 * @param pathIds the revisions between the two selected ones (empty with one selection)
 */
public record SelectionHighlight(Map<String, Set<String>> nodeClasses, Map<EdgeKey, String> edgeClasses,
        Set<String> pathIds) {

    public static final SelectionHighlight NONE = new SelectionHighlight(Map.of(), Map.of(), Set.of());

    public static SelectionHighlight of(RevisionGraph graph, LayoutResult layout, Optional<String> primary,
            Optional<String> secondary) {
        if (primary.isEmpty() || !graph.contains(primary.get())) {
            return NONE;
        }
        String a = primary.get();
        Map<String, Set<String>> nodes = new HashMap<>();
        Map<EdgeKey, String> edges = new HashMap<>();
        if (secondary.isPresent() && graph.contains(secondary.get()) && !secondary.get().equals(a)) {
            String b = secondary.get();
            Set<String> path = pathBetween(graph, a, b);
            path.forEach(id -> nodes.computeIfAbsent(id, k -> new HashSet<>()).add("path"));
            nodes.computeIfAbsent(a, k -> new HashSet<>()).add("selected");
            nodes.computeIfAbsent(b, k -> new HashSet<>()).add("secondary");
            for (EdgeRoute route : layout.edges()) {
                if (path.contains(route.child()) && path.contains(route.parent())) {
                    edges.put(EdgeKey.of(route), "path");
                }
            }
            return new SelectionHighlight(nodes, edges, path);
        }
        Set<String> up = new HashSet<>(graph.ancestors(a, true));
        Set<String> down = new HashSet<>(graph.descendants(a, true));
        up.forEach(id -> nodes.computeIfAbsent(id, k -> new HashSet<>()).add("ancestor"));
        down.forEach(id -> nodes.computeIfAbsent(id, k -> new HashSet<>()).add("descendant"));
        nodes.computeIfAbsent(a, k -> new HashSet<>()).add("selected");
        up.add(a);
        down.add(a);
        for (EdgeRoute route : layout.edges()) {
            boolean lineage = up.contains(route.child()) && up.contains(route.parent())
                    || down.contains(route.child()) && down.contains(route.parent());
            if (lineage) {
                edges.put(EdgeKey.of(route), "lineage");
            }
        }
        return new SelectionHighlight(nodes, edges, Set.of());
    }

    /** Revisions on every path between a and b, both included. */
    static Set<String> pathBetween(RevisionGraph graph, String a, String b) {
        Set<String> ancestorsOfA = graph.ancestors(a, true);
        Set<String> ancestorsOfB = graph.ancestors(b, true);
        Set<String> path = new LinkedHashSet<>();
        if (ancestorsOfB.contains(a)) {
            path.addAll(between(graph, a, ancestorsOfB));
        } else if (ancestorsOfA.contains(b)) {
            path.addAll(between(graph, b, ancestorsOfA));
        } else {
            for (String base : mergeBases(graph, ancestorsOfA, ancestorsOfB)) {
                path.addAll(between(graph, base, ancestorsOfA));
                path.addAll(between(graph, base, ancestorsOfB));
            }
        }
        path.add(a);
        path.add(b);
        return path;
    }

    private static Set<String> between(RevisionGraph graph, String lower, Set<String> ancestorsOfUpper) {
        Set<String> out = new HashSet<>(graph.descendants(lower, true));
        out.retainAll(ancestorsOfUpper);
        out.add(lower);
        return out;
    }

    /**
     * The newest common ancestors: those with no child among the common ancestors (a common
     * ancestor below another one always has a child on the way up that is common too).
     */
    private static Set<String> mergeBases(RevisionGraph graph, Set<String> ancestorsOfA, Set<String> ancestorsOfB) {
        Set<String> common = new HashSet<>(ancestorsOfA);
        common.retainAll(ancestorsOfB);
        Set<String> bases = new HashSet<>();
        for (String id : common) {
            if (graph.allChildren(id).stream().noneMatch(common::contains)) {
                bases.add(id);
            }
        }
        return bases;
    }
}
