package dev.retort.ui.support;

import dev.retort.app.DemoDatabase;
import dev.retort.app.DemoProfile;
import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.ProfileStore;
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
import dev.retort.ui.merge.MergeServices;
import dev.retort.ui.merge.MergeWizard;
import dev.retort.ui.merge.MergeWizardModel;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.task.FxTaskRunner;
import dev.retort.ui.upgrade.UpgradeWizard;
import dev.retort.ui.upgrade.UpgradeWizardLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The real window on the incident project (or a folder given as argument), put into a state
 * for a screenshot by system properties: {@code rig.select}, {@code rig.select2} (Ctrl+click),
 * {@code rig.dark}, {@code rig.find}, {@code rig.zoomToSelection}, {@code rig.merge} (the merge
 * wizard at step explain, choose, preview or done; done writes the file into the folder); for
 * databases {@code rig.databases} (or {@code rig.database}: the demo's own profile, as the app
 * makes it), {@code rig.local=FILE} (a second SQLite database), {@code rig.staging} (a PostgreSQL
 * profile on localhost:5433, unreachable here) and {@code rig.openDatabases=PROFILE} (the
 * Databases dialog at the top left, that profile selected); {@code rig.upgrade=plan|preview|run|verify}
 * merges the demo's heads and opens the upgrade wizard on its demo.db at that step
 * ({@code rig.slowMerge} makes the merge step sleep, to catch the run half-way; {@code rig.failing}
 * adds a migration that raises), {@code rig.preferences} opens Preferences. scripts/screenshots.sh
 * runs it under Xvfb.
 */
