package dev.retort.ui.main;

import dev.retort.ui.task.TaskRunner;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Watches the version folders and asks for a reload when files change there. Editors and
 * {@code alembic revision} write in several steps (temp file, rename, .pyc), so changes are
 * debounced: the reload runs once things have been quiet for {@link #QUIET}.
 */
public final class FolderWatcher {
    public static final Duration QUIET = Duration.millis(400);
    private final TaskRunner tasks;
    private final PauseTransition debounce = new PauseTransition(QUIET);
    private WatchService service;
    private TaskRunner.Cancellable loop = TaskRunner.Cancellable.NONE;

    public FolderWatcher(TaskRunner tasks, Runnable onChange) {
        this.tasks = tasks;
        debounce.setOnFinished(e -> onChange.run());
    }

    /** Watches exactly these folders from now on (none stops watching). */
    public void watch(List<Path> folders) {
        stop();
        if (folders.isEmpty()) {
            return;
        }
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                folder.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
            service = ws;
            loop = tasks.loop("watch version folders", () -> poll(ws));
        } catch (IOException | UnsupportedOperationException e) {
            // Without a watcher F5 still works; nothing to tell the user about.
        }
    }

    private void poll(WatchService ws) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = ws.take();
                boolean relevant = key.pollEvents().stream().anyMatch(ev -> relevant(ev.context()));
                key.reset();
                if (relevant) {
                    tasks.onUiThread(debounce::playFromStart);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bytecode caches and editor swap files do not change the history. */
    static boolean relevant(Object context) {
        String name = String.valueOf(context);
        return !(name.equals("__pycache__") || name.endsWith(".pyc") || name.endsWith(".swp")
                || name.endsWith("~") || name.startsWith(".#"));
    }

    public void stop() {
        loop.cancel();
        loop = TaskRunner.Cancellable.NONE;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // closing a watch service only fails if it is already closed
            }
            service = null;
        }
    }
}
