package dev.retort.ui.main;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.model.graph.GraphSummary;
import dev.retort.ui.find.RevisionSearch;
import dev.retort.ui.find.SearchState;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the explorer window: which project is open, what is selected and searched, and
 * the status line. Views observe it and call its methods; it never touches a view.
 */
public final class ExplorerViewModel {
    /** One finished load; a new object each time so listeners fire on every reload. */
    public record Loaded(ProjectSnapshot snapshot, boolean reload) {
    }

    private final TaskRunner tasks;
    private final ProjectOpener opener;
    private final RecentProjects recentStore;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<String>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<String>> secondary = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<SelectionHighlight> highlight =
            new ReadOnlyObjectWrapper<>(SelectionHighlight.NONE);
    private final ReadOnlyObjectWrapper<SearchState> search = new ReadOnlyObjectWrapper<>(SearchState.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No project open");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private Optional<Path> location = Optional.empty();
    private Consumer<String> onRevealRequested = id -> { };
    /** A revision to go to as soon as a load has it (a file just written). */
    private Optional<String> pendingGoTo = Optional.empty();

    public ExplorerViewModel(TaskRunner tasks, ProjectOpener opener, RecentProjects recentStore) {
        this.tasks = tasks;
        this.opener = opener;
        this.recentStore = recentStore;
        recent.setAll(recentStore.load());
    }

    // ---- loading ------------------------------------------------------------------------

    public void open(Path path) {
        load(path, false);
    }

    /** Reads revision files in this order from now on, reloading the project when that changes it. */
    public void useLoadOrder(dev.retort.parsing.script.LoadOrder order) {
        if (opener.loadOrder() != order) {
            opener.setLoadOrder(order);
            reload();
        }
    }

    /** Reads the same project again, keeping selection and viewport. */
    public void reload() {
        location.ifPresent(path -> load(path, true));
    }

    /**
     * Reads the project again and goes to {@code id} once a load has it: the file watcher may
     * finish a reload that started before the file existed, so the first load without it waits.
     */
    public void reloadAndGoTo(String id) {
        pendingGoTo = Optional.of(id);
        reload();
    }

    private void load(Path path, boolean reload) {
        loading.set(true);
        error.set("");
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        tasks.submit((reload ? "Reloading " : "Opening ") + name, () -> opener.open(path),
                snapshot -> finished(snapshot, reload),
                failure -> {
                    loading.set(false);
                    error.set("Could not open " + path + ": " + describe(failure));
                });
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private void finished(ProjectSnapshot snapshot, boolean reload) {
        loading.set(false);
        boolean sameProject = location.map(l -> l.equals(snapshot.location())).orElse(false);
        location = Optional.of(snapshot.location());
        if (snapshot.project().config().isPresent()) {
            recent.setAll(recentStore.add(snapshot.location()));
        }
        boolean keep = reload && sameProject;
        if (!sameProject) {
            pendingGoTo = Optional.empty();
        }
        if (!keep) {
            selected.set(Optional.empty());
            secondary.set(Optional.empty());
            search.set(SearchState.EMPTY);
        } else {
            selected.set(selected.get().filter(snapshot.graph()::contains));
            secondary.set(secondary.get().filter(snapshot.graph()::contains));
        }
        snapshot.project().fatalMessage().ifPresent(m -> error.set("Not an Alembic project: " + m));
        status.set(statusLine(snapshot));
        loaded.set(new Loaded(snapshot, keep));
        refreshHighlight();
        if (keep && !search.get().query().isBlank()) {
            search(search.get().query());
        }
        pendingGoTo.filter(snapshot.graph()::contains).ifPresent(id -> {
            pendingGoTo = Optional.empty();
            goTo(id);
        });
    }

    static String statusLine(ProjectSnapshot snapshot) {
        GraphSummary s = snapshot.project().summary();
        long problems = snapshot.project().diagnostics().stream().filter(d -> d.severity() != Severity.INFO).count();
        return String.format(java.util.Locale.ROOT,
                "%,d revisions · %d head%s · %d branch point%s · %d merge%s · %d problem%s · loaded in %d ms, layout %d ms",
                s.revisions(), s.heads().size(), plural(s.heads().size()), s.branchPoints().size(),
                plural(s.branchPoints().size()), s.mergePoints().size(), plural(s.mergePoints().size()), problems,
                plural((int) problems), snapshot.loadTime().toMillis(), snapshot.layoutTime().toMillis());
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    public Optional<ProjectSnapshot> snapshot() {
        return Optional.ofNullable(loaded.get()).map(Loaded::snapshot);
    }

    /** Revisions with a diagnostic of this severity (multiple heads is the banner's job, not a mark). */
    public static Set<String> revisionsWith(List<Diagnostic> diagnostics, Severity severity) {
        Set<String> ids = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity() == severity && d.code() != DiagnosticCode.MULTIPLE_HEADS) {
                d.revisionId().ifPresent(ids::add);
            }
        }
        return ids;
    }

    // ---- selection ----------------------------------------------------------------------

    /** Selects one revision (or none), as a plain click does. */
    public void select(Optional<String> id) {
        selected.set(id.filter(this::exists));
        secondary.set(Optional.empty());
        refreshHighlight();
    }

    public void select(String id) {
        select(Optional.of(id));
    }

    /** Ctrl+click: the first selection stays, this one becomes the second (path between them). */
    public void selectAdditive(String id) {
        if (!exists(id)) {
            return;
        }
        if (selected.get().isEmpty() || selected.get().get().equals(id)) {
            select(id);
            return;
        }
        secondary.set(Optional.of(id));
        refreshHighlight();
    }

    private boolean exists(String id) {
        return snapshot().map(s -> s.graph().contains(id)).orElse(false);
    }

    private void refreshHighlight() {
        highlight.set(snapshot().map(s -> SelectionHighlight.of(s.graph(), s.layout(), selected.get(),
                secondary.get())).orElse(SelectionHighlight.NONE));
    }

    /** Selects a revision and asks the view to bring it into sight. */
    public void goTo(String id) {
        select(id);
        if (exists(id)) {
            onRevealRequested.accept(id);
        }
    }

    public void setOnRevealRequested(Consumer<String> action) {
        onRevealRequested = action;
    }

    // ---- find ---------------------------------------------------------------------------

    public void search(String query) {
        SearchState state = snapshot().map(s -> SearchState.of(query, RevisionSearch.find(s.graph(), s.layout(), query)))
                .orElse(SearchState.EMPTY);
        search.set(state);
        state.current().ifPresent(this::goTo);
    }

    public void findNext() {
        moveSearch(search.get().next());
    }

    public void findPrevious() {
        moveSearch(search.get().previous());
    }

    private void moveSearch(SearchState state) {
        search.set(state);
        state.current().ifPresent(this::goTo);
    }

    // ---- properties ---------------------------------------------------------------------

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<String>> secondaryProperty() {
        return secondary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SelectionHighlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SearchState> searchProperty() {
        return search.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a problem that is not about a project (bad command line, missing demo). */
    public void reportError(String message) {
        error.set(message);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Path> recentProjects() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public void forgetRecent(Path path) {
        recent.setAll(recentStore.remove(path));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Optional<Path> location() {
        return location;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
