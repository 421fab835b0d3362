package dev.retort.ui.main;

import dev.retort.ui.graph.Viewport;
import dev.retort.ui.task.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line at the bottom: project facts and timings, running work with a spinner, the zoom, and
 * the way into the upgrade wizard.
 */
public final class StatusBar {
    private final HBox box = new HBox(10);
    private final Label message = new Label();

    public StatusBar(ExplorerViewModel model, TaskRunner tasks, ObservableValue<Viewport> viewport,
            Runnable upgradeDatabase) {
        box.setId("statusBar");
        box.getStyleClass().add("status-bar");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 12, 4, 12));
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("busyIndicator");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(tasks.busyProperty().or(model.loadingProperty()));
        Label work = new Label();
        work.textProperty().bind(tasks.messageProperty());
        work.visibleProperty().bind(spinner.visibleProperty());
        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        Label zoom = new Label();
        zoom.setId("zoomLabel");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewport.getValue().scale() * 100) + "%", viewport));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button upgrade = new Button("Upgrade database…");
        upgrade.setId("upgradeDatabaseButton");
        upgrade.getStyleClass().addAll("small", "flat");
        upgrade.setTooltip(new javafx.scene.control.Tooltip("Plan, preview, run and verify alembic upgrade (Ctrl+U)"));
        upgrade.setOnAction(e -> upgradeDatabase.run());
        upgrade.disableProperty().bind(model.loadedProperty().isNull());
        box.getChildren().addAll(status, spacer, message, spinner, work, zoom, upgrade);
    }

    public Node node() {
        return box;
    }

    /** A short-lived note such as "Exported to graph.svg". */
    public void say(String text) {
        message.setText(text);
    }
}
