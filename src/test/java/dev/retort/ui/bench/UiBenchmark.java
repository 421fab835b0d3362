package dev.retort.ui.bench;

import dev.retort.layout.DagLayout;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.ui.main.ExplorerViewModel;
import dev.retort.ui.main.FxDialogs;
import dev.retort.ui.main.MainWindow;
import dev.retort.ui.main.RecentProjects;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.task.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the explorer window on a generated project (10,000 revisions by default):
 * open-to-first-frame, layout time, and frame times while panning and zooming out.
 * Run by scripts/bench-ui.sh (a real window, e.g. under Xvfb).
 *
 * <p>"First frame" is the first repaint of the GraphStream view after the load finishes,
 * timed from the moment open() is called, so it includes reading every file, the graph,
 * the layout, building the GraphStream graph and drawing.
 */
public final class UiBenchmark extends Application {
    private static final int PAN_FRAMES = 240;

    private long openedAt;
    private long loadAndLayoutMillis;
    private Path dir;
    private long firstFrameAt;
    private MainWindow window;
    private final List<Long> repaintNanos = new ArrayList<>();
    private final List<Long> pulseGaps = new ArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        int n = Integer.getInteger("bench.revisions", 10_000);
        dir = Files.createTempDirectory("retort-bench");
        ProjectGenerator.write(dir, ProjectGenerator.random(42, ProjectGenerator.Shape.rich(n)));
        System.out.printf(Locale.ROOT, "project: %,d revisions in %s%n", n, dir);
        layoutOnly(dir);

        FxTaskRunner tasks = new FxTaskRunner();
        ExplorerViewModel model = new ExplorerViewModel(tasks, new ProjectOpener(),
                new RecentProjects(dir.resolve("recent.json")));
        window = new MainWindow(model, new MainWindow.Services(new FxDialogs(), f -> { }, request -> { }));
        stage.setScene(window.createScene(1440, 900));
        stage.show();
        window.graphView().setOnRepaint(this::repainted);
        model.loadedProperty().addListener((o, a, loaded) -> {
            loadAndLayoutMillis = loaded.snapshot().loadTime().toMillis() + loaded.snapshot().layoutTime().toMillis();
            System.out.printf(Locale.ROOT, "loaded: files+graph %d ms, layout %d ms, on screen after %d ms%n",
                    loaded.snapshot().loadTime().toMillis(), loaded.snapshot().layoutTime().toMillis(),
                    (System.nanoTime() - openedAt) / 1_000_000);
        });
        openedAt = System.nanoTime();
        model.open(dir);
    }

    /** Layout alone, warm, the way the layout benchmark measures it. */
    private static void layoutOnly(Path dir) {
        var project = new ProjectOpener().open(dir);
        DagLayout layout = new DagLayout();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long t0 = System.nanoTime();
            layout.layout(project.graph(), ProjectOpener.LAYOUT);
            times.add(System.nanoTime() - t0);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "layout (warm, median of 8): %.1f ms; cold in the first open: %d ms%n",
                times.get(4) / 1e6, project.layoutTime().toMillis());
    }

    private void repainted() {
        repaintNanos.add(window.graphView().lastRenderNanos());
        if (firstFrameAt == 0) {
            firstFrameAt = System.nanoTime();
            long total = (firstFrameAt - openedAt) / 1_000_000;
            System.out.printf(Locale.ROOT, "first rendered frame: %d ms after open (of which the window's own "
                    + "work, after loading and layout: %d ms; %d revisions in the GraphStream graph)%n", total,
                    total - loadAndLayoutMillis, window.graphView().drawnRevisions());
            repaintNanos.clear();
            Platform.runLater(this::pan);
        }
    }

    /** Pans by 6 px every pulse, then zooms out step by step, recording pulse gaps. */
    private void pan() {
        var graph = window.graphView();
        new AnimationTimer() {
            private long last;
            private int frame;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    pulseGaps.add(now - last);
                }
                last = now;
                if (frame < PAN_FRAMES) {
                    graph.panByPixels(0, -6);
                } else if (frame < PAN_FRAMES + 60) {
                    graph.zoomBy(0.95);
                } else {
                    stop();
                    report();
                    try {
                        dev.retort.testsupport.TestFiles.deleteRecursively(dir);
                    } catch (java.io.IOException e) {
                        System.out.println("could not delete " + dir);
                    }
                    Platform.exit();
                }
                frame++;
            }
        }.start();
    }

    private void report() {
        System.out.printf(Locale.ROOT, "pan + zoom-out: %d frames; pulse interval %s; repaint on FX thread %s%n",
                pulseGaps.size(), stats(pulseGaps), stats(repaintNanos));
        System.out.printf(Locale.ROOT, "final zoom %.0f%%%n", window.graphView().viewport().scale() * 100);
    }

    private static String stats(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "n/a";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "mean %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms", mean,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(UiBenchmark.class, args);
        }
    }
}
