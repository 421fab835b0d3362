package dev.retort.ui.upgrade;

import dev.retort.runner.RunFailure;
import dev.retort.runner.RunResult;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 4: the database re-read and the runbook's checks, each with what it saw. After a failure,
 * alembic's error comes first, then where the database actually is; the log stays at hand.
 */
final class VerifyPage {
    private final UpgradeWizardModel model;
    private final VBox root = new VBox(10);
    private final Label headline = new Label();
    private final Label error = new Label();
    private final GridPane checks = new GridPane();
    private final HBox reading = new HBox(8);
    private final LogView log = new LogView("verifyLog");
    private final TitledPane logPane = new TitledPane("alembic's output", log.node());

    VerifyPage(UpgradeWizardModel model, Runnable saveLog) {
        this.model = model;
        root.setId("verifyPage");
        headline.setId("outcomeBanner");
        headline.setWrapText(true);
        headline.setMaxWidth(Double.MAX_VALUE);
        error.setId("alembicError");
        error.setWrapText(true);
        error.getStyleClass().addAll("alembic-error", "mono");
        checks.setId("verifyChecks");
        checks.setHgap(10);
        checks.setVgap(8);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        reading.getChildren().addAll(spinner, new Label("Re-reading the database…"));
        reading.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button("Save log…");
        save.setId("saveLogButton");
        save.setOnAction(e -> saveLog.run());
        logPane.setId("verifyLogPane");
        logPane.setExpanded(false);
        log.node().setPrefHeight(260);
        root.getChildren().addAll(headline, error, reading, checks, logPane, new HBox(save));
        VBox.setVgrow(logPane, Priority.SOMETIMES);
        model.stateProperty().addListener((o, a, b) -> refresh());
        model.reportProperty().addListener((o, a, b) -> refresh());
        model.sessionProperty().addListener((o, a, b) -> b.ifPresent(s -> log.show(s.lines())));
        refresh();
    }

    private void refresh() {
        WizardState state = model.stateProperty().get();
        reading.setVisible(state == WizardState.VERIFYING);
        reading.setManaged(state == WizardState.VERIFYING);
        Optional<RunResult> result = model.sessionProperty().get().flatMap(s -> s.resultProperty().get());
        headline.getStyleClass().removeAll("outcome-ok", "outcome-failed");
        checks.getChildren().clear();
        Optional<Verification.Report> report = model.reportProperty().get();
        if (result.isEmpty()) {
            headline.setText("");
            error.setVisible(false);
            error.setManaged(false);
            return;
        }
        boolean ok = result.get().succeeded() && report.map(Verification.Report::passed).orElse(true);
        headline.setText(report.map(Verification.Report::headline).orElse(result.get().succeeded()
                ? "alembic finished." : "alembic did not finish."));
        headline.getStyleClass().add(ok ? "outcome-ok" : "outcome-failed");
        Optional<RunFailure> failure = result.get().failure();
        error.setText(failure.map(f -> f.summary() + (f.details().isEmpty() ? "" : "\n" + String.join("\n",
                f.details()))).orElse(""));
        error.setVisible(failure.isPresent());
        error.setManaged(failure.isPresent());
        logPane.setExpanded(!result.get().succeeded());
        report.ifPresent(r -> {
            int row = 0;
            for (VerifyCheck check : r.checks()) {
                Label symbol = new Label(check.status().symbol());
                symbol.getStyleClass().addAll("check-symbol", "check-" + check.status().name().toLowerCase(Locale.ROOT));
                Label title = new Label(check.title());
                title.getStyleClass().add("check-title");
                title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label evidence = new Label(check.evidence());
                evidence.setId("check-" + check.id());
                evidence.setWrapText(true);
                evidence.getStyleClass().add("check-evidence");
                GridPane.setHgrow(evidence, Priority.ALWAYS);
                checks.addRow(row++, symbol, title, evidence);
            }
        });
    }

    Node node() {
        return root;
    }
}
