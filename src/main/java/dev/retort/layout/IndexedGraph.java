package dev.retort.layout;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revision graph as int arrays, revisions numbered in load order: what the layout passes
 * work on.
 *
 * <p>Parents are the existing down_revision parents in tuple order ({@link RevisionGraph#parents});
 * dependencies are the resolved depends_on parents that are not down_revision parents as well
 * (the DAG keeps a single, down_revision, edge for such a pair). Both are stored as compressed
 * rows: the parents of {@code n} are {@code down[downStart[n] .. downStart[n + 1])}.
 */
final class IndexedGraph {
    final int size;
    final String[] ids;
    final int[] downStart;
    final int[] down;
    final int[] depStart;
    final int[] dep;
    /** Children over both kinds of edge. */
    final int[] childCount;
    /** Longest path, over both kinds of edge, from a revision without parents. */
    final int[] depth;
    private final List<Revision> revisions;
    /** Create dates, parsed on first use: only revisions that compete for a row need one. */
    private final LocalDateTime[] createDates;
    private final boolean[] dateRead;

    private IndexedGraph(String[] ids, List<Revision> revisions, int[] downStart, int[] down, int[] depStart,
            int[] dep) {
        this.size = ids.length;
        this.ids = ids;
        this.revisions = revisions;
        this.createDates = new LocalDateTime[size];
        this.dateRead = new boolean[size];
        this.downStart = downStart;
        this.down = down;
        this.depStart = depStart;
        this.dep = dep;
        this.childCount = new int[size];
        for (int parent : down) {
            childCount[parent]++;
        }
        for (int parent : dep) {
            childCount[parent]++;
        }
        this.depth = computeDepths();
    }

    static IndexedGraph of(RevisionGraph graph) {
        List<Revision> revisions = graph.revisions();
        int n = revisions.size();
        String[] ids = new String[n];
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Revision revision = revisions.get(i);
            ids[i] = revision.id();
            index.put(revision.id(), i);
        }
        int[] downStart = new int[n + 1];
        int[] depStart = new int[n + 1];
        IntList down = new IntList(n);
        IntList dep = new IntList(16);
        for (int i = 0; i < n; i++) {
            List<String> parents = graph.parents(ids[i]);
            for (String parent : parents) {
                Integer p = index.get(parent);
                if (p != null) {
                    down.add(p);
                }
            }
            downStart[i + 1] = down.size();
            List<String> dependencies = graph.dependencies(ids[i]);
            if (!dependencies.isEmpty()) {
                Set<String> seen = new HashSet<>(parents);
                for (String dependency : dependencies) {
                    Integer d = index.get(dependency);
                    if (d != null && seen.add(dependency)) {
                        dep.add(d);
                    }
                }
            }
            depStart[i + 1] = dep.size();
        }
        return new IndexedGraph(ids, revisions, downStart, down.toArray(), depStart, dep.toArray());
    }

    /** No down_revision parent: alembic's base. */
    boolean isBase(int node) {
        return downStart[node] == downStart[node + 1];
    }

    /**
     * Orders two revisions newest first: a later create date first, a known date before an
     * unknown one, then earlier load order first.
     */
    int newerFirst(int a, int b) {
        LocalDateTime da = createDate(a);
        LocalDateTime db = createDate(b);
        if (da != null && db != null) {
            int byDate = db.compareTo(da);
            if (byDate != 0) {
                return byDate;
            }
        } else if (da != null) {
            return -1;
        } else if (db != null) {
            return 1;
        }
        return Integer.compare(a, b);
    }

    private LocalDateTime createDate(int node) {
        if (!dateRead[node]) {
            createDates[node] = revisions.get(node).createDate().orElse(null);
            dateRead[node] = true;
        }
        return createDates[node];
    }

    /** Kahn's algorithm from the revisions without parents; iterative, linear. */
    private int[] computeDepths() {
        int[] childStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            childStart[i + 1] = childStart[i] + childCount[i];
        }
        int[] children = new int[childStart[size]];
        int[] fill = new int[size];
        int[] parentsLeft = new int[size];
        for (int c = 0; c < size; c++) {
            for (int e = downStart[c]; e < downStart[c + 1]; e++) {
                int p = down[e];
                children[childStart[p] + fill[p]++] = c;
            }
            for (int e = depStart[c]; e < depStart[c + 1]; e++) {
                int p = dep[e];
                children[childStart[p] + fill[p]++] = c;
            }
            parentsLeft[c] = (downStart[c + 1] - downStart[c]) + (depStart[c + 1] - depStart[c]);
        }
        int[] result = new int[size];
        IntList ready = new IntList(size);
        for (int i = 0; i < size; i++) {
            if (parentsLeft[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int p = ready.pop();
            for (int k = childStart[p]; k < childStart[p + 1]; k++) {
                int c = children[k];
                result[c] = Math.max(result[c], result[p] + 1);
                if (--parentsLeft[c] == 0) {
                    ready.add(c);
                }
            }
        }
        return result;
    }
}
