package dev.retort.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionResolverTest {
    private final RevisionGraph graph = ResearchStub.graph();
    private final RevisionResolver resolver = graph.resolver();

    @Test
    void exactIdsPrefixesAndLabels() {
        assertThat(resolver.resolveIds("1a2b3c4d5e6f")).containsExactly("1a2b3c4d5e6f");
        assertThat(resolver.resolveIds("1")).containsExactly("1a2b3c4d5e6f");
        assertThat(resolver.resolveIds("m")).containsExactly("1a2b3c4d5e6f");
        assertThat(resolver.resolveIds("main")).containsExactly("1a2b3c4d5e6f");
    }

    @Test
    void symbolicNames() {
        assertThat(resolver.resolveIds("heads")).containsExactly("92a3b4c5d6e7", "8192a3b4c5d6");
        assertThat(resolver.resolveIds("base")).isEmpty();
        assertThat(resolver.resolveIds("main@head")).containsExactly("8192a3b4c5d6");
        assertThat(resolver.resolveIds("other@head")).containsExactly("92a3b4c5d6e7");
        assertThat(resolver.resolveIds("-1")).containsExactlyInAnyOrder("708192a3b4c5", "5e6f708192a3");
        assertThat(resolver.resolveIds("main@-1")).containsExactly("5e6f708192a3");
    }

    @Test
    void errorsCarryAlembicsTexts() {
        assertThatThrownBy(() -> resolver.resolveIds("zz")).isInstanceOfSatisfying(ResolutionException.class,
                e -> assertThat(e.getMessage()).isEqualTo("No such revision or branch 'zz'; please ensure at least "
                        + "four characters are present for partial revision identifier matches"));
        assertThatThrownBy(() -> resolver.resolveIds("head")).isInstanceOf(MultipleHeadsException.class);
        assertThatThrownBy(() -> resolver.resolveIds("main@zzzz")).isInstanceOfSatisfying(RevisionException.class,
                e -> assertThat(AlembicMessages.commandText(e)).isEqualTo(
                        "Can't locate revision identified by 'zzzz'"));
        assertThatThrownBy(() -> resolver.resolveIds("nosuch@head"))
                .isInstanceOfSatisfying(RevisionException.class, e -> assertThat(AlembicMessages.commandText(e))
                        .isEqualTo("Can't locate revision identified by 'nosuch'"));
        assertThatThrownBy(() -> resolver.resolveIds("other@3c4d5e6f7081"))
                .hasMessage("Revision 3c4d5e6f7081 is not a member of branch 'other'");
    }

    @Test
    void ambiguousPrefixListsAtMostThree() {
        RevisionGraph g = RevisionGraph.build(List.of(dev.retort.model.revision.Revision.of("016_add", List.of()),
                dev.retort.model.revision.Revision.of("017_add", List.of("016_add"))));
        assertThatThrownBy(() -> g.resolver().resolveIds("01"))
                .hasMessage("Multiple revisions start with '01': '016_add', '017_add'...");
    }

    @Test
    void relativeUpgradeTargets() {
        MigrationPlanner planner = new MigrationPlanner(graph);
        assertThat(planner.upgrade(List.of(), "main@+1").steps()).extracting(MigrationStep::revision)
                .containsExactly("1a2b3c4d5e6f");
        assertThat(planner.upgrade(List.of(), "main@head-1").steps()).extracting(MigrationStep::revision)
                .last().isEqualTo("5e6f708192a3");
        assertThatThrownBy(() -> planner.upgrade(List.of(), "+1")).hasMessage("Ambiguous walk");
        assertThatThrownBy(() -> planner.upgrade(List.of(), "2b3c4d5e6f70+1")).hasMessage("Ambiguous walk");
        assertThatThrownBy(() -> planner.upgrade(List.of(), "-2"))
                .hasMessage("Relative revision -2 didn't produce 2 migrations");
        assertThatThrownBy(() -> planner.upgrade(List.of(), "heads-1")).isInstanceOf(MultipleHeadsException.class);
    }
}
