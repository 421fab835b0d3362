package dev.retort.ui.graph;

import dev.retort.layout.Bounds;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.model.graph.RevisionGraph;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.view.camera.Camera;

/**
 * The revision graph on screen: GraphStream's {@code FxViewer} drawing our own layout (its
 * auto-layout stays off), with our own camera arithmetic ({@link Viewport}), mouse handling
 * and hit testing by layout rows. Touch only on the FX thread.
 */
public final class GraphView {
    static {
        System.setProperty("org.graphstream.ui", "javafx");
    }

    private final StackPane root = new StackPane();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(new Viewport(0, 0, 1));
    private final NodeClassBook classes = new NodeClassBook();
    private Map<String, String> badges = Map.of();
    private final GraphLegend legend = new GraphLegend();
    private DatabaseMarks marks = DatabaseMarks.NONE;
    private GraphPalette palette = GraphPalette.LIGHT;
    private PulseFxViewer viewer;
    private FxViewPanel panel;
    private GraphScene scene;
    private RevisionGraph revisions;
    private LayoutResult layout;
    private Consumer<RevisionClick> onClick = click -> { };
    private Runnable onRepaint = () -> { };
    private int labelPx = 360;
    /** Until the user pans or zooms, the view re-fits whenever the window settles on a new size. */
    private boolean autoFit;

    /** A click on the graph: the revision under the pointer (empty for the background). */
    public record RevisionClick(Optional<String> revision, boolean additive, boolean doubleClick) {
    }

