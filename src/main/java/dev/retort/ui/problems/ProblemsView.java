package dev.retort.ui.problems;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * Every diagnostic of the project in a table, errors first. Activating a row (click or Enter)
 * hands it to the window, which selects its revision or opens its file.
 */
public final class ProblemsView {
    private final TableView<Diagnostic> table = new TableView<>();
    private final ObservableList<Diagnostic> rows = FXCollections.observableArrayList();

    public ProblemsView(Consumer<Diagnostic> onActivate) {
        table.setId("problemsTable");
        table.setItems(rows);
        table.setPlaceholder(new Label("No problems found."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Diagnostic, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(col -> new SeverityCell());
        severity.setPrefWidth(88);
        severity.setMaxWidth(96);
        severity.setMinWidth(88);
        TableColumn<Diagnostic, String> revision = new TableColumn<>("Revision");
        revision.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().revisionId().orElse("")));
        revision.setPrefWidth(170);
        TableColumn<Diagnostic, String> message = new TableColumn<>("Problem");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(520);
        TableColumn<Diagnostic, String> where = new TableColumn<>("Location");
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().location()
                .map(l -> l.file().getFileName() + (l.line() > 0 ? ":" + l.line() : "")).orElse("")));
        where.setPrefWidth(220);
        table.getColumns().addAll(List.of(severity, revision, message, where));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Diagnostic item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.toString()));
            }
        });
        table.setOnMouseClicked(e -> {
            Diagnostic d = table.getSelectionModel().getSelectedItem();
            if (d != null && e.getClickCount() >= 1) {
                onActivate.accept(d);
            }
        });
        table.setOnKeyPressed(e -> {
            Diagnostic d = table.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.ENTER) {
                onActivate.accept(d);
            }
        });
    }

    public Node node() {
        return table;
    }

    public void setDiagnostics(List<Diagnostic> diagnostics) {
        rows.setAll(diagnostics.stream()
                .sorted(Comparator.comparing(Diagnostic::severity).thenComparing(d -> d.revisionId().orElse("")))
                .toList());
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(rows);
    }

    /** A coloured word, so errors stand out without reading. */
    private static final class SeverityCell extends TableCell<Diagnostic, Severity> {
        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.name().toLowerCase(Locale.ROOT));
            getStyleClass().add("severity-" + item.name().toLowerCase(Locale.ROOT));
        }
    }
}
