package dev.retort.ui.graph;

import javafx.animation.AnimationTimer;
import javafx.animation.Timeline;
import org.graphstream.graph.Graph;
import org.graphstream.ui.fx_viewer.FxViewer;

/**
 * An {@link FxViewer} that repaints on the JavaFX pulse instead of its own 40 ms timeline, so a
 * pan or zoom shows on the next frame (up to 60 per second rather than 25), and that reports
 * each repaint: the benchmark's "first rendered frame" and frame times come from here.
 */
final class PulseFxViewer extends FxViewer {
    private final AnimationTimer pulse;
    private final Timeline original;
    private Runnable onRepaint = () -> { };
    private long lastRenderNanos;

    PulseFxViewer(Graph graph) {
        super(graph, ThreadingModel.GRAPH_IN_GUI_THREAD);
        // FxViewer starts its timeline from a helper thread; swap in an empty one and stop the
        // original, and the timer below stops it again should that thread win the race.
        original = timeline;
        timeline = new Timeline();
        original.stop();
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (original.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    original.stop();
                }
                repaintIfChanged();
            }
        };
        pulse.start();
    }

    /** Called after every repaint, on the FX thread. */
    void setOnRepaint(Runnable action) {
        onRepaint = action;
    }

    /** Nanoseconds the last repaint took on the FX thread (building the canvas commands). */
    long lastRenderNanos() {
        return lastRenderNanos;
    }

    void repaintIfChanged() {
        boolean changed = getGraphicGraph().graphChangedFlag();
        long t0 = System.nanoTime();
        actionPerformed();
        if (changed) {
            lastRenderNanos = System.nanoTime() - t0;
            onRepaint.run();
        }
    }

    @Override
    public void close() {
        pulse.stop();
        try {
            super.close();
        } catch (NullPointerException e) {
            // GraphStream 2.0 trips over style groups that were never drawn (their renderer map is
            // null). The graph is being dropped whole, so there is nothing left to clean up.
        }
    }
}