    public GraphView() {
        root.setId("graphView");
        root.setMinSize(100, 100);
        root.getStyleClass().add("graph-view");
        StackPane.setAlignment(legend.node(), javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(legend.node(), new javafx.geometry.Insets(10));
        root.getChildren().add(legend.node());
        root.widthProperty().addListener((o, a, b) -> sizeChanged());
        root.heightProperty().addListener((o, a, b) -> sizeChanged());
    }

    /** The structural classes (head, base, merge...) of every revision, for {@link #show}. */
    public static Map<String, Set<String>> structuralClasses(RevisionGraph graph, Set<String> withErrors,
            Set<String> withWarnings) {
        return NodeKinds.structuralClasses(graph, withErrors, withWarnings);
    }

    public Region node() {
        return root;
    }

    public GraphLegend legend() {
        return legend;
    }

    public void setOnClick(Consumer<RevisionClick> handler) {
        onClick = handler;
    }

    /** Runs after every repaint of the graph (the benchmark measures frames with it). */
    public void setOnRepaint(Runnable action) {
        onRepaint = action;
        if (viewer != null) {
            viewer.setOnRepaint(action);
        }
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /** Nanoseconds the last repaint took on the FX thread. */
    public long lastRenderNanos() {
        return viewer == null ? 0 : viewer.lastRenderNanos();
    }

    /**
     * Shows a new graph. The old GraphStream graph and viewer are dropped: rebuilding is as
     * fast as patching and cannot leave stale nodes behind.
     *
     * @param structural classes from the graph's structure (head, base...), by revision
     * @param keepView keep the current viewport (a reload) instead of fitting the new graph
     */
    public void show(RevisionGraph newRevisions, LayoutResult newLayout, Map<String, ? extends Collection<String>> structural,
            boolean keepView) {
        close();
        revisions = newRevisions;
        layout = newLayout;
        classes.setLayer("structure", structural);
        classes.setLayer("label-shift", LabelPlacement.shifts(newLayout));
        scene = new GraphScene(revisions, layout, css(), classes);
        scene.setDatabaseMarks(marks);
        scene.setBadges(badges);
        labelPx = LabelPlacement.estimateWidthPx(revisions);
        if (!keepView) {
            autoFit = true;
            viewport.set(initialViewport());
        }
        ensureRows();
        viewer = new PulseFxViewer(scene.graph());
        viewer.disableAutoLayout();
        viewer.setOnRepaint(onRepaint);
        panel = (FxViewPanel) viewer.addDefaultView(false);
        panel.setId("graphCanvas");
        panel.setMouseManager(new GraphMouse(this));
        panel.setShortcutManager(new NoShortcuts());
        panel.setFocusTraversable(true);
        root.getChildren().add(0, panel);
        applyViewport();
    }

    /** Drops the GraphStream viewer (window closing, or before a new graph). */
    public void close() {
        if (viewer != null) {
            viewer.close();
            root.getChildren().remove(panel);
            viewer = null;
            panel = null;
            scene = null;
        }
    }

    public boolean hasGraph() {
        return scene != null;
    }

    public Optional<LayoutResult> layout() {
        return Optional.ofNullable(layout);
    }

    public void setDark(boolean dark) {
        palette = GraphPalette.of(dark);
        legend.setPalette(palette);
        if (scene != null) {
            scene.graph().setAttribute("ui.stylesheet", css());
        }
    }

    private String css() {
        return GraphStyleSheet.css(palette, layout == null ? 0 : layout.laneCount(),
                layout == null ? 1 : layout.options().laneWidth()) + GraphStyleSheet.databaseCss(palette, marks.colors());
    }

    public GraphPalette palette() {
        return palette;
    }

    /** Replaces one layer of node classes (selection, search matches, database state...). */
    public void setNodeLayer(String layer, Map<String, ? extends Collection<String>> layerClasses) {
        Set<String> before = classes.mentionedIds();
        classes.setLayer(layer, layerClasses);
        before.addAll(classes.mentionedIds());
        restyle(before);
    }

    /** Shows where databases stand: rings, badges beside revisions, name tags left of the lanes. */
    public void setDatabaseMarkers(DatabaseMarks next) {
        boolean newColors = !next.colors().equals(marks.colors());
        marks = next;
        if (scene != null) {
            if (newColors) {
                scene.graph().setAttribute("ui.stylesheet", css());
            }
            scene.setDatabaseMarks(marks);
        }
        setNodeLayer("database", marks.nodeClasses());
        if (autoFit && layout != null) {
            viewport.set(initialViewport());
            applyViewport();
        }
    }

    /**
     * Puts a short text before some revisions' labels, e.g. the step numbers of a plan
     * ({@code "1"}, {@code "2"}); revisions not named get their plain label back.
     */
    public void setNodeBadges(Map<String, String> nodeBadges) {
        badges = Map.copyOf(nodeBadges);
        if (scene != null) {
            scene.setBadges(badges);
        }
    }

    /** The style classes a revision's node has now, highest priority first ("current_1f77b4, current, head"). */
    public String classesOf(String id) {
        return classes.classesOf(id);
    }

    /** The name tag left of a revision's row, when databases are at it. */
    public Optional<DatabaseMarks.Tag> tagOf(String id) {
        return Optional.ofNullable(marks.tags().get(id));
    }

    /** The colours of the filled badges beside a revision (databases at it), in profile order. */
    public List<String> badgesOf(String id) {
        return marks.badges().getOrDefault(id, List.of());
    }

    /** The colours of the hollow badges beside a revision (databases an upgrade would run it on). */
    public List<String> pendingBadgesOf(String id) {
        return marks.pendingBadges().getOrDefault(id, List.of());
    }

    private void restyle(Set<String> ids) {
        if (scene != null) {
            scene.restyleNodes(ids);
        }
    }

    /** Highlights edges: a class per edge ("lineage", "path"); edges not named get none. */
    public void setEdgeClasses(Map<EdgeKey, String> edgeClasses) {
        if (scene != null) {
            scene.setEdgeClasses(edgeClasses);
        }
    }

    // ---- camera -------------------------------------------------------------------------

    /** Sets the view as the user asked for it: automatic fitting stops. */
    public void setViewport(Viewport next) {
        autoFit = false;
        viewport.set(next);
        applyViewport();
    }

    private void sizeChanged() {
        if (autoFit && layout != null) {
            viewport.set(initialViewport());
        }
        applyViewport();
    }

    private void applyViewport() {
        double w = root.getWidth();
        double h = root.getHeight();
        if (panel == null || w <= 0 || h <= 0) {
            return;
        }
        Viewport vp = viewport.get();
        Camera camera = panel.getCamera();
        // A graph viewport the size of the window makes GraphStream's zoom exactly 1/scale.
        double cx = vp.centerX();
        double cy = -vp.centerY();
        camera.setGraphViewport(0, 0, w, h);
        camera.setViewCenter(cx, cy, 0);
        camera.setViewPercent(1 / vp.scale());
        ensureRows();
    }

    /**
     * Keeps the rows around the viewport in the GraphStream graph: one screen above and below
     * the visible rows, refreshed when the view gets within a quarter screen of the edge.
     */
    private void ensureRows() {
        if (scene == null || layout.rowCount() == 0) {
            return;
        }
        Viewport vp = viewport.get();
        double h = root.getHeight() > 0 ? root.getHeight() : 800;
        double rowHeight = layout.options().rowHeight();
        double margin = layout.options().margin();
        int top = (int) Math.floor((vp.toLayoutY(0, h) - margin) / rowHeight);
        int bottom = (int) Math.ceil((vp.toLayoutY(h, h) - margin) / rowHeight);
        int screen = Math.max(20, bottom - top);
        if (!scene.covers(Math.max(0, top - screen / 4), Math.min(layout.rowCount() - 1, bottom + screen / 4))) {
            scene.show(top - screen, bottom + screen);
        }
    }

    /** How many revisions the GraphStream graph holds now (tests and the benchmark). */
    public int drawnRevisions() {
        return scene == null ? 0 : scene.presentNodeCount();
    }

    private Viewport initialViewport() {
        return fitted(layoutBounds(), Viewport.LABEL_SCALE);
    }

    /** Fit the whole graph (or as much as can be seen at all, for a huge one). */
    public void fit() {
        setViewport(fitted(layoutBounds(), Viewport.MIN_SCALE * 5));
    }

    /** Like {@link Viewport#fit}, leaving room on the left for the database name tags. */
    private Viewport fitted(Bounds area, double minScale) {
        double tagPx = marks.tags().values().stream().mapToDouble(t -> 24 + t.text().length() * 7.0).max().orElse(0);
        Viewport v = Viewport.fit(area, labelPx, Math.max(1, root.getWidth() - tagPx), root.getHeight(), minScale);
        return new Viewport(v.centerX() - tagPx / 2 / v.scale(), v.centerY(), v.scale());
    }

    public void zoomBy(double factor) {
        zoomAt(factor, root.getWidth() / 2, root.getHeight() / 2);
    }

    void zoomAt(double factor, double px, double py) {
        setViewport(viewport.get().zoomAt(factor, px, py, root.getWidth(), root.getHeight()));
    }

    public void panByPixels(double dx, double dy) {
        setViewport(viewport.get().panByPixels(dx, dy));
    }

    /** Zoom so these revisions fill the window (a single one is centred at a readable zoom). */
    public void zoomTo(Collection<String> ids) {
        if (layout != null && !ids.isEmpty()) {
            CameraMoves.zoomTo(layout, ids, labelPx, root.getWidth(), root.getHeight()).ifPresent(this::setViewport);
        }
    }

    /**
     * Brings a revision into view with as little movement as possible, zooming in only when
     * labels are too small to read.
     */
    public void reveal(String id) {
        if (layout != null) {
            CameraMoves.reveal(layout, viewport.get(), id, root.getWidth(), root.getHeight())
                    .ifPresent(this::setViewport);
        }
    }

    // ---- hit testing ----------------------------------------------------------------------

    /** The revision drawn at a point of this view (its circle, or its label when labels show). */
    public Optional<String> revisionAt(double px, double py) {
        if (layout == null || layout.rowCount() == 0) {
            return Optional.empty();
        }
        Viewport vp = viewport.get();
        double x = vp.toLayoutX(px, root.getWidth());
        double y = vp.toLayoutY(py, root.getHeight());
        double rowHeight = layout.options().rowHeight();
        int row = (int) Math.round((y - layout.options().margin()) / rowHeight);
        if (row < 0 || row >= layout.rowCount()) {
            return Optional.empty();
        }
        NodePlacement place = layout.atRow(row);
        double radius = Math.max(11, 6 / vp.scale());
        if (Math.abs(y - place.y()) > Math.max(radius, rowHeight * 0.45)) {
            return Optional.empty();
        }
        double right = place.x() + (vp.labelsVisible() ? labelPx / vp.scale() : radius);
        if (x < place.x() - radius || x > right) {
            return Optional.empty();
        }
        return Optional.of(place.id());
    }

    /** Where a revision's centre is, in this view's coordinates (tests click there). */
    public Optional<Point2D> screenPointOf(String id) {
        if (layout == null) {
            return Optional.empty();
        }
        Viewport vp = viewport.get();
        return layout.find(id).map(p -> new Point2D(vp.toScreenX(p.x(), root.getWidth()),
                vp.toScreenY(p.y(), root.getHeight())));
    }

    void clicked(double px, double py, boolean additive, boolean doubleClick) {
        onClick.accept(new RevisionClick(revisionAt(px, py), additive, doubleClick));
    }

    /** A picture of what the view shows now (PNG export). */
    public WritableImage snapshot() {
        return root.snapshot(null, null);
    }

    private Bounds layoutBounds() {
        return layout == null ? Bounds.EMPTY : layout.bounds();
    }
}
