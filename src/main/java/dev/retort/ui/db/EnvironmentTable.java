package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.ui.db.ProfileEditorModel.Variable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The profile's environment variables as an editable two-column table. Typing
 * {@code NAME=value} into the name column splits it; secret-looking values show as dots.
 */
final class EnvironmentTable {
    private final VBox root = new VBox(6);

    EnvironmentTable(ProfileEditorModel model) {
        TableView<Variable> table = new TableView<>(model.environment());
        table.setId("environmentTable");
        table.setEditable(true);
        table.setPrefHeight(140);
        table.setMinHeight(80);
        table.setPlaceholder(new Label("No variables: alembic runs with Retort's own environment."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Variable, String> name = new TableColumn<>("Variable");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(200);
        name.setOnEditCommit(e -> {
            Variable v = e.getRowValue();
            String text = e.getNewValue() == null ? "" : e.getNewValue();
            int eq = text.indexOf('=');
            if (eq > 0 && v.valueProperty().get().isEmpty()) {
                v.nameProperty().set(text.substring(0, eq).strip());
                v.valueProperty().set(text.substring(eq + 1));
            } else {
                v.nameProperty().set(text.strip());
            }
        });
        TableColumn<Variable, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> c.getValue().valueProperty());
        value.setCellFactory(col -> new MaskedCell());
        table.getColumns().add(name);
        table.getColumns().add(value);

        Button add = new Button("Add variable");
        add.setId("addVariable");
        add.setOnAction(e -> {
            model.addVariable("NAME", "");
            int row = model.environment().size() - 1;
            table.getSelectionModel().select(row);
            table.layout();
            table.edit(row, name);
        });
        Button remove = new Button("Remove variable");
        remove.setId("removeVariable");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            Variable v = table.getSelectionModel().getSelectedItem();
            if (v != null) {
                model.environment().remove(v);
            }
        });
        HBox buttons = new HBox(6, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(table, buttons);
    }

    Node node() {
        return root;
    }

    /** A text-field cell that shows secret values (POSTGRES_PASSWORD=...) as dots until edited. */
    private static final class MaskedCell extends TextFieldTableCell<Variable, String> {
        MaskedCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || isEditing() || getTableRow() == null || getTableRow().getItem() == null) {
                return;
            }
            String variable = getTableRow().getItem().nameProperty().get();
            if (ConnectionProfile.isSecretVariable(variable, item)) {
                setText(item.isEmpty() ? "(not saved: asked when alembic runs)" : "••••••••");
            }
        }
    }
}