public final class ScreenshotRig extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Path dir;
        if (getParameters().getRaw().isEmpty()) {
            dir = IncidentProject.write(Files.createTempDirectory("retort-incident"));
        } else {
            dir = Path.of(getParameters().getRaw().get(0));
            if (!Files.exists(dir.resolve("alembic.ini")) && !Files.exists(dir.resolve("pyproject.toml"))) {
                IncidentProject.write(dir);
            }
        }
        FxTaskRunner tasks = new FxTaskRunner();
        Path config = Files.createTempDirectory("rig");
        ExplorerViewModel model = new ExplorerViewModel(tasks, new ProjectOpener(),
                new RecentProjects(config.resolve("recent.json")));
        ProfileStore profiles = new ProfileStore(config.resolve("profiles"));
        saveProfiles(profiles, dir);
        DatabasesModel databases = new DatabasesModel(tasks, ProfileStorage.of(profiles),
                VersionTableSource.standard(), new FxPasswordPrompt());
        MergeWizard wizard = new MergeWizard(MergeServices.system(new ProcessRunner()));
        String upgrade = System.getProperty("rig.upgrade");
        MainWindow.Services services = new MainWindow.Services(new FxDialogs(), f -> { }, wizard, databases);
        TestDatabaseStates upgradeDatabases = null;
        if (upgrade != null) {
            upgradeDatabases = prepareUpgrade(dir, model);
            services = services.withAlembic(AlembicSetup.defaults().withEager(true)).withDatabases(upgradeDatabases);
        }
        MainWindow window = new MainWindow(model, services);
        TestDatabaseStates forUpgrade = upgradeDatabases;
        model.darkProperty().set(Boolean.getBoolean("rig.dark"));
        stage.setScene(window.createScene(Integer.getInteger("rig.width", 1440), Integer.getInteger("rig.height", 900)));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        model.open(dir);
        PauseTransition later = new PauseTransition(Duration.seconds(2));
        later.setOnFinished(e -> {
            String select = System.getProperty("rig.select");
            if (select != null) {
                model.goTo(select);
            }
            String second = System.getProperty("rig.select2");
            if (second != null) {
                model.selectAdditive(second);
            }
            if (Boolean.getBoolean("rig.zoomToSelection")) {
                window.graphView().zoomTo(java.util.List.of(select));
            }
            String find = System.getProperty("rig.find");
            if (find != null) {
                model.search(find);
            }
            String profile = System.getProperty("rig.openDatabases");
            if (profile != null) {
                window.openDatabases();
                window.databasesDialog().ifPresent(d -> {
                    d.stage().setX(0);
                    d.stage().setY(0);
                    d.select(profile);
                });
            }
            String merge = System.getProperty("rig.merge");
            if (merge != null) {
                ((javafx.scene.control.Button) stage.getScene().lookup("#mergeHeadsButton")).fire();
                PauseTransition step = new PauseTransition(Duration.seconds(2));
                step.setOnFinished(ev -> mergeTo(wizard, merge));
                step.play();
            }
            if (upgrade != null && !upgrade.equals("none")) {
                forUpgrade.refresh();
                openUpgradeWizard(window, upgrade);
            }
            if (Boolean.getBoolean("rig.preferences")) {
                window.showPreferences();
            }
        });
        later.play();
    }

    private static void saveProfiles(ProfileStore store, Path dir) throws Exception {
        java.util.List<ConnectionProfile> list = new java.util.ArrayList<>();
        if (Boolean.getBoolean("rig.databases") || Boolean.getBoolean("rig.database")) {
            list.add(ConnectionProfile.sqlite(DemoProfile.NAME, DemoDatabase.ensure(dir).toRealPath()));
        }
        String local = System.getProperty("rig.local");
        if (local != null) {
            list.add(ConnectionProfile.sqlite("local", Path.of(local).toRealPath())
                    .withColor(ConnectionProfile.defaultColor(1)));
        }
        if (Boolean.getBoolean("rig.staging")) {
            list.add(ConnectionProfile.postgres("staging", "localhost", 5433, "questionnaires", "app")
                    .withPasswordSource(PasswordSource.PGPASS).withColor(ConnectionProfile.defaultColor(2))
                    .withEnvironment(new java.util.TreeMap<>(java.util.Map.of("POSTGRES_HOST", "localhost",
                            "POSTGRES_PORT", "5433"))));
        }
        if (!list.isEmpty()) {
            store.save(dir.toRealPath(), list);
        }
    }

    /** The demo with its database, its heads merged (cef530e273d4), optionally a slow merge or a failing migration. */
    private static TestDatabaseStates prepareUpgrade(Path dir, ExplorerViewModel model) throws java.io.IOException {
        dev.retort.app.DemoDatabase.ensure(dir);
        if (!Files.exists(dir.resolve("migrations/versions/" + DemoFixture.MERGE
                + "_merge_heads_fix_questionnaire_asset_.py"))) {
            Path merge = DemoFixture.mergeHeads(dir);
            if (Boolean.getBoolean("rig.slowMerge")) {
                Files.writeString(merge, Files.readString(merge).replace("def upgrade() -> None:\n    pass",
                        "def upgrade() -> None:\n    import time\n    time.sleep(60)"));
            }
            if (Boolean.getBoolean("rig.failing")) {
                DemoFixture.addRevision(dir, "b4d5e6f7a8b9", "backfill asset ids", DemoFixture.MERGE,
                        "    op.execute('UPDATE questionnaire_responses SET asset_id = 1')\n"
                                + "    raise RuntimeError('asset 1 does not exist: cannot backfill')");
            }
        }
        return new TestDatabaseStates(() -> model.snapshot().map(s -> s.graph()), java.util.List.of(
                DemoFixture.profile(dir)));
    }

    /** Opens the upgrade wizard over the whole screen, and walks it to a step once alembic is found. */
    private static void openUpgradeWizard(MainWindow window, String step) {
        window.upgradeLauncher().openUpgradeWizard(UpgradeWizardLauncher.Request.DEFAULT);
        UpgradeWizard upgrade = window.upgradeWizard().orElseThrow();
        upgrade.stage().ifPresent(s -> {
            s.setX(0);
            s.setY(0);
            s.setWidth(Integer.getInteger("rig.width", 1440));
            s.setHeight(Integer.getInteger("rig.height", 900));
        });
        PauseTransition found = new PauseTransition(Duration.seconds(3));
        found.setOnFinished(e -> {
            switch (step) {
                case "preview" -> upgrade.model().preview();
                case "run", "verify" -> upgrade.model().run();
                default -> {
                }
            }
        });
        found.play();
    }

    /** Walks the wizard to a step: explain, choose, preview, done (with the incident's message and id). */
    private static void mergeTo(MergeWizard wizard, String step) {
        MergeWizardModel m = wizard.current().orElseThrow();
        if (step.equals("explain")) {
            return;
        }
        m.advance();
        m.inputs().messageProperty().set(System.getProperty("rig.message", "merge_heads_fix_questionnaire_asset_linkage"));
        m.inputs().revisionIdProperty().set(System.getProperty("rig.revid", "cef530e273d4"));
        if (step.equals("choose")) {
            return;
        }
        m.advance();
        if (step.equals("preview")) {
            return;
        }
        PauseTransition write = new PauseTransition(Duration.seconds(1));
        write.setOnFinished(e -> m.advance());
        write.play();
    }

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ScreenshotRig.class, args);
        }
    }
}
