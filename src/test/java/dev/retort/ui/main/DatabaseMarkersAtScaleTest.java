package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.ui.db.DatabaseOverlay;
import dev.retort.ui.support.WindowHarness;
import dev.retort.ui.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 10,000 revisions and a database at base, so every revision is pending: what the FX thread
 * does per change (the overlay and the graph's markers) stays quick. Reading and resolving the
 * rows run in the background in the app (here, with the same-thread runner, during open).
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseMarkersAtScaleTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private Path project;
    private List<ProjectGenerator.Rev> revisions;

    @Start
    void start(Stage stage) throws Exception {
        project = Files.createTempDirectory(temp, "big");
        // branches and merges from one base (random depends_on can make alembic's own plan fail)
        revisions = ProjectGenerator.random(42, new ProjectGenerator.Shape(10_000, 0.25, 0.2, 0, 0.08, 0, true));
        ProjectGenerator.write(project, revisions);
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"), new SameThreadTaskRunner(),
                (p, pw) -> new VersionTableState(Status.EMPTY_TABLE, List.of(), "empty", Optional.empty(),
                        p.target(), p.versionTableDisplay()));
    }

    @Test
    void tenThousandPendingRevisionsAreMarkedQuicklyOnTheFxThread(FxRobot robot) throws Exception {
        app.profiles.save(project.toRealPath(), List.of(ConnectionProfile.postgres("fresh", "db.example", 5432, "app",
                "app").withPasswordSource(PasswordSource.NONE)));
        robot.interact(() -> app.model.open(project));
        var statuses = app.window.databaseStates().statuses();
        assertThat(statuses.get(0).state().orElseThrow().pending()).hasSize(10_000);
        AtomicLong nanos = new AtomicLong();
        robot.interact(() -> {
            long t0 = System.nanoTime();
            DatabaseOverlay overlay = DatabaseOverlay.of(statuses);
            app.window.graphView().setDatabaseMarkers(overlay.marks());
            nanos.set(System.nanoTime() - t0);
        });
        long ms = nanos.get() / 1_000_000;
        System.out.printf("overlay and markers for 10,000 pending revisions: %d ms on the FX thread%n", ms);
        assertThat(ms).isLessThan(1_000);
        String someRevision = revisions.get(20).id();
        assertThat(app.window.graphView().classesOf(someRevision)).contains("pending_1f77b4, pending");
        assertThat(app.window.graphView().pendingBadgesOf(someRevision)).containsExactly("#1f77b4");
        assertThat(app.window.graphView().drawnRevisions()).isLessThan(2_000);
    }
}
