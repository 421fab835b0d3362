package dev.retort.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The modal questions the window asks; tests replace them with canned answers. */
public interface Dialogs {
    Optional<Path> chooseProject(Window owner, Optional<Path> start);

    /** @param extension without the dot: png, svg, dot */
    Optional<Path> chooseExportFile(Window owner, String extension, String suggestedName);

    void showError(Window owner, String title, String message);

    /** Asks before something that cannot be undone; true when the user chose {@code action}. */
    boolean confirm(Window owner, String title, String message, String action);

    /** A file to write, e.g. a log. */
    Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName);
}
