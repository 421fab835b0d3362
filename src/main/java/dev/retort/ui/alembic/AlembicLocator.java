package dev.retort.ui.alembic;

import dev.retort.model.release.AlembicRelease;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.AlembicInstallation;
import dev.retort.runner.DiscoveryResult;
import dev.retort.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which alembic the window uses: discovery ({@link AlembicDiscovery}) for the open project's
 * folder, with the path from the preferences tried first, re-run when the project or the
 * preferences change. Also the revision-file order that follows from it. Touch on the UI thread.
 */
public final class AlembicLocator {
    private final AlembicSetup setup;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Optional<DiscoveryResult>> result = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<AlembicPreferences> preferences;
    private final ReadOnlyObjectWrapper<LoadOrder> loadOrder = new ReadOnlyObjectWrapper<>();
    private Optional<Path> projectDirectory = Optional.empty();
    private int generation;

    public AlembicLocator(AlembicSetup setup, TaskRunner tasks) {
        this.setup = setup;
        this.tasks = tasks;
        this.preferences = new ReadOnlyObjectWrapper<>(setup.preferences().load());
        updateLoadOrder();
    }

    /**
     * A project folder was opened: alembic is looked for there (its virtualenv), at once when the
     * setup is eager, else at the next {@link #ensureDiscovered()}.
     */
    public void projectOpened(Path directory) {
        Path normalized = directory.toAbsolutePath().normalize();
        if (projectDirectory.equals(Optional.of(normalized))) {
            return;
        }
        projectDirectory = Optional.of(normalized);
        if (setup.eager()) {
            discover();
        } else {
            generation++;
            searching.set(false);
            result.set(Optional.empty());
        }
    }

    /** Looks for alembic unless it was looked for already (or is being looked for). */
    public void ensureDiscovered() {
        if (result.get().isEmpty() && !searching.get()) {
            discover();
        }
    }

    /** Saves new preferences and looks again. */
    public void setPreferences(AlembicPreferences next) {
        setup.preferences().save(next);
        preferences.set(next);
        updateLoadOrder();
        discover();
    }

    /** Looks again (the user installed alembic, or changed the virtualenv). */
    public void discover() {
        int token = ++generation;
        searching.set(true);
        Optional<Path> preferred = preferences.get().alembicPath();
        Path directory = projectDirectory.orElse(Path.of(System.getProperty("user.home", ".")));
        AlembicDiscovery discovery = new AlembicDiscovery(setup.runner(), setup.discovery());
        tasks.submit("Looking for alembic", () -> discovery.discover(preferred, directory), found -> {
            if (token == generation) {
                finished(found);
            }
        }, failure -> {
            if (token == generation) {
                finished(new DiscoveryResult(Optional.empty(), List.of(), "Looking for alembic failed: "
                        + failure.getMessage()));
            }
        });
    }

    private void finished(DiscoveryResult found) {
        result.set(Optional.of(found));
        searching.set(false);
        updateLoadOrder();
    }

    private void updateLoadOrder() {
        loadOrder.set(preferences.get().loadOrder().resolve(release()));
    }

    /** The alembic found, if any (empty while looking). */
    public Optional<AlembicInstallation> installation() {
        return result.get().flatMap(DiscoveryResult::installation);
    }

    /** Its release, if one was found. */
    public Optional<AlembicRelease> release() {
        return installation().map(AlembicInstallation::release);
    }

    /** One line: the alembic used, that none was found, or that Retort is looking. */
    public String summary() {
        if (searching.get() || result.get().isEmpty()) {
            return "Looking for alembic…";
        }
        return installation().map(i -> "alembic " + i.release() + " · " + String.join(" ", i.argvPrefix()) + " ("
                + i.source().label() + ")").orElse("No alembic found");
    }

    /** The revision-file order, in words, and why. */
    public String loadOrderText() {
        LoadOrder order = loadOrder.get();
        String how = order == LoadOrder.SORTED ? "sorted by name" : "in directory order";
        return switch (preferences.get().loadOrder()) {
            case AUTOMATIC -> release().map(r -> "Revision files are read " + how + ", as alembic " + r + " reads them.")
                    .orElse("Revision files are read " + how + " (alembic 1.10 and later; no alembic was found).");
            case SORTED, DIRECTORY -> "Revision files are read " + how + ", as set in Preferences.";
        };
    }

    public ReadOnlyObjectProperty<Optional<DiscoveryResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlembicPreferences> preferencesProperty() {
        return preferences.getReadOnlyProperty();
    }

    /** The order revision files should be read in now. */
    public ReadOnlyObjectProperty<LoadOrder> loadOrderProperty() {
        return loadOrder.getReadOnlyProperty();
    }

    public AlembicSetup setup() {
        return setup;
    }
}
