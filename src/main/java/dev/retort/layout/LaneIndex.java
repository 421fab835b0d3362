package dev.retort.layout;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Answers "which lanes are held on this row" with a segment tree over the rows: each lane
 * segment is filed under the O(log rows) tree nodes that exactly cover its rows, and a query
 * collects the nodes on one leaf-to-root path. Memory O(segments log rows) and queries
 * O(log rows + answer), however wide or long the layout; built and queried without recursion.
 */
final class LaneIndex {
    private final List<LaneSegment> segments;
    private final int leaves;
    private final int[] nodeStart;
    private final int[] entries;

    LaneIndex(List<LaneSegment> segments, int rows) {
        this.segments = segments;
        int size = 1;
        while (size < Math.max(rows, 1)) {
            size <<= 1;
        }
        this.leaves = size;
        int[] counts = new int[2 * size + 1];
        for (LaneSegment segment : segments) {
            file(segment, node -> counts[node + 1]++);
        }
        for (int node = 0; node < 2 * size; node++) {
            counts[node + 1] += counts[node];
        }
        this.nodeStart = counts;
        this.entries = new int[counts[2 * size]];
        int[] fill = Arrays.copyOf(counts, 2 * size);
        for (int i = 0; i < segments.size(); i++) {
            int index = i;
            file(segments.get(i), node -> entries[fill[node]++] = index);
        }
    }

    /** Visits the tree nodes whose row ranges exactly make up the segment's rows. */
    private void file(LaneSegment segment, IntConsumer visit) {
        int low = segment.fromRow() + leaves;
        int high = segment.toRow() + leaves + 1;
        while (low < high) {
            if ((low & 1) == 1) {
                visit.accept(low++);
            }
            if ((high & 1) == 1) {
                visit.accept(--high);
            }
            low >>>= 1;
            high >>>= 1;
        }
    }

    /** The lanes held on the row, ascending. Segments of one lane never overlap, so no repeats. */
    int[] lanesAt(int row) {
        int count = 0;
        for (int node = row + leaves; node >= 1; node >>>= 1) {
            count += nodeStart[node + 1] - nodeStart[node];
        }
        int[] lanes = new int[count];
        int next = 0;
        for (int node = row + leaves; node >= 1; node >>>= 1) {
            for (int k = nodeStart[node]; k < nodeStart[node + 1]; k++) {
                lanes[next++] = segments.get(entries[k]).lane();
            }
        }
        Arrays.sort(lanes);
        return lanes;
    }
}
