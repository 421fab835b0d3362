package dev.retort.ui.db;

import dev.retort.model.diagnostics.Severity;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A profile in the Databases list: its colour, its name, and where the database stands in a few words. */
final class ProfileCell extends ListCell<DatabaseStatus> {
    @Override
    protected void updateItem(DatabaseStatus item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        String color = DatabaseTexts.color(item.profile());
        Circle dot = new Circle(6, Color.web(color));
        Label name = new Label(item.profile().name());
        name.getStyleClass().add("profile-name");
        Label state = new Label(DatabaseTexts.shortText(item));
        state.getStyleClass().add("profile-short-state");
        Severity severity = DatabaseOverlay.severity(item);
        if (severity == Severity.ERROR) {
            state.getStyleClass().add("severity-error");
        } else if (severity == Severity.WARNING) {
            state.getStyleClass().add("severity-warning");
        }
        Label target = new Label(item.profile().target());
        target.getStyleClass().add("details-path");
        state.setWrapText(true);
        VBox text = new VBox(1, name, state, target);
        // wrap and cut inside the list instead of scrolling sideways
        text.maxWidthProperty().bind(getListView().widthProperty().subtract(64));
        text.prefWidthProperty().bind(text.maxWidthProperty());
        HBox row = new HBox(8, dot, text);
        row.setAlignment(Pos.CENTER_LEFT);
        if (item.reading()) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(14, 14);
            spinner.setMaxSize(14, 14);
            row.getChildren().add(spinner);
        }
        setText(null);
        setGraphic(row);
        setTooltip(new Tooltip(DatabaseTexts.message(item)));
    }
}
