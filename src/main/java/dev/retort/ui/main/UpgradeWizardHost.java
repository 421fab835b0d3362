package dev.retort.ui.main;

import dev.retort.ui.alembic.AlembicLocator;
import dev.retort.ui.alembic.AlembicPreferencesWindow;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.upgrade.UpgradeOperation;
import dev.retort.ui.upgrade.UpgradeWizard;
import dev.retort.ui.upgrade.UpgradeWizardLauncher;
import dev.retort.ui.upgrade.UpgradeWizardModel;
import dev.retort.ui.upgrade.WizardDialogs;
import dev.retort.ui.upgrade.WizardState;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Keeps the explorer's one upgrade wizard: made on first use, shown again (never a second one
 * while alembic runs), told about every reload of the project.
 */
final class UpgradeWizardHost implements UpgradeWizardLauncher {
    private final MainWindow window;
    private final ExplorerViewModel model;
    private final Dialogs dialogs;
    private final DatabaseStates databases;
    private final AlembicLocator alembic;
    private final AlembicPreferencesWindow preferences;
    private UpgradeWizard wizard;

    UpgradeWizardHost(MainWindow window, ExplorerViewModel model, MainWindow.Services services) {
        this.window = window;
        this.model = model;
        this.dialogs = services.dialogs();
        this.databases = services.databases();
        this.alembic = new AlembicLocator(services.alembic(), model.tasks());
        this.preferences = new AlembicPreferencesWindow(alembic, model.darkProperty());
        // read revision files in the order of the alembic in use, so ties break as it breaks them
        alembic.loadOrderProperty().addListener((o, a, order) -> model.useLoadOrder(order));
        model.useLoadOrder(alembic.loadOrderProperty().get());
    }

    /** The menus' Upgrade and Downgrade or Stamp entries. */
    void open(UpgradeOperation operation) {
        open(operation, Request.DEFAULT);
    }

    void showPreferences() {
        alembic.ensureDiscovered();
        preferences.show(window.window().orElse(null));
    }

    AlembicLocator alembic() {
        return alembic;
    }

    @Override
    public void openUpgradeWizard(Request request) {
        open(UpgradeOperation.UPGRADE, request);
    }

    /** Opens the wizard for this operation (the menu entries). */
    void open(UpgradeOperation operation, Request request) {
        if (model.snapshot().isEmpty()) {
            return;
        }
        alembic.ensureDiscovered();
        boolean fresh = wizard == null;
        if (fresh) {
            wizard = new UpgradeWizard(new UpgradeWizardModel(model.tasks(), alembic, databases), wizardDialogs(),
                    this::showPreferences);
            model.snapshot().ifPresent(wizard.model()::setSnapshot);
        }
        UpgradeWizardModel wizardModel = wizard.model();
        if (wizardModel.stateProperty().get() == WizardState.VERIFIED) {
            wizardModel.planAgain();
        }
        if (wizardModel.stateProperty().get() == WizardState.PLANNING) {
            wizardModel.setOperation(operation);
            request.database().ifPresent(wizardModel::selectDatabase);
            wizardModel.setTarget(request.target().orElse(operation.defaultTarget()));
        }
        Window owner = request.owner().or(window::window).orElse(null);
        Scene themeFrom = window.window().map(Window::getScene).orElse(null);
        wizard.show(owner, themeFrom, model.darkProperty().get());
        // a merge file written a moment ago must be part of the plan: read the project again
        model.reload();
    }

    void projectLoaded(ProjectSnapshot snapshot) {
        alembic.projectOpened(snapshot.folder());
        if (wizard != null) {
            wizard.model().setSnapshot(snapshot);
        }
    }

    void setDark(boolean dark) {
        if (wizard != null) {
            wizard.setDark(dark);
        }
    }

    void dispose() {
        if (wizard != null) {
            wizard.dispose();
        }
    }

    Optional<UpgradeWizard> wizard() {
        return Optional.ofNullable(wizard);
    }

    private WizardDialogs wizardDialogs() {
        return new WizardDialogs() {
            @Override
            public boolean confirm(Window owner, String title, String message, String action) {
                return dialogs.confirm(owner, title, message, action);
            }

            @Override
            public Optional<Path> chooseLogFile(Window owner, String suggestedName) {
                return dialogs.chooseSaveFile(owner, "Save alembic's log", suggestedName);
            }

            @Override
            public void showError(Window owner, String title, String message) {
                dialogs.showError(owner, title, message);
            }
        };
    }
}
