package dev.retort.ui.details;

import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.task.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The details pane's state: the selected revision's facts and its file's text (read in the background). */
public final class DetailsViewModel {
    /** Files larger than this are shown cut: a migration that big is data, not code to read. */
    static final int MAX_SOURCE_CHARS = 400_000;

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Optional<RevisionDetails>> details = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private long generation;

    public DetailsViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    public void show(Optional<ProjectSnapshot> snapshot, Optional<String> id) {
        Optional<RevisionDetails> next = snapshot.flatMap(s -> id.flatMap(s.graph()::revision)
                .map(rev -> RevisionDetails.of(s.graph(), rev, s.project().diagnostics())));
        details.set(next);
        long mine = ++generation;
        if (next.isEmpty()) {
            source.set("");
            return;
        }
        // Always read again: after a reload the same file may hold new text.
        Path file = next.get().path();
        tasks.submit("Reading " + file.getFileName(), () -> read(file), text -> {
            if (mine == generation) {
                source.set(text);
            }
        }, failure -> {
            if (mine == generation) {
                source.set("# Could not read " + file + ": " + failure.getMessage());
            }
        });
    }

    static String read(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.length() > MAX_SOURCE_CHARS) {
            return text.substring(0, MAX_SOURCE_CHARS) + "\n# … (file cut for display)\n";
        }
        return text;
    }

    public ReadOnlyObjectProperty<Optional<RevisionDetails>> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }
}
