package dev.retort.ui.support;

import dev.retort.db.ProfileStore;
import dev.retort.db.Secret;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabasesModel;
import dev.retort.ui.db.ProfileStorage;
import dev.retort.ui.db.VersionTableSource;
import dev.retort.ui.main.Dialogs;
import dev.retort.ui.main.ExplorerViewModel;
import dev.retort.ui.main.MainWindow;
import dev.retort.ui.main.MergeHeadsHandler;
import dev.retort.ui.main.RecentProjects;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.task.SameThreadTaskRunner;
import dev.retort.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The explorer window as the app builds it, with fakes for what would block a headless test:
 * dialogs answer from fields, the editor and the merge hook record their calls, the password
 * prompt answers {@link #nextPassword}. Profiles are saved under the config folder.
 */
public final class WindowHarness {
    public final List<Path> openedFiles = new ArrayList<>();
    public final List<MergeHeadsHandler.Request> mergeRequests = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public Optional<Path> nextProject = Optional.empty();
    public Optional<Path> nextExportFile = Optional.empty();
    /** Profiles asked for (name, and the reason when asked again), and the answer the next prompt gives. */
    public final List<String> passwordPrompts = new ArrayList<>();
    public Optional<String> nextPassword = Optional.empty();
    public final ProfileStore profiles;
    /** What confirmation dialogs answer; the questions asked are recorded in {@link #confirmations}. */
    public volatile boolean confirmAnswer = true;
    public final List<String> confirmations = new java.util.concurrent.CopyOnWriteArrayList<>();
    public Optional<Path> nextSaveFile = Optional.empty();
    public final ExplorerViewModel model;
    public final MainWindow window;

    public WindowHarness(Stage stage, Path configDir) {
        this(stage, configDir, new SameThreadTaskRunner());
    }

    public WindowHarness(Stage stage, Path configDir, TaskRunner tasks) {
        this(stage, configDir, tasks, VersionTableSource.standard());
    }

    /** Profiles in the config folder read by {@code reader} (the real one, one with short timeouts, a fake). */
    public WindowHarness(Stage stage, Path configDir, TaskRunner tasks, VersionTableSource reader) {
        this(stage, configDir, tasks, null, null, reader, UnaryOperator.identity());
    }

    /**
     * The window with a real merge handler (the wizard) and databases; {@code mergeHeads} null
     * records the requests instead, {@code databases} null means profiles as above.
     */
    public WindowHarness(Stage stage, Path configDir, TaskRunner tasks, MergeHeadsHandler mergeHeads,
            DatabaseStates databases) {
        this(stage, configDir, tasks, mergeHeads, databases, VersionTableSource.standard(), UnaryOperator.identity());
    }

    /** The window with some services replaced (databases, an alembic setup). */
    public WindowHarness(Stage stage, Path configDir, TaskRunner tasks, MergeHeadsHandler mergeHeads,
            UnaryOperator<MainWindow.Services> customize) {
        this(stage, configDir, tasks, mergeHeads, null, VersionTableSource.standard(), customize);
    }

    private WindowHarness(Stage stage, Path configDir, TaskRunner tasks, MergeHeadsHandler mergeHeads,
            DatabaseStates databases, VersionTableSource reader, UnaryOperator<MainWindow.Services> customize) {
        model = new ExplorerViewModel(tasks, new ProjectOpener(), new RecentProjects(configDir.resolve("recent.json")));
        profiles = new ProfileStore(configDir.resolve("profiles"));
        DatabaseStates states = databases != null ? databases : new DatabasesModel(tasks, ProfileStorage.of(profiles),
                reader, (p, reason) -> {
                    passwordPrompts.add(p.name() + reason.map(r -> " after: " + r).orElse(""));
                    return nextPassword.map(Secret::of);
                });
        Dialogs dialogs = new Dialogs() {
            @Override
            public Optional<Path> chooseProject(Window owner, Optional<Path> start) {
                return nextProject;
            }

            @Override
            public Optional<Path> chooseExportFile(Window owner, String extension, String suggestedName) {
                return nextExportFile;
            }

            @Override
            public void showError(Window owner, String title, String message) {
                errors.add(title + ": " + message);
            }

            @Override
            public boolean confirm(Window owner, String title, String message, String action) {
                confirmations.add(title);
                return confirmAnswer;
            }

            @Override
            public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName) {
                return nextSaveFile;
            }
        };
        MergeHeadsHandler handler = mergeHeads != null ? mergeHeads : mergeRequests::add;
        window = new MainWindow(model, customize.apply(new MainWindow.Services(dialogs, openedFiles::add, handler,
                states)));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }
}
