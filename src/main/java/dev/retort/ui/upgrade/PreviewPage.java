package dev.retort.ui.upgrade;

import dev.retort.runner.SqlPreviewResult;
import dev.retort.ui.details.SourceView;
import dev.retort.ui.details.SqlTokenizer;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 2: the SQL alembic would run, from {@code alembic upgrade --sql FROM:TARGET} (offline: no
 * database is touched). When the project cannot work offline that is said plainly: it does not
 * stop the run.
 */
final class PreviewPage {
    private final UpgradeWizardModel model;
    private final VBox root = new VBox(10);
    private final Label status = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final SourceView sql = new SourceView(SqlTokenizer::tokenize).withCodeId("sqlText");

    PreviewPage(UpgradeWizardModel model) {
        this.model = model;
        root.setId("previewPage");
        status.setId("previewStatus");
        status.setWrapText(true);
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        sql.node().setId("sqlView");
        HBox line = new HBox(8, spinner, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        root.getChildren().addAll(line, sql.node());
        VBox.setVgrow(sql.node(), Priority.ALWAYS);
        model.previewProperty().addListener((o, a, b) -> refresh());
        model.stateProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Optional<SqlPreviewResult> result = model.previewProperty().get();
        boolean running = model.stateProperty().get() == WizardState.PREVIEWING;
        spinner.setVisible(running);
        spinner.setManaged(running);
        status.getStyleClass().removeAll("preview-ok", "preview-note", "preview-failed");
        if (running || result.isEmpty()) {
            status.setText("Asking alembic for the SQL, offline (no database is touched)…");
            sql.setText("");
            return;
        }
        SqlPreviewResult r = result.get();
        switch (r.status()) {
            case OK -> {
                status.setText("The SQL alembic will run (" + r.sql().lines().count() + " lines), from alembic "
                        + model.planProperty().get().operation().verb() + " --sql:");
                status.getStyleClass().add("preview-ok");
            }
            case OFFLINE_NOT_SUPPORTED, NOT_EXPRESSIBLE, CANCELLED -> {
                status.setText(r.message() + (r.status() == SqlPreviewResult.Status.CANCELLED ? ""
                        : "\nThis does not stop the run: Run asks alembic to do it online."));
                status.getStyleClass().add("preview-note");
            }
            case FAILED -> {
                status.setText(r.message());
                status.getStyleClass().add("preview-failed");
            }
        }
        // alembic prints FAILED: on stdout too; the message above says it already
        sql.setText(r.ok() ? r.sql() : r.sql().lines().filter(l -> !l.startsWith("FAILED:"))
                .collect(java.util.stream.Collectors.joining("\n")).strip());
    }

    Node node() {
        return root;
    }

    /** The SQL shown (tests). */
    String sqlText() {
        return sql.text();
    }
}
