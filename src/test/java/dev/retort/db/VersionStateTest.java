package dev.retort.db;

import static dev.retort.db.StoryGraphs.MERGE;
import static dev.retort.db.StoryGraphs.R015;
import static dev.retort.db.StoryGraphs.R016;
import static dev.retort.db.StoryGraphs.R017;
import static dev.retort.db.StoryGraphs.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionStateTest {

    @Test
    void theIncidentDatabaseHasTheOtherBranchAndTheMergePending() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of(R1687));
        assertThat(state.knownRows()).containsExactly(R1687);
        assertThat(state.unknownRows()).isEmpty();
        assertThat(state.current()).containsExactly(R1687);
        assertThat(state.pending()).containsExactly(R017, MERGE);
        assertThat(state.summary()).isEqualTo("database at 1687c833bfcc (2 pending to head)");
        assertThat(state.issues()).isEmpty();
        assertThat(state.isRow(R1687)).isTrue();
        assertThat(state.isPending(MERGE)).isTrue();
        assertThat(state.atHeads()).isFalse();
    }

    @Test
    void beforeTheMergeThereAreTwoHeads() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(false), List.of(R1687));
        assertThat(state.pending()).containsExactly(R017);
        assertThat(state.summary()).isEqualTo("database at 1687c833bfcc (1 pending to heads)");
    }

    @Test
    void emptyTableIsBaseWithEverythingPending() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of());
        assertThat(state.atBase()).isTrue();
        assertThat(state.current()).isEmpty();
        assertThat(state.pending()).hasSize(7).startsWith(R015, R016).endsWith(MERGE);
        assertThat(state.summary()).isEqualTo("database at base (7 pending to head)");
        assertThat(VersionState.resolve(RevisionGraph.build(List.of()), List.of()).summary())
                .isEqualTo("database at base (no revisions)");
    }

    @Test
    void atTheMergeTheDatabaseIsAtHeads() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of(MERGE));
        assertThat(state.atHeads()).isTrue();
        assertThat(state.pending()).isEmpty();
        assertThat(state.summary()).isEqualTo("database at heads");
    }

    @Test
    void twoRowsAtBothParentsOfTheMerge() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of(R017, R1687));
        assertThat(state.current()).containsExactlyInAnyOrder(R017, R1687);
        assertThat(state.pending()).containsExactly(MERGE);
        assertThat(state.summary()).isEqualTo("database at 017_add_asset_id, 1687c833bfcc (1 pending to head)");
    }

    @Test
    void unknownRowIsAMissingMigrationFile() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of("abc123", R017));
        assertThat(state.unknownRows()).containsExactly("abc123");
        assertThat(state.knownRows()).containsExactly(R017);
        assertThat(state.current()).containsExactly(R017);
        assertThat(state.pending()).isEmpty();
        assertThat(state.upgradePlanned()).isFalse();
        assertThat(state.summary()).isEqualTo("database is at `abc123`, which no script defines: a migration file "
                + "is missing from this checkout");
        assertThat(state.issues()).extracting(DbIssue::code).containsExactly(DbIssueCode.VERSION_ROW_UNKNOWN);
    }

    @Test
    void rowsThatAreAncestorsOfOtherRowsOverlapAsInAlembic() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of(R1687, R016));
        assertThat(state.overlaps()).containsExactly(new VersionState.Overlap(R1687, List.of(R016)));
        assertThat(state.upgradePlanned()).isFalse();
        assertThat(state.issues()).extracting(DbIssue::message)
                .contains("Requested revision 1687c833bfcc overlaps with other requested revisions "
                        + "016_add_security_constraints");
        assertThat(state.issues()).extracting(DbIssue::code).containsOnly(DbIssueCode.VERSION_ROWS_OVERLAP);
        assertThat(state.summary()).startsWith("database rows overlap: Requested revision 1687c833bfcc");
        // alembic current still answers (verified with 1.8.1): the newest of the lineage
        assertThat(state.current()).containsExactly(R1687);
    }

    @Test
    void overlapThroughDependsOnCountsToo() {
        VersionState state = VersionState.resolve(StoryGraphs.dependsOn(), List.of("bbbb", "aaaa"));
        assertThat(state.overlaps()).containsExactly(new VersionState.Overlap("bbbb", List.of("aaaa")));
    }

    @Test
    void rawRowsKeepOrderAndDuplicates() {
        VersionState state = VersionState.resolve(StoryGraphs.incident(true), List.of(R1687, R017, R1687));
        assertThat(state.rows()).containsExactly(R1687, R017, R1687);
        assertThat(state.knownRows()).containsExactly(R1687, R017);
    }
}
