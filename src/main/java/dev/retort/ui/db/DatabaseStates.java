package dev.retort.ui.db;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The databases connected for the open project and where each stands; wizards read it (the
 * merge wizard shows which heads a database already has, the upgrade wizard plans from it).
 * The list changes on the JavaFX thread only.
 */
public interface DatabaseStates {
    /** One entry per connected profile, in the user's order. */
    ObservableList<DatabaseStatus> statuses();

    /** Reads every version table again, in the background. */
    void refresh();

    /** True only for {@link #none()}: a window given it keeps profiles of its own, in memory. */
    default boolean isNone() {
        return false;
    }

    /** No database connected: what the window uses until the user connects one. */
    static DatabaseStates none() {
        ObservableList<DatabaseStatus> empty = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList());
        return new DatabaseStates() {
            @Override
            public ObservableList<DatabaseStatus> statuses() {
                return empty;
            }

            @Override
            public void refresh() {
            }

            @Override
            public boolean isNone() {
                return true;
            }
        };
    }
}
