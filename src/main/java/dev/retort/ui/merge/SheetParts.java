package dev.retort.ui.merge;

import dev.retort.ui.graph.GraphPalette;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** Small building blocks the wizard's steps share; styles live in retort.css. */
final class SheetParts {
    private SheetParts() {
    }

    static Label text(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().addAll(styles);
        return label;
    }

    static Label section(String text) {
        return text(text, "merge-section");
    }

    static Label id(String revision) {
        Label label = text(revision, "merge-id");
        label.setWrapText(false);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** A coloured dot: the branch's colour on the graph. */
    static Node swatch(GraphPalette palette, int branch) {
        Circle dot = new Circle(6, Color.TRANSPARENT);
        dot.setStroke(Color.web(palette.branch(branch)));
        dot.setStrokeWidth(3.5);
        return dot;
    }

    /** id then message on one line, the message muted and cut when long. */
    static HBox revisionLine(Node marker, String revision, String message) {
        Label msg = text(message, "merge-muted");
        msg.setWrapText(false);
        msg.setMinWidth(0);
        HBox line = new HBox(8);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (marker != null) {
            line.getChildren().add(marker);
        }
        line.getChildren().addAll(id(revision), msg);
        HBox.setHgrow(msg, Priority.ALWAYS);
        return line;
    }

    /** A tinted box: "merge-box-warning", "merge-box-danger", "merge-box-success", "merge-box-info". */
    static VBox box(String kind, Node... children) {
        VBox box = new VBox(6, children);
        box.getStyleClass().addAll("merge-box", kind);
        return box;
    }

    /** A read-only command line with a Copy button. */
    static HBox command(String idSuffix, String command) {
        TextArea field = new TextArea(command);
        field.setEditable(false);
        field.setWrapText(true);
        field.setPrefRowCount(Math.min(4, 1 + command.length() / 64));
        field.setId("mergeCommand" + idSuffix);
        field.getStyleClass().add("merge-command");
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("mergeCopy" + idSuffix);
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(command);
            Clipboard.getSystemClipboard().setContent(clip);
            copy.setText("Copied");
        });
        HBox row = new HBox(6, field, copy);
        row.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return row;
    }

    /** "a, b and c". */
    static String listed(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
