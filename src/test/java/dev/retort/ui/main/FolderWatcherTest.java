package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.ui.support.IncidentProject;
import dev.retort.ui.support.WindowHarness;
import dev.retort.ui.task.FxTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With the real background runner, a new file in the versions folder reloads the graph by itself. */
@ExtendWith(ApplicationExtension.class)
class FolderWatcherTest {
    @TempDir
    static Path temp;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private WindowHarness app;
    private Path project;

    @Start
    void start(Stage stage) throws Exception {
        project = IncidentProject.write(Files.createTempDirectory(temp, "incident"));
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"), tasks);
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(app.window::close);
        WaitForAsyncUtils.waitForFxEvents();
        tasks.shutdown();
    }

    @Test
    void aNewRevisionFileReloadsTheProject(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.open(project));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.model.snapshot().map(s -> s.graph().size() == 30).orElse(false));
        robot.interact(() -> app.model.select(IncidentProject.HEAD_017));
        var merge = ProjectGenerator.Rev.of("cef530e273d4", "merge heads", IncidentProject.HEAD_017,
                IncidentProject.HEAD_MERGE);
        Files.writeString(project.resolve("migrations/versions/cef530e273d4_merge_heads.py"),
                ProjectGenerator.render(merge, LocalDateTime.of(2024, 6, 1, 12, 0)), StandardCharsets.UTF_8);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> app.model.snapshot().map(s -> s.graph().size() == 31).orElse(false));
        assertThat(app.model.snapshot().orElseThrow().project().summary().heads()).containsExactly("cef530e273d4");
        assertThat(app.model.selectedProperty().get()).contains(IncidentProject.HEAD_017);
    }
}
