package dev.retort.ui.main;

import dev.retort.ui.graph.Viewport;
import dev.retort.ui.task.TaskRunner;
import dev.retort.model.diagnostics.Severity;
import dev.retort.ui.db.DatabaseOverlay;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The line at the bottom: project facts and timings, running work with a spinner, the zoom, and
 * the way into the upgrade wizard.
 */
public final class StatusBar {
    private final HBox box = new HBox(10);
    private final Label message = new Label();
    private final HBox databases = new HBox(12);

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
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewport.getValue().scale() * 100) + "%", viewport));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        databases.setId("databaseStatus");
        databases.setAlignment(Pos.CENTER_LEFT);
        databases.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(databases.getChildren()));
        Button upgrade = new Button("Upgrade database…");
        upgrade.setId("upgradeDatabaseButton");
        upgrade.getStyleClass().addAll("small", "flat");
        upgrade.setTooltip(new Tooltip("Plan, preview, run and verify alembic upgrade (Ctrl+U)"));
        upgrade.setOnAction(e -> upgradeDatabase.run());
        upgrade.disableProperty().bind(model.loadedProperty().isNull());
        box.getChildren().addAll(status, databases, spacer, message, spinner, work, zoom, upgrade);
    }

    /** One entry per database, "● staging: database at X (1 pending to heads)"; a click opens the Databases dialog. */
    public void setDatabases(List<DatabaseOverlay.Entry> entries, Runnable onClick) {
        databases.getChildren().clear();
        for (DatabaseOverlay.Entry e : entries) {
            Label label = new Label(e.line(), new Circle(5, Color.web(e.color())));
            label.getStyleClass().add("database-status");
            if (e.severity() == Severity.ERROR) {
                label.getStyleClass().add("severity-error");
            } else if (e.severity() == Severity.WARNING) {
                label.getStyleClass().add("severity-warning");
            }
            label.setTooltip(new Tooltip(e.message()));
            label.setOnMouseClicked(ev -> onClick.run());
            label.setMinWidth(Region.USE_PREF_SIZE);
            databases.getChildren().add(label);
        }
    }

    /** What the database part of the bar says, entries joined with " · " (tests). */
    public String databaseText() {
        return String.join(" · ", databases.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    public Node node() {
        return box;
    }

    /** A short-lived note such as "Exported to graph.svg". */
    public void say(String text) {
        message.setText(text);
    }
}
