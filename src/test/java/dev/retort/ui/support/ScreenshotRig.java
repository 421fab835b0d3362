package dev.retort.ui.support;

import dev.retort.app.DemoDatabase;
import dev.retort.ui.alembic.AlembicSetup;
import dev.retort.ui.main.ExplorerViewModel;
import dev.retort.ui.main.FxDialogs;
import dev.retort.ui.main.MainWindow;
import dev.retort.ui.main.MergeCommandDialog;
import dev.retort.ui.main.RecentProjects;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.task.FxTaskRunner;
import dev.retort.ui.upgrade.UpgradeWizard;
import dev.retort.ui.upgrade.UpgradeWizardLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The real window on the incident project (or a folder given as argument), put into a state
 * for a screenshot by system properties: {@code rig.select}, {@code rig.select2} (Ctrl+click),
 * {@code rig.dark}, {@code rig.find}, {@code rig.zoomToSelection}; {@code rig.upgrade=plan|preview|run|verify}
 * merges the demo's heads and opens the upgrade wizard on its demo.db at that step
 * ({@code rig.slowMerge} makes the merge step sleep, to catch the run half-way). scripts/screenshots.sh
 * runs it under Xvfb.
 */
public final class ScreenshotRig extends Application {
    private TestDatabaseStates databases;

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
        ExplorerViewModel model = new ExplorerViewModel(tasks, new ProjectOpener(),
                new RecentProjects(Files.createTempDirectory("rig").resolve("recent.json")));
        String upgrade = System.getProperty("rig.upgrade");
        MainWindow.Services services = new MainWindow.Services(new FxDialogs(), f -> { }, new MergeCommandDialog());
        if (upgrade != null) {
            DemoDatabase.ensure(dir);
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
            databases = new TestDatabaseStates(() -> model.snapshot().map(s -> s.graph()),
                    List.of(DemoFixture.profile(dir)));
            services = services.withAlembic(AlembicSetup.defaults().withEager(true)).withDatabaseStates(databases);
        }
        MainWindow window = new MainWindow(model, services);
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
            if (upgrade != null && !upgrade.equals("none")) {
                databases.refresh();
                openWizard(window, upgrade);
            }
            if (Boolean.getBoolean("rig.preferences")) {
                window.showPreferences();
            }
        });
        later.play();
    }

    private static void openWizard(MainWindow window, String step) {
        window.upgradeLauncher().openUpgradeWizard(UpgradeWizardLauncher.Request.DEFAULT);
        UpgradeWizard wizard = window.upgradeWizard().orElseThrow();
        wizard.stage().ifPresent(s -> {
            s.setX(0);
            s.setY(0);
            s.setWidth(Integer.getInteger("rig.width", 1440));
            s.setHeight(Integer.getInteger("rig.height", 900));
        });
        PauseTransition found = new PauseTransition(Duration.seconds(3));
        found.setOnFinished(e -> {
            switch (step) {
                case "preview" -> wizard.model().preview();
                case "run", "verify" -> wizard.model().run();
                default -> {
                }
            }
        });
        found.play();
    }

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ScreenshotRig.class, args);
        }
    }
}
