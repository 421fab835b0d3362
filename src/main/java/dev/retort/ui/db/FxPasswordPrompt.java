package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.Secret;
import java.util.Arrays;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a password in a small modal dialog with a {@link PasswordField}. */
public final class FxPasswordPrompt implements PasswordPrompt {
    @Override
    public Optional<Secret> ask(ConnectionProfile profile, Optional<String> reason) {
        Dialog<ButtonType> dialog = new Dialog<>();
        owner().ifPresent(dialog::initOwner);
        dialog.setTitle("Password for " + profile.name());
        dialog.setHeaderText("Password of \"" + profile.effectiveUser() + "\" at " + profile.target());
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setPromptText("password");
        Label note = new Label("Kept in memory until Retort closes; never saved or shown.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        VBox box = new VBox(8);
        reason.ifPresent(r -> {
            Label why = new Label(r);
            why.setWrapText(true);
            why.setMaxWidth(420);
            why.getStyleClass().add("details-problem");
            box.getChildren().add(why);
        });
        box.getChildren().addAll(field, note);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        try {
            return answer.filter(connect::equals).map(b -> Secret.of(typed));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** The focused window, so the dialog sits over the Databases panel or the main window. */
    private static Optional<Window> owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst());
    }
}
