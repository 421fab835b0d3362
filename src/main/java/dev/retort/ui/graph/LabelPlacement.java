package dev.retort.ui.graph;

import dev.retort.layout.LaneSegment;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.model.graph.RevisionGraph;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Where labels go: past the lanes in use on their row, and how much room they need. */
final class LabelPlacement {
    private LabelPlacement() {
    }

    /**
     * Each revision's label starts right of the rightmost lane in use on its row. Computed from
     * the lane segments in one sweep: asking {@code lanesInUse} row by row costs seconds at 10,000.
     */
    static Map<String, Set<String>> shifts(LayoutResult layout) {
        int[] rightmost = new int[layout.rowCount()];
        for (NodePlacement place : layout.nodes()) {
            rightmost[place.row()] = place.lane();
        }
        for (LaneSegment segment : layout.laneSegments()) {
            for (int row = segment.fromRow(); row <= segment.toRow() && row < rightmost.length; row++) {
                rightmost[row] = Math.max(rightmost[row], segment.lane());
            }
        }
        Map<String, Set<String>> shifts = new HashMap<>();
        for (NodePlacement place : layout.nodes()) {
            String cls = GraphStyleSheet.shiftClass(rightmost[place.row()] - place.lane());
            if (!cls.isEmpty()) {
                shifts.put(place.id(), Set.of(cls));
            }
        }
        return shifts;
    }

    /** Roughly how wide labels get on screen, for fitting: the longest of the first 2,000, capped. */
    static int estimateWidthPx(RevisionGraph revisions) {
        if (revisions == null) {
            return 0;
        }
        int longest = 0;
        int checked = 0;
        for (var rev : revisions.revisions()) {
            longest = Math.max(longest, RevisionLabels.label(rev).length());
            if (++checked > 2000) {
                break;
            }
        }
        return Math.min(460, 20 + longest * 7);
    }
}
