package dev.retort.ui.main;

import dev.retort.ui.graph.RevisionLabels;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The warning over the graph when the history has several heads: the situation in which
 * {@code alembic upgrade head} fails with "Multiple head revisions are present", and the way out.
 */
public final class HeadsBanner {
    private final HBox box = new HBox(10);
    private final Label text = new Label();
    private final HBox links = new HBox(2);

    public HeadsBanner(Consumer<String> goTo, Runnable mergeHeads) {
        box.setId("headsBanner");
        box.getStyleClass().add("heads-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 12, 8, 12));
        Label icon = new Label("⚠");
        icon.getStyleClass().add("heads-banner-icon");
        text.setWrapText(true);
        text.setMinWidth(200);
        Button merge = new Button("Merge heads…");
        merge.setId("mergeHeadsButton");
        merge.getStyleClass().add("accent");
        merge.setOnAction(e -> mergeHeads.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        links.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(icon, text, links, spacer, merge);
        this.goTo = goTo;
        show(List.of());
    }

    private final Consumer<String> goTo;

    public Node node() {
        return box;
    }

    /** Shows the banner for these heads, or hides it when there are fewer than two. */
    public void show(List<String> heads) {
        boolean visible = heads.size() > 1;
        box.setVisible(visible);
        box.setManaged(visible);
        if (!visible) {
            return;
        }
        text.setText(heads.size() + " heads: \"alembic upgrade head\" will fail with "
                + "\"Multiple head revisions are present\". Go to:");
        links.getChildren().clear();
        for (String head : heads) {
            Hyperlink link = new Hyperlink(RevisionLabels.shortId(head));
            link.setOnAction(e -> goTo.accept(head));
            links.getChildren().add(link);
        }
    }
}
