package dev.retort.ui.upgrade;

import dev.retort.ui.graph.GraphPalette;
import dev.retort.ui.graph.GraphView;
import dev.retort.ui.project.ProjectSnapshot;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The guided upgrade: a window with the revision graph on the left (the plan drawn on it, the
 * running step lit) and the four steps on the right (Plan, Preview SQL, Run, Verify), driven by
 * one {@link UpgradeWizardModel}.
 */
public final class UpgradeWizard {
    private final UpgradeWizardModel model;
    private final WizardDialogs dialogs;
    private final GraphView graph = new GraphView();
    private final BorderPane root = new BorderPane();
    private final HBox header = new HBox(6);
    private final HBox legend = new HBox(14);
    private final Label alembicLabel = new Label();
    private final Label message = new Label();
    private final Label runHint = new Label();
    private final Label alembicBanner = new Label();
    private final Button back = button("← Back", "backButton");
    private final Button previewButton = button("Preview SQL →", "previewButton");
    private final Button runButton = button("Run upgrade", "runButton");
    private final Button cancelRun = button("Cancel run", "cancelRunButton");
    private final Button planAgain = button("Plan again", "planAgainButton");
    private final Button close = button("Close", "closeButton");
    private final Map<WizardState.Step, Node> pages;
    private Set<String> focused = Set.of();
    private Stage stage;

    public UpgradeWizard(UpgradeWizardModel model, WizardDialogs dialogs, Runnable openPreferences) {
        this.model = model;
        this.dialogs = dialogs;
        pages = Map.of(WizardState.Step.PLAN, new PlanPage(model).node(),
                WizardState.Step.PREVIEW, new PreviewPage(model).node(),
                WizardState.Step.RUN, new RunPage(model).node(),
                WizardState.Step.VERIFY, new VerifyPage(model, this::saveLog).node());
        build(openPreferences);
        wire();
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        return b;
    }

