package dev.retort.ui.graph;

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

    /** Each revision's label starts right of the rightmost lane in use on its row. */
    static Map<String, Set<String>> shifts(LayoutResult layout) {
        Map<String, Set<String>> shifts = new HashMap<>();
        for (NodePlacement place : layout.nodes()) {
            int[] lanes = layout.lanesInUse(place.row());
            int rightmost = lanes.length == 0 ? place.lane() : Math.max(place.lane(), lanes[lanes.length - 1]);
            String cls = GraphStyleSheet.shiftClass(rightmost - place.lane());
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
