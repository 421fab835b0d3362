package dev.retort.ui.upgrade;

import dev.retort.runner.UpgradeProgress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Step 3: alembic running. The progress bar counts alembic's "Running upgrade A -> B" lines
 * against the plan ("Step 2 of 3"), the log shows everything alembic prints, coloured by level,
 * and the clock runs until alembic ends.
 */
final class RunPage {
    private final UpgradeWizardModel model;
    private final VBox root = new VBox(8);
    private final TextArea command = new TextArea();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label step = new Label();
    private final Label elapsed = new Label();
    private final Label disagreement = new Label();
    private final Label hidden = new Label();
    private final LogView log = new LogView("runLog");
    private final Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.millis(200), e -> tick()));

    RunPage(UpgradeWizardModel model) {
        this.model = model;
        root.setId("runPage");
        command.setId("runCommand");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(2);
        command.getStyleClass().add("mono");
        bar.setId("runProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        step.setId("runStepLabel");
        step.setWrapText(true);
        step.getStyleClass().add("run-step");
        elapsed.setId("elapsedLabel");
        elapsed.getStyleClass().add("mono");
        disagreement.setId("runDisagreement");
        disagreement.getStyleClass().add("plan-error");
        disagreement.setWrapText(true);
        hidden.getStyleClass().add("hint");
        HBox barLine = new HBox(10, bar, elapsed);
        HBox.setHgrow(bar, Priority.ALWAYS);
        root.getChildren().addAll(command, barLine, step, disagreement, log.node(), hidden);
        VBox.setVgrow(log.node(), Priority.ALWAYS);
        clock.setCycleCount(Timeline.INDEFINITE);
        model.sessionProperty().addListener((o, a, b) -> b.ifPresent(this::attach));
        model.stateProperty().addListener((o, a, b) -> stateChanged(b));
    }

    private void attach(RunSession session) {
        command.setText(session.commandLine());
        log.show(session.lines());
        session.progressProperty().addListener((o, a, b) -> progressed(b));
        session.hiddenLinesProperty().addListener((o, a, b) -> hidden.setText(b.longValue() == 0 ? ""
                : b + " earlier lines are not shown here; Save log… keeps the last 10,000."));
        progressed(session.progressProperty().get());
    }

    private void stateChanged(WizardState state) {
        if (state.alembicRunning()) {
            clock.play();
        } else {
            clock.stop();
            tick();
        }
        progressed(model.sessionProperty().get().map(s -> s.progressProperty().get()).orElse(null));
    }

    private void tick() {
        Duration d = model.sessionProperty().get().map(RunSession::elapsed).orElse(Duration.ZERO);
        elapsed.setText(clockText(d));
    }

    static String clockText(Duration d) {
        long tenths = d.toMillis() / 100;
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, (tenths / 10) % 60, tenths % 10);
    }

    private void progressed(UpgradeProgress.Progress p) {
        if (p == null) {
            return;
        }
        WizardState state = model.stateProperty().get();
        int total = p.total();
        boolean ended = p.finalState().isPresent();
        int done = ended && p.finalState().get() == dev.retort.runner.RunState.SUCCEEDED ? total
                : Math.max(0, p.runningNumber() - 1);
        if (total == 0) {
            bar.setProgress(ended ? 1 : ProgressBar.INDETERMINATE_PROGRESS);
        } else if (!ended && p.started() == 0) {
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        } else {
            // a running step counts half: the bar moves when alembic announces it
            double running = !ended && p.runningNumber() > 0 ? 0.5 : 0;
            bar.setProgress(Math.min(1, (done + running) / total));
        }
        String where = p.running().map(s -> s.logLine()).or(() -> p.lastLine().map(Object::toString)).orElse("");
        if (state == WizardState.CANCELLING) {
            step.setText("Stopping alembic (its whole process tree)…");
        } else if (!ended) {
            step.setText(total == 0 ? (where.isEmpty() ? "alembic is starting…" : where)
                    : p.started() == 0 ? "Step 0 of " + total + ": alembic is starting (importing env.py, connecting)…"
                            : "Step " + (p.runningNumber() > 0 ? p.runningNumber() : "?") + " of " + total + ": "
                                    + where);
        } else {
            step.setText(switch (p.finalState().get()) {
                case SUCCEEDED -> "Finished: " + total + " of " + total + " steps ran.";
                case CANCELLED -> "Stopped during step " + p.runningNumber() + " of " + total + ".";
                default -> "alembic failed during step " + p.runningNumber() + " of " + total + (where.isEmpty() ? ""
                        : ": " + where);
            });
        }
        String disagreements = String.join("\n", p.disagreements());
        disagreement.setText(disagreements.isEmpty() ? "" : "Retort's plan and alembic disagree:\n" + disagreements);
        disagreement.setVisible(!disagreements.isEmpty());
        disagreement.setManaged(!disagreements.isEmpty());
    }

    Node node() {
        return root;
    }

    Optional<RunSession> session() {
        return model.sessionProperty().get();
    }
}
