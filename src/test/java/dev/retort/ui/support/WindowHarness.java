package dev.retort.ui.support;

import dev.retort.ui.db.DatabaseStates;
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
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The explorer window as the app builds it, with fakes for what would block a headless test:
 * dialogs answer from fields, the editor and the merge hook record their calls.
 */
public final class WindowHarness {
    public final List<Path> openedFiles = new ArrayList<>();
    public final List<MergeHeadsHandler.Request> mergeRequests = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public Optional<Path> nextProject = Optional.empty();
    public Optional<Path> nextExportFile = Optional.empty();
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
        this(stage, configDir, tasks, null, DatabaseStates.none());
    }

    /**
     * The window with a real merge handler (the wizard) and databases; {@code mergeHeads} null
     * records the requests instead.
     */
    public WindowHarness(Stage stage, Path configDir, TaskRunner tasks, MergeHeadsHandler mergeHeads,
            DatabaseStates databases) {
        this(stage, configDir, tasks, mergeHeads, services -> services.withDatabases(databases));
    }

    /** The window with some services replaced (databases, an alembic setup). */
    public WindowHarness(Stage stage, Path configDir, TaskRunner tasks, MergeHeadsHandler mergeHeads,
            java.util.function.UnaryOperator<MainWindow.Services> customize) {
        model = new ExplorerViewModel(tasks, new ProjectOpener(), new RecentProjects(configDir.resolve("recent.json")));
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
        window = new MainWindow(model, customize.apply(new MainWindow.Services(dialogs, openedFiles::add, handler)));
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }
}
