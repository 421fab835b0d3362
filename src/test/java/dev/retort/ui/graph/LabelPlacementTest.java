package dev.retort.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.layout.DagLayout;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {
    @Test
    void theSweepAgreesWithLanesInUseRowByRow() {
        Random random = new Random(3);
        List<Revision> revs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<String> down = new ArrayList<>();
            if (i > 0) {
                down.add("r" + random.nextInt(i));
                if (i > 5 && random.nextInt(6) == 0) {
                    String other = "r" + random.nextInt(i);
                    if (!down.contains(other)) {
                        down.add(other);
                    }
                }
            }
            revs.add(Revision.of("r" + i, down));
        }
        LayoutResult layout = new DagLayout().layout(RevisionGraph.build(revs));
        Map<String, Set<String>> shifts = LabelPlacement.shifts(layout);
        for (NodePlacement place : layout.nodes()) {
            int[] lanes = layout.lanesInUse(place.row());
            int rightmost = Math.max(place.lane(), lanes.length == 0 ? 0 : lanes[lanes.length - 1]);
            String expected = GraphStyleSheet.shiftClass(rightmost - place.lane());
            assertThat(shifts.getOrDefault(place.id(), Set.of())).as(place.id())
                    .isEqualTo(expected.isEmpty() ? Set.of() : Set.of(expected));
        }
    }
}
