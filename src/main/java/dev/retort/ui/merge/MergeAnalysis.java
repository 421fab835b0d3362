package dev.retort.ui.merge;

import dev.retort.layout.EdgeRoute;
import dev.retort.layout.LayoutResult;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.graph.EdgeKey;
import dev.retort.ui.graph.GraphStyleSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the heads to merge have in common and what separates them: the branch points (the
 * newest revisions that are ancestors of every head) and, per head, the revisions only that
 * head's branch has. Ancestry counts depends_on, as upgrades do: what a database at one head
 * still has to run to reach the merge is exactly the other branches' revisions.
 *
 * @param branches one per head, in the order the heads were given
 * @param branchPoints the nearest common ancestors, newest first; empty when the heads share no
 *     revision (separate bases); more than one when the history forked and merged below the heads
 * @param shared revisions on some of the branches but not all (only with three heads or more),
 *     newest first
 */
public record MergeAnalysis(List<Branch> branches, List<String> branchPoints, List<String> shared) {

    /**
     * One head's side of the history.
     *
     * @param head the head
     * @param unique the revisions no other chosen head has, the head first, newest first
     */
    public record Branch(String head, List<String> unique) {
        public Branch {
            unique = List.copyOf(unique);
        }
    }

    public static final MergeAnalysis EMPTY = new MergeAnalysis(List.of(), List.of(), List.of());

    public MergeAnalysis {
        branches = List.copyOf(branches);
        branchPoints = List.copyOf(branchPoints);
        shared = List.copyOf(shared);
    }

    /** Analyses the given heads of {@code graph}; ids the graph lacks are ignored. */
    public static MergeAnalysis of(RevisionGraph graph, List<String> heads) {
        List<String> present = heads.stream().filter(graph::contains).distinct().toList();
        if (present.isEmpty()) {
            return EMPTY;
        }
        List<Set<String>> lineages = new ArrayList<>();
        for (String head : present) {
            Set<String> lineage = new HashSet<>(graph.ancestors(head, true));
            lineage.add(head);
            lineages.add(lineage);
        }
        Set<String> common = new HashSet<>(lineages.get(0));
        lineages.forEach(common::retainAll);
        List<String> newestFirst = new ArrayList<>(graph.topologicalOrder());
        java.util.Collections.reverse(newestFirst);
        List<String> points = newestFirst.stream().filter(common::contains)
                .filter(id -> graph.allChildren(id).stream().noneMatch(common::contains)).toList();
        List<Branch> branches = new ArrayList<>();
        Set<String> covered = new HashSet<>(common);
        for (int i = 0; i < present.size(); i++) {
            Set<String> others = new HashSet<>();
            for (int j = 0; j < present.size(); j++) {
                if (j != i) {
                    others.addAll(lineages.get(j));
                }
            }
            Set<String> mine = lineages.get(i);
            List<String> unique = newestFirst.stream().filter(mine::contains).filter(id -> !others.contains(id)).toList();
            branches.add(new Branch(present.get(i), unique));
            covered.addAll(unique);
        }
        Set<String> all = new HashSet<>();
        lineages.forEach(all::addAll);
        List<String> shared = newestFirst.stream().filter(all::contains).filter(id -> !covered.contains(id)).toList();
        return new MergeAnalysis(branches, points, shared);
    }

    public List<String> heads() {
        return branches.stream().map(Branch::head).toList();
    }

    /** Every revision some head has and not all: what a database at one head may lack. */
    public Set<String> divergent() {
        Set<String> out = new LinkedHashSet<>();
        branches.forEach(b -> out.addAll(b.unique()));
        out.addAll(shared);
        return out;
    }

    /** The graph overlay: each branch's revisions in its colour class, the branch points ringed. */
    public Map<String, Set<String>> nodeClasses() {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            String cls = GraphStyleSheet.branchClass(i);
            branches.get(i).unique().forEach(id -> out.computeIfAbsent(id, k -> new HashSet<>()).add(cls));
        }
        branchPoints.forEach(id -> out.computeIfAbsent(id, k -> new HashSet<>()).add("mergebase"));
        return out;
    }

    /**
     * The edges of each branch in its colour: between two of its revisions, and from its oldest
     * revisions down to the branch point or shared revision they start from.
     */
    public Map<EdgeKey, String> edgeClasses(LayoutResult layout) {
        Map<String, Integer> branchOf = new HashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            int index = i;
            branches.get(i).unique().forEach(id -> branchOf.put(id, index));
        }
        Map<EdgeKey, String> out = new HashMap<>();
        for (EdgeRoute route : layout.edges()) {
            Integer child = branchOf.get(route.child());
            if (child == null) {
                continue;
            }
            Integer parent = branchOf.get(route.parent());
            if (parent == null || parent.equals(child)) {
                out.put(EdgeKey.of(route), GraphStyleSheet.branchClass(child));
            }
        }
        return out;
    }
}
