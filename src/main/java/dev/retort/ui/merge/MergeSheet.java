package dev.retort.ui.merge;

import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.merge.MergeWizardModel.State;
import dev.retort.ui.merge.MergeWizardModel.Step;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The wizard's side sheet: title, the four steps, the current step's pane, and Cancel / Back /
 * the step's main button. Enter does the main action (a focused button is pressed instead),
 * Escape cancels (or stops a running alembic).
 */
final class MergeSheet {
    private static final List<String> STEP_NAMES = List.of("Explain", "Choose", "Preview", "Create");

    private final MergeWizardModel model;
    private final Runnable close;
    private final VBox root = new VBox();
    private final HBox steps = new HBox(6);
    private final ScrollPane content = new ScrollPane();
    private final Button cancel = new Button("Cancel");
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final ExplainPane explain;
    private final ChoosePane choose;
    private final PreviewPane preview;
    private final DonePane done;

    MergeSheet(MergeWizardModel model, Supplier<GraphPalette> palette, Runnable close) {
        this.model = model;
        this.close = close;
        explain = new ExplainPane(model, palette);
        choose = new ChoosePane(model.inputs(), palette);
        preview = new PreviewPane(model);
        done = new DonePane(model);
        root.setId("mergeWizard");
        root.getStyleClass().add("merge-sheet");
        root.setMinWidth(360);
        Label title = new Label("Merge heads");
        title.getStyleClass().add("merge-title");
        Button closeButton = new Button("✕");
        closeButton.setId("mergeCloseButton");
        closeButton.getStyleClass().addAll("flat", "merge-close");
        closeButton.setFocusTraversable(false);
        closeButton.setOnAction(e -> cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, closeButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("merge-header");
        steps.getStyleClass().add("merge-steps");
        content.setFitToWidth(true);
        content.setFitToHeight(true);
        content.getStyleClass().add("merge-content");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getChildren().addAll(header, steps, content, footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.stepProperty().addListener((o, a, b) -> showStep());
        model.stateProperty().addListener((o, a, b) -> refreshButtons());
        root.sceneProperty().addListener((o, a, scene) -> focusStep());
        next.disabledProperty().addListener((o, was, disabled) -> {
            Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (!disabled && (owner == root || owner == null)) {
                next.requestFocus();
            }
        });
        showStep();
    }

    private HBox footer() {
        cancel.setId("mergeCancelButton");
        cancel.setOnAction(e -> cancel());
        back.setId("mergeBackButton");
        back.setOnAction(e -> model.back());
        next.setId("mergeNextButton");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> primary());
        next.disableProperty().bind(model.canAdvanceBinding().not());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox footer = new HBox(8, cancel, grow, back, next);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("merge-footer");
        footer.setPadding(new Insets(10, 14, 10, 14));
        return footer;
    }

    Node node() {
        return root;
    }

    PreviewPane preview() {
        return preview;
    }

    private void primary() {
        if (model.stepProperty().get() == Step.DONE) {
            close.run();
        } else {
            model.advance();
        }
    }

    private void cancel() {
        if (model.stateProperty().get() == State.RUNNING) {
            model.cancelRun();
        } else {
            close.run();
        }
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focused instanceof ButtonBase button && !(focused instanceof CheckBox)) {
                button.fire();
            } else {
                primary();
            }
            e.consume();
        }
    }

    private void showStep() {
        Step step = model.stepProperty().get();
        steps.getChildren().clear();
        for (int i = 0; i < STEP_NAMES.size(); i++) {
            Label label = new Label((i + 1) + "  " + STEP_NAMES.get(i));
            label.setId("mergeStep-" + i);
            label.getStyleClass().add(i == step.ordinal() ? "merge-step-current"
                    : i < step.ordinal() ? "merge-step-done" : "merge-step");
            steps.getChildren().add(label);
            if (i < STEP_NAMES.size() - 1) {
                steps.getChildren().add(new Label("›"));
            }
        }
        Node pane = switch (step) {
            case EXPLAIN -> explain.node();
            case CHOOSE -> choose.node();
            case PREVIEW -> preview.node();
            case DONE -> done.node();
        };
        // only the preview stretches (its source view takes the height); the others scroll
        content.setFitToHeight(step == Step.PREVIEW);
        content.setContent(pane);
        content.setVvalue(0);
        next.setText(switch (step) {
            case EXPLAIN -> "Next";
            case CHOOSE -> "Preview";
            case PREVIEW -> "Create merge revision";
            case DONE -> "Close";
        });
        refreshButtons();
        focusStep();
    }

    /** Puts the keyboard where the step starts: the message field, else the main button. */
    void focusStep() {
        if (root.getScene() == null) {
            return;
        }
        if (model.stepProperty().get() == Step.CHOOSE) {
            choose.firstField().requestFocus();
        } else if (next.isDisabled()) {
            // the sheet itself, so Enter and Escape still reach it while the preview renders
            root.requestFocus();
        } else {
            next.requestFocus();
        }
    }

    private void refreshButtons() {
        Step step = model.stepProperty().get();
        boolean running = model.stateProperty().get() == State.RUNNING;
        back.setVisible(step == Step.CHOOSE || step == Step.PREVIEW);
        back.setManaged(back.isVisible());
        back.setDisable(running);
        cancel.setVisible(step != Step.DONE);
        cancel.setManaged(cancel.isVisible());
        cancel.setText(running && model.routeProperty().get() == MergeWizardModel.Route.ALEMBIC ? "Stop alembic"
                : "Cancel");
    }
}
