package dev.retort.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: the platform's file and folder choosers and an alert. */
public final class FxDialogs implements Dialogs {
    @Override
    public Optional<Path> chooseProject(Window owner, Optional<Path> start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Alembic project folder");
        start.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String extension, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export graph as " + extension.toUpperCase(Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT)
                + " file", "*." + extension));
        chooser.setInitialFileName(suggestedName + "." + extension);
        Path home = Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(home)) {
            chooser.setInitialDirectory(home.toFile());
        }
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        return chosen.map(p -> p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName()
                + "." + extension));
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(Window owner, String title, String message, String action) {
        ButtonType go = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", go, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        // the safe answer is the default: Enter does not stop a migration
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        Path home = Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(home)) {
            chooser.setInitialDirectory(home.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
