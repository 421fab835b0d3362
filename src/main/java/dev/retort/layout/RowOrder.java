package dev.retort.layout;

import java.util.PriorityQueue;
import java.util.function.IntBinaryOperator;

/**
 * Puts the revisions in rows, top to bottom: a topological order over both kinds of edge in
 * which every child comes before (above) its parents, with branches kept together.
 *
 * <p>It is {@code git log --topo-order} turned to alembic: a revision is ready once all its
 * children (down_revision and depends_on) are placed; the revisions made ready by the last
 * placement go on top of a stack, so a line of history is followed down until it meets a
 * revision still waiting for another child, and only then does another line get its turn.
 * Among revisions freed by the same placement (the parents of a merge), the one with the
 * shorter history below it comes first, so a short-lived side branch sits right under its
 * merge; equal depth falls back to create date (newer higher), then load order (earlier higher).
 *
 * <p>With {@link LayoutOptions#headsOnTop()}, every revision without children is placed first,
 * newest first; with {@link LayoutOptions#basesAtBottom()}, a ready base waits until nothing
 * else is ready, so bases end up at the bottom. Iterative and O((V + E) log V) at worst.
 */
final class RowOrder {
    /** The revision on each row. */
    final int[] nodeAt;
    /** The row of each revision. */
    final int[] rowOf;

    private final IndexedGraph graph;
    private final LayoutOptions options;
    private final int[] childrenLeft;
    private final IntList stack;
    private final PriorityQueue<Integer> deferredBases;
    private final IntList freed = new IntList();
    private int rows;

    private RowOrder(IndexedGraph graph, LayoutOptions options) {
        this.graph = graph;
        this.options = options;
        this.nodeAt = new int[graph.size];
        this.rowOf = new int[graph.size];
        this.childrenLeft = graph.childCount.clone();
        this.stack = new IntList(64);
        this.deferredBases = new PriorityQueue<>(graph::newerFirst);
    }

    static RowOrder compute(IndexedGraph graph, LayoutOptions options) {
        RowOrder order = new RowOrder(graph, options);
        order.run();
        return order;
    }

    private void run() {
        IntList heads = new IntList();
        for (int n = 0; n < graph.size; n++) {
            if (childrenLeft[n] == 0) {
                heads.add(n);
            }
        }
        heads.sort(graph::newerFirst);
        if (options.headsOnTop()) {
            for (int i = 0; i < heads.size(); i++) {
                place(heads.get(i));
            }
            // Release in reverse: the first head's lineage ends on top of the stack and goes next.
            for (int i = heads.size() - 1; i >= 0; i--) {
                release(heads.get(i));
            }
        } else {
            freed.clear();
            for (int i = 0; i < heads.size(); i++) {
                offer(heads.get(i));
            }
            pushFreed(graph::newerFirst);
        }
        while (true) {
            int next;
            if (!stack.isEmpty()) {
                next = stack.pop();
            } else if (!deferredBases.isEmpty()) {
                next = deferredBases.poll();
            } else {
                break;
            }
            place(next);
            release(next);
        }
        if (rows != graph.size) {
            throw new IllegalStateException("The revision graph has a cycle; RevisionGraph should have broken it");
        }
    }

    private void place(int node) {
        rowOf[node] = rows;
        nodeAt[rows] = node;
        rows++;
    }

    /** Counts the placed revision off its parents and pushes those that became ready. */
    private void release(int node) {
        freed.clear();
        for (int e = graph.downStart[node]; e < graph.downStart[node + 1]; e++) {
            free(graph.down[e]);
        }
        for (int e = graph.depStart[node]; e < graph.depStart[node + 1]; e++) {
            free(graph.dep[e]);
        }
        pushFreed(this::shallowerFirst);
    }

    private void free(int parent) {
        if (--childrenLeft[parent] == 0) {
            offer(parent);
        }
    }

    /** A ready revision: a base waits at the bottom if asked to, anything else goes to {@link #freed}. */
    private void offer(int node) {
        if (options.basesAtBottom() && graph.isBase(node)) {
            deferredBases.add(node);
        } else {
            freed.add(node);
        }
    }

    /** Pushes the freed revisions so that the first in the given order is popped first. */
    private void pushFreed(IntBinaryOperator order) {
        freed.sort(order);
        for (int i = freed.size() - 1; i >= 0; i--) {
            stack.add(freed.get(i));
        }
    }

    private int shallowerFirst(int a, int b) {
        int byDepth = Integer.compare(graph.depth[a], graph.depth[b]);
        return byDepth != 0 ? byDepth : graph.newerFirst(a, b);
    }
}
