package dev.retort.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeClassBookTest {
    @Test
    void classesComeHighestPriorityFirstWhateverTheLayerOrder() {
        NodeClassBook book = new NodeClassBook();
        book.setLayer("structure", Map.of("a", Set.of("head", "merge")));
        book.setLayer("selection", Map.of("a", Set.of("selected")));
        book.setLayer("database", Map.of("a", List.of("current", "zz-new-overlay")));
        assertThat(book.classesOf("a")).isEqualTo("selected, current, head, merge, zz-new-overlay");
        assertThat(book.classesOf("b")).isEmpty();
    }

    @Test
    void replacingALayerDropsItsOldClasses() {
        NodeClassBook book = new NodeClassBook();
        book.setLayer("selection", Map.of("a", Set.of("selected"), "b", Set.of("ancestor")));
        book.setLayer("selection", Map.of("b", Set.of("selected")));
        assertThat(book.classesOf("a")).isEmpty();
        assertThat(book.classesOf("b")).isEqualTo("selected");
        assertThat(book.mentionedIds()).containsExactly("b");
    }

    @Test
    void theMergeWizardsColoursSitUnderTheSelectionAndOverEverythingElse() {
        NodeClassBook book = new NodeClassBook();
        book.setLayer("structure", Map.of("a", Set.of("branchpoint")));
        book.setLayer("selection", Map.of("a", Set.of("selected", "ancestor")));
        book.setLayer("wizard", Map.of("a", Set.of(GraphStyleSheet.branchClass(1), "mergebase")));
        assertThat(book.classesOf("a")).isEqualTo("selected, mergebase, mergebranch2, ancestor, branchpoint");
        assertThat(GraphStyleSheet.branchClass(5)).isEqualTo("mergebranch2");
        assertThat(GraphStyleSheet.css(GraphPalette.DARK, 0, 1)).contains("node.mergebranch4 { stroke-mode: plain; "
                + "stroke-color: " + GraphPalette.DARK.branch(3));
    }

    @Test
    void theRunningStepOfAPlanOutranksTheDatabaseMarks() {
        NodeClassBook book = new NodeClassBook();
        book.setLayer("structure", Map.of("m", Set.of("merge", "head")));
        book.setLayer("database", Map.of("m", Set.of("pending")));
        book.setLayer("plan", Map.of("m", Set.of("planstep", "planrunning")));
        assertThat(book.classesOf("m")).isEqualTo("planrunning, planstep, pending, head, merge");
    }
}
