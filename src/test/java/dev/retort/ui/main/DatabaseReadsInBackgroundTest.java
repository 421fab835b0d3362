package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.PgPass;
import dev.retort.db.Timeouts;
import dev.retort.db.VersionTableReader;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.support.WindowHarness;
import dev.retort.ui.task.FxTaskRunner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real background reads: a server that accepts connections and never answers, and a closed
 * port, next to the demo's SQLite database. The window stays responsive and each profile
 * ends with its own guidance.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseReadsInBackgroundTest {
    @TempDir
    static Path temp;
    private WindowHarness app;
    private Path demo;
    private FxTaskRunner tasks;
    private ServerSocket silent;
    private final List<Socket> held = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoCopy.create(Files.createTempDirectory(temp, "demo"));
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
        tasks = new FxTaskRunner();
        VersionTableReader quick = new VersionTableReader(new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                PgPass.at(temp.resolve("no-pgpass")));
        app = new WindowHarness(stage, Files.createTempDirectory(temp, "config"), tasks, quick::read);
    }

    @AfterEach
    void stop() throws IOException {
        silent.close();
        for (Socket s : held) {
            s.close();
        }
        tasks.shutdown();
    }

    @Test
    void aSilentServerNeitherFreezesTheWindowNorHidesTheOtherDatabases(FxRobot robot) throws Exception {
        app.profiles.save(demo, List.of(
                ConnectionProfile.sqlite("demo (SQLite)", demo.resolve("demo.db")),
                ConnectionProfile.postgres("silent", "127.0.0.1", silent.getLocalPort(), "app", "app")
                        .withPasswordSource(PasswordSource.NONE).withColor("#ff7f0e"),
                ConnectionProfile.postgres("closed", "127.0.0.1", 1, "app", "app")
                        .withPasswordSource(PasswordSource.NONE).withColor("#2ca02c")));
        robot.interact(() -> app.model.open(demo));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window.statusBar().databaseText()
                .contains("closed: server unreachable") && app.window.statusBar().databaseText()
                .contains("demo (SQLite): database at 1687c833bfcc"));
        // the silent server is still being waited for, off the FX thread
        assertThat(app.window.statusBar().databaseText()).contains("silent: reading…");
        assertThat(robot.lookup("#busyIndicator").queryAs(ProgressIndicator.class).isVisible()).isTrue();
        long t0 = System.nanoTime();
        robot.interact(() -> app.model.goTo(DemoCopy.MERGE));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
        assertThat(app.window.graphView().classesOf(DemoCopy.MERGE)).contains("current_1f77b4");

        robot.interact(app.window::openDatabases);
        robot.interact(() -> app.window.databasesDialog().orElseThrow().select("closed"));
        assertThat(robot.lookup("#profileState").queryAs(Label.class).getText())
                .startsWith("Cannot reach PostgreSQL at 127.0.0.1:1: connection refused. Is the server running?");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window.statusBar().databaseText()
                .contains("silent: server unreachable"));
        robot.interact(() -> app.window.databasesDialog().orElseThrow().select("silent"));
        assertThat(robot.lookup("#profileState").queryAs(Label.class).getText())
                .startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + silent.getLocalPort() + ": no answer");
    }
}
