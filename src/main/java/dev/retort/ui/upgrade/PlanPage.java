package dev.retort.ui.upgrade;

import dev.retort.db.VersionTableState;
import dev.retort.ui.db.DatabaseStatus;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 1: which database, what to do (upgrade, downgrade, stamp) and to which target; the steps
 * alembic will run with the version table after each; the command; the stronger confirmation.
 */
final class PlanPage {
    private final UpgradeWizardModel model;
    private final VBox root = new VBox(10);
    private final ComboBox<DatabaseStatus> databases = new ComboBox<>();
    private final Label current = new Label();
    private final TextField target = new TextField();
    private final Label error = new Label();
    private final Label stepsTitle = new Label();
    private final StepsTable steps = new StepsTable();
    private final Label notes = new Label();
    private final CheckBox confirm = new CheckBox();
    private final TextArea command = new TextArea();
    private final ToggleGroup operations = new ToggleGroup();
    private boolean updating;

    PlanPage(UpgradeWizardModel model) {
        this.model = model;
        build();
        model.planProperty().addListener((o, a, b) -> refresh());
        model.databases().addListener((ListChangeListener<DatabaseStatus>) c -> refreshDatabases());
        model.databaseProperty().addListener((o, a, b) -> refreshDatabases());
        model.commandLineProperty().addListener((o, a, b) -> command.setText(b));
        refreshDatabases();
        refresh();
    }

    private void build() {
        root.setId("planPage");
        root.setPadding(new Insets(4, 0, 0, 0));
        HBox ops = new HBox();
        ops.getStyleClass().add("segmented");
        for (UpgradeOperation op : UpgradeOperation.values()) {
            ToggleButton button = new ToggleButton(op.label());
            button.setId("operation" + op.label());
            button.setUserData(op);
            button.setToggleGroup(operations);
            button.setSelected(op == model.operationProperty().get());
            ops.getChildren().add(button);
        }
        operations.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                operations.selectToggle(a);
            } else if (!updating) {
                model.setOperation((UpgradeOperation) b.getUserData());
            }
        });
        databases.setId("databaseChoice");
        databases.setMaxWidth(Double.MAX_VALUE);
        databases.setCellFactory(v -> new DatabaseCell());
        databases.setButtonCell(new DatabaseCell());
        databases.setPromptText("No database connected");
        databases.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.selectDatabase(b.profile().name());
            }
        });
        current.setId("currentRevisions");
        current.getStyleClass().add("mono");
        current.setWrapText(true);
        target.setId("targetField");
        target.getStyleClass().add("mono");
        target.setText(model.targetProperty().get());
        target.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.setTarget(b);
            }
        });
        model.targetProperty().addListener((o, a, b) -> {
            if (!b.equals(target.getText())) {
                updating = true;
                target.setText(b);
                updating = false;
            }
        });
        HBox picks = new HBox(2, new Label("e.g."));
        for (String pick : List.of("heads", "head", "+1", "-1", "base")) {
            Hyperlink link = new Hyperlink(pick);
            link.getStyleClass().add("mono");
            link.setOnAction(e -> target.setText(pick));
            picks.getChildren().add(link);
        }
        picks.getStyleClass().add("hint");
        error.setId("planError");
        error.getStyleClass().add("plan-error");
        error.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, key("Do"), ops);
        form.addRow(1, key("Database"), databases);
        form.addRow(2, key("Now at"), current);
        form.addRow(3, key("Target"), new VBox(2, target, picks));
        GridPane.setHgrow(databases, Priority.ALWAYS);
        GridPane.setHgrow(target, Priority.ALWAYS);

        stepsTitle.getStyleClass().add("details-section");
        notes.setId("planNotes");
        notes.setWrapText(true);
        notes.getStyleClass().add("hint");
        confirm.setId("confirmCheck");
        confirm.setWrapText(true);
        confirm.getStyleClass().add("danger-check");
        confirm.selectedProperty().addListener((o, a, b) -> {
            if (!updating) {
                model.setConfirmed(b);
            }
        });
        command.setId("commandLine");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(3);
        command.getStyleClass().add("mono");
        root.getChildren().addAll(form, error, stepsTitle, steps.node(), notes, confirm, section("Command"), command);
    }

    private static Label key(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-key");
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-section");
        return label;
    }

    private void refreshDatabases() {
        updating = true;
        databases.getItems().setAll(model.databases());
        Optional<String> chosen = model.databaseProperty().get();
        databases.getItems().stream().filter(s -> chosen.map(n -> n.equals(s.profile().name())).orElse(false))
                .findFirst().ifPresentOrElse(databases::setValue, () -> databases.setValue(null));
        databases.setDisable(databases.getItems().isEmpty());
        updating = false;
        current.setText(currentText());
    }

    private void refresh() {
        WizardPlan plan = model.planProperty().get();
        updating = true;
        operations.getToggles().stream().filter(t -> t.getUserData() == plan.operation()).findFirst()
                .ifPresent(operations::selectToggle);
        confirm.setSelected(model.confirmedProperty().get());
        updating = false;
        current.setText(currentText());
        error.setText(plan.error().orElse(""));
        error.setVisible(plan.error().isPresent());
        error.setManaged(plan.error().isPresent());
        int n = plan.steps().size();
        boolean stamp = plan.operation() == UpgradeOperation.STAMP;
        stepsTitle.setText(stamp ? "Stamp" : n == 0 ? "Steps" : n + " step" + (n == 1 ? "" : "s")
                + ", in the order alembic runs them");
        steps.show(plan.steps());
        steps.node().setVisible(!stamp);
        steps.node().setManaged(!stamp);
        notes.setText(String.join("\n", plan.notes()));
        notes.setVisible(!plan.notes().isEmpty());
        notes.setManaged(!plan.notes().isEmpty());
        boolean strong = plan.operation().needsConfirmation();
        confirm.setVisible(strong);
        confirm.setManaged(strong);
        confirm.setText(plan.operation() == UpgradeOperation.DOWNGRADE
                ? "I understand this changes the database: downgrade runs the downgrade() of " + n + " revision"
                        + (n == 1 ? "" : "s") + ", which usually drops columns or tables, and their data."
                : "I understand this changes the database: stamp rewrites the version table without running "
                        + "migrations, so alembic will believe the schema is at the new revision.");
        command.setText(model.commandLineProperty().get());
    }

    private String currentText() {
        Optional<DatabaseStatus> status = databases.getValue() == null ? Optional.empty()
                : Optional.of(databases.getValue());
        if (status.isEmpty()) {
            return "—";
        }
        Optional<VersionTableState> table = status.get().table();
        if (table.isEmpty() || !table.get().versionKnown()) {
            return table.map(VersionTableState::message).orElse("reading…");
        }
        List<String> rows = table.get().rows();
        String at = rows.isEmpty() ? "base (empty version table)" : String.join(", ", rows);
        return status.get().state().map(s -> at + "   ·   " + (s.atHeads() ? "at heads" : s.upgradePlanned()
                ? s.pending().size() + " revision" + (s.pending().size() == 1 ? "" : "s") + " pending to heads"
                : s.summary())).orElse(at);
    }

    Node node() {
        return root;
    }

    /** "name — target" in the database choice. */
    private static final class DatabaseCell extends ListCell<DatabaseStatus> {
        @Override
        protected void updateItem(DatabaseStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setText(null);
                return;
            }
            String state = status.reading() ? "reading…" : status.table().map(t -> t.versionKnown() ? ""
                    : " (" + t.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")").orElse("");
            setText(status.profile().name() + " — " + status.profile().target() + state);
        }
    }
}
