package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbIssue;
import dev.retort.db.DbKind;
import dev.retort.db.PasswordSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profile form's state: one writable property per field (the form binds to them), and what
 * follows from them, read-only: the effective connection ("will connect to"), what is wrong,
 * whether anything changed since {@link #load}.
 */
public final class ProfileEditorModel {
    /** One environment variable of the profile, editable in the table. */
    public static final class Variable {
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty value = new SimpleStringProperty("");

        public Variable(String name, String value) {
            this.name.set(name);
            this.value.set(value);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty valueProperty() {
            return value;
        }
    }

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DbKind> kind = new SimpleObjectProperty<>(DbKind.POSTGRESQL);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<PasswordSource> passwordSource = new SimpleObjectProperty<>(PasswordSource.PGPASS);
    private final StringProperty sslMode = new SimpleStringProperty(ConnectionProfile.DEFAULT_SSL_MODE);
    private final StringProperty schema = new SimpleStringProperty("");
    private final StringProperty table = new SimpleStringProperty(ConnectionProfile.DEFAULT_VERSION_TABLE);
    private final StringProperty color = new SimpleStringProperty(ConnectionProfile.defaultColor(0));
    private final ObservableList<Variable> environment = FXCollections.observableArrayList(
            v -> new Observable[] {v.nameProperty(), v.valueProperty()});
    private final ReadOnlyStringWrapper willConnectTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper environmentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> notes = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Optional<ConnectionProfile>> editing = new ReadOnlyObjectWrapper<>(Optional.empty());
    private String options = "";
    private Path baseDirectory = Path.of("").toAbsolutePath();

    public ProfileEditorModel() {
        Observable[] all = {name, kind, host, port, database, user, passwordSource, sslMode, schema, table, color,
            environment};
        for (Observable o : all) {
            o.addListener(x -> update());
        }
        kind.addListener((o, before, now) -> kindChanged(now));
        update();
    }

    /** Where a relative SQLite path is relative to: alembic's working directory. */
    public void setBaseDirectory(Path directory) {
        baseDirectory = directory;
        update();
    }

    /** Shows a profile; {@code draftNotes} are what prefilling it could not carry over. */
    public void load(ConnectionProfile p, List<String> draftNotes) {
        editing.set(Optional.of(p));
        options = p.options();
        name.set(p.name());
        kind.set(p.kind());
        host.set(p.host());
        port.set(p.kind() == DbKind.POSTGRESQL ? Integer.toString(p.port()) : "");
        database.set(p.database());
        user.set(p.user());
        passwordSource.set(p.passwordSource());
        sslMode.set(p.sslMode());
        schema.set(p.versionTableSchema().orElse(""));
        table.set(p.versionTable());
        color.set(DatabaseTexts.color(p));
        List<Variable> vars = new ArrayList<>();
        p.environment().forEach((k, v) -> vars.add(new Variable(k, v)));
        environment.setAll(vars);
        notes.set(List.copyOf(draftNotes));
        update();
    }

    /** Nothing to edit (no profile selected). */
    public void clear() {
        editing.set(Optional.empty());
        notes.set(List.of());
        update();
    }

    /** Going from SQLite to PostgreSQL fills in libpq's defaults where the form is empty. */
    private void kindChanged(DbKind now) {
        if (now == DbKind.POSTGRESQL) {
            if (host.get().isBlank()) {
                host.set("localhost");
            }
            if (port.get().isBlank() || port.get().equals("0")) {
                port.set(Integer.toString(ConnectionProfile.DEFAULT_PG_PORT));
            }
            if (sslMode.get().isBlank()) {
                sslMode.set(ConnectionProfile.DEFAULT_SSL_MODE);
            }
            if (passwordSource.get() == PasswordSource.NONE) {
                passwordSource.set(PasswordSource.PGPASS);
            }
        }
    }

    /** The profile as the form stands; fields that do not apply to the kind are dropped. */
    public ConnectionProfile toProfile() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Variable v : environment) {
            if (!v.nameProperty().get().isBlank()) {
                env.put(v.nameProperty().get().strip(), v.valueProperty().get());
            }
        }
        if (kind.get() == DbKind.SQLITE) {
            String file = database.get().strip();
            if (!file.isEmpty() && !file.equals(":memory:")) {
                file = baseDirectory.resolve(file).normalize().toString();
            }
            return new ConnectionProfile(name.get().strip(), DbKind.SQLITE, "", 0, file, "", PasswordSource.NONE, "",
                    "", Optional.of(schema.get().strip()), table.get().strip(), env, color.get());
        }
        return new ConnectionProfile(name.get().strip(), DbKind.POSTGRESQL, host.get().strip(), parsePort(),
                database.get().strip(), user.get().strip(), passwordSource.get(), sslMode.get().strip(), options,
                Optional.of(schema.get().strip()), table.get().strip(), env, color.get());
    }

    private int parsePort() {
        try {
            return Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void update() {
        if (editing.get().isEmpty()) {
            willConnectTo.set("");
            environmentText.set("");
            problems.set(List.of());
            dirty.set(false);
            return;
        }
        ConnectionProfile p = toProfile();
        willConnectTo.set(DatabaseTexts.willConnectTo(p));
        environmentText.set(DatabaseTexts.environment(p));
        List<String> list = new ArrayList<>();
        if (p.kind() == DbKind.POSTGRESQL && parsePort() < 0) {
            list.add("The port must be a number, not '" + port.get() + "'.");
        }
        p.validate().stream().map(DbIssue::message).filter(m -> !(parsePort() < 0 && m.startsWith("The port")))
                .forEach(list::add);
        problems.set(List.copyOf(list));
        dirty.set(!p.equals(editing.get().get()));
    }

    /** Adds a variable; {@code NAME=value} typed as the name is split. */
    public void addVariable(String nameOrAssignment, String value) {
        int eq = nameOrAssignment.indexOf('=');
        if (eq > 0 && value.isEmpty()) {
            environment.add(new Variable(nameOrAssignment.substring(0, eq).strip(), nameOrAssignment.substring(eq + 1)));
        } else {
            environment.add(new Variable(nameOrAssignment.strip(), value));
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<DbKind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<PasswordSource> passwordSourceProperty() {
        return passwordSource;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }

    public StringProperty schemaProperty() {
        return schema;
    }

    public StringProperty tableProperty() {
        return table;
    }

    public StringProperty colorProperty() {
        return color;
    }

    public ObservableList<Variable> environment() {
        return environment;
    }

    /** {@code postgresql://user@host:port/db, table schema.alembic_version}. */
    public ReadOnlyStringProperty willConnectToProperty() {
        return willConnectTo.getReadOnlyProperty();
    }

    /** The variables alembic runs with, secrets masked. */
    public ReadOnlyStringProperty environmentTextProperty() {
        return environmentText.getReadOnlyProperty();
    }

    /** Why the profile cannot be used as it stands; empty when it can. */
    public ReadOnlyObjectProperty<List<String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What prefilling from sqlalchemy.url and env.py said. */
    public ReadOnlyObjectProperty<List<String>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** True when the form differs from the profile loaded. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The profile being edited, as last loaded or saved. */
    public ReadOnlyObjectProperty<Optional<ConnectionProfile>> editingProperty() {
        return editing.getReadOnlyProperty();
    }
}
