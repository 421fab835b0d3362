package dev.retort.ui.merge;

import static dev.retort.ui.merge.SheetParts.box;
import static dev.retort.ui.merge.SheetParts.section;
import static dev.retort.ui.merge.SheetParts.text;

import dev.retort.merge.MergeFailure;
import dev.retort.merge.MergeOutcome;
import dev.retort.merge.MergePlan;
import dev.retort.merge.MergeWarning;
import dev.retort.runner.DiscoveryResult;
import dev.retort.ui.details.SourceView;
import dev.retort.ui.merge.MergeWizardModel.State;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 3: the exact file name and text Retort will write, rendered from the project's own
 * script.py.mako, with warnings; or why it cannot be written, and the route through the
 * project's own alembic.
 */
final class PreviewPane {
    private final MergeWizardModel model;
    private final VBox box = new VBox(8);
    private final SourceView source = new SourceView();
    private final VBox sourceBox = new VBox(source.node());
    private final Button useAlembic = new Button("Create with the project's alembic instead");

    PreviewPane(MergeWizardModel model) {
        this.model = model;
        box.setId("mergePreview");
        sourceBox.setId("mergePreviewSource");
        VBox.setVgrow(source.node(), Priority.ALWAYS);
        useAlembic.setId("mergeUseAlembicButton");
        useAlembic.disableProperty().bind(model.canUseAlembicBinding().not());
        useAlembic.setOnAction(e -> model.createWithAlembic());
        model.planProperty().addListener((o, a, b) -> render());
        model.planningProperty().addListener((o, a, b) -> render());
        model.stateProperty().addListener((o, a, b) -> render());
        model.outcomeProperty().addListener((o, a, b) -> render());
        model.alembicProperty().addListener((o, a, b) -> render());
        render();
    }

    Node node() {
        return box;
    }

    /** The text shown in the preview (tests). */
    String previewText() {
        return source.text();
    }

    private void render() {
        box.getChildren().clear();
        MergeOutcome plan = model.planProperty().get();
        if (model.planningProperty().get() || plan == null) {
            box.getChildren().add(busy("Rendering the new revision from script.py.mako…"));
            return;
        }
        if (plan instanceof MergePlan merge) {
            Label name = SheetParts.id(merge.fileName());
            name.setId("mergeFileName");
            name.getStyleClass().add("merge-file-name");
            Label dir = text("in " + merge.target().getParent(), "merge-path");
            dir.setId("mergeTargetDir");
            box.getChildren().addAll(section("New file"), name, dir);
            if (!merge.warnings().isEmpty()) {
                VBox warnings = box("merge-box-warning");
                warnings.setId("mergeWarnings");
                for (MergeWarning warning : merge.warnings()) {
                    warnings.getChildren().add(text("⚠ " + warning.message()));
                }
                box.getChildren().add(warnings);
            }
            source.setText(merge.text());
            box.getChildren().add(sourceBox);
            VBox.setVgrow(sourceBox, Priority.ALWAYS);
        } else if (plan instanceof MergeFailure failure) {
            box.getChildren().add(failureBox(failure));
        }
        State state = model.stateProperty().get();
        if (state == State.RUNNING) {
            box.getChildren().add(busy(model.routeProperty().get() == MergeWizardModel.Route.ALEMBIC
                    ? "Running alembic merge… (Esc stops it)" : "Writing the merge revision…"));
        }
        CreateOutcome outcome = model.outcomeProperty().get();
        if (state == State.FAILED && outcome != null) {
            box.getChildren().add(createFailure(outcome));
        }
        box.getChildren().add(alembicRoute(plan));
    }

    private Node failureBox(MergeFailure failure) {
        String title = switch (failure.kind()) {
            case ALEMBIC -> "alembic would fail too:";
            case ALEMBIC_OTHER -> "alembic would fail:";
            case UNSUPPORTED -> "Retort cannot render this project's template; the project's alembic can (below).";
            case REFUSED -> "Retort will not write this file:";
        };
        VBox failureBox = box("merge-box-danger", text(title, "merge-box-title"), text(failure.message()));
        failureBox.setId("mergeFailure");
        return failureBox;
    }

    private Node createFailure(CreateOutcome outcome) {
        String title = outcome.route() == MergeWizardModel.Route.ALEMBIC ? "alembic merge failed:"
                : "The file was not written:";
        VBox failed = box("merge-box-danger", text(title, "merge-box-title"), text(outcome.message()));
        failed.setId("mergeCreateError");
        if (outcome.route() == MergeWizardModel.Route.ALEMBIC && !outcome.output().isEmpty()) {
            failed.getChildren().add(output(outcome));
        }
        return failed;
    }

    static TextArea output(CreateOutcome outcome) {
        TextArea text = new TextArea(String.join("\n", outcome.output()));
        text.setId("mergeOutput");
        text.setEditable(false);
        text.setWrapText(true);
        int lines = outcome.output().stream().mapToInt(l -> 1 + l.length() / 70).sum();
        text.setPrefRowCount(Math.min(10, Math.max(3, lines)));
        text.getStyleClass().add("merge-output");
        return text;
    }

    private Node alembicRoute(MergeOutcome plan) {
        VBox route = new VBox(6);
        route.setId("mergeAlembicRoute");
        route.getStyleClass().add("merge-alembic-route");
        boolean needed = plan instanceof MergeFailure f && f.kind() == MergeFailure.Kind.UNSUPPORTED;
        useAlembic.getStyleClass().remove("accent");
        if (needed) {
            useAlembic.getStyleClass().add("accent");
        }
        Label status = text("", "merge-hint");
        status.setId("mergeAlembicStatus");
        route.getChildren().addAll(section(needed ? "Create it with alembic" : "Or let alembic write it"),
                new HBox(useAlembic), status);
        DiscoveryResult found = model.alembicProperty().get();
        if (found == null) {
            status.setText("Looking for the project's alembic…");
        } else if (found.installation().isEmpty()) {
            status.setText(found.message());
        } else {
            status.setText("With " + found.installation().get().describe() + ", in the project folder:");
            Label command = text(model.inputs().request().shellCommand(), "merge-id");
            command.setId("mergeAlembicCommand");
            model.alembicCommand().ifPresent(c -> command.setTooltip(new javafx.scene.control.Tooltip(c.display())));
            route.getChildren().add(command);
        }
        return route;
    }

    private static Node busy(String what) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        HBox row = new HBox(8, spinner, text(what, "merge-muted"));
        row.setId("mergeBusy");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
