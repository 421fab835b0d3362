package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbIssue;
import dev.retort.db.DbKind;
import dev.retort.db.PasswordSource;
import dev.retort.db.ProfileStore;
import dev.retort.db.Secret;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The databases of the open project: its connection profiles (saved per project, never with a
 * password), where each database stands, and the overlay the window draws from that.
 *
 * <p>Reads run in the background through the {@link TaskRunner}; a database that does not answer
 * only keeps its own entry "reading…" until the reader's timeouts end it. A project reload
 * places the rows already read on the new graph without connecting again; {@link #refresh()}
 * reads every database again. Use on the FX thread only.
 */
public final class DatabasesModel implements DatabaseStates {
    /** The outcome of "Test connection": the table as read and, when it could be read, its place on the graph. */
    public record ConnectionTest(VersionTableState table, Optional<VersionState> state) {
        /** One line: the graph's verdict when connected, else the reader's message. */
        public String text() {
            if (table.status() == Status.CONNECTED || table.status() == Status.EMPTY_TABLE) {
                return "Connected: " + state.map(VersionState::summary).orElse(table.message());
            }
            return table.message();
        }

        public boolean ok() {
            return table.versionKnown();
        }
    }

    private record Read(VersionTableState table, Optional<VersionState> state, RevisionGraph graph) {
    }

    private final TaskRunner tasks;
    private final ProfileStorage storage;
    private final VersionTableSource reader;
    private final PasswordPrompt prompt;
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<DatabaseStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<DatabaseStatus> statusView = FXCollections.unmodifiableObservableList(statuses);
    private final ReadOnlyObjectWrapper<DatabaseOverlay> overlay = new ReadOnlyObjectWrapper<>(DatabaseOverlay.EMPTY);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final SessionPasswords passwords = new SessionPasswords();
    private final Map<String, Long> generations = new HashMap<>();
    private long generation;
    private Optional<Path> root = Optional.empty();
    private Optional<AlembicConfig> config = Optional.empty();
    private RevisionGraph graph;

    public DatabasesModel(TaskRunner tasks, ProfileStorage storage, VersionTableSource reader, PasswordPrompt prompt) {
        this.tasks = tasks;
        this.storage = storage;
        this.reader = reader;
        this.prompt = prompt;
        statuses.addListener((ListChangeListener<DatabaseStatus>) c -> overlay.set(DatabaseOverlay.of(statuses)));
    }

    /** Profiles kept in memory, the real reader, no password prompt: for windows built without databases. */
    public static DatabasesModel inMemory(TaskRunner tasks) {
        return new DatabasesModel(tasks, ProfileStorage.inMemory(), VersionTableSource.standard(), PasswordPrompt.NONE);
    }

    // ---- the project ---------------------------------------------------------------------

    /**
     * A project was opened or reloaded. A reload (F5, the file watcher) only re-resolves the rows
     * already read against the new graph, without connecting; opening a project loads its
     * profiles and reads them (without asking for passwords: that waits for an explicit refresh).
     *
     * @param reload true for a reload of the project shown now
     */
    public void projectLoaded(ProjectSnapshot snapshot, boolean reload) {
        Path newRoot = projectRoot(snapshot);
        config = snapshot.project().config();
        graph = snapshot.graph();
        boolean sameRoot = root.equals(Optional.of(newRoot));
        if (reload && sameRoot) {
            reresolve();
            return;
        }
        if (!sameRoot) {
            passwords.clear();
        }
        root = Optional.of(newRoot);
        generations.clear();
        ProfileStore.Loaded loaded = storage.load(newRoot);
        notice.set(loaded.issues().stream().map(DbIssue::message).findFirst().orElse(""));
        profiles.setAll(loaded.profiles());
        statuses.setAll(loaded.profiles().stream().map(DatabasesModel::unread).toList());
        readAll(false);
    }

    /** The folder profiles are filed under: alembic's working directory, as the CLI's --profile uses. */
    public static Path projectRoot(ProjectSnapshot snapshot) {
        return snapshot.project().config().map(AlembicConfig::workingDirectory).orElse(snapshot.folder());
    }

    public Optional<Path> root() {
        return root;
    }

    private void reresolve() {
        RevisionGraph target = graph;
        List<DatabaseStatus> before = List.copyOf(statuses);
        tasks.submit("Placing databases on the graph", () -> before.stream().map(s -> resolved(s, target)).toList(),
                after -> {
                    for (DatabaseStatus s : after) {
                        int index = indexOf(s.profile().name());
                        // a read that finished meanwhile already used the new graph
                        if (index >= 0 && statuses.get(index).table().equals(s.table()) && target == graph) {
                            statuses.set(index, new DatabaseStatus(s.profile(), s.table(), s.state(),
                                    statuses.get(index).reading()));
                        }
                    }
                }, failure -> notice.set("Could not place the databases on the graph: " + failure));
    }

    private static DatabaseStatus resolved(DatabaseStatus s, RevisionGraph graph) {
        return new DatabaseStatus(s.profile(), s.table(), s.table().flatMap(t -> resolve(t, graph)), s.reading());
    }

    private static Optional<VersionState> resolve(VersionTableState table, RevisionGraph graph) {
        return graph == null ? Optional.empty() : table.alembicRows().map(rows -> VersionState.resolve(graph, rows));
    }

    // ---- reading -------------------------------------------------------------------------

    @Override
    public ObservableList<DatabaseStatus> statuses() {
        return statusView;
    }

    /** Reads every database again, asking for passwords this session does not have yet. */
    @Override
    public void refresh() {
        readAll(true);
    }

    private void readAll(boolean ask) {
        for (ConnectionProfile p : List.copyOf(profiles)) {
            read(p, ask);
        }
    }

    private void read(ConnectionProfile profile, boolean ask) {
        Optional<Secret> secret = password(profile, ask);
        if (secret.isEmpty() && needsPrompt(profile)) {
            generations.put(profile.name(), ++generation);
            set(new DatabaseStatus(profile, Optional.of(DatabaseTexts.passwordNeededState(profile)), Optional.empty(),
                    false));
            return;
        }
        long mine = ++generation;
        generations.put(profile.name(), mine);
        int index = indexOf(profile.name());
        DatabaseStatus previous = index >= 0 ? statuses.get(index) : unread(profile);
        set(new DatabaseStatus(profile, previous.table(), previous.state(), true));
        RevisionGraph target = graph;
        Secret password = secret.orElse(Secret.none());
        tasks.submit("Reading " + profile.name(), () -> {
            VersionTableState table = reader.read(profile, password);
            return new Read(table, resolve(table, target), target);
        }, done -> finished(profile, mine, secret.isPresent(), done), failure -> finished(profile, mine,
                secret.isPresent(), new Read(crashed(profile, failure), Optional.empty(), target)));
    }

    private void finished(ConnectionProfile profile, long mine, boolean usedSessionPassword, Read done) {
        if (!Long.valueOf(mine).equals(generations.get(profile.name())) || indexOf(profile.name()) < 0) {
            return;
        }
        if (usedSessionPassword && done.table().status() == Status.AUTHENTICATION_FAILED) {
            passwords.forget(profile);
        }
        Optional<VersionState> state = done.graph() == graph ? done.state() : resolve(done.table(), graph);
        set(new DatabaseStatus(profile, Optional.of(done.table()), state, false));
    }

    /** The reader never throws; should it anyway, the user gets a line, not a stack trace. */
    private static VersionTableState crashed(ConnectionProfile profile, Throwable failure) {
        return new VersionTableState(Status.DRIVER_ERROR, List.of(), "Reading " + profile.target() + " failed: "
                + failure.getClass().getSimpleName() + ".", Optional.empty(), profile.target(),
                profile.versionTableDisplay());
    }

    private static boolean needsPrompt(ConnectionProfile p) {
        return p.kind() == DbKind.POSTGRESQL && p.passwordSource() == PasswordSource.PROMPT;
    }

    /**
     * The session's password for a prompting profile, asking for it when allowed; the prompt
     * shows why the last one was refused.
     */
    private Optional<Secret> password(ConnectionProfile profile, boolean ask) {
        if (!needsPrompt(profile)) {
            return Optional.empty();
        }
        Optional<Secret> known = passwords.get(profile);
        if (known.isPresent() || !ask) {
            return known;
        }
        Optional<String> reason = statusOf(profile.name()).flatMap(DatabaseStatus::table)
                .filter(t -> t.status() == Status.AUTHENTICATION_FAILED && !DatabaseTexts.passwordNeeded(t))
                .map(VersionTableState::message);
        Optional<Secret> typed = prompt.ask(profile, reason).flatMap(Secret::nonEmpty);
        typed.ifPresent(s -> passwords.put(profile, s));
        return typed;
    }

    /**
     * Reads a profile as edited (not yet saved) and reports the outcome; asks for its password
     * if needed. A password that worked is kept for the session.
     */
    public void testConnection(ConnectionProfile profile, Consumer<ConnectionTest> done) {
        Optional<Secret> secret = password(profile, true);
        if (secret.isEmpty() && needsPrompt(profile)) {
            done.accept(new ConnectionTest(DatabaseTexts.passwordNeededState(profile), Optional.empty()));
            return;
        }
        RevisionGraph target = graph;
        tasks.submit("Testing " + profile.name(), () -> {
            VersionTableState table = reader.read(profile, secret.orElse(Secret.none()));
            return new ConnectionTest(table, resolve(table, target));
        }, test -> {
            if (secret.isPresent() && test.table().status() == Status.AUTHENTICATION_FAILED) {
                passwords.forget(profile);
            }
            done.accept(test);
        }, failure -> done.accept(new ConnectionTest(crashed(profile, failure), Optional.empty())));
    }

    // ---- editing -------------------------------------------------------------------------

    /** The project's profiles, in the user's order. */
    public ObservableList<ConnectionProfile> profiles() {
        return FXCollections.unmodifiableObservableList(profiles);
    }

    /** A profile prefilled from the project's sqlalchemy.url and env.py, not added yet. */
    public NewProfile draft() {
        return NewProfile.draft(config, profiles);
    }

    /**
     * Adds a profile, saves, and reads it.
     *
     * @param sessionPassword a password to use this session (the one written in sqlalchemy.url)
     * @return why it was not added (a name clash), or what saving reported
     */
    public List<String> add(ConnectionProfile profile, Optional<Secret> sessionPassword) {
        if (indexOf(profile.name()) >= 0) {
            return List.of("A profile named \"" + profile.name() + "\" exists already.");
        }
        sessionPassword.flatMap(Secret::nonEmpty).ifPresent(s -> passwords.put(profile, s));
        profiles.add(profile);
        statuses.add(unread(profile));
        List<String> saved = save();
        read(profile, false);
        return saved;
    }

    /** Replaces the profile named {@code oldName} with an edited one, saves, and reads it again. */
    public List<String> replace(String oldName, ConnectionProfile profile) {
        int index = indexOf(oldName);
        if (index < 0) {
            return List.of("There is no profile named \"" + oldName + "\" any more.");
        }
        if (!oldName.equals(profile.name()) && indexOf(profile.name()) >= 0) {
            return List.of("A profile named \"" + profile.name() + "\" exists already.");
        }
        passwords.rename(profiles.get(index), profile);
        generations.remove(oldName);
        profiles.set(index, profile);
        statuses.set(index, unread(profile));
        List<String> saved = save();
        read(profile, false);
        return saved;
    }

    /** Adds a copy named "name copy" with the next free colour; returns it. */
    public Optional<ConnectionProfile> duplicate(String name) {
        int index = indexOf(name);
        if (index < 0) {
            return Optional.empty();
        }
        ConnectionProfile original = profiles.get(index);
        ConnectionProfile copy = original.withName(NewProfile.uniqueName(original.name() + " copy",
                profiles.stream().map(ConnectionProfile::name).collect(java.util.stream.Collectors.toSet())))
                .withColor(NewProfile.freeColor(profiles));
        add(copy, passwords.get(original));
        return Optional.of(copy);
    }

    public void remove(String name) {
        int index = indexOf(name);
        if (index >= 0) {
            passwords.forget(profiles.get(index));
            generations.remove(name);
            profiles.remove(index);
            statuses.remove(index);
            save();
        }
    }

    /** Moves a profile up (negative) or down (positive) in the list; its colour stays. */
    public void move(String name, int delta) {
        int from = indexOf(name);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= profiles.size()) {
            return;
        }
        // whole-list replacements, so listeners never see the two lists out of step
        List<ConnectionProfile> ps = new ArrayList<>(profiles);
        ps.add(to, ps.remove(from));
        List<DatabaseStatus> ss = new ArrayList<>(statuses);
        ss.add(to, ss.remove(from));
        profiles.setAll(ps);
        statuses.setAll(ss);
        save();
    }

    private List<String> save() {
        if (root.isEmpty()) {
            return List.of("Open a project first: profiles are saved per project.");
        }
        List<String> messages = storage.save(root.get(), List.copyOf(profiles)).stream().map(DbIssue::message)
                .toList();
        notice.set(messages.isEmpty() ? "" : String.join(" ", messages));
        return messages;
    }

    // ---- state ---------------------------------------------------------------------------

    public Optional<DatabaseStatus> statusOf(String name) {
        return statuses.stream().filter(s -> s.profile().name().equals(name)).findFirst();
    }

    /** What the graph, legend, status bar and problems pane show; replaced on every change. */
    public ReadOnlyObjectProperty<DatabaseOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** The last thing the profile file said (could not be read or written, a secret left out); "" when fine. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private void set(DatabaseStatus status) {
        int index = indexOf(status.profile().name());
        if (index >= 0) {
            statuses.set(index, status);
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static DatabaseStatus unread(ConnectionProfile profile) {
        return new DatabaseStatus(profile, Optional.empty(), Optional.empty(), false);
    }

    /** Names in order, for tests and menus. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        profiles.forEach(p -> names.add(p.name()));
        return names;
    }
}