    private void build(Runnable openPreferences) {
        root.setId("upgradeWizard");
        header.setId("wizardSteps");
        header.getStyleClass().add("wizard-steps");
        header.setPadding(new Insets(10, 14, 10, 14));
        header.setAlignment(Pos.CENTER_LEFT);
        alembicBanner.setId("alembicBanner");
        alembicBanner.getStyleClass().add("error-banner");
        alembicBanner.setWrapText(true);
        alembicBanner.setMaxWidth(Double.MAX_VALUE);
        StackPane content = new StackPane();
        content.setPadding(new Insets(12, 14, 12, 14));
        pages.values().forEach(p -> content.getChildren().add(p));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("wizard-content");
        graph.legend().setVisible(false);
        VBox left = new VBox(graph.node(), legend());
        VBox.setVgrow(graph.node(), Priority.ALWAYS);
        SplitPane split = new SplitPane(left, new VBox(alembicBanner, scroll));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        split.setDividerPositions(0.4);
        root.setTop(header);
        root.setCenter(split);

        alembicLabel.setId("wizardAlembicLabel");
        alembicLabel.getStyleClass().add("hint");
        Hyperlink prefs = new Hyperlink("Preferences…");
        prefs.setId("wizardPreferencesLink");
        prefs.setOnAction(e -> openPreferences.run());
        message.setId("wizardMessage");
        message.getStyleClass().add("hint");
        runHint.setId("runHint");
        runHint.getStyleClass().add("hint");
        runHint.setWrapText(true);
        runHint.setMaxWidth(320);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        runButton.setDefaultButton(true);
        HBox bar = new HBox(8, alembicLabel, prefs, message, spacer, runHint, back, previewButton, runButton,
                cancelRun, planAgain, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 10, 14));
        bar.getStyleClass().add("wizard-buttons");
        root.setBottom(bar);
    }

    private Node legend() {
        legend.setId("planLegend");
        legend.getStyleClass().add("plan-legend");
        legend.setPadding(new Insets(6, 10, 6, 10));
        paintLegend(GraphPalette.LIGHT);
        return legend;
    }

    private void paintLegend(GraphPalette p) {
        legend.getChildren().setAll(swatch("◉", p.current(), "database now"), swatch("①", p.selected(),
                "steps to run"), swatch("▶", p.pending(), "running"), swatch("✔", p.head(), "done"),
                swatch("✘", p.problem(), "stopped here"));
    }

    private static Node swatch(String symbol, String color, String text) {
        Label mark = new Label(symbol);
        mark.setStyle("-fx-text-fill: " + color + "; -fx-font-weight: bold;");
        return new HBox(4, mark, new Label(text));
    }

    private void wire() {
        back.setOnAction(e -> model.back());
        previewButton.setOnAction(e -> model.preview());
        runButton.setOnAction(e -> model.run());
        cancelRun.setOnAction(e -> confirmCancel());
        planAgain.setOnAction(e -> model.planAgain());
        close.setOnAction(e -> requestClose());
        var state = model.stateProperty();
        runButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canRun(), state,
                model.blockedProperty()));
        previewButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canPreview(), state,
                model.planProperty(), model.alembic().resultProperty()));
        cancelRun.disableProperty().bind(state.isEqualTo(WizardState.CANCELLING));
        runHint.textProperty().bind(Bindings.createStringBinding(() -> model.canRun()
                || model.planProperty().get().error().isPresent() || model.alembic().installation().isEmpty()
                || !(state.get() == WizardState.PLANNING || state.get() == WizardState.PREVIEWED) ? ""
                        : model.blockedProperty().get(), state, model.blockedProperty()));
        state.addListener((o, a, b) -> stateChanged(b));
        model.operationProperty().addListener((o, a, b) -> operationChanged(b));
        model.snapshotProperty().addListener((o, a, b) -> b.ifPresent(this::showProject));
        model.planProperty().addListener((o, a, b) -> highlight());
        model.rowsShownProperty().addListener((o, a, b) -> highlight());
        model.sessionProperty().addListener((o, a, b) -> b.ifPresent(s -> {
            s.progressProperty().addListener((o2, a2, p) -> highlight());
            s.resultProperty().addListener((o2, a2, r) -> highlight());
        }));
        model.alembic().resultProperty().addListener((o, a, b) -> alembicChanged());
        model.alembic().searchingProperty().addListener((o, a, b) -> alembicChanged());
        model.snapshotProperty().get().ifPresent(this::showProject);
        stateChanged(state.get());
        operationChanged(model.operationProperty().get());
        alembicChanged();
    }

    private void stateChanged(WizardState state) {
        pages.forEach((step, page) -> page.setVisible(step == state.step()));
        header.getChildren().clear();
        for (WizardState.Step step : WizardState.Step.values()) {
            Label label = new Label((step.ordinal() + 1) + "  " + step.title());
            label.setId("step" + step.name());
            label.getStyleClass().add("wizard-step");
            if (step == state.step()) {
                label.getStyleClass().add("wizard-step-active");
            } else if (step.ordinal() < state.step().ordinal()) {
                label.getStyleClass().add("wizard-step-done");
            }
            if (step.ordinal() > 0) {
                header.getChildren().add(new Label("›"));
            }
            header.getChildren().add(label);
        }
        show(back, state == WizardState.PREVIEWING || state == WizardState.PREVIEWED);
        show(previewButton, state == WizardState.PLANNING);
        show(runButton, state == WizardState.PLANNING || state == WizardState.PREVIEWING || state == WizardState.PREVIEWED);
        show(cancelRun, state.alembicRunning());
        show(planAgain, state == WizardState.VERIFIED);
        cancelRun.setText(state == WizardState.CANCELLING ? "Stopping…" : "Cancel run");
        highlight();
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void operationChanged(UpgradeOperation op) {
        runButton.setText("Run " + op.verb());
        runButton.getStyleClass().removeAll("accent", "danger");
        runButton.getStyleClass().add(op.needsConfirmation() ? "danger" : "accent");
        if (stage != null) {
            stage.setTitle(title());
        }
    }

    private void alembicChanged() {
        alembicLabel.setText(model.alembic().summary());
        boolean missing = !model.alembic().searchingProperty().get() && model.alembic().resultProperty().get()
                .map(r -> !r.found()).orElse(false);
        alembicBanner.setText(missing ? model.alembic().resultProperty().get().get().message() : "");
        show(alembicBanner, missing);
        alembicLabel.getStyleClass().remove("alembic-missing");
        if (missing) {
            alembicLabel.getStyleClass().add("alembic-missing");
        }
    }

    private void showProject(ProjectSnapshot s) {
        graph.show(s.graph(), s.layout(), GraphView.structuralClasses(s.graph(), Set.of(), Set.of()), false);
        focused = Set.of();
        highlight();
        if (stage != null) {
            stage.setTitle(title());
        }
    }

    private void highlight() {
        Optional<RunSession> session = model.sessionProperty().get();
        boolean ran = model.stateProperty().get().step().ordinal() >= WizardState.Step.RUN.ordinal();
        PlanHighlight h = PlanHighlight.of(model.planProperty().get(),
                ran ? session.map(s -> s.progressProperty().get()) : Optional.empty(),
                ran ? session.flatMap(s -> s.resultProperty().get()).map(r -> r.state()) : Optional.empty(),
                model.rowsShownProperty().get());
        graph.setNodeLayer("plan", h.stepClasses());
        graph.setNodeLayer("database", h.databaseClasses());
        graph.setNodeBadges(h.badges());
        if (!h.focus().equals(focused) && !h.focus().isEmpty() && graph.node().getWidth() > 0) {
            focused = h.focus();
            frame(List.copyOf(focused));
        }
    }

    /** Zooms to the plan, then moves it up so the history below it (where it comes from) fills the view. */
    private void frame(List<String> ids) {
        graph.zoomTo(ids);
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (String id : ids) {
            Optional<javafx.geometry.Point2D> at = graph.screenPointOf(id);
            if (at.isPresent()) {
                top = Math.min(top, at.get().getY());
                bottom = Math.max(bottom, at.get().getY());
            }
        }
        double margin = 60;
        double up = top - margin;
        if (top != Double.MAX_VALUE && up > 0 && bottom - up < graph.node().getHeight() - margin) {
            graph.panByPixels(0, -up);
        }
    }

    private void confirmCancel() {
        if (dialogs.confirm(stage, "Stop alembic?", "Retort ends alembic's whole process tree (asks it to stop, "
                + "then kills it after 5 s). A migration stopped half-way is rolled back only where the database "
                + "has transactional DDL (PostgreSQL does; SQLite and MySQL may keep part of it). The database is "
                + "re-read afterwards to show where it stopped.", "Stop alembic")) {
            model.cancel();
        }
    }

    private void requestClose() {
        if (model.stateProperty().get().alembicRunning()) {
            if (!dialogs.confirm(stage, "alembic is still running", "Closing the wizard stops alembic (its whole "
                    + "process tree). Stop it and close?", "Stop and close")) {
                return;
            }
        }
        model.abandon();
        if (stage != null) {
            stage.hide();
        }
    }

    private void saveLog() {
        Optional<RunSession> session = model.sessionProperty().get();
        if (session.isEmpty()) {
            return;
        }
        String name = "alembic-" + model.operationProperty().get().verb() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log";
        Optional<Path> file = dialogs.chooseLogFile(stage, name);
        if (file.isEmpty()) {
            return;
        }
        try {
            session.get().saveLog(file.get());
            message.setText("Log saved to " + file.get());
        } catch (java.io.IOException e) {
            dialogs.showError(stage, "Could not save the log", "Writing " + file.get() + " failed: " + e.getMessage());
        }
    }

    private String title() {
        String project = model.snapshotProperty().get().map(s -> " — " + s.folder().getFileName()).orElse("");
        return model.operationProperty().get().label() + " database" + project;
    }

    /** Shows the wizard over {@code owner}, or brings it to the front. */
    public void show(Window owner, Scene themeFrom, boolean dark) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            // never larger than the screen (a small laptop, or a headless test screen)
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
            if (themeFrom != null) {
                scene.getStylesheets().setAll(themeFrom.getStylesheets());
            }
            stage.setScene(scene);
            stage.setOnCloseRequest(e -> {
                e.consume();
                requestClose();
            });
        }
        setDark(dark);
        stage.setTitle(title());
        stage.show();
        stage.toFront();
        Platform.runLater(() -> {
            focused = Set.of();
            highlight();
        });
    }

    /** Follows the main window's theme. */
    public void setDark(boolean dark) {
        graph.setDark(dark);
        paintLegend(GraphPalette.of(dark));
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }

    /** Closes for good (the main window closes): stops what runs. */
    public void dispose() {
        model.abandon();
        graph.close();
        if (stage != null) {
            stage.hide();
        }
    }

    public UpgradeWizardModel model() {
        return model;
    }

    public GraphView graphView() {
        return graph;
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }
}
