package dev.retort.ui.upgrade;

import dev.retort.db.VersionTableState;
import dev.retort.runner.AlembicCommand;
import dev.retort.runner.AlembicRun;
import dev.retort.runner.RunOptions;
import dev.retort.runner.RunResult;
import dev.retort.runner.SqlPreview;
import dev.retort.runner.SqlPreviewResult;
import dev.retort.runner.UpgradeProgress;
import dev.retort.ui.alembic.AlembicLocator;
import dev.retort.ui.db.DatabaseStates;
import dev.retort.ui.db.DatabaseStatus;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.task.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The upgrade wizard's one model: what the user chose (database, operation, target), the plan
 * that follows, and the explicit moves of {@link WizardState} through preview, run and verify.
 * Views observe its read-only properties and call its methods; UI thread only. Work that
 * blocks (starting processes) goes through the {@link TaskRunner}.
 */
public final class UpgradeWizardModel {
    /** How long Verify waits for the database to be re-read. */
    static final Duration REFRESH_LIMIT = Duration.ofSeconds(30);

    private final TaskRunner tasks;
    private final AlembicLocator alembic;
    private final DatabaseStates databases;
    private final ReadOnlyObjectWrapper<WizardState> state = new ReadOnlyObjectWrapper<>(WizardState.PLANNING);
    private final ReadOnlyObjectWrapper<Optional<ProjectSnapshot>> snapshot = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<UpgradeOperation> operation = new ReadOnlyObjectWrapper<>(UpgradeOperation.UPGRADE);
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper(UpgradeOperation.UPGRADE.defaultTarget());
    private final ReadOnlyObjectWrapper<Optional<String>> database = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Boolean> confirmed = new ReadOnlyObjectWrapper<>(false);
    private final ReadOnlyObjectWrapper<WizardPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper commandLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<SqlPreviewResult>> preview = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<RunSession>> session = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Verification.Report>> report = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<List<String>> rowsShown = new ReadOnlyObjectWrapper<>(List.of());
    private Optional<SqlPreview.Pending> pendingPreview = Optional.empty();
    private Optional<DatabaseRefresh> refresh = Optional.empty();
    private int previewToken;

    public UpgradeWizardModel(TaskRunner tasks, AlembicLocator alembic, DatabaseStates databases) {
        this.tasks = tasks;
        this.alembic = alembic;
        this.databases = databases;
        databases.statuses().addListener((ListChangeListener<DatabaseStatus>) c -> inputsChanged());
        alembic.resultProperty().addListener((o, a, b) -> inputsChanged());
        replan();
    }

    // ---- inputs (PLANNING) ----------------------------------------------------------------

    /** The project as loaded now; a reload while planning or previewing plans again. */
    public void setSnapshot(ProjectSnapshot next) {
        snapshot.set(Optional.of(next));
        inputsChanged();
    }

    public void setOperation(UpgradeOperation next) {
        if (next != operation.get()) {
            operation.set(next);
            target.set(next.defaultTarget());
            confirmed.set(false);
            inputsChanged();
        }
    }

    public void setTarget(String next) {
        target.set(next);
        inputsChanged();
    }

    /** Chooses the database by its profile name. */
    public void selectDatabase(String profileName) {
        database.set(Optional.of(profileName));
        confirmed.set(false);
        inputsChanged();
    }

    /** The stronger confirmation downgrade and stamp need. */
    public void setConfirmed(boolean value) {
        confirmed.set(value);
        replan();
    }

    private void inputsChanged() {
        WizardState now = state.get();
        if (now == WizardState.PREVIEWING || now == WizardState.PREVIEWED) {
            WizardPlan before = plan.get();
            replan();
            if (!before.equals(plan.get())) {
                back();
            }
        } else if (now == WizardState.PLANNING) {
            replan();
        }
    }

