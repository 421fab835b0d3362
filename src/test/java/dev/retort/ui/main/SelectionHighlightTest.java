package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ui.graph.EdgeKey;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.support.IncidentProject;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionHighlightTest {
    @TempDir
    static Path dir;
    static ProjectSnapshot incident;

    @BeforeAll
    static void load() throws Exception {
        incident = new ProjectOpener().open(IncidentProject.write(dir));
    }

    @Test
    void oneSelectionLightsAncestorsAndDescendants() {
        SelectionHighlight h = SelectionHighlight.of(incident.graph(), incident.layout(),
                Optional.of(IncidentProject.FORK), Optional.empty());
        assertThat(h.nodeClasses().get(IncidentProject.FORK)).containsExactly("selected");
        assertThat(h.nodeClasses().get("015_add_assets")).containsExactly("ancestor");
        assertThat(h.nodeClasses().get(IncidentProject.HEAD_017)).containsExactly("descendant");
        assertThat(h.edgeClasses()).containsEntry(new EdgeKey(IncidentProject.HEAD_017, IncidentProject.FORK, false),
                "lineage");
        assertThat(h.pathIds()).isEmpty();
    }

    @Test
    void twoHeadsLightUpBackToWhereTheyDiverged() {
        SelectionHighlight h = SelectionHighlight.of(incident.graph(), incident.layout(),
                Optional.of(IncidentProject.HEAD_017), Optional.of(IncidentProject.HEAD_MERGE));
        assertThat(h.pathIds()).contains(IncidentProject.FORK, "a41c0e7d9b21", "d2a5b8c3e917", "0a9e4d7c1b58")
                .doesNotContain("015_add_assets", "001_initial_schema").hasSize(15);
        assertThat(h.nodeClasses().get(IncidentProject.HEAD_MERGE)).contains("secondary", "path");
    }

    @Test
    void aRevisionAndItsAncestorGiveTheRevisionsBetween() {
        SelectionHighlight h = SelectionHighlight.of(incident.graph(), incident.layout(),
                Optional.of("013_questionnaire_responses"), Optional.of(IncidentProject.FORK));
        assertThat(h.pathIds()).containsExactlyInAnyOrder("013_questionnaire_responses", "014_response_indexes",
                "015_add_assets", IncidentProject.FORK);
    }
}
