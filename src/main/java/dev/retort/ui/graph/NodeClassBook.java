package dev.retort.ui.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The style classes of every revision node, from several independent layers: the structure of
 * the graph (head, base, merge...), the selection (selected, ancestor, path...) and overlays
 * added later by other features (current, pending for a database; planstep, planrunning,
 * plandone, planfailed for the upgrade wizard's steps). Each layer is replaced
 * whole; {@link #classesOf} merges them in {@link #PRIORITY} order because GraphStream lets
 * the first listed class win when two classes set the same property.
 *
 * <p>A variant {@code name_suffix} of a listed class (e.g. {@code current_1f77b4}, a database's
 * own ring colour) ranks just before {@code name}, so it overrides the generic look but still
 * yields to everything above {@code name}.
 */
public final class NodeClassBook {
    /** Highest priority first. Unknown classes (a new overlay) come after these, sorted. */
    public static final List<String> PRIORITY = List.of(
            "selected", "secondary", "mergebase", "mergebranch1", "mergebranch2", "mergebranch3",
            "mergebranch4", "planrunning", "planfailed", "path", "match", "ancestor", "descendant",
            "current", "plandone", "planstep", "pending", "warning",
            "problem", "head", "merge", "branchpoint", "base", "labeled");

    private final Map<String, Map<String, Set<String>>> layers = new LinkedHashMap<>();

    /** Replaces one layer: for each revision id, the classes this layer gives it. */
    public void setLayer(String layer, Map<String, ? extends Collection<String>> classes) {
        Map<String, Set<String>> copy = new HashMap<>();
        classes.forEach((id, set) -> {
            if (!set.isEmpty()) {
                copy.put(id, Set.copyOf(set));
            }
        });
        layers.put(layer, copy);
    }

    public void clearLayer(String layer) {
        layers.remove(layer);
    }

    /** The ids some layer mentions; only these can have classes. */
    public Set<String> mentionedIds() {
        Set<String> ids = new TreeSet<>();
        layers.values().forEach(layer -> ids.addAll(layer.keySet()));
        return ids;
    }

    /** The {@code ui.class} value of a node: its classes, highest priority first, comma separated. */
    public String classesOf(String id) {
        List<String> known = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (Map<String, Set<String>> layer : layers.values()) {
            for (String cls : layer.getOrDefault(id, Set.of())) {
                if (rank(cls) >= 0) {
                    if (!known.contains(cls)) {
                        known.add(cls);
                    }
                } else {
                    unknown.add(cls);
                }
            }
        }
        known.sort(java.util.Comparator.comparingInt(NodeClassBook::rank).thenComparing(c -> c));
        known.addAll(unknown);
        return String.join(", ", known);
    }

    /** Twice the priority index, one less for a variant; -1 when the class is not ranked. */
    private static int rank(String cls) {
        int index = PRIORITY.indexOf(cls);
        if (index >= 0) {
            return 2 * index + 1;
        }
        int underscore = cls.indexOf('_');
        return underscore > 0 ? 2 * PRIORITY.indexOf(cls.substring(0, underscore)) : -1;
    }
}
