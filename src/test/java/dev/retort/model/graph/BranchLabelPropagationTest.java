package dev.retort.model.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.revision.Revision;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The set-sharing propagation gives what a literal port of alembic's {@code _add_branches}
 * gives: a descendant walk per labelled revision, then the walk down from the last node it
 * visited.
 */
class BranchLabelPropagationTest {

    @Test
    void matchesTheLiteralAlgorithmOnRandomHistories() {
        for (long seed = 1; seed <= 300; seed++) {
            ProjectGenerator.Shape shape = new ProjectGenerator.Shape(10 + (int) (seed % 40), 0.3, 0.3, 0.05, 0.25,
                    0.2, false);
            List<Revision> revisions = new ArrayList<>();
            for (Rev r : ProjectGenerator.random(seed, shape)) {
                revisions.add(Revision.of(r.id(), r.down()).withDependsOn(r.dependsOn()).withBranchLabels(r.labels()));
            }
            RevisionGraph graph = RevisionGraph.build(revisions);
            Map<String, Set<String>> expected = literal(graph);
            for (Revision r : graph.revisions()) {
                assertThat(graph.branchLabels(r.id())).as("seed %d, %s", seed, r.id())
                        .containsExactlyInAnyOrderElementsOf(expected.get(r.id()));
            }
        }
    }

    /** alembic's loops, over the finished graph's children and parents. */
    private static Map<String, Set<String>> literal(RevisionGraph graph) {
        Map<String, Set<String>> labels = new HashMap<>();
        graph.revisions().forEach(r -> labels.put(r.id(), new LinkedHashSet<>(r.branchLabels())));
        for (Revision declaring : graph.revisions()) {
            if (declaring.branchLabels().isEmpty()) {
                continue;
            }
            String last = null;
            Set<String> seen = new LinkedHashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>(List.of(declaring.id()));
            while (!todo.isEmpty()) {
                String id = todo.pollLast();
                if (!seen.add(id)) {
                    continue;
                }
                todo.addAll(graph.children(id));
                labels.get(id).addAll(declaring.branchLabels());
                last = id;
            }
            String parent = last;
            while (parent != null && graph.allChildren(parent).size() <= 1 && !graph.isMergePoint(parent)) {
                labels.get(parent).addAll(declaring.branchLabels());
                List<String> parents = graph.parents(parent);
                parent = parents.isEmpty() ? null : parents.get(0);
            }
        }
        return labels;
    }
}
