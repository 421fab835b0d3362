package dev.retort.ui.support;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.Secret;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableReader;
import dev.retort.db.VersionTableState;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A small {@link DatabaseStates} for tests and screenshots until the database overlay lands:
 * reads each profile's version table with {@link VersionTableReader} (SQLite or PostgreSQL).
 * Like the real one, {@link #refresh()} first marks every status "reading", then replaces it
 * with the new reading from a background thread, on the FX thread.
 */
public final class TestDatabaseStates implements DatabaseStates {
    private final ObservableList<DatabaseStatus> statuses = FXCollections.observableArrayList();
    private final List<ConnectionProfile> profiles;
    private final Supplier<Optional<RevisionGraph>> graph;
    public final AtomicInteger refreshes = new AtomicInteger();

    /**
     * @param graph the open project's graph, to resolve the rows against (current, pending)
     * @param profiles the connected databases
     */
    public TestDatabaseStates(Supplier<Optional<RevisionGraph>> graph, List<ConnectionProfile> profiles) {
        this.graph = graph;
        this.profiles = List.copyOf(profiles);
        List<DatabaseStatus> first = new ArrayList<>();
        for (ConnectionProfile p : profiles) {
            first.add(read(p));
        }
        statuses.setAll(first);
    }

    @Override
    public ObservableList<DatabaseStatus> statuses() {
        return statuses;
    }

    @Override
    public void refresh() {
        refreshes.incrementAndGet();
        statuses.setAll(statuses.stream().map(s -> new DatabaseStatus(s.profile(), s.table(), s.state(), true)).toList());
        CompletableFuture.supplyAsync(() -> profiles.stream().map(this::read).toList())
                .thenAccept(read -> Platform.runLater(() -> statuses.setAll(read)));
    }

    private DatabaseStatus read(ConnectionProfile profile) {
        VersionTableState table = new VersionTableReader().read(profile, Secret.none());
        Optional<VersionState> state = table.versionKnown()
                ? graph.get().map(g -> VersionState.resolve(g, table.rows())) : Optional.empty();
        return new DatabaseStatus(profile, Optional.of(table), state, false);
    }
}
