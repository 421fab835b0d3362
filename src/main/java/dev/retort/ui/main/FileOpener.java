package dev.retort.ui.main;

import java.nio.file.Path;

/** Opens a file in the user's editor. The app supplies the real one; tests record calls. */
@FunctionalInterface
public interface FileOpener {
    void open(Path file) throws Exception;
}
