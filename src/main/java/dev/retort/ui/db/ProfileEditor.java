package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbKind;
import dev.retort.db.PasswordSource;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The form for one connection profile: every field of {@link ConnectionProfile}, the variables
 * alembic runs with, and below them what Retort will connect to and what is wrong.
 */
final class ProfileEditor {
    private final ProfileEditorModel model;
    private final VBox root = new VBox(10);
    private final Label databaseLabel = new Label("Database");

    ProfileEditor(ProfileEditorModel model, Supplier<Optional<Path>> baseDirectory) {
        this.model = model;
        root.setId("profileEditor");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(110);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints keys2 = new ColumnConstraints();
        keys2.setMinWidth(70);
        grid.getColumnConstraints().addAll(keys, wide, keys2, new ColumnConstraints(170));

        TextField name = field("profileName", model.nameProperty(), "e.g. staging");
        ColorPicker color = new ColorPicker();
        color.setId("profileColor");
        color.setMaxWidth(Double.MAX_VALUE);
        bindColor(color);
        ComboBox<DbKind> kind = new ComboBox<>();
        kind.setId("profileKind");
        kind.getItems().addAll(DbKind.POSTGRESQL, DbKind.SQLITE);
        kind.setConverter(converter(k -> k == DbKind.SQLITE ? "SQLite" : "PostgreSQL"));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField host = field("profileHost", model.hostProperty(), "localhost");
        TextField port = field("profilePort", model.portProperty(), "5432");
        TextField database = field("profileDatabase", model.databaseProperty(), "");
        Button browse = new Button("Browse…");
        browse.setId("profileBrowse");
        browse.setOnAction(e -> chooseFile(baseDirectory.get()));
        TextField user = field("profileUser", model.userProperty(), "the operating-system user");
        ComboBox<PasswordSource> password = new ComboBox<>();
        password.setId("profilePasswordSource");
        password.getItems().addAll(PasswordSource.PROMPT, PasswordSource.PGPASS, PasswordSource.NONE);
        password.setConverter(converter(ProfileEditor::passwordText));
        password.valueProperty().bindBidirectional(model.passwordSourceProperty());
        password.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> ssl = new ComboBox<>();
        ssl.setId("profileSslMode");
        ssl.getItems().addAll(new TreeSet<>(ConnectionProfile.SSL_MODES));
        ssl.valueProperty().bindBidirectional(model.sslModeProperty());
        ssl.setMaxWidth(Double.MAX_VALUE);
        TextField schema = field("profileSchema", model.schemaProperty(), "default schema");
        TextField table = field("profileTable", model.tableProperty(), ConnectionProfile.DEFAULT_VERSION_TABLE);

        int row = 0;
        grid.addRow(row++, new Label("Name"), name, new Label("Colour"), color);
        grid.addRow(row++, new Label("Kind"), kind);
        grid.addRow(row++, new Label("Host"), host, new Label("Port"), port);
        HBox databaseBox = new HBox(6, database, browse);
        HBox.setHgrow(database, Priority.ALWAYS);
        grid.add(databaseLabel, 0, row);
        grid.add(databaseBox, 1, row++, 3, 1);
        grid.addRow(row++, new Label("User"), user, new Label("Password"), password);
        grid.addRow(row++, new Label("SSL mode"), ssl);
        grid.addRow(row++, new Label("Version table"), schema, new Label("table"), table);
        Tooltip.install(schema, new Tooltip("version_table_schema; empty for the connection's default "
                + "(search_path on PostgreSQL, main on SQLite)"));

        var sqlite = model.kindProperty().isEqualTo(DbKind.SQLITE);
        for (Node n : List.of(host, port, user, password, ssl)) {
            n.disableProperty().bind(sqlite);
        }
        browse.visibleProperty().bind(sqlite);
        browse.managedProperty().bind(sqlite);
        databaseLabel.textProperty().bind(Bindings.when(sqlite).then("SQLite file").otherwise("Database"));
        database.promptTextProperty().bind(Bindings.when(sqlite).then("path of the .db file")
                .otherwise("the user name"));

        Label envTitle = new Label("Environment variables when alembic runs");
        envTitle.getStyleClass().add("details-section");
        envTitle.setTooltip(new Tooltip("What env.py reads to build its URL, e.g. POSTGRES_HOST=localhost "
                + "POSTGRES_PORT=5433; type NAME=value in the Variable column"));
        EnvironmentTable environment = new EnvironmentTable(model);

        Label connectTo = new Label();
        connectTo.setId("willConnectTo");
        connectTo.setWrapText(true);
        connectTo.getStyleClass().add("will-connect-to");
        connectTo.textProperty().bind(Bindings.createStringBinding(() -> model.willConnectToProperty().get().isEmpty()
                ? "" : "Will connect to: " + model.willConnectToProperty().get(), model.willConnectToProperty()));
        Label runsWith = new Label();
        runsWith.setId("runsWith");
        runsWith.setWrapText(true);
        runsWith.getStyleClass().add("details-key");
        runsWith.textProperty().bind(Bindings.createStringBinding(() -> model.environmentTextProperty().get().isEmpty()
                ? "alembic runs with no extra variables" : "alembic runs with "
                        + model.environmentTextProperty().get(), model.environmentTextProperty()));
        Label problems = lines("profileProblems", "details-problem");
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                model.problemsProperty().get()), model.problemsProperty()));
        Label notes = lines("profileNotes", "details-key");
        notes.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                model.notesProperty().get()), model.notesProperty()));

        root.getChildren().addAll(grid, envTitle, environment.node(), connectTo, runsWith, problems, notes);
        root.setPadding(new Insets(0, 0, 4, 0));
        root.setAlignment(Pos.TOP_LEFT);
    }

    private static Label lines(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void bindColor(ColorPicker picker) {
        picker.setValue(parse(model.colorProperty().get()));
        model.colorProperty().addListener((o, a, hex) -> {
            if (!hex(picker.getValue()).equals(hex)) {
                picker.setValue(parse(hex));
            }
        });
        picker.valueProperty().addListener((o, a, c) -> {
            if (c != null && !hex(c).equals(model.colorProperty().get())) {
                model.colorProperty().set(hex(c));
            }
        });
    }

    private static Color parse(String hex) {
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException e) {
            return Color.web(ConnectionProfile.defaultColor(0));
        }
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private void chooseFile(Optional<Path> base) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("SQLite database file");
        base.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            model.databaseProperty().set(file.getAbsolutePath());
        }
    }

    private static String passwordText(PasswordSource source) {
        return switch (source) {
            case PROMPT -> "prompt";
            case PGPASS -> "~/.pgpass";
            case NONE -> "none";
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    Node node() {
        return root;
    }
}
