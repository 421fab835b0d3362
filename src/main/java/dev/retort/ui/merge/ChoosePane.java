package dev.retort.ui.merge;

import static dev.retort.ui.merge.SheetParts.section;
import static dev.retort.ui.merge.SheetParts.text;

import dev.retort.merge.RevisionIds;
import dev.retort.ui.graph.GraphPalette;
import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Step 2: which heads, the message, an optional branch label and revision id, each checked as
 * it is typed with the reason shown under the field.
 */
final class ChoosePane {
    /** AtlantaFX's red field state. */
    private static final javafx.css.PseudoClass DANGER = javafx.css.PseudoClass.getPseudoClass("danger");
    private final MergeInputs inputs;
    private final Supplier<GraphPalette> palette;
    private final VBox box = new VBox(6);
    private final VBox heads = new VBox(4);
    private final TextField message = new TextField();
    private final TextField label = new TextField();
    private final TextField revisionId = new TextField();

    ChoosePane(MergeInputs inputs, Supplier<GraphPalette> palette) {
        this.inputs = inputs;
        this.palette = palette;
        box.setId("mergeChoose");
        heads.setId("mergeHeadChoices");
        message.setId("mergeMessageField");
        message.textProperty().bindBidirectional(inputs.messageProperty());
        label.setId("mergeBranchLabelField");
        label.setPromptText("none");
        label.textProperty().bindBidirectional(inputs.branchLabelProperty());
        revisionId.setId("mergeRevIdField");
        revisionId.setPromptText("random: " + inputs.randomId());
        revisionId.textProperty().bindBidirectional(inputs.revisionIdProperty());
        box.getChildren().addAll(
                section("Heads to merge"), heads, error("mergeHeadsError", inputs.headsErrorProperty(), null),
                section("Message"), message,
                text("The docstring of the new file and, cut to 40 characters at a word, its file name.", "merge-hint"),
                section("Branch label (optional)"), label,
                error("mergeBranchLabelError", inputs.branchLabelErrorProperty(), label),
                section("Revision id (optional)"), revisionId,
                error("mergeRevIdError", inputs.revisionIdErrorProperty(), revisionId),
                text("Empty: the random id " + inputs.randomId() + ", as alembic makes them. Otherwise letters, digits "
                        + "and _, unique, at most " + RevisionIds.MAX_LENGTH + " characters (alembic_version."
                        + "version_num is VARCHAR(" + RevisionIds.MAX_LENGTH + ")).", "merge-hint"));
        inputs.heads().addListener((ListChangeListener<HeadChoice>) c -> renderHeads());
        inputs.chosenHeadsProperty().addListener((o, a, b) -> recolour());
        renderHeads();
    }

    Node node() {
        return box;
    }

    /** The field to focus when the step opens. */
    Node firstField() {
        return message;
    }

    private void renderHeads() {
        heads.getChildren().clear();
        int i = 0;
        for (HeadChoice choice : inputs.heads()) {
            CheckBox check = new CheckBox();
            check.setId("mergeHeadCheck-" + i);
            check.selectedProperty().bindBidirectional(choice.chosenProperty());
            check.setText(choice.id());
            check.setMinWidth(CheckBox.USE_PREF_SIZE);
            check.getStyleClass().add("merge-id");
            check.setMnemonicParsing(false);
            String note = choice.realHead() ? choice.message()
                    : choice.message() + " (a head only because another revision depends on it)";
            Label msg = text(note, "merge-muted");
            msg.setWrapText(false);
            msg.setMinWidth(0);
            HBox row = new HBox(8, new javafx.scene.Group(), check, msg);
            HBox.setHgrow(msg, javafx.scene.layout.Priority.ALWAYS);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            row.setUserData(choice);
            heads.getChildren().add(row);
            i++;
        }
        recolour();
    }

    /** The dot before each chosen head has its branch's colour, in the order the explain step uses. */
    private void recolour() {
        int branch = 0;
        for (Node node : heads.getChildren()) {
            HBox row = (HBox) node;
            HeadChoice choice = (HeadChoice) row.getUserData();
            Node dot = choice.isChosen() ? SheetParts.swatch(palette.get(), branch++) : new javafx.scene.shape.Circle(6,
                    javafx.scene.paint.Color.TRANSPARENT);
            row.getChildren().set(0, dot);
        }
    }

    /** The message under a field; the field itself turns red while there is one. */
    private static Label error(String id, ObservableStringValue message, TextField field) {
        Label label = text("", "merge-error");
        if (field != null) {
            message.addListener((o, a, text) -> field.pseudoClassStateChanged(DANGER, !text.isEmpty()));
        }
        label.setId(id);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
