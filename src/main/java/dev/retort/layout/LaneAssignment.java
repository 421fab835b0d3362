package dev.retort.layout;

import java.util.Arrays;

/**
 * Gives every revision and every long down_revision edge a lane, like JGit's
 * {@code PlotCommitList}, for rows already fixed by {@link RowOrder}.
 *
 * <p>First the down_revision edges are split into <em>chains</em>, lines of history drawn
 * straight down one lane. Going down the rows, each revision asks its preferred parent (the one
 * with the most history below it: the main line of a merge; equal depth: tuple order) to
 * continue its chain; a parent continues the chain that started highest (the longest lane, as
 * JGit does) and the other children ask their next parent. A child left at the end of its chain
 * opens a branch; a parent left at the top of its chain closes one.
 *
 * <p>Then every other down_revision edge finds a lane for its vertical part: the lane of the
 * child's chain extended down (a branch joining its branch point), else the lane of the
 * parent's chain extended up (an edge leaving a merge), else a lane of its own. Edges between
 * neighbouring rows need no lane. Each chain, with its extensions, and each edge of its own
 * holds one lane over an interval of rows; a sweep in row order gives each interval the lowest
 * free lane, so lanes are reused on the row after they are freed and the lane count is the
 * largest number of lines crossing a row. depends_on edges claim nothing.
 */
final class LaneAssignment {

    /** How a down_revision edge is drawn. */
    enum Routing {
        /** Child and parent on one chain: a vertical line in their lane. */
        CHAIN,
        /** Child and parent on neighbouring rows: one straight segment. */
        DIRECT,
        /** Down the child's lane, bending into the parent just above the parent's row. */
        CHILD_LANE,
        /** Bending out of the child just below its row, then down the parent's lane. */
        PARENT_LANE,
        /** Bending out below the child, down a lane of its own, bending in above the parent. */
        OWN_LANE
    }

    /** Lane of each revision. */
    final int[] laneOf;
    /** Routing of each down_revision edge, indexed like {@link IndexedGraph#down}. */
    final Routing[] routing;
    /** Lane of each down_revision edge's vertical part, -1 for {@link Routing#DIRECT}. */
    final int[] edgeLane;
    final LaneSegment[] segments;
    final int laneCount;

    private final IndexedGraph graph;
    private final int[] rowOf;
    private final int[] nodeAt;
    private final int[] chainOf;
    private final int[] chainParent;
    private final IntList chainTop = new IntList();
    private final IntList chainBottom = new IntList();
    private final IntList intervalStart = new IntList();
    private final IntList intervalEnd = new IntList();
    private final int[] edgeInterval;

    private LaneAssignment(IndexedGraph graph, RowOrder rows) {
        this.graph = graph;
        this.rowOf = rows.rowOf;
        this.nodeAt = rows.nodeAt;
        int n = graph.size;
        this.laneOf = new int[n];
        this.chainOf = new int[n];
        this.chainParent = new int[n];
        Arrays.fill(chainParent, -1);
        this.routing = new Routing[graph.down.length];
        this.edgeLane = new int[graph.down.length];
        this.edgeInterval = new int[graph.down.length];
        Arrays.fill(edgeInterval, -1);
        buildChains();
        routeEdges();
        int[] intervalLane = sweep();
        int lanes = 0;
        for (int lane : intervalLane) {
            lanes = Math.max(lanes, lane + 1);
        }
        this.laneCount = lanes;
        this.segments = new LaneSegment[intervalStart.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new LaneSegment(intervalLane[i], intervalStart.get(i), intervalEnd.get(i));
        }
        Arrays.sort(segments, (a, b) -> a.fromRow() != b.fromRow()
                ? Integer.compare(a.fromRow(), b.fromRow()) : Integer.compare(a.lane(), b.lane()));
        for (int node = 0; node < n; node++) {
            laneOf[node] = intervalLane[chainOf[node]];
        }
        for (int e = 0; e < edgeInterval.length; e++) {
            edgeLane[e] = edgeInterval[e] < 0 ? -1 : intervalLane[edgeInterval[e]];
        }
    }

    static LaneAssignment compute(IndexedGraph graph, RowOrder rows) {
        return new LaneAssignment(graph, rows);
    }

    private void buildChains() {
        int n = graph.size;
        int[] preference = preferenceOrder();
        int[] nextChoice = Arrays.copyOf(graph.downStart, n);
        int[] askedBy = new int[n];
        Arrays.fill(askedBy, -1);
        int[] nextAsking = new int[n];
        for (int row = 0; row < n; row++) {
            int parent = nodeAt[row];
            int best = -1;
            for (int c = askedBy[parent]; c >= 0; c = nextAsking[c]) {
                if (best < 0 || topRow(c) < topRow(best)) {
                    best = c;
                }
            }
            int chain;
            if (best >= 0) {
                chain = chainOf[best];
                chainBottom.set(chain, parent);
                chainParent[best] = parent;
            } else {
                chain = chainTop.size();
                chainTop.add(parent);
                chainBottom.add(parent);
            }
            chainOf[parent] = chain;
            for (int c = askedBy[parent]; c >= 0; ) {
                int following = nextAsking[c];
                if (c != best) {
                    askNext(c, row, preference, nextChoice, askedBy, nextAsking);
                }
                c = following;
            }
            askNext(parent, row, preference, nextChoice, askedBy, nextAsking);
        }
    }

