package dev.retort.ui.main;

import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.graph.EdgeKey;
import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.graph.GraphView;
import dev.retort.ui.task.TaskRunner;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The window's side of a wizard: while it is open its sheet takes the right of the window, the
 * whole height below the banner, in place of the details (so a file preview fits); the graph
 * carries the wizard's colours in a layer of their own, under the selection's.
 */
final class SheetHost implements MergeHeadsHandler.Host {
    /** The share of the width left of the sheet. */
    private static final double SHEET_DIVIDER = 0.55;

    private final MainWindow window;
    private final GraphView graph;
    private final BorderPane root;
    private final SplitPane graphAndDetails;
    private final Node details;
    private final SplitPane withSheet = new SplitPane();
    private Node sheet;
    private double detailsDivider = 0.64;
    private Map<EdgeKey, String> selectionEdges = Map.of();
    private Map<EdgeKey, String> overlayEdges = Map.of();

    SheetHost(MainWindow window, GraphView graph, BorderPane root, SplitPane graphAndDetails, Node details) {
        this.window = window;
        this.graph = graph;
        this.root = root;
        this.graphAndDetails = graphAndDetails;
        this.details = details;
        withSheet.setId("sheetSplit");
    }

    @Override
    public void showSheet(Node next) {
        if (sheet == null) {
            detailsDivider = graphAndDetails.getDividers().isEmpty() ? detailsDivider
                    : graphAndDetails.getDividers().get(0).getPosition();
            Node center = root.getCenter();
            graphAndDetails.getItems().remove(details);
            withSheet.getItems().setAll(center, next);
            root.setCenter(withSheet);
        } else {
            withSheet.getItems().set(1, next);
        }
        sheet = next;
        SplitPane.setResizableWithParent(next, false);
        withSheet.setDividerPositions(SHEET_DIVIDER);
        // the split pane's skin puts its items into the scene; without it they join at the next pulse
        withSheet.applyCss();
        next.requestFocus();
    }

    @Override
    public void closeSheet(Node closing) {
        if (sheet == null || sheet != closing) {
            return;
        }
        sheet = null;
        Node center = withSheet.getItems().get(0);
        withSheet.getItems().clear();
        root.setCenter(center);
        graphAndDetails.getItems().add(details);
        graphAndDetails.setDividerPositions(detailsDivider);
    }

    /** Whether the keyboard is in the sheet (its keys are its own, not the graph's). */
    boolean sheetHasFocus(Node focusOwner) {
        for (Node n = focusOwner; n != null && sheet != null; n = n.getParent()) {
            if (n == sheet) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void highlight(Map<String, ? extends Collection<String>> nodes, Map<EdgeKey, String> edges) {
        graph.setNodeLayer("wizard", nodes);
        overlayEdges = Map.copyOf(edges);
        applyEdges(selectionEdges);
    }

    /** Sets the selection's edges; the selection wins over the wizard where both colour an edge. */
    void applyEdges(Map<EdgeKey, String> selection) {
        selectionEdges = selection;
        Map<EdgeKey, String> all = new HashMap<>(overlayEdges);
        all.putAll(selection);
        graph.setEdgeClasses(all);
    }

    @Override
    public void reloadAndSelect(String revisionId) {
        window.model().reloadAndGoTo(revisionId);
    }

    @Override
    public ReadOnlyObjectProperty<ExplorerViewModel.Loaded> loadedProperty() {
        return window.model().loadedProperty();
    }

    @Override
    public DatabaseStates databases() {
        return window.services().databases();
    }

    @Override
    public TaskRunner tasks() {
        return window.model().tasks();
    }

    @Override
    public GraphPalette palette() {
        return graph.palette();
    }

    @Override
    public void focusGraph() {
        window.focusGraph();
    }
}
