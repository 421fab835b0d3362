package dev.retort.ui.upgrade;

import dev.retort.runner.AlembicRun;
import dev.retort.runner.OutputLine;
import dev.retort.runner.RunListener;
import dev.retort.runner.RunResult;
import dev.retort.runner.UpgradeProgress;
import dev.retort.ui.task.TaskRunner;
import dev.retort.ui.task.UiBatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One alembic run as the wizard shows it: the lines (the newest {@link #MAX_VIEW_LINES}; the
 * run's own log keeps more for "Save log…"), the progress against the plan and the result, all
 * updated on the UI thread from batches the runner threads queue.
 */
public final class RunSession {
    /** Lines the log view holds; older ones are counted in {@link #hiddenLinesProperty()}. */
    public static final int MAX_VIEW_LINES = 5_000;

    private sealed interface Event permits Line, Progressed, Finished {
    }

    private record Line(OutputLine line) implements Event {
    }

    private record Progressed(UpgradeProgress.Progress progress) implements Event {
    }

    private record Finished(RunResult result) implements Event {
    }

    private final AlembicRun run;
    private final ObservableList<OutputLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper hiddenLines = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<UpgradeProgress.Progress> progress;
    private final ReadOnlyObjectWrapper<Optional<RunResult>> result = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Consumer<RunResult> onFinished;

    /**
     * Attaches to {@code run} (not started yet) and to {@code tracker}, which must already listen to it.
     *
     * @param onFinished called on the UI thread once, after the last line
     */
    RunSession(AlembicRun run, UpgradeProgress tracker, TaskRunner tasks, Consumer<RunResult> onFinished) {
        this.run = run;
        this.onFinished = onFinished;
        this.progress = new ReadOnlyObjectWrapper<>(tracker.snapshot());
        UiBatcher<Event> batcher = new UiBatcher<>(tasks, this::apply);
        tracker.addListener(p -> batcher.offer(new Progressed(p)));
        run.addListener(new RunListener() {
            @Override
            public void lineRead(OutputLine line) {
                batcher.offer(new Line(line));
            }

            @Override
            public void finished(RunResult r) {
                batcher.offer(new Finished(r));
            }
        });
    }

    private void apply(List<Event> batch) {
        List<OutputLine> added = batch.stream().filter(Line.class::isInstance).map(e -> ((Line) e).line()).toList();
        if (!added.isEmpty()) {
            lines.addAll(added);
            int excess = lines.size() - MAX_VIEW_LINES;
            if (excess > 0) {
                lines.remove(0, excess);
                hiddenLines.set(hiddenLines.get() + excess);
            }
        }
        for (Event e : batch) {
            if (e instanceof Progressed p) {
                progress.set(p.progress());
            } else if (e instanceof Finished f) {
                result.set(Optional.of(f.result()));
                onFinished.accept(f.result());
            }
        }
    }

    /** Asks the run to stop: the whole process tree ends (SIGTERM, a grace period, SIGKILL). */
    public void cancel() {
        run.cancel();
    }

    /** Time since alembic started, frozen once it ended. */
    public Duration elapsed() {
        return run.elapsed();
    }

    /** Writes the run's log (both streams, the last 10,000 lines) as UTF-8 text. */
    public void saveLog(Path file) throws IOException {
        run.log().writeTo(file);
    }

    /** The alembic process, once started. */
    public Optional<ProcessHandle> processHandle() {
        return run.processHandle();
    }

    /** The command as the user could type it, secrets masked. */
    public String commandLine() {
        return run.spec().display();
    }

    public ObservableList<OutputLine> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    public ReadOnlyLongProperty hiddenLinesProperty() {
        return hiddenLines.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UpgradeProgress.Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<RunResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    AlembicRun run() {
        return run;
    }
}
