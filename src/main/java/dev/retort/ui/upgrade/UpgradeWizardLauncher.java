package dev.retort.ui.upgrade;

import java.util.Optional;
import javafx.stage.Window;

/**
 * Opens the upgrade wizard: what "Project > Upgrade database…" (Ctrl+U) and the status bar's
 * button do, and what the merge wizard calls after creating a merge ("Upgrade database…", with
 * the new merge revision as target). The explorer window hands it out
 * ({@code MainWindow.upgradeLauncher()}); it reloads the project first, so a file written just
 * now is part of the plan.
 */
@FunctionalInterface
public interface UpgradeWizardLauncher {

    /**
     * @param owner the window to open over (the main window when empty)
     * @param target the target to plan to; {@code heads} when empty
     * @param database the connection profile to plan from, by name; the first connected when empty
     */
    record Request(Optional<Window> owner, Optional<String> target, Optional<String> database) {
        /** Upgrade the first connected database to heads. */
        public static final Request DEFAULT = new Request(Optional.empty(), Optional.empty(), Optional.empty());

        /** Upgrade to this revision, e.g. the merge just created. */
        public static Request toTarget(Window owner, String target) {
            return new Request(Optional.ofNullable(owner), Optional.of(target), Optional.empty());
        }
    }

    void openUpgradeWizard(Request request);
}
