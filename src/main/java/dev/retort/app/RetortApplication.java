package dev.retort.app;

import dev.retort.db.ProfileStore;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import dev.retort.ui.alembic.AlembicSetup;
import dev.retort.ui.db.DatabasesModel;
import dev.retort.ui.db.FxPasswordPrompt;
import dev.retort.ui.db.ProfileStorage;
import dev.retort.ui.db.VersionTableSource;
import dev.retort.ui.main.ExplorerViewModel;
import dev.retort.ui.main.FxDialogs;
import dev.retort.ui.main.MainWindow;
import dev.retort.ui.main.RecentProjects;
import dev.retort.ui.main.SystemFileOpener;
import dev.retort.ui.merge.MergeServices;
import dev.retort.ui.merge.MergeWizard;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.task.FxTaskRunner;
import dev.retort.ui.upgrade.UpgradeWizardLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: wires the services into the explorer window and opens the project
 * named on the command line, or the demo.
 */
public final class RetortApplication extends Application {
    private FxTaskRunner tasks;
    private MainWindow window;
    private ProcessRunner processes;

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.fromEnvironment();
        tasks = new FxTaskRunner();
        ExplorerViewModel model = new ExplorerViewModel(tasks, new ProjectOpener(),
                new RecentProjects(paths.recentProjectsFile()));
        Settings settings = new Settings(paths.config().resolve("settings.json"));
        processes = new ProcessRunner();
        ProfileStore profiles = new ProfileStore(paths.profilesDirectory(System.getenv()));
        DatabasesModel databases = new DatabasesModel(tasks, ProfileStorage.of(profiles),
                VersionTableSource.standard(), new FxPasswordPrompt());
        AlembicSetup alembic = new AlembicSetup(processes, AlembicDiscovery.Settings.defaults(System.getenv()),
                new SettingsPreferences(settings), System.getenv(), true);
        // the merge wizard's "Upgrade database…" opens the upgrade wizard on the new head
        MergeServices merge = MergeServices.system(processes).withUpgrade(request -> window.upgradeLauncher()
                .openUpgradeWizard(UpgradeWizardLauncher.Request.toTarget(null, request.target())));
        MainWindow.Services services = new MainWindow.Services(new FxDialogs(), new SystemFileOpener(),
                new MergeWizard(merge), databases, alembic);
        model.darkProperty().set(settings.load().dark);
        model.darkProperty().addListener((o, a, dark) -> {
            Settings.Values values = settings.load();
            values.dark = dark;
            settings.save(values);
        });
        window = new MainWindow(model, services);
        Settings.Values saved = settings.load();
        stage.setScene(window.createScene(
                saved.windowWidth != null ? saved.windowWidth : WindowGeometry.DEFAULT_WIDTH,
                saved.windowHeight != null ? saved.windowHeight : WindowGeometry.DEFAULT_HEIGHT));
        stage.setTitle("Retort");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = RetortApplication.class.getResource("/icons/retort-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        WindowGeometry.restoreAndRemember(stage, settings);
        stage.show();
        openInitial(model, paths, profiles, getParameters().getRaw());
    }

    private static void openInitial(ExplorerViewModel model, AppPaths paths, ProfileStore profiles,
            List<String> args) {
        Optional<String> requested = args.size() >= 2 && "open".equals(args.get(0)) ? Optional.of(args.get(1))
                : Optional.empty();
        if (requested.isPresent()) {
            Path path = Path.of(requested.get()).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                model.reportError("No such file or folder: " + path);
                return;
            }
            model.open(path);
            return;
        }
        try {
            Optional<Path> demo = DemoProject.prepare(paths.data());
            if (demo.isPresent()) {
                String databaseProblem = null;
                try {
                    // the demo database sits at 1687c833bfcc, one upgrade behind, as in the incident
                    Path database = DemoDatabase.ensure(demo.get());
                    // connected at once: the first screen shows the database one migration behind
                    DemoProfile.ensure(profiles, demo.get(), database);
                } catch (IOException e) {
                    databaseProblem = "The demo's database could not be made (" + e.getMessage()
                            + "); the revision graph works without it.";
                }
                model.open(demo.get());
                if (databaseProblem != null) {
                    // after open(), which clears old messages when it starts
                    model.reportError(databaseProblem);
                }
            } else {
                model.reportError("This build has no demo project. Open an Alembic project folder with "
                        + "File > Open Folder (Ctrl+O) or drop one on the window.");
            }
        } catch (IOException e) {
            model.reportError("Could not copy the demo project to " + paths.data() + ": " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (processes != null) {
            // stops an alembic still running: its whole process tree
            processes.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
