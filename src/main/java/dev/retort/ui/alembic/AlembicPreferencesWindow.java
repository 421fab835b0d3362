package dev.retort.ui.alembic;

import dev.retort.runner.DiscoveryResult;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Preferences > Alembic (also Help > About alembic): which alembic Retort found and where, the
 * path to prefer, and the revision-file order. Changes apply at once; the window only closes.
 */
public final class AlembicPreferencesWindow {
    private final AlembicLocator locator;
    private final VBox root = new VBox(10);
    private final Label found = new Label();
    private final Label message = new Label();
    private final TextArea attempts = new TextArea();
    private final TextField path = new TextField();
    private final ToggleGroup order = new ToggleGroup();
    private final Label orderText = new Label();
    private final BooleanProperty dark;
    private Stage stage;

    /** @param dark the window's theme (true for dark), offered as the Appearance choice */
    public AlembicPreferencesWindow(AlembicLocator locator, BooleanProperty dark) {
        this.locator = locator;
        this.dark = dark;
        build();
        locator.resultProperty().addListener((o, a, b) -> refresh());
        locator.searchingProperty().addListener((o, a, b) -> refresh());
        locator.loadOrderProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void build() {
        root.setId("alembicPreferences");
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        Label title = new Label("Alembic");
        title.getStyleClass().add("title-3");
        found.setId("alembicFoundLabel");
        found.getStyleClass().add("alembic-found");
        message.setId("alembicMessage");
        message.setWrapText(true);
        attempts.setId("alembicAttempts");
        attempts.setEditable(false);
        attempts.setPrefRowCount(5);
        attempts.getStyleClass().add("mono");
        TitledPane tried = new TitledPane("What Retort tried", attempts);
        tried.setExpanded(false);

        path.setId("alembicPathField");
        path.setPromptText("empty: search automatically");
        HBox.setHgrow(path, Priority.ALWAYS);
        path.setOnAction(e -> usePath());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        Button use = new Button("Use");
        use.setId("useAlembicPathButton");
        use.setOnAction(e -> usePath());
        Button automatic = new Button("Search automatically");
        automatic.setId("searchAlembicButton");
        automatic.setOnAction(e -> {
            path.clear();
            usePath();
        });
        Label pathHint = new Label("An alembic executable, a Python interpreter that has alembic, or a virtualenv "
                + "folder. It is tried first; the search goes on when it does not work.");
        pathHint.setWrapText(true);
        pathHint.getStyleClass().add("hint");

        VBox orders = new VBox(4);
        for (LoadOrderChoice choice : LoadOrderChoice.values()) {
            RadioButton radio = new RadioButton(choice.label());
            radio.setId("loadOrder" + choice.name());
            radio.setUserData(choice);
            radio.setToggleGroup(order);
            orders.getChildren().add(radio);
        }
        order.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null && b.getUserData() != locator.preferencesProperty().get().loadOrder()) {
                locator.setPreferences(locator.preferencesProperty().get().withLoadOrder((LoadOrderChoice) b.getUserData()));
            }
        });
        orderText.setWrapText(true);
        orderText.getStyleClass().add("hint");
        Label orderWhy = new Label("The order breaks ties in heads, history and upgrade order exactly as alembic does.");
        orderWhy.setWrapText(true);
        orderWhy.getStyleClass().add("hint");

        Button again = new Button("Look again");
        again.setId("lookAgainButton");
        again.setOnAction(e -> locator.discover());
        Button close = new Button("Close");
        close.setId("closePreferencesButton");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        root.getChildren().addAll(appearance(), title, found, message, tried, section("alembic path"),
                new HBox(6, path, browse, use, automatic), pathHint, section("Revision file order"), orders,
                orderText, orderWhy, new HBox(8, again, spacer, close));
        ((HBox) root.getChildren().get(root.getChildren().size() - 1)).setAlignment(Pos.CENTER_LEFT);
    }

    /** Light or dark, the same choice as View > Dark Theme (kept in settings.json). */
    private VBox appearance() {
        Label heading = new Label("Appearance");
        heading.getStyleClass().add("title-3");
        ToggleGroup theme = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("themeLight");
        light.setToggleGroup(theme);
        RadioButton darkChoice = new RadioButton("Dark");
        darkChoice.setId("themeDark");
        darkChoice.setToggleGroup(theme);
        theme.selectToggle(dark.get() ? darkChoice : light);
        dark.addListener((o, a, isDark) -> theme.selectToggle(isDark ? darkChoice : light));
        theme.selectedToggleProperty().addListener((o, a, chosen) -> {
            if (chosen != null) {
                dark.set(chosen == darkChoice);
            }
        });
        return new VBox(6, heading, new HBox(16, light, darkChoice));
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-section");
        return label;
    }

    private void refresh() {
        AlembicPreferences prefs = locator.preferencesProperty().get();
        if (!path.isFocused()) {
            path.setText(prefs.alembicPath().map(Path::toString).orElse(""));
        }
        order.getToggles().stream().filter(t -> t.getUserData() == prefs.loadOrder()).findFirst()
                .ifPresent(order::selectToggle);
        found.getStyleClass().removeAll("alembic-ok", "alembic-missing");
        Optional<DiscoveryResult> result = locator.resultProperty().get();
        if (locator.searchingProperty().get() || result.isEmpty()) {
            found.setText("Looking for alembic…");
            message.setText("");
        } else {
            boolean ok = result.get().found();
            found.setText(ok ? "✔ " + locator.summary() : "✘ No working alembic found");
            found.getStyleClass().add(ok ? "alembic-ok" : "alembic-missing");
            message.setText(result.get().message());
            attempts.setText(String.join("\n", result.get().attempts().stream()
                    .map(a -> a.outcome() + "  " + a).toList()));
        }
        orderText.setText(locator.loadOrderText());
    }

    private void usePath() {
        String text = path.getText().strip();
        Optional<Path> chosen;
        try {
            chosen = text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            message.setText("Not a path: " + text);
            return;
        }
        locator.setPreferences(locator.preferencesProperty().get().withAlembicPath(chosen));
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The alembic to use (alembic, or python with alembic installed)");
        File picked = chooser.showOpenDialog(stage);
        if (picked != null) {
            path.setText(picked.getAbsolutePath());
            usePath();
        }
    }

    /** Shows the window over {@code owner} (once created it is reused). */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Preferences");
            if (owner != null) {
                stage.initOwner(owner);
            }
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(
                        c -> c.startsWith("theme-")));
            }
            stage.setScene(scene);
        }
        refresh();
        stage.show();
        stage.toFront();
    }

    /** The window, once shown (tests). */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }
}