    /** The child asks its next preferred parent still below {@code row}, if any. */
    private void askNext(int child, int row, int[] preference, int[] nextChoice, int[] askedBy, int[] nextAsking) {
        int end = graph.downStart[child + 1];
        while (nextChoice[child] < end) {
            int candidate = preference[nextChoice[child]++];
            if (rowOf[candidate] > row) {
                nextAsking[child] = askedBy[candidate];
                askedBy[candidate] = child;
                return;
            }
        }
    }

    /** Each revision's parents, deepest first, ties in tuple order; laid out like {@link IndexedGraph#down}. */
    private int[] preferenceOrder() {
        int[] preference = graph.down.clone();
        IntList parents = new IntList();
        for (int node = 0; node < graph.size; node++) {
            int from = graph.downStart[node];
            int to = graph.downStart[node + 1];
            if (to - from < 2) {
                continue;
            }
            parents.clear();
            for (int i = from; i < to; i++) {
                parents.add(preference[i]);
            }
            parents.sort((a, b) -> Integer.compare(graph.depth[b], graph.depth[a]));
            for (int i = from; i < to; i++) {
                preference[i] = parents.get(i - from);
            }
        }
        return preference;
    }

    private int topRow(int node) {
        return rowOf[chainTop.get(chainOf[node])];
    }

    private void routeEdges() {
        int chains = chainTop.size();
        for (int chain = 0; chain < chains; chain++) {
            intervalStart.add(rowOf[chainTop.get(chain)]);
            intervalEnd.add(rowOf[chainBottom.get(chain)]);
        }
        boolean[] topTaken = new boolean[chains];
        boolean[] bottomTaken = new boolean[chains];
        IntList edges = new IntList();
        for (int row = 0; row < graph.size; row++) {
            int child = nodeAt[row];
            edges.clear();
            for (int e = graph.downStart[child]; e < graph.downStart[child + 1]; e++) {
                edges.add(e);
            }
            edges.sort((a, b) -> Integer.compare(rowOf[graph.down[a]], rowOf[graph.down[b]]));
            for (int i = 0; i < edges.size(); i++) {
                int e = edges.get(i);
                int parent = graph.down[e];
                int parentRow = rowOf[parent];
                int childChain = chainOf[child];
                int parentChain = chainOf[parent];
                if (chainParent[child] == parent) {
                    routing[e] = Routing.CHAIN;
                    edgeInterval[e] = childChain;
                } else if (parentRow == row + 1) {
                    routing[e] = Routing.DIRECT;
                } else if (chainBottom.get(childChain) == child && !bottomTaken[childChain]) {
                    bottomTaken[childChain] = true;
                    intervalEnd.set(childChain, parentRow - 1);
                    routing[e] = Routing.CHILD_LANE;
                    edgeInterval[e] = childChain;
                } else if (chainTop.get(parentChain) == parent && !topTaken[parentChain]) {
                    topTaken[parentChain] = true;
                    intervalStart.set(parentChain, row + 1);
                    routing[e] = Routing.PARENT_LANE;
                    edgeInterval[e] = parentChain;
                } else {
                    routing[e] = Routing.OWN_LANE;
                    edgeInterval[e] = intervalStart.size();
                    intervalStart.add(row + 1);
                    intervalEnd.add(parentRow - 1);
                }
            }
        }
    }

    /** Interval colouring in order of start row (then end row, then creation): lowest free lane. */
    private int[] sweep() {
        int count = intervalStart.size();
        int[] lane = new int[count];
        int[] order = byStartThenEnd(count);
        LongHeap active = new LongHeap();
        LongHeap free = new LongHeap();
        int opened = 0;
        for (int interval : order) {
            int start = intervalStart.get(interval);
            while (!active.isEmpty() && (int) (active.peek() >>> 32) < start) {
                free.push(active.pop() & 0xFFFF_FFFFL);
            }
            int chosen = free.isEmpty() ? opened++ : (int) free.pop();
            lane[interval] = chosen;
            active.push(((long) intervalEnd.get(interval) << 32) | chosen);
        }
        return lane;
    }

    /** Two stable counting sorts (by end row, then by start row): linear, however many share a row. */
    private int[] byStartThenEnd(int count) {
        int[] identity = new int[count];
        for (int i = 0; i < count; i++) {
            identity[i] = i;
        }
        return countingSort(countingSort(identity, intervalEnd), intervalStart);
    }

    private int[] countingSort(int[] items, IntList rowOfItem) {
        int[] start = new int[graph.size + 1];
        for (int item : items) {
            start[rowOfItem.get(item) + 1]++;
        }
        for (int r = 0; r < graph.size; r++) {
            start[r + 1] += start[r];
        }
        int[] sorted = new int[items.length];
        for (int item : items) {
            sorted[start[rowOfItem.get(item)]++] = item;
        }
        return sorted;
    }
}
