package dev.retort.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.EdgeKind;
import dev.retort.model.graph.RevisionEdge;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Large and random histories: narrowness, lane reuse, optimality, no stack overflow. */
class LongHistoryTest {
    private static final LayoutOptions GRID = LayoutOptions.DEFAULTS.withSpacing(1, 1, 0);

    private final DagLayout layout = new DagLayout();

    @Test
    void tenThousandRevisionsWithShortBranchesStayNarrow() {
        RevisionGraph graph = RevisionGraph.build(Histories.historyWithShortBranches(10_000, 42, true));
        assertThat(graph.mergePoints()).hasSizeGreaterThan(100);
        LayoutResult result = layout.layout(graph, GRID);
        LayoutChecks.assertWellFormed(graph, result);
        // the brief asks for at most a handful (<= 4); one lane for the main line and one for
        // whichever branch is open is all it takes
        assertThat(result.laneCount()).isEqualTo(2);
        assertThat(graph.heads()).hasSize(1);
    }

    @Test
    void everyShortBranchReusesTheSameSecondLane() {
        RevisionGraph graph = RevisionGraph.build(Histories.historyWithShortBranches(10_000, 43, false));
        LayoutResult result = layout.layout(graph, GRID);
        List<LaneSegment> second = result.laneSegments().stream().filter(s -> s.lane() == 1).toList();
        assertThat(second).hasSize(graph.mergePoints().size());
        assertThat(second).allSatisfy(s -> assertThat(s.toRow() - s.fromRow()).isLessThan(8));
        assertThat(result.laneSegments().stream().filter(s -> s.lane() == 0)).hasSize(1);
    }

    @Test
    void laneCountIsTheMostLinesCrossingAnyRow() {
        for (long seed = 1; seed <= 40; seed++) {
            RevisionGraph graph = RevisionGraph.build(Histories.randomDag(150, seed));
            for (LayoutOptions options : List.of(GRID, GRID.withOrdering(false, false))) {
                LayoutResult result = layout.layout(graph, options);
                LayoutChecks.assertWellFormed(graph, result);
                assertThat(result.laneCount()).as("seed %d", seed).isEqualTo(mostLinesCrossingARow(graph, result));
            }
        }
    }

    @Test
    void randomGraphsOfManySizesAreWellFormed() {
        for (int size : new int[] {1, 2, 3, 5, 8, 13, 40, 300, 800}) {
            for (long seed = 0; seed < 4; seed++) {
                RevisionGraph graph = RevisionGraph.build(Histories.randomDag(size, seed * 31 + size));
                for (boolean headsOnTop : new boolean[] {true, false}) {
                    for (boolean basesAtBottom : new boolean[] {true, false}) {
                        LayoutOptions options = LayoutOptions.DEFAULTS.withSpacing(30, 20, 5)
                                .withOrdering(headsOnTop, basesAtBottom);
                        LayoutResult result = layout.layout(graph, options);
                        LayoutChecks.assertWellFormed(graph, result);
                        if (headsOnTop) {
                            assertHeadsOnTop(graph, result);
                        }
                    }
                }
            }
        }
    }

    @Test
    void hundredThousandRevisionsNeedNoDeepRecursion() {
        RevisionGraph branched = RevisionGraph.build(Histories.historyWithShortBranches(100_000, 5, true));
        LayoutResult result = layout.layout(branched);
        assertThat(result.rowCount()).isEqualTo(100_000);
        assertThat(result.laneCount()).isEqualTo(2);

        List<Revision> line = new ArrayList<>(100_000);
        line.add(Histories.rev("L0"));
        for (int i = 1; i < 100_000; i++) {
            line.add(Histories.rev("L" + i, "L" + (i - 1)));
        }
        LayoutResult linear = layout.layout(RevisionGraph.build(line));
        assertThat(linear.laneCount()).isEqualTo(1);
        assertThat(linear.atRow(0).id()).isEqualTo("L99999");
        assertThat(linear.atRow(99_999).id()).isEqualTo("L0");
        assertThat(linear.laneSegments()).containsExactly(new LaneSegment(0, 0, 99_999));
    }

    @Test
    void twentyThousandSiblingsAndOneMergeOfThemAll() {
        // 20,000 rather than 100,000: RevisionGraph.build itself is quadratic on one huge merge
        int siblings = 20_000;
        List<Revision> revisions = new ArrayList<>(siblings + 2);
        revisions.add(Histories.rev("base"));
        String[] parents = new String[siblings];
        for (int i = 0; i < siblings; i++) {
            parents[i] = "s" + i;
            revisions.add(Histories.rev(parents[i], "base"));
        }
        revisions.add(Histories.rev("merge", parents));
        LayoutResult result = layout.layout(RevisionGraph.build(revisions));
        assertThat(result.atRow(0).id()).isEqualTo("merge");
        assertThat(result.atRow(siblings + 1).id()).isEqualTo("base");
        // every row between the merge and the base is crossed by all the other lines
        assertThat(result.laneCount()).isEqualTo(siblings);
        assertThat(result.lanesInUse(1)).hasSize(siblings);
        assertThat(result.edges()).hasSize(2 * siblings);
    }

    private static void assertHeadsOnTop(RevisionGraph graph, LayoutResult result) {
        long sinks = graph.revisions().stream().filter(r -> graph.allChildren(r.id()).isEmpty()).count();
        for (int row = 0; row < result.rowCount(); row++) {
            boolean sink = graph.allChildren(result.atRow(row).id()).isEmpty();
            assertThat(sink).as("row %d holds a head iff it is one of the first %d", row, sinks).isEqualTo(row < sinks);
        }
    }

    /** The lower bound of any lane layout for these rows: the revision plus the down_revision edges passing by. */
    private static int mostLinesCrossingARow(RevisionGraph graph, LayoutResult result) {
        int[] delta = new int[result.rowCount() + 1];
        for (RevisionEdge edge : graph.asGraph().edgeSet()) {
            if (edge.kind() == EdgeKind.DOWN_REVISION) {
                int from = result.node(edge.child()).row() + 1;
                int to = result.node(edge.parent()).row();
                if (from < to) {
                    delta[from]++;
                    delta[to]--;
                }
            }
        }
        int most = 0;
        int crossing = 0;
        for (int row = 0; row < result.rowCount(); row++) {
            crossing += delta[row];
            most = Math.max(most, crossing + 1);
        }
        return most;
    }
}
