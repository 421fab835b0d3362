package dev.retort.ui.graph;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** A small key over the graph: what each shape, colour and line means. Rebuilt per theme. */
public final class GraphLegend {
    private final GridPane grid = new GridPane();
    private GraphPalette palette = GraphPalette.LIGHT;
    private List<Database> databases = List.of();

    /** A connected database as the legend names it: its profile's name and colour ({@code #rrggbb}). */
    public record Database(String name, String color) {
    }

    public GraphLegend() {
        grid.setId("graphLegend");
        grid.getStyleClass().add("graph-legend");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 10, 8, 10));
        grid.setMaxSize(GridPane.USE_PREF_SIZE, GridPane.USE_PREF_SIZE);
        grid.setMouseTransparent(true);
        setPalette(GraphPalette.LIGHT);
    }

    public Node node() {
        return grid;
    }

    public void setVisible(boolean visible) {
        grid.setVisible(visible);
    }

    /** Adds a row per database (its colour's ring and badge) and one for "an upgrade would run it". */
    public void setDatabases(List<Database> list) {
        databases = List.copyOf(list);
        setPalette(palette);
    }

    void setPalette(GraphPalette p) {
        palette = p;
        grid.getChildren().clear();
        grid.setStyle("-fx-background-color: " + p.background() + "e6; -fx-background-radius: 6; "
                + "-fx-border-color: " + p.edge() + "; -fx-border-radius: 6;");
        int row = 0;
        add(row++, circle(p.head(), 7), "Head", p);
        add(row++, rounded(p.base()), "Base", p);
        add(row++, diamond(p.merge()), "Merge point", p);
        add(row++, triangle(p.branchPoint()), "Branch point", p);
        add(row++, circle(p.node(), 6), "Revision", p);
        add(row++, ring(p.problem(), p.problem()), "Has an error", p);
        add(row++, ring(p.node(), p.warning()), "Has a warning", p);
        add(row++, line(p.edge(), false), "down_revision", p);
        add(row++, line(p.dependsOn(), true), "depends_on", p);
        add(row++, ring(p.node(), p.ancestor()), "Ancestor of selection", p);
        add(row++, ring(p.node(), p.descendant()), "Descendant of selection", p);
        add(row++, ring(p.node(), p.path()), "Path between two", p);
        for (Database db : databases) {
            add(row++, badged(p, db.color()), db.name() + " is here", p);
        }
        if (!databases.isEmpty()) {
            String color = databases.size() == 1 ? databases.get(0).color() : p.text();
            Shape ring = ring(p.node(), color);
            ring.setStrokeWidth(2);
            ring.setOpacity(0.8);
            Circle hollow = new Circle(3, Color.web(p.background()));
            hollow.setStroke(Color.web(color));
            hollow.setStrokeWidth(1.5);
            hollow.setTranslateX(7);
            hollow.setTranslateY(-6);
            add(row, new javafx.scene.Group(ring, hollow), "Upgrade would run it", p);
        }
    }

    /** A ring in the database's colour with its badge dot at the top right, as on the graph. */
    private static Node badged(GraphPalette p, String color) {
        Shape ring = ring(p.node(), color);
        Circle dot = new Circle(3.5, Color.web(color));
        dot.setStroke(Color.web(p.background()));
        dot.setTranslateX(7);
        dot.setTranslateY(-6);
        javafx.scene.Group group = new javafx.scene.Group(ring, dot);
        return group;
    }

    private void add(int row, Node shape, String text, GraphPalette p) {
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: " + p.text() + "; -fx-font-size: 11px;");
        grid.add(shape, 0, row);
        grid.add(label, 1, row);
    }

    private static Circle circle(String color, double r) {
        return new Circle(r, Color.web(color));
    }

    private static Shape ring(String fill, String stroke) {
        Circle c = new Circle(6, Color.web(fill));
        c.setStroke(Color.web(stroke));
        c.setStrokeWidth(3);
        return c;
    }

    private static Shape rounded(String color) {
        Rectangle r = new Rectangle(13, 13, Color.web(color));
        r.setArcWidth(5);
        r.setArcHeight(5);
        return r;
    }

    private static Shape diamond(String color) {
        return new Polygon(7, 0, 14, 7, 7, 14, 0, 7) {
            {
                setFill(Color.web(color));
            }
        };
    }

    private static Shape triangle(String color) {
        Polygon t = new Polygon(7, 0, 14, 13, 0, 13);
        t.setFill(Color.web(color));
        return t;
    }

    private static Shape line(String color, boolean dashed) {
        Line l = new Line(0, 7, 16, 7);
        l.setStroke(Color.web(color));
        l.setStrokeWidth(2);
        if (dashed) {
            l.getStrokeDashArray().addAll(4.0, 3.0);
        }
        return l;
    }
}
