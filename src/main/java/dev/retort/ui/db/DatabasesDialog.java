package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Databases window: the project's profiles with where each database stands on the left,
 * the selected profile's form on the right, with Test connection and Save. Not modal, so the
 * graph stays usable while it is open.
 */
public final class DatabasesDialog {
    private final DatabasesModel model;
    private final ProfileEditorModel editor = new ProfileEditorModel();
    private final ListView<DatabaseStatus> list = new ListView<>();
    private final Label state = new Label();
    private final Label stateTitle = new Label();
    private final VBox stateBox = new VBox(4);
    private final Label testResult = new Label();
    private final Label message = new Label();
    private final ProgressIndicator testing = new ProgressIndicator();
    private final Stage stage = new Stage();
    private Optional<String> selected = Optional.empty();

    /**
     * @param styler applies the window's theme and stylesheet to the dialog's scene
     */
    public DatabasesDialog(DatabasesModel model, Window owner, Consumer<Scene> styler) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Databases");
        list.setId("profileList");
        list.setItems(model.statuses());
        list.setCellFactory(l -> new ProfileCell());
        list.setPrefWidth(380);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && !Optional.of(s.profile().name()).equals(selected)) {
                select(s.profile().name());
            }
        });
        model.statuses().addListener((ListChangeListener<DatabaseStatus>) c -> statusesChanged());

        Button add = button("Add", "addProfile", "A new profile, prefilled from sqlalchemy.url and env.py", this::add);
        Button duplicate = button("Duplicate", "duplicateProfile", "A copy of the selected profile", () ->
                selected.flatMap(model::duplicate).ifPresent(p -> select(p.name())));
        Button remove = button("Remove", "removeProfile", "Forget the selected profile (the database is not touched)",
                () -> selected.ifPresent(this::remove));
        Button up = button("↑", "moveProfileUp", "Move up", () -> selected.ifPresent(n -> model.move(n, -1)));
        Button down = button("↓", "moveProfileDown", "Move down", () -> selected.ifPresent(n -> model.move(n, 1)));
        Button refresh = button("Refresh all", "refreshDatabases", "Read every database again (Ctrl+R)",
                model::refresh);
        for (Button b : List.of(duplicate, remove, up, down)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox listButtons = new HBox(6, add, duplicate, remove, up, down);
        Label listTitle = new Label("Profiles of this project");
        listTitle.getStyleClass().add("pane-title");
        VBox left = new VBox(6, listTitle, list, listButtons, refresh);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        ProfileEditor form = new ProfileEditor(editor, model::root);
        state.setId("profileState");
        state.setWrapText(true);
        state.getStyleClass().add("profile-state");
        testResult.setId("testResult");
        testResult.setWrapText(true);
        testing.setPrefSize(18, 18);
        testing.setMaxSize(18, 18);
        testing.setVisible(false);
        Button test = button("Test connection", "testConnection", "Read the version table with the values above, "
                + "saved or not", this::test);
        Button revert = button("Revert", "revertProfile", "Undo the changes since the last save", () ->
                editor.editingProperty().get().ifPresent(p -> editor.load(p, List.of())));
        Button save = button("Save", "saveProfile", "Save the profile and read the database again", this::save);
        save.setDefaultButton(true);
        revert.disableProperty().bind(editor.dirtyProperty().not());
        save.disableProperty().bind(editor.dirtyProperty().not());
        test.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        message.setId("profileMessage");
        message.setWrapText(true);
        message.getStyleClass().add("details-problem");
        message.textProperty().bind(model.noticeProperty());
        HBox testRow = new HBox(8, test, testing, testResult);
        testRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(testResult, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = button("Close", "closeDatabases", "Close this window (changes are saved with Save)",
                stage::close);
        HBox saveRow = new HBox(8, message, spacer, revert, save, close);
        stateTitle.setId("profileStateTitle");
        stateTitle.getStyleClass().add("profile-state-title");
        stateBox.getChildren().addAll(stateTitle, state);
        stateBox.getStyleClass().add("profile-state-box");
        VBox right = new VBox(10, stateBox, form.node(), testRow);
        right.setPadding(new Insets(10, 14, 10, 4));
        right.disableProperty().bind(editor.editingProperty().isEqualTo(Optional.empty()));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        saveRow.setPadding(new Insets(8, 14, 10, 10));
        saveRow.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(scroll);
        root.setId("databasesDialog");
        root.setLeft(left);
        root.setBottom(saveRow);
        Scene scene = new Scene(root, 1120, 800);
        styler.accept(scene);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+R"), model::refresh);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> applyPending());
        statusesChanged();
        if (!model.statuses().isEmpty()) {
            select(model.statuses().get(0).profile().name());
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** Selects a profile by name: pending edits of the previous one are saved first if they can be. */
    public void select(String name) {
        if (selected.equals(Optional.of(name))) {
            return;
        }
        applyPending();
        selected = Optional.of(name);
        testResult.setText("");
        model.root().ifPresent(editor::setBaseDirectory);
        model.statusOf(name).ifPresentOrElse(s -> editor.load(s.profile(), List.of()), editor::clear);
        statusesChanged();
    }

    /** Leaving a profile with valid unsaved changes saves them, as preference windows do. */
    private void applyPending() {
        if (editor.dirtyProperty().get() && editor.problemsProperty().get().isEmpty()) {
            save();
        }
    }

    private void add() {
        applyPending();
        NewProfile draft = model.draft();
        List<String> problems = model.add(draft.profile(), draft.sessionPassword());
        selected = Optional.empty();
        select(draft.profile().name());
        editor.load(draft.profile(), draft.notes().stream().map(NewProfile.Note::toString).toList());
        if (!problems.isEmpty()) {
            testResult.setText(String.join(" ", problems));
        }
    }

    private void remove(String name) {
        int index = indexOf(name);
        editor.clear();
        selected = Optional.empty();
        model.remove(name);
        if (!model.statuses().isEmpty()) {
            select(model.statuses().get(Math.min(index, model.statuses().size() - 1)).profile().name());
        } else {
            statusesChanged();
        }
    }

    private void save() {
        Optional<ConnectionProfile> before = editor.editingProperty().get();
        if (before.isEmpty()) {
            return;
        }
        ConnectionProfile after = editor.toProfile();
        List<String> problems = model.replace(before.get().name(), after);
        if (model.statusOf(after.name()).map(s -> s.profile().equals(after)).orElse(false)) {
            selected = Optional.of(after.name());
            editor.load(after, List.of());
            statusesChanged();
        } else {
            testResult.setText(String.join(" ", problems));
        }
    }

    private void test() {
        ConnectionProfile profile = editor.toProfile();
        testing.setVisible(true);
        testResult.setText("Connecting to " + profile.target() + "…");
        model.testConnection(profile, result -> {
            testing.setVisible(false);
            testResult.setText((result.ok() ? "✔ " : "✘ ") + result.text());
        });
    }

    /** Keeps the list's selection on the selected profile and its state line current. */
    private void statusesChanged() {
        int index = selected.map(this::indexOf).orElse(-1);
        if (index >= 0 && list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
        }
        stateBox.getStyleClass().removeAll("state-error", "state-warning", "state-ok");
        if (index < 0) {
            state.setText("");
            stateTitle.setText("");
            return;
        }
        DatabaseStatus status = model.statuses().get(index);
        state.setText(DatabaseTexts.message(status));
        stateTitle.setText(status.profile().name() + ": " + DatabaseTexts.shortText(status));
        stateBox.getStyleClass().add(switch (DatabaseOverlay.severity(status)) {
            case ERROR -> "state-error";
            case WARNING -> "state-warning";
            default -> "state-ok";
        });
    }

    private int indexOf(String name) {
        for (int i = 0; i < model.statuses().size(); i++) {
            if (model.statuses().get(i).profile().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The editor's state, for tests. */
    public ProfileEditorModel editor() {
        return editor;
    }
}
