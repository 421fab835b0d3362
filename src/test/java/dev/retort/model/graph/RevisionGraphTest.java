package dev.retort.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static Revision rev(String id, String... down) {
        return Revision.of(id, List.of(down));
    }

    @Test
    void stubHeadsBasesAndPointsMatchAlembic() {
        RevisionGraph g = ResearchStub.graph();
        assertThat(g.heads()).containsExactly("92a3b4c5d6e7", "8192a3b4c5d6");
        assertThat(g.realHeads()).containsExactly("92a3b4c5d6e7", "8192a3b4c5d6");
        assertThat(g.bases()).containsExactly("6f708192a3b4", "1a2b3c4d5e6f");
        assertThat(g.branchPoints()).containsExactly("2b3c4d5e6f70");
        assertThat(g.mergePoints()).containsExactly("5e6f708192a3");
        assertThat(g.dependencies("92a3b4c5d6e7")).containsExactly("1a2b3c4d5e6f");
        assertThat(g.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.MULTIPLE_HEADS);
    }

    @Test
    void stubBranchLabelsPropagateAsAlembicDoes() {
        RevisionGraph g = ResearchStub.graph();
        assertThat(g.branchLabels("8192a3b4c5d6")).containsExactly("main");
        assertThat(g.branchLabels("3c4d5e6f7081")).containsExactly("main");
        assertThat(g.branchLabels("92a3b4c5d6e7")).containsExactly("other");
        assertThat(g.branchLabels("708192a3b4c5")).containsExactly("other");
    }

    @Test
    void historyOrderIsAlembicsTopologicalSort() {
        RevisionGraph g = ResearchStub.graph();
        assertThat(new HistoryQuery(g).all()).containsExactly(
                "92a3b4c5d6e7", "708192a3b4c5", "6f708192a3b4", "8192a3b4c5d6", "5e6f708192a3",
                "4d5e6f708192", "3c4d5e6f7081", "2b3c4d5e6f70", "1a2b3c4d5e6f");
    }

    @Test
    void historyRangesMatchTheReference() {
        HistoryQuery history = new HistoryQuery(ResearchStub.graph());
        assertThat(history.walk("2b3c4d5e6f70", "5e6f708192a3"))
                .containsExactly("5e6f708192a3", "4d5e6f708192", "3c4d5e6f7081", "2b3c4d5e6f70");
        assertThat(history.walk("2b3c4d5e6f70", null))
                .containsExactly("8192a3b4c5d6", "5e6f708192a3", "4d5e6f708192", "3c4d5e6f7081", "2b3c4d5e6f70");
        assertThat(history.walk(null, "2b3c4d5e6f70")).containsExactly("2b3c4d5e6f70", "1a2b3c4d5e6f");
        assertThat(history.walk("base", "base")).isEmpty();
        assertThat(history.walk("-1", null)).hasSize(4);
        assertThatThrownBy(() -> history.walk("5e6f708192a3", "2b3c4d5e6f70"))
                .isInstanceOf(RangeNotAncestorException.class);
        assertThatThrownBy(() -> history.walk("base", "head")).isInstanceOf(MultipleHeadsException.class);
    }

    @Test
    void upgradeHeadsFromEmptyRunsTheLastLoadedHeadsLineageFirst() {
        MigrationPlan plan = new MigrationPlanner(ResearchStub.graph()).upgrade(List.of(), "heads");
        assertThat(plan.steps()).extracting(MigrationStep::revision).containsExactly(
                "1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081", "4d5e6f708192", "5e6f708192a3",
                "8192a3b4c5d6", "6f708192a3b4", "708192a3b4c5", "92a3b4c5d6e7");
        assertThat(plan.rowsAfter()).containsExactlyInAnyOrder("8192a3b4c5d6", "92a3b4c5d6e7");
    }

    @Test
    void mergeStepDeletesTheFirstParentsRowAndUpdatesTheLast() {
        MigrationPlan plan = new MigrationPlanner(ResearchStub.graph()).upgrade(List.of("3c4d5e6f7081"),
                "5e6f708192a3");
        assertThat(plan.steps()).extracting(MigrationStep::logLine).containsExactly(
                "Running upgrade 2b3c4d5e6f70 -> 4d5e6f708192, feature b",
                "Running upgrade 4d5e6f708192, 3c4d5e6f7081 -> 5e6f708192a3, merge feature branches");
        List<String> sql = new ArrayList<>();
        plan.steps().forEach(s -> s.rowChanges().forEach(c -> sql.add(c.sql("alembic_version"))));
        assertThat(sql).containsExactly(
                "INSERT INTO alembic_version (version_num) VALUES ('4d5e6f708192');",
                "DELETE FROM alembic_version WHERE alembic_version.version_num = '4d5e6f708192';",
                "UPDATE alembic_version SET version_num='5e6f708192a3' WHERE alembic_version.version_num = "
                        + "'3c4d5e6f7081';");
        assertThat(plan.rowsAfter()).containsExactly("5e6f708192a3");
    }

    @Test
    void theIncidentRunsTheMissingBranchThenTheMerge() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("016_add_security_constraints"),
                rev("017_add_asset_id", "016_add_security_constraints"),
                rev("1687c833bfcc", "016_add_security_constraints"),
                rev("cef530e273d4", "017_add_asset_id", "1687c833bfcc")));
        MigrationPlan plan = new MigrationPlanner(g).upgrade(List.of("1687c833bfcc"), "head");
        assertThat(plan.steps()).extracting(MigrationStep::revision).containsExactly("017_add_asset_id",
                "cef530e273d4");
        assertThat(plan.steps().get(0).rowsAfter()).containsExactlyInAnyOrder("017_add_asset_id", "1687c833bfcc");
        assertThat(plan.rowsAfter()).containsExactly("cef530e273d4");
    }

    @Test
    void upgradeHeadWithTwoHeadsIsAlembicsMultipleHeadsError() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("a001"), rev("b001", "a001"), rev("c001", "a001")));
        assertThatThrownBy(() -> new MigrationPlanner(g).upgrade(List.of(), "head"))
                .isInstanceOfSatisfying(MultipleHeadsException.class, e -> assertThat(
                        AlembicMessages.commandText(e, AlembicMessages.Overrides.upgrade("head"))).isEqualTo(
                        "Multiple head revisions are present for given argument 'head'; please specify a specific "
                                + "target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
                                + "for all heads"));
    }

    @Test
    void dependsOnAbsorbsTheOtherBranchsRow() {
        MigrationPlan plan = new MigrationPlanner(ResearchStub.graph()).upgrade(List.of(), "other@head");
        assertThat(plan.rowsAfter()).containsExactly("92a3b4c5d6e7");
    }

    @Test
    void downgradeOfAMergeRestoresBothParents() {
        RevisionGraph g = RevisionGraph.build(List.of(
                rev("016"), rev("017_add", "016"), rev("1687c833bfcc", "016"), rev("cef530e273d4", "017_add",
                        "1687c833bfcc")));
        MigrationPlan plan = new MigrationPlanner(g).downgrade(List.of("cef530e273d4"), "017_add");
        assertThat(plan.steps()).extracting(MigrationStep::revision).containsExactly("cef530e273d4");
        assertThat(plan.rowsAfter()).containsExactlyInAnyOrder("017_add", "1687c833bfcc");
    }

    @Test
    void currentExpandsRowsToBranchTips() {
        MigrationPlanner planner = new MigrationPlanner(ResearchStub.graph());
        assertThat(planner.current(List.of("92a3b4c5d6e7"))).containsExactlyInAnyOrder("92a3b4c5d6e7",
                "2b3c4d5e6f70");
    }

    @Test
    void danglingParentIsReportedWithAlembicsWarningAndTheRestLoads() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("aaaa0001"), rev("bbbb2222", "zzzz9999")));
        assertThat(g.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DANGLING_DOWN_REVISION);
            assertThat(d.message()).isEqualTo(
                    "Revision zzzz9999 referenced from zzzz9999 -> bbbb2222 (head),  is not present");
        });
        assertThat(g.heads()).containsExactly("aaaa0001", "bbbb2222");
        assertThat(g.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.CYCLE);
    }

    @Test
    void cycleIsReportedInAlembicsWordingAndBrokenSoTheGraphStaysAcyclic() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("aaaa1111"), rev("bbbb2222", "aaaa1111", "cccc3333"),
                rev("cccc3333", "bbbb2222"), rev("dddd4444", "aaaa1111")));
        assertThat(g.diagnostics()).extracting(Diagnostic::message)
                .contains("Cycle is detected in revisions (bbbb2222, cccc3333)");
        assertThat(g.asGraph().vertexSet()).hasSize(4);
        assertThat(new HistoryQuery(g).all()).hasSize(4);
    }

    @Test
    void selfLoopIsReportedAndDropped() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("aaaa1111", "aaaa1111")));
        assertThat(g.diagnostics()).extracting(Diagnostic::message)
                .contains("Self-loop is detected in revisions (aaaa1111)");
        assertThat(g.heads()).containsExactly("aaaa1111");
    }

    @Test
    void duplicateIdKeepsTheLaterFileAndIsListedTwiceAmongHeads() {
        Revision first = Revision.of("bbbb2222", List.of()).withLongDoc("first");
        Revision second = Revision.of("bbbb2222", List.of()).withLongDoc("second");
        RevisionGraph g = RevisionGraph.build(List.of(first, second));
        assertThat(g.revision("bbbb2222")).get().extracting(Revision::longDoc).isEqualTo("second");
        assertThat(g.headsAsListed()).containsExactly("bbbb2222", "bbbb2222");
        assertThat(g.diagnostics()).extracting(Diagnostic::message)
                .contains("Revision bbbb2222 is present more than once");
    }

    @Test
    void effectiveHeadIsAHeadButNotARealHead() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("aaaa1111"), rev("bbbb2222", "aaaa1111"),
                rev("cccc3333", "aaaa1111").withDependsOn(List.of("bbbb2222"))));
        assertThat(g.heads()).containsExactly("bbbb2222", "cccc3333");
        assertThat(g.realHeads()).containsExactly("cccc3333");
        assertThat(g.isEffectiveHead("bbbb2222")).isTrue();
    }

    @Test
    void clashingBranchLabelIsReported() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("aaaa1111").withBranchLabels(List.of("x")),
                rev("bbbb2222").withBranchLabels(List.of("x"))));
        assertThat(g.diagnostics()).extracting(Diagnostic::message)
                .contains("Branch name 'x' in revision bbbb2222 already used by revision aaaa1111");
    }

    @Test
    void revisionIdsLongerThanTheVersionColumnAreWarnedAbout() {
        RevisionGraph g = RevisionGraph.build(List.of(rev("016_add_security_constraints"),
                rev("017_add_asset_id_to_questionnaire_responses", "016_add_security_constraints")));
        assertThat(g.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.REVISION_ID_TOO_LONG)
                .hasSize(1).first().satisfies(d -> {
                    assertThat(d.revisionId()).contains("017_add_asset_id_to_questionnaire_responses");
                    assertThat(d.message()).contains("43 characters").contains("VARCHAR(32)");
                    assertThat(d.isError()).isFalse();
                });
    }
}
