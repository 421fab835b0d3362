package dev.retort.ui.main;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A {@link MergeHeadsHandler} that shows the alembic command that merges the heads, with a Copy
 * button: what the user can run today, until the merge wizard takes over this hook.
 */
public final class MergeCommandDialog implements MergeHeadsHandler {

    /** {@code alembic [-c FILE] merge -m "merge heads" HEAD...}, quoted for a POSIX shell. */
    public static String command(Request request) {
        StringBuilder cmd = new StringBuilder("alembic");
        request.configFile().ifPresent(f -> cmd.append(" -c ").append(quote(f.toString())));
        cmd.append(" merge -m \"merge heads\"");
        request.heads().forEach(h -> cmd.append(' ').append(quote(h)));
        return cmd.toString();
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_@.,:/=+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    @Override
    public void onMergeHeadsRequested(Request request) {
        String command = command(request);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(request.owner());
        alert.setTitle("Merge heads");
        alert.setHeaderText("Merge the " + request.heads().size() + " heads into one");
        TextArea text = new TextArea("cd " + quote(request.projectFolder().toString()) + "\n" + command);
        text.setId("mergeCommandText");
        text.setEditable(false);
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.getStyleClass().add("code");
        Button copy = new Button("Copy command");
        copy.setId("copyMergeCommandButton");
        copy.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(command);
            Clipboard.getSystemClipboard().setContent(clip);
            copy.setText("Copied");
        });
        Label why = new Label("Run this in the project folder. Alembic writes an empty merge revision whose "
                + "down_revision lists " + String.join(", ", List.copyOf(request.heads()))
                + "; afterwards there is one head and \"alembic upgrade head\" works again. Retort reloads the "
                + "graph by itself when the file appears.");
        why.setWrapText(true);
        why.setMaxWidth(560);
        VBox box = new VBox(10, why, text, new HBox(copy));
        box.setPadding(new Insets(4, 0, 0, 0));
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setPrefWidth(620);
        alert.show();
    }
}
