package dev.retort.ui.merge;

import static dev.retort.ui.merge.SheetParts.box;
import static dev.retort.ui.merge.SheetParts.section;
import static dev.retort.ui.merge.SheetParts.text;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Step 4: what was written, that the project now has one head, and how the databases get
 * there: "Upgrade database…" when an upgrade wizard is plugged in, else the exact
 * {@code alembic upgrade head} command to copy.
 */
final class DonePane {
    private final MergeWizardModel model;
    private final VBox box = new VBox(8);

    DonePane(MergeWizardModel model) {
        this.model = model;
        box.setId("mergeDone");
        model.outcomeProperty().addListener((o, a, b) -> render());
        model.headsNowProperty().addListener((o, a, b) -> render());
        model.alembicProperty().addListener((o, a, b) -> render());
        render();
    }

    Node node() {
        return box;
    }

    private void render() {
        box.getChildren().clear();
        CreateOutcome outcome = model.outcomeProperty().get();
        if (outcome == null || !outcome.succeeded()) {
            return;
        }
        Label title = text("✓ Created the merge revision " + outcome.revisionId()
                + (outcome.route() == MergeWizardModel.Route.ALEMBIC ? " with alembic" : ""), "merge-box-title");
        VBox result = box("merge-box-success", title);
        result.setId("mergeResult");
        outcome.file().ifPresent(f -> {
            Label path = text(f.toString(), "merge-path");
            path.setId("mergeCreatedFile");
            result.getChildren().add(path);
        });
        box.getChildren().add(result);
        if (outcome.route() == MergeWizardModel.Route.ALEMBIC) {
            box.getChildren().addAll(section("alembic's output"), PreviewPane.output(outcome));
        }
        List<String> heads = model.headsNowProperty().get();
        Label after = text("", "merge-heads-after");
        after.setId("mergeHeadsAfter");
        if (!heads.contains(outcome.revisionId())) {
            after.setText("Reloading the project…");
        } else if (heads.size() == 1) {
            after.setText("The project now has one head, " + outcome.revisionId() + ": \"alembic upgrade head\" works "
                    + "again. The new revision is selected in the graph.");
        } else {
            after.setText("The project still has " + heads.size() + " heads: " + String.join(", ", heads)
                    + ". Merge again to join the rest.");
        }
        box.getChildren().addAll(section("The history"), after);
        box.getChildren().addAll(section("Databases"), databases());
    }

    private Node databases() {
        VBox list = new VBox(6);
        list.setId("mergeUpgrade");
        if (!model.databases().isEmpty() && model.upgradeHook().isPresent()) {
            Button upgrade = new Button("Upgrade database…");
            upgrade.setId("mergeUpgradeButton");
            upgrade.getStyleClass().add("accent");
            upgrade.setOnAction(e -> UpgradeOffer.request(model).ifPresent(r -> model.upgradeHook().get().upgrade(r)));
            list.getChildren().addAll(text("Each database still has to run what its branch lacks, then record the merge.",
                    "merge-muted"), upgrade);
            return list;
        }
        list.getChildren().add(text(!model.databases().isEmpty()
                ? "Bring each database to the new head (it runs what the database's branch lacks, then records the merge):"
                : "No database connected. To bring a database to the new head, run in the project folder:",
                "merge-muted"));
        int i = 0;
        for (MergeCommands.Shown shown : UpgradeOffer.commands(model)) {
            shown.database().ifPresent(name -> list.getChildren().add(text(name, "merge-database-name")));
            list.getChildren().add(SheetParts.command("Upgrade-" + i, shown.command()));
            i++;
        }
        return list;
    }
}
