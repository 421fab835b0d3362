package dev.retort.ui.upgrade;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The questions the upgrade wizard asks; the window passes real dialogs, tests canned answers. */
public interface WizardDialogs {
    /** Asks before something that cannot be undone; true to go ahead. */
    boolean confirm(Window owner, String title, String message, String action);

    /** Where to save alembic's log. */
    Optional<Path> chooseLogFile(Window owner, String suggestedName);

    /** Tells about a failure the wizard cannot show itself (the log could not be written). */
    void showError(Window owner, String title, String message);
}
