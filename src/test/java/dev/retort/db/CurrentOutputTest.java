package dev.retort.db;

import static dev.retort.db.StoryGraphs.MERGE;
import static dev.retort.db.StoryGraphs.R016;
import static dev.retort.db.StoryGraphs.R017;
import static dev.retort.db.StoryGraphs.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentOutputTest {

    @Test
    void linesCarryHeadBranchpointAndMergepointMarks() {
        RevisionGraph graph = StoryGraphs.incident(true);
        assertThat(CurrentOutput.line(graph, MERGE)).isEqualTo("cef530e273d4 (head) (mergepoint)");
        assertThat(CurrentOutput.line(graph, R1687)).isEqualTo("1687c833bfcc (mergepoint)");
        assertThat(CurrentOutput.line(graph, R016)).isEqualTo("016_add_security_constraints (branchpoint)");
        assertThat(CurrentOutput.line(graph, R017)).isEqualTo("017_add_asset_id");
        assertThat(CurrentOutput.line(StoryGraphs.incident(false), R017)).isEqualTo("017_add_asset_id (head)");
    }

    @Test
    void dependsOnTargetIsAnEffectiveHead() {
        CurrentOutput out = CurrentOutput.of(StoryGraphs.dependsOn(), List.of("bbbb"));
        assertThat(out.lines()).containsExactlyInAnyOrder("aaaa (effective head)", "bbbb (head)");
    }

    @Test
    void rowsExpandToTheNewestOfEachLineage() {
        CurrentOutput out = CurrentOutput.of(StoryGraphs.incident(true), List.of(R017, R1687));
        assertThat(out.lines()).containsExactlyInAnyOrder("017_add_asset_id", "1687c833bfcc (mergepoint)");
        assertThat(out.exitCode()).isZero();
        assertThat(out.stdout()).isIn("017_add_asset_id\n1687c833bfcc (mergepoint)\n",
                "1687c833bfcc (mergepoint)\n017_add_asset_id\n");
    }

    @Test
    void emptyTablePrintsNothing() {
        CurrentOutput out = CurrentOutput.of(StoryGraphs.incident(true), List.of());
        assertThat(out.lines()).isEmpty();
        assertThat(out.stdout()).isEmpty();
        assertThat(out.exitCode()).isZero();
    }

    @Test
    void unknownRowFailsLikeAlembic() {
        CurrentOutput out = CurrentOutput.of(StoryGraphs.incident(true), List.of("deadbeef0000"));
        assertThat(out.failure()).contains("Can't locate revision identified by 'deadbeef0000'");
        assertThat(out.stdout()).isEqualTo("FAILED: Can't locate revision identified by 'deadbeef0000'\n");
        assertThat(out.exitCode()).isEqualTo(255);
    }

    @Test
    void verboseHeaderMasksThePasswordAsAlembicDoes() {
        SqlAlchemyUrl url = SqlAlchemyUrl.parse("postgresql://u:secret@h/d").url().orElseThrow();
        assertThat(CurrentOutput.verboseHeader(url)).isEqualTo("Current revision(s) for postgresql://u:XXXXX@h/d:");
    }
}