    private void replan() {
        Optional<DatabaseStatus> status = chosenStatus();
        if (database.get().isEmpty() && status.isPresent()) {
            database.set(Optional.of(status.get().profile().name()));
        }
        Optional<List<String>> rows = status.flatMap(DatabaseStatus::table).flatMap(VersionTableState::alembicRows);
        WizardPlan next;
        if (snapshot.get().isEmpty() || snapshot.get().get().project().config().isEmpty()) {
            next = WizardPlan.failed(operation.get(), List.of(), target.get(), "Open an Alembic project first.");
        } else if (status.isEmpty()) {
            next = WizardPlan.failed(operation.get(), List.of(), target.get(), databases.statuses().isEmpty()
                    ? "No database is connected. Connect one (its connection profile) to plan from its version table."
                    : "Choose a database.");
        } else if (rows.isEmpty()) {
            next = WizardPlan.failed(operation.get(), List.of(), target.get(), status.get().reading()
                    ? "Reading the database…" : "Cannot read " + status.get().profile().name() + ": "
                            + status.get().table().map(VersionTableState::message).orElse("not read yet"));
        } else {
            next = WizardPlanner.plan(snapshot.get().get().graph(), operation.get(), rows.get(), target.get())
                    .withNotes(unsavedSecrets(status.get()));
        }
        plan.set(next);
        rowsShown.set(next.rows());
        blocked.set(blockedReason(next));
        commandLine.set(command(next).map(AlembicCommand::display).orElse(""));
    }

    /** Secrets are never saved with a profile: say which ones alembic will not get. */
    private List<String> unsavedSecrets(DatabaseStatus status) {
        return dev.retort.runner.ProfileVariables.of(status.profile().environment())
                .missingFrom(alembic.setup().environment()).stream()
                .map(name -> "The profile's " + name + " has no saved value (secrets are never saved) and Retort's "
                        + "environment has none either: alembic runs without it.").toList();
    }

    private String blockedReason(WizardPlan p) {
        if (p.error().isPresent()) {
            return p.error().get();
        }
        if (alembic.installation().isEmpty()) {
            return alembic.resultProperty().get().map(r -> r.message()).orElse("Looking for alembic…");
        }
        if (!p.hasWork()) {
            return "Nothing to run.";
        }
        if (operation.get().needsConfirmation() && !confirmed.get()) {
            return "Confirm that you understand this changes the database.";
        }
        return "";
    }

