package dev.retort.ui.upgrade;

import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabaseStatus;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.util.Duration;

/**
 * Re-reads one database through {@link DatabaseStates#refresh()} and hands back its new status:
 * the first status for that profile that is a new reading (another object than before, or one that
 * followed a "reading" status) and no longer reading. Gives up after a timeout. UI thread only.
 */
final class DatabaseRefresh {
    private final DatabaseStates states;
    private final String profileName;
    private final Consumer<Optional<DatabaseStatus>> done;
    private final DatabaseStatus before;
    private final PauseTransition timeout;
    private final ListChangeListener<DatabaseStatus> listener = c -> check();
    private boolean sawReading;
    private boolean finished;

    private DatabaseRefresh(DatabaseStates states, String profileName, Duration limit,
            Consumer<Optional<DatabaseStatus>> done) {
        this.states = states;
        this.profileName = profileName;
        this.done = done;
        this.before = find().orElse(null);
        this.timeout = new PauseTransition(limit);
        timeout.setOnFinished(e -> finish(Optional.empty()));
    }

    /** Starts a refresh; {@code done} gets the new status, or empty when none came within {@code limit}. */
    static DatabaseRefresh start(DatabaseStates states, String profileName, Duration limit,
            Consumer<Optional<DatabaseStatus>> done) {
        DatabaseRefresh refresh = new DatabaseRefresh(states, profileName, limit, done);
        states.statuses().addListener(refresh.listener);
        refresh.timeout.play();
        states.refresh();
        refresh.check();
        return refresh;
    }

    private Optional<DatabaseStatus> find() {
        return states.statuses().stream().filter(s -> s.profile().name().equals(profileName)).findFirst();
    }

    private void check() {
        Optional<DatabaseStatus> now = find();
        if (now.isEmpty() || finished) {
            return;
        }
        if (now.get().reading()) {
            sawReading = true;
            return;
        }
        if (now.get() != before || sawReading) {
            finish(now);
        }
    }

    private void finish(Optional<DatabaseStatus> status) {
        if (finished) {
            return;
        }
        finished = true;
        timeout.stop();
        states.statuses().removeListener(listener);
        done.accept(status);
    }

    /** Stops waiting without an answer. */
    void abandon() {
        finished = true;
        timeout.stop();
        states.statuses().removeListener(listener);
    }
}
