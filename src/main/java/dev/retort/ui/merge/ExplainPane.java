package dev.retort.ui.merge;

import static dev.retort.ui.merge.SheetParts.plural;
import static dev.retort.ui.merge.SheetParts.section;
import static dev.retort.ui.merge.SheetParts.text;

import dev.retort.ui.graph.GraphPalette;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * Step 1: why the heads need a merge, where they diverged, what only each branch has (in the
 * colours the graph shows now), and which of it each connected database already has.
 */
final class ExplainPane {
    /** Longer branches are listed up to this many revisions. */
    static final int MAX_LISTED = 12;

    private final MergeWizardModel model;
    private final Supplier<GraphPalette> palette;
    private final VBox box = new VBox(8);

    ExplainPane(MergeWizardModel model, Supplier<GraphPalette> palette) {
        this.model = model;
        this.palette = palette;
        box.setId("mergeExplain");
        model.analysisProperty().addListener((o, a, b) -> render());
        model.coverageProperty().addListener((o, a, b) -> render());
        render();
    }

    Node node() {
        return box;
    }

    private void render() {
        MergeAnalysis analysis = model.analysisProperty().get();
        List<String> allHeads = model.snapshot().graph().heads();
        GraphPalette colours = palette.get();
        box.getChildren().setAll(text(allHeads.size() + " heads: \"alembic upgrade head\" fails with \"Multiple head "
                + "revisions are present\" until a merge revision joins them. A merge revision changes no schema: its "
                + "down_revision lists the heads, and its upgrade() and downgrade() do nothing.", "merge-lead"));
        if (analysis.branches().isEmpty()) {
            box.getChildren().add(text("Choose at least two heads in the next step.", "merge-muted"));
            return;
        }
        box.getChildren().add(section("Heads to merge"));
        VBox heads = new VBox(4);
        heads.setId("mergeExplainHeads");
        for (int i = 0; i < analysis.branches().size(); i++) {
            MergeAnalysis.Branch branch = analysis.branches().get(i);
            heads.getChildren().add(SheetParts.revisionLine(SheetParts.swatch(colours, i), branch.head(),
                    model.messageOf(branch.head())));
        }
        box.getChildren().add(heads);
        List<String> left = allHeads.stream().filter(h -> !analysis.heads().contains(h)).toList();
        if (!left.isEmpty()) {
            box.getChildren().add(text("Not merged: " + String.join(", ", left), "merge-muted"));
        }
        box.getChildren().add(section("Where they diverged"));
        VBox points = new VBox(4);
        points.setId("mergeBranchPoint");
        if (analysis.branchPoints().isEmpty()) {
            points.getChildren().add(text("Nowhere: these heads share no revision (they grew from different bases).",
                    "merge-muted"));
        }
        for (String point : analysis.branchPoints()) {
            points.getChildren().add(SheetParts.revisionLine(triangle(colours), point, model.messageOf(point)));
        }
        if (analysis.branchPoints().size() > 1) {
            points.getChildren().add(text("The heads have several nearest common ancestors.", "merge-muted"));
        }
        box.getChildren().add(points);
        box.getChildren().add(section("Only on each branch"));
        for (int i = 0; i < analysis.branches().size(); i++) {
            box.getChildren().add(branchList(analysis.branches().get(i), i, colours));
        }
        if (!analysis.shared().isEmpty()) {
            box.getChildren().add(text("On some branches but not all: " + String.join(", ", analysis.shared()),
                    "merge-muted"));
        }
        box.getChildren().add(section("Databases"));
        box.getChildren().add(databases(analysis));
    }

    private Node branchList(MergeAnalysis.Branch branch, int index, GraphPalette colours) {
        VBox list = new VBox(3);
        list.setId("mergeUnique-" + index);
        list.getStyleClass().add("merge-branch-list");
        list.getChildren().add(text(plural(branch.unique().size(), "revision", "revisions") + " only on the branch of "
                + branch.head() + ":", "merge-branch-title"));
        List<String> shown = branch.unique().subList(0, Math.min(MAX_LISTED, branch.unique().size()));
        for (String id : shown) {
            list.getChildren().add(SheetParts.revisionLine(SheetParts.swatch(colours, index), id, model.messageOf(id)));
        }
        if (branch.unique().size() > shown.size()) {
            list.getChildren().add(text("… and " + (branch.unique().size() - shown.size()) + " more", "merge-muted"));
        }
        return list;
    }

    private Node databases(MergeAnalysis analysis) {
        VBox list = new VBox(6);
        list.setId("mergeDatabases");
        List<DatabaseCoverage> coverage = model.coverageProperty().get();
        if (coverage.isEmpty()) {
            list.getChildren().add(text("No database connected. After the merge, \"alembic upgrade head\" runs on each "
                    + "database what its branch lacks.", "merge-muted"));
            return list;
        }
        for (DatabaseCoverage db : coverage) {
            String where = db.current().isEmpty() ? "" : " (at " + String.join(", ", db.current()) + ")";
            list.getChildren().add(text(db.name() + where, "merge-database-name"));
            if (db.problem().isPresent() && db.has().isEmpty() && db.lacks().isEmpty()) {
                list.getChildren().add(text("Cannot tell: " + db.problem().get(), "merge-muted"));
                continue;
            }
            list.getChildren().add(text(db.has().isEmpty() ? "Has none of the diverging revisions."
                    : "Already has " + SheetParts.listed(db.has()) + ".", "merge-database-has"));
            list.getChildren().add(text(db.lacks().isEmpty() ? "Lacks none of them."
                    : "Lacks " + SheetParts.listed(db.lacks()) + ": \"alembic upgrade head\" runs "
                    + (db.lacks().size() == 1 ? "it" : "them") + " after the merge.", "merge-database-lacks"));
            db.problem().ifPresent(p -> list.getChildren().add(text("Note: " + p, "merge-muted")));
        }
        return list;
    }

    private static Node triangle(GraphPalette colours) {
        Polygon t = new Polygon(6, 0, 12, 11, 0, 11);
        t.setFill(javafx.scene.paint.Color.web(colours.branchPoint()));
        t.setStroke(javafx.scene.paint.Color.web(colours.text()));
        t.setStrokeWidth(1.5);
        return t;
    }
}
