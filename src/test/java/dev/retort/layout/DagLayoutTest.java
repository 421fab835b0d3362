package dev.retort.layout;

import static dev.retort.layout.Histories.dated;
import static dev.retort.layout.Histories.graph;
import static dev.retort.layout.Histories.rev;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.EdgeKind;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagLayoutTest {
    private static final LayoutOptions GRID = LayoutOptions.DEFAULTS.withSpacing(1, 1, 0);

    private final DagLayout layout = new DagLayout();

    private LayoutResult lay(RevisionGraph graph) {
        LayoutResult result = layout.layout(graph, GRID);
        LayoutChecks.assertWellFormed(graph, result);
        return result;
    }

    private static List<String> idsByRow(LayoutResult result) {
        return result.nodes().stream().map(NodePlacement::id).toList();
    }

    @Test
    void emptyGraphGivesAnEmptyLayout() {
        LayoutResult result = layout.layout(RevisionGraph.build(List.of()));
        assertThat(result.rowCount()).isZero();
        assertThat(result.laneCount()).isZero();
        assertThat(result.nodes()).isEmpty();
        assertThat(result.edges()).isEmpty();
        assertThat(result.laneSegments()).isEmpty();
        assertThat(result.bounds()).isEqualTo(Bounds.EMPTY);
    }

    @Test
    void singleRevisionSitsAtTheMargin() {
        LayoutResult result = layout.layout(graph(rev("a")), LayoutOptions.DEFAULTS.withSpacing(40, 24, 20));
        assertThat(result.nodes()).containsExactly(new NodePlacement("a", 0, 0, 20, 20));
        assertThat(result.laneCount()).isEqualTo(1);
        assertThat(result.rowCount()).isEqualTo(1);
        assertThat(result.lanesInUse(0)).containsExactly(0);
        assertThat(result.bounds()).isEqualTo(new Bounds(0, 0, 40, 40));
    }

    @Test
    void linearHistoryIsOneLaneWithTheHeadOnTop() {
        LayoutResult result = lay(graph(rev("c", "b"), rev("a"), rev("b", "a")));
        assertThat(idsByRow(result)).containsExactly("c", "b", "a");
        assertThat(result.nodes()).extracting(NodePlacement::lane).containsOnly(0);
        assertThat(result.laneCount()).isEqualTo(1);
        assertThat(result.laneSegments()).containsExactly(new LaneSegment(0, 0, 2));
        assertThat(result.edges()).allSatisfy(e -> assertThat(e.points()).hasSize(2));
    }

    @Test
    void spacingAndMarginGiveTheCoordinates() {
        LayoutOptions options = LayoutOptions.DEFAULTS.withSpacing(50, 30, 10);
        LayoutResult result = layout.layout(graph(rev("a"), rev("b", "a"), rev("c", "a")), options);
        LayoutChecks.assertWellFormed(graph(rev("a"), rev("b", "a"), rev("c", "a")), result);
        for (NodePlacement node : result.nodes()) {
            assertThat(node.x()).isEqualTo(10 + 30 * node.lane());
            assertThat(node.y()).isEqualTo(10 + 50 * node.row());
        }
        assertThat(result.bounds()).isEqualTo(new Bounds(0, 0, 10 + 30 + 10, 10 + 100 + 10));
    }

    @Test
    void incidentPutsBothHeadsOnTopInTwoLanes() {
        RevisionGraph graph = RevisionGraph.build(Histories.incident());
        LayoutResult result = lay(graph);
        assertThat(graph.heads()).hasSize(2);
        assertThat(idsByRow(result).subList(0, 2))
                .containsExactlyInAnyOrder("017_add_asset_id_to_questionnaire_responses", "1687c833bfcc");
        assertThat(result.laneCount()).isEqualTo(2);
        NodePlacement fork = result.node("016_add_security_constraints");
        assertThat(fork.row()).isEqualTo(3);
        assertThat(result.node("001_step").row()).isEqualTo(result.rowCount() - 1);
        for (int row = fork.row(); row < result.rowCount(); row++) {
            assertThat(result.lanesInUse(row)).as("one lane below the branch point").hasSize(1);
        }
        assertThat(result.node("017_add_asset_id_to_questionnaire_responses").lane())
                .isNotEqualTo(result.node("1687c833bfcc").lane());
    }

    @Test
    void incidentWithARealMergeHeadStillHasBothHeadsOnTop() {
        // 1687c833bfcc merges two one-revision branches off 016: three lines cross the rows
        // between the heads and 016 (017's, and the merge's two), so three lanes, then one.
        RevisionGraph graph = graph(rev("015"), rev("016", "015"), rev("017", "016"), rev("a", "016"),
                rev("b", "016"), rev("1687c833bfcc", "a", "b"));
        LayoutResult result = lay(graph);
        assertThat(idsByRow(result).subList(0, 2)).containsExactlyInAnyOrder("017", "1687c833bfcc");
        assertThat(result.laneCount()).isEqualTo(3);
        assertThat(result.lanesInUse(result.node("016").row())).hasSize(1);
    }

    @Test
    void sameInputGivesTheSameLayout() {
        List<Revision> revisions = Histories.randomDag(500, 7);
        LayoutResult first = layout.layout(RevisionGraph.build(revisions));
        LayoutResult second = layout.layout(RevisionGraph.build(revisions));
        assertThat(second).isEqualTo(first);
        assertThat(second.nodes()).isEqualTo(first.nodes());
        assertThat(second.edges()).isEqualTo(first.edges());
    }

    @Test
    void newerHeadGoesHigher() {
        RevisionGraph graph = graph(rev("base"),
                dated(rev("old", "base"), "2024-01-01 10:00:00.000000"),
                dated(rev("new", "base"), "2024-03-01 10:00:00.000000"));
        assertThat(idsByRow(lay(graph))).containsExactly("new", "old", "base");
    }

    @Test
    void newerSiblingUnderAMergeGoesHigher() {
        RevisionGraph graph = graph(rev("base"),
                dated(rev("x", "base"), "2024-05-01 10:00:00"),
                dated(rev("y", "base"), "2024-01-01 10:00:00"),
                rev("merge", "y", "x"));
        assertThat(idsByRow(lay(graph))).containsExactly("merge", "x", "y", "base");
    }

    @Test
    void datedGoesAboveUndatedAndLoadOrderBreaksTheRest() {
        RevisionGraph graph = graph(rev("base"), rev("u1", "base"), rev("u2", "base"),
                dated(rev("d", "base"), "2001-01-01 00:00:00"));
        assertThat(idsByRow(lay(graph))).containsExactly("d", "u1", "u2", "base");
    }

    @Test
    void shortSideBranchSitsRightUnderItsMerge() {
        // main: a b c d e f, side branch s1 s2 off b, merge m(f, s2); merged first parent listed either way
        for (boolean sideFirst : new boolean[] {false, true}) {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d"),
                    rev("f", "e"), rev("s1", "b"), rev("s2", "s1"),
                    sideFirst ? rev("m", "s2", "f") : rev("m", "f", "s2"));
            LayoutResult result = lay(graph);
            assertThat(idsByRow(result)).containsExactly("m", "s2", "s1", "f", "e", "d", "c", "b", "a");
            // the main line keeps lane 0 straight through; the side branch takes lane 1
            assertThat(result.nodes()).filteredOn(n -> !n.id().startsWith("s"))
                    .extracting(NodePlacement::lane).containsOnly(0);
            assertThat(result.node("s1").lane()).isEqualTo(1);
            assertThat(result.node("s2").lane()).isEqualTo(1);
            assertThat(result.laneCount()).isEqualTo(2);
        }
    }

    @Test
    void branchesOpenALaneAndMergesCloseIt() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("s", "a"), rev("m", "b", "s"), rev("c", "m"));
        LayoutResult result = lay(graph);
        assertThat(idsByRow(result)).containsExactly("c", "m", "b", "s", "a");
        assertThat(result.lanesInUse(0)).containsExactly(0);
        assertThat(result.lanesInUse(1)).containsExactly(0);
        assertThat(result.lanesInUse(2)).containsExactly(0, 1);
        assertThat(result.lanesInUse(3)).containsExactly(0, 1);
        assertThat(result.lanesInUse(4)).containsExactly(0);
        EdgeRoute fromMerge = route(result, "m", "s");
        EdgeRoute intoFork = route(result, "s", "a");
        assertThat(fromMerge.points()).hasSize(3);
        assertThat(intoFork.points()).hasSize(2);
    }

    @Test
    void lanesAreReusedOnceFree() {
        // two side branches one after the other, each shorter than the main line beside it: both use lane 1
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("b2", "b"), rev("b3", "b2"), rev("s1", "a"),
                rev("m1", "b3", "s1"), rev("c", "m1"), rev("c2", "c"), rev("s2", "m1"), rev("s2b", "s2"),
                rev("c3", "c2"), rev("m2", "s2b", "c3"), rev("d", "m2"));
        LayoutResult result = lay(graph);
        assertThat(result.laneCount()).isEqualTo(2);
        assertThat(result.node("s1").lane()).isEqualTo(1);
        assertThat(result.node("s2").lane()).isEqualTo(1);
        assertThat(result.node("s2b").lane()).isEqualTo(1);
        assertThat(result.laneSegments()).filteredOn(s -> s.lane() == 1).hasSize(2);
        assertThat(result.nodes()).filteredOn(n -> !n.id().startsWith("s")).extracting(NodePlacement::lane)
                .containsOnly(0);
    }

    @Test
    void mergeOfFourParents() {
        RevisionGraph graph = graph(rev("base"), rev("a", "base"), rev("b1", "base"), rev("b2", "b1"),
                rev("c", "base"), rev("d1", "base"), rev("d2", "d1"), rev("d3", "d2"),
                rev("m", "a", "b2", "c", "d3"), rev("top", "m"));
        LayoutResult result = lay(graph);
        assertThat(result.laneCount()).isEqualTo(4);
        // the deepest parent continues the merge's lane
        assertThat(result.node("d3").lane()).isEqualTo(result.node("m").lane());
        assertThat(result.node("base").row()).isEqualTo(result.rowCount() - 1);
        assertThat(result.lanesInUse(result.rowCount() - 1)).hasSize(1);
    }

    @Test
    void independentBasesGetTheirOwnLanes() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("a4", "a3"),
                rev("b1"), rev("b2", "b1"), rev("c1"));
        LayoutResult result = lay(graph);
        assertThat(result.laneCount()).isEqualTo(3);
        // heads on top, bases at the bottom
        assertThat(idsByRow(result).subList(0, 3)).containsExactlyInAnyOrder("a4", "b2", "c1");
        assertThat(idsByRow(result).subList(5, 7)).containsExactlyInAnyOrder("a1", "b1");
        assertThat(result.nodes()).filteredOn(n -> n.id().startsWith("a")).extracting(NodePlacement::lane)
                .containsOnly(result.node("a1").lane());
        assertThat(result.nodes()).filteredOn(n -> n.id().startsWith("b")).extracting(NodePlacement::lane)
                .containsOnly(result.node("b1").lane());
        assertThat(result.node("a1").lane()).isNotEqualTo(result.node("b1").lane());
    }

    @Test
    void dependsOnAcrossBranchesIsRoutedButClaimsNoLane() {
        RevisionGraph graph = graph(rev("main1"), rev("main2", "main1"), rev("main3", "main2"), rev("main4", "main3"),
                rev("other1"), rev("other2", "other1").withDependsOn(List.of("main2")), rev("other3", "other2"));
        LayoutResult result = lay(graph);
        EdgeRoute dependency = route(result, "other2", "main2");
        assertThat(dependency.kind()).isEqualTo(EdgeKind.DEPENDS_ON);
        assertThat(dependency.isDependency()).isTrue();
        assertThat(result.edges()).filteredOn(e -> e.kind() == EdgeKind.DEPENDS_ON).hasSize(1);
        assertThat(result.laneCount()).isEqualTo(2);
        for (int row = 0; row < result.rowCount(); row++) {
            assertThat(result.lanesInUse(row).length).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void dependencyOnAParentIsOneDownRevisionEdge() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a").withDependsOn(List.of("a")));
        LayoutResult result = lay(graph);
        assertThat(result.edges()).hasSize(1);
        assertThat(result.edges().get(0).kind()).isEqualTo(EdgeKind.DOWN_REVISION);
    }

    @Test
    void withoutHeadsOnTopASideHeadSitsAboveItsBranchPoint() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"),
                dated(rev("side", "a"), "2020-01-01 00:00:00"), dated(rev("e", "d"), "2024-01-01 00:00:00"));
        LayoutResult gitLike = layout.layout(graph, GRID.withOrdering(false, true));
        LayoutChecks.assertWellFormed(graph, gitLike);
        assertThat(idsByRow(gitLike)).containsExactly("e", "d", "c", "b", "side", "a");
        LayoutResult headsOnTop = lay(graph);
        assertThat(idsByRow(headsOnTop)).containsExactly("e", "side", "d", "c", "b", "a");
    }

    @Test
    void withoutBasesAtBottomAnIndependentLineEndsWhereItEnds() {
        RevisionGraph graph = graph(dated(rev("b1"), "2024-01-01 00:00:00"), dated(rev("b2", "b1"), "2024-01-02 00:00:00"),
                rev("a1"), rev("a2", "a1"), rev("a3", "a2"));
        LayoutResult result = layout.layout(graph, GRID.withOrdering(true, false));
        LayoutChecks.assertWellFormed(graph, result);
        assertThat(idsByRow(result)).containsExactly("b2", "a3", "b1", "a2", "a1");
    }

    static EdgeRoute route(LayoutResult result, String child, String parent) {
        return result.edges().stream().filter(e -> e.child().equals(child) && e.parent().equals(parent))
                .findFirst().orElseThrow();
    }
}
