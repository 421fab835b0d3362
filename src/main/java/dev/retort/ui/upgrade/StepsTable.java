package dev.retort.ui.upgrade;

import dev.retort.model.graph.MigrationStep;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The plan as a table: step number, revision and doc, what alembic runs, and the version table
 * after the step. A grid of wrapping labels rather than a TableView: long revision ids and
 * several rows wrap instead of being cut.
 */
final class StepsTable {
    private final GridPane grid = new GridPane();

    StepsTable() {
        grid.setId("stepsTable");
        grid.getStyleClass().add("steps-table");
        grid.getColumnConstraints().addAll(column(5, false), column(33, true), column(32, true), column(30, true));
    }

    private static ColumnConstraints column(double percent, boolean grow) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(grow ? Priority.ALWAYS : Priority.NEVER);
        return c;
    }

    void show(List<MigrationStep> steps) {
        grid.getChildren().clear();
        grid.addRow(0, cell("#", "steps-head"), cell("Revision", "steps-head"), cell("alembic runs", "steps-head"),
                cell("Version table after", "steps-head"));
        for (int i = 0; i < steps.size(); i++) {
            MigrationStep step = steps.get(i);
            int n = i + 1;
            String style = n % 2 == 0 ? "steps-even" : "steps-odd";
            Label revision = cell(step.revision() + (step.doc().isEmpty() ? "" : "\n" + step.doc()), style);
            revision.setId("stepRevision" + n);
            Label rows = cell(String.join("\n", step.rowsAfter()), style);
            rows.setId("stepRows" + n);
            grid.addRow(n, cell(PlanHighlight.badge(n), style), revision, cell((step.upgrade() ? "upgrade " : "downgrade ")
                    + String.join(", ", step.fromRevisions()) + " → " + String.join(", ", step.toRevisions()), style),
                    rows);
        }
        if (steps.isEmpty()) {
            grid.add(cell("No steps", "steps-odd"), 0, 1, 4, 1);
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.getStyleClass().addAll("steps-cell", style);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setFillHeight(label, true);
        return label;
    }

    Node node() {
        return grid;
    }
}
