package dev.retort.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Answers "which lanes are held on this row" without storing every row: the rows are cut into
 * blocks of {@value #BLOCK} and each block lists the segments touching it, so a query reads one
 * short list and the index stays small even for very wide, very long layouts.
 */
final class LaneIndex {
    static final int BLOCK = 64;

    private final List<LaneSegment> segments;
    private final int[] blockStart;
    private final int[] entries;

    LaneIndex(List<LaneSegment> segments, int rows) {
        this.segments = segments;
        int blocks = (rows + BLOCK - 1) / BLOCK;
        blockStart = new int[blocks + 1];
        for (LaneSegment segment : segments) {
            for (int b = segment.fromRow() / BLOCK; b <= segment.toRow() / BLOCK; b++) {
                blockStart[b + 1]++;
            }
        }
        for (int b = 0; b < blocks; b++) {
            blockStart[b + 1] += blockStart[b];
        }
        entries = new int[blockStart[blocks]];
        int[] fill = Arrays.copyOf(blockStart, blocks);
        for (int i = 0; i < segments.size(); i++) {
            LaneSegment segment = segments.get(i);
            for (int b = segment.fromRow() / BLOCK; b <= segment.toRow() / BLOCK; b++) {
                entries[fill[b]++] = i;
            }
        }
    }

    /** The lanes held on the row, ascending. Segments of one lane never overlap, so no repeats. */
    int[] lanesAt(int row) {
        int block = row / BLOCK;
        int[] lanes = new int[blockStart[block + 1] - blockStart[block]];
        int count = 0;
        for (int k = blockStart[block]; k < blockStart[block + 1]; k++) {
            LaneSegment segment = segments.get(entries[k]);
            if (segment.covers(row)) {
                lanes[count++] = segment.lane();
            }
        }
        lanes = Arrays.copyOf(lanes, count);
        Arrays.sort(lanes);
        return lanes;
    }
}