    private Optional<DatabaseStatus> chosenStatus() {
        List<DatabaseStatus> all = databases.statuses();
        if (database.get().isPresent()) {
            return all.stream().filter(s -> s.profile().name().equals(database.get().get())).findFirst();
        }
        return all.stream().filter(s -> s.table().map(VersionTableState::versionKnown).orElse(false)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** The command for the plan's operation, when alembic and the project are there. */
    private Optional<AlembicCommand> command(WizardPlan p) {
        return WizardCommands.command(alembic.installation(), snapshot.get().flatMap(s -> s.project().config()),
                chosenStatus(), p);
    }

    // ---- moves ----------------------------------------------------------------------------

    private void moveTo(WizardState next) {
        if (!state.get().canMoveTo(next)) {
            throw new IllegalStateException("The upgrade wizard cannot go from " + state.get() + " to " + next);
        }
        state.set(next);
    }

    /** True when alembic can be asked for the SQL of this plan. */
    public boolean canPreview() {
        WizardPlan p = plan.get();
        return state.get() == WizardState.PLANNING && p.error().isEmpty() && p.hasWork()
                && alembic.installation().isPresent();
    }

    /** PLANNING -> PREVIEWING: asks alembic for the SQL, offline ({@code --sql}). */
    public void preview() {
        if (!canPreview()) {
            return;
        }
        WizardPlan p = plan.get();
        AlembicCommand command = command(p).orElseThrow();
        moveTo(WizardState.PREVIEWING);
        preview.set(Optional.empty());
        int token = ++previewToken;
        SqlPreview sql = new SqlPreview(alembic.setup().runner(), alembic.setup().environment());
        tasks.submit("Previewing SQL", () -> WizardCommands.startPreview(sql, command, p), pending -> {
            if (token != previewToken) {
                pending.run().ifPresent(r -> r.cancel());
                return;
            }
            pendingPreview = Optional.of(pending);
            pending.result().whenComplete((result, failure) -> tasks.onUiThread(() -> previewed(token, result, failure)));
        }, failure -> previewed(token, null, failure));
    }

    private void previewed(int token, SqlPreviewResult result, Throwable failure) {
        if (token != previewToken || state.get() != WizardState.PREVIEWING) {
            return;
        }
        pendingPreview = Optional.empty();
        preview.set(Optional.of(result != null ? result : new SqlPreviewResult(SqlPreviewResult.Status.FAILED, "",
                "The preview could not run: " + failure.getMessage(), Optional.empty())));
        moveTo(WizardState.PREVIEWED);
    }

    /** PREVIEWING or PREVIEWED -> PLANNING (a running preview is stopped). */
    public void back() {
        WizardState now = state.get();
        if (now != WizardState.PREVIEWING && now != WizardState.PREVIEWED) {
            return;
        }
        previewToken++;
        pendingPreview.flatMap(SqlPreview.Pending::run).ifPresent(r -> r.cancel());
        pendingPreview = Optional.empty();
        moveTo(WizardState.PLANNING);
        replan();
    }

    /** True when Run may be pressed. */
    public boolean canRun() {
        WizardState now = state.get();
        return (now == WizardState.PLANNING || now == WizardState.PREVIEWED) && blocked.get().isEmpty();
    }

    /** PLANNING or PREVIEWED -> RUNNING: runs alembic with the profile's variables. */
    public void run() {
        if (!canRun()) {
            return;
        }
        WizardPlan p = plan.get();
        AlembicCommand command = command(p).orElseThrow();
        AlembicRun run = alembic.setup().runner().prepare(command.toProcessSpec(alembic.setup().environment()),
                RunOptions.DEFAULTS);
        UpgradeProgress tracker = p.plan().map(UpgradeProgress::new)
                .orElseGet(() -> UpgradeProgress.unplanned(UpgradeProgress.Source.LOG));
        run.addListener(tracker);
        RunSession started = new RunSession(run, tracker, tasks, this::finished);
        session.set(Optional.of(started));
        report.set(Optional.empty());
        moveTo(WizardState.RUNNING);
        // starting a process can block (fork): off the UI thread. A cancel before it starts cancels the IDLE run.
        tasks.submit("Running alembic " + p.operation().verb(), () -> {
            run.start();
            return run;
        }, r -> { }, failure -> { });
    }

    /** RUNNING -> CANCELLING: ends alembic's whole process tree (the view confirms first). */
    public void cancel() {
        if (state.get() != WizardState.RUNNING) {
            return;
        }
        moveTo(WizardState.CANCELLING);
        session.get().ifPresent(RunSession::cancel);
    }

    private void finished(RunResult result) {
        moveTo(WizardState.VERIFYING);
        String name = database.get().orElse("");
        refresh = Optional.of(DatabaseRefresh.start(databases, name, javafx.util.Duration.millis(
                REFRESH_LIMIT.toMillis()), status -> verified(result, status)));
    }

    private void verified(RunResult result, Optional<DatabaseStatus> status) {
        refresh = Optional.empty();
        Optional<List<String>> rows = status.flatMap(DatabaseStatus::table).flatMap(VersionTableState::alembicRows);
        String problem = status.isEmpty() ? "no new reading within " + REFRESH_LIMIT.toSeconds() + " s"
                : status.get().table().map(VersionTableState::message).orElse("not read");
        UpgradeProgress.Progress progress = session.get().map(s -> s.progressProperty().get()).orElseThrow();
        ProjectSnapshot s = snapshot.get().orElseThrow();
        report.set(Optional.of(Verification.verify(s.graph(), plan.get(), result, progress, rows, problem)));
        rows.ifPresent(rowsShown::set);
        moveTo(WizardState.VERIFIED);
    }

    /** VERIFIED -> PLANNING: plan again from the database as it is now. */
    public void planAgain() {
        if (state.get() != WizardState.VERIFIED) {
            return;
        }
        moveTo(WizardState.PLANNING);
        confirmed.set(false);
        preview.set(Optional.empty());
        replan();
    }

    /** Stops what runs (the wizard closes, or the app quits): a preview, or alembic itself. */
    public void abandon() {
        pendingPreview.flatMap(SqlPreview.Pending::run).ifPresent(r -> r.cancel());
        if (state.get() == WizardState.RUNNING) {
            cancel();
        }
        refresh.ifPresent(DatabaseRefresh::abandon);
    }

    // ---- properties -----------------------------------------------------------------------

    public ReadOnlyObjectProperty<WizardState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ProjectSnapshot>> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UpgradeOperation> operationProperty() {
        return operation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The chosen database's profile name. */
    public ReadOnlyObjectProperty<Optional<String>> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WizardPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Why Run is disabled (empty when it is enabled in PLANNING or PREVIEWED). */
    public ReadOnlyStringProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    /** The alembic command line that Run starts, secrets masked. */
    public ReadOnlyStringProperty commandLineProperty() {
        return commandLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<SqlPreviewResult>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<RunSession>> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Verification.Report>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The version table to mark on the graph: as planned from, then as re-read after the run. */
    public ReadOnlyObjectProperty<List<String>> rowsShownProperty() {
        return rowsShown.getReadOnlyProperty();
    }

    public ObservableList<DatabaseStatus> databases() {
        return databases.statuses();
    }

    public AlembicLocator alembic() {
        return alembic;
    }
}
