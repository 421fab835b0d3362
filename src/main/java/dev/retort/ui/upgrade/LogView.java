package dev.retort.ui.upgrade;

import dev.retort.runner.LineLevel;
import dev.retort.runner.OutputLine;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * alembic's output, one row per line, coloured by level (INFO, WARNING, ERROR, FAILED,
 * traceback), following the end while lines arrive. The list it shows is bounded by {@link RunSession}.
 */
final class LogView {
    private final ListView<OutputLine> list = new ListView<>();

    LogView(String id) {
        list.setId(id);
        list.getStyleClass().add("run-log");
        // one line per row, no wrapping: a fixed height keeps a 5,000-line log cheap to scroll
        list.setFixedCellSize(20);
        list.setPlaceholder(new javafx.scene.control.Label("alembic has printed nothing yet"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(OutputLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeIf(c -> c.startsWith("log-"));
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.text());
                getStyleClass().add(styleClass(line.level()));
            }
        });
    }

    static String styleClass(LineLevel level) {
        return switch (level) {
            case FAILED, TRACEBACK, ERROR, CRITICAL -> "log-error";
            case WARNING -> "log-warning";
            case INFO -> "log-info";
            case DEBUG -> "log-debug";
            default -> "log-" + level.name().toLowerCase(Locale.ROOT);
        };
    }

    private final ListChangeListener<OutputLine> follow = c -> {
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    };

    void show(ObservableList<OutputLine> lines) {
        list.getItems().removeListener(follow);
        list.setItems(lines);
        lines.addListener(follow);
        follow.onChanged(null);
    }

    ListView<OutputLine> node() {
        return list;
    }
}
