package dev.retort.ui.details;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.ui.db.DatabaseOverlay;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The right-hand pane: facts about the selected revision, links to its neighbours, its source. */
public final class DetailsView {
    private final DetailsViewModel model;
    private final Consumer<String> goTo;
    private final Consumer<Path> openFile;
    private final VBox content = new VBox(10);
    private final Label placeholder = new Label("Select a revision in the graph to see its details.");
    private final TextField idField = new TextField();
    private final Label message = new Label();
    private final Label longDoc = new Label();
    private final FlowPane roles = new FlowPane(6, 4);
    private final GridPane facts = new GridPane();
    private final VBox problems = new VBox(4);
    private final VBox databases = new VBox(4);
    private final SourceView source = new SourceView();
    private final Label pathLabel = new Label();
    private final ScrollPane root;

    public DetailsView(DetailsViewModel model, Consumer<String> goTo, Consumer<Path> openFile) {
        this.model = model;
        this.goTo = goTo;
        this.openFile = openFile;
        content.setPadding(new Insets(14));
        content.getStyleClass().add("details");
        placeholder.getStyleClass().add("details-placeholder");
        placeholder.setWrapText(true);
        idField.setId("detailsId");
        idField.setEditable(false);
        idField.getStyleClass().add("details-id");
        message.setId("detailsMessage");
        message.getStyleClass().add("details-message");
        message.setWrapText(true);
        longDoc.setWrapText(true);
        longDoc.getStyleClass().add("details-longdoc");
        facts.setHgap(12);
        facts.setVgap(6);
        facts.setId("detailsFacts");
        pathLabel.setId("detailsPath");
        pathLabel.setWrapText(true);
        pathLabel.getStyleClass().add("details-path");
        Button copy = new Button("Copy id");
        copy.setId("copyIdButton");
        copy.setOnAction(e -> copyId());
        Button open = new Button("Open in editor");
        open.setId("openInEditorButton");
        open.setOnAction(e -> model.detailsProperty().get().ifPresent(d -> openFile.accept(d.path())));
        HBox idRow = new HBox(8, idField, copy);
        HBox.setHgrow(idField, Priority.ALWAYS);
        idRow.setAlignment(Pos.CENTER_LEFT);
        Label sourceTitle = new Label("Source");
        sourceTitle.getStyleClass().add("details-section");
        Button copyPath = new Button("Copy path");
        copyPath.setOnAction(e -> model.detailsProperty().get().ifPresent(d -> copy(d.path().toString())));
        HBox fileButtons = new HBox(8, open, copyPath);
        VBox fileRow = new VBox(6, pathLabel, fileButtons);
        VBox.setVgrow(source.node(), Priority.ALWAYS);
        databases.setId("detailsDatabases");
        databases.managedProperty().bind(databases.visibleProperty());
        databases.setVisible(false);
        content.getChildren().addAll(idRow, message, longDoc, roles, facts, databases, problems, sourceTitle, fileRow,
                source.node());
        root = new ScrollPane();
        root.setId("detailsPane");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        model.detailsProperty().addListener((o, a, b) -> render(b));
        model.sourceProperty().addListener((o, a, b) -> source.setText(b));
        render(Optional.empty());
    }

    public Node node() {
        return root;
    }

    public SourceView sourceView() {
        return source;
    }

    private void copyId() {
        model.detailsProperty().get().ifPresent(d -> copy(d.id()));
    }

    private static void copy(String text) {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(text);
        Clipboard.getSystemClipboard().setContent(clip);
    }

    private void render(Optional<RevisionDetails> maybe) {
        if (maybe.isEmpty()) {
            VBox empty = new VBox(placeholder);
            empty.setPadding(new Insets(24));
            root.setContent(empty);
            return;
        }
        RevisionDetails d = maybe.get();
        idField.setText(d.id());
        message.setText(d.message().isEmpty() ? "(no message)" : d.message());
        longDoc.setText(d.longDoc());
        longDoc.setVisible(!d.longDoc().isEmpty());
        longDoc.setManaged(!d.longDoc().isEmpty());
        roles.getChildren().clear();
        d.roles().forEach(role -> roles.getChildren().add(chip(role)));
        d.branchLabels().forEach(label -> roles.getChildren().add(chip("@" + label)));
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "Created", new Label(d.createDate().orElse("—")));
        row = fact(row, "Down revisions", links(d.downRevisions(), "none (base)"));
        row = fact(row, "Children", links(d.children(), "none (head)"));
        row = fact(row, "Depends on", links(d.dependsOn(), "—"));
        fact(row, "Branch labels", new Label(d.branchLabels().isEmpty() ? "—" : String.join(", ", d.branchLabels())));
        problems.getChildren().clear();
        for (Diagnostic problem : d.problems()) {
            Label l = new Label(problem.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + problem.message());
            l.setWrapText(true);
            l.getStyleClass().add("details-problem");
            problems.getChildren().add(l);
        }
        pathLabel.setText(d.path() + (d.line() > 0 ? ":" + d.line() : ""));
        pathLabel.setTooltip(new Tooltip(d.path().toString()));
        root.setContent(content);
    }

    /** Which databases are at the shown revision or would run it; empty hides the section. */
    public void showDatabases(List<DatabaseOverlay.Mark> marks) {
        databases.getChildren().clear();
        if (!marks.isEmpty()) {
            Label title = new Label("Databases");
            title.getStyleClass().add("details-section");
            databases.getChildren().add(title);
        }
        for (DatabaseOverlay.Mark mark : marks) {
            Label line = new Label(mark.text(), new Circle(5, Color.web(mark.color())));
            line.setWrapText(true);
            line.getStyleClass().add("details-database");
            databases.getChildren().add(line);
        }
        databases.setVisible(!marks.isEmpty());
    }

    /** The database lines shown now (tests). */
    public List<String> databaseLines() {
        return databases.getChildren().stream().skip(1).map(n -> ((Label) n).getText()).toList();
    }

    private int fact(int row, String name, Node value) {
        Label key = new Label(name);
        key.getStyleClass().add("details-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        facts.add(key, 0, row);
        facts.add(value, 1, row);
        return row + 1;
    }

    private Node links(List<String> ids, String none) {
        if (ids.isEmpty()) {
            return new Label(none);
        }
        FlowPane flow = new FlowPane(4, 2);
        for (String id : ids) {
            Hyperlink link = new Hyperlink(id);
            link.getStyleClass().add("details-link");
            link.setOnAction(e -> goTo.accept(id));
            flow.getChildren().add(link);
        }
        return flow;
    }

    private static Label chip(String text) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", "chip-" + text.replace(' ', '-').replace("@", "label"));
        return chip;
    }
}
