package dev.retort.ui;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.ui.graph.GraphView;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

public class GraphSpike extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        int n = Integer.getInteger("n", 30);
        Path dir = Files.createTempDirectory("spike");
        ProjectGenerator.write(dir, ProjectGenerator.random(7, ProjectGenerator.Shape.rich(n)));
        ProjectSnapshot snap = new ProjectOpener().open(dir);
        System.out.println("load " + snap.loadTime().toMillis() + " layout " + snap.layoutTime().toMillis());
        GraphView view = new GraphView();
        stage.setScene(new Scene(view.node(), 1200, 800));
        stage.show();
        long t0 = System.nanoTime();
        view.show(snap.graph(), snap.layout(), Map.of(snap.graph().heads().get(0), Set.of("head")), false);
        System.out.println("show " + (System.nanoTime() - t0) / 1e6);
        view.setOnRepaint(() -> {
            System.out.println("repaint " + view.lastRenderNanos() / 1e6 + " vp " + view.viewport() + " root " + view.node().getWidth() + "x" + view.node().getHeight());
            javafx.scene.Node panel = view.node().lookup("#graphCanvas");
            System.out.println(" panel " + panel.getBoundsInParent() + " " + ((org.graphstream.ui.fx_viewer.FxViewPanel) panel).getCamera().getMetrics());
            String head = snap.graph().heads().get(0);
            System.out.println(" head " + view.screenPointOf(head) + " gs " + ((org.graphstream.ui.fx_viewer.FxViewPanel) panel).getCamera().transformGuToPx(snap.layout().node(head).x(), -snap.layout().node(head).y(), 0));
        });
        if (Boolean.getBoolean("quit")) {
            new Thread(() -> { try { Thread.sleep(Long.getLong("quitAfter", 4000)); } catch (Exception e) { } Platform.exit(); }).start();
        }
    }

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(GraphSpike.class, args);
        }
    }
}
