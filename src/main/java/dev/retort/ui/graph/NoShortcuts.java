package dev.retort.ui.graph;

import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.ShortcutManager;

/** GraphStream's own keys (arrows pan its camera behind our back) are replaced by the window's. */
final class NoShortcuts implements ShortcutManager {
    @Override
    public void init(GraphicGraph graph, View view) {
    }

    @Override
    public void release() {
    }
}
