package dev.retort.ui.merge;

import dev.retort.merge.AlembicFlavor;
import dev.retort.merge.MergeFailure;
import dev.retort.merge.MergeOutcome;
import dev.retort.merge.MergePlan;
import dev.retort.merge.MergeRequest;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.runner.AlembicCommand;
import dev.retort.runner.AlembicInstallation;
import dev.retort.runner.DiscoveryResult;
import dev.retort.ui.db.DatabaseStatus;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The merge wizard: one typed model for its four steps (explain, choose, preview, done) and
 * for creating the file, whose state moves {@code IDLE -> RUNNING -> SUCCEEDED | FAILED}; a
 * failure may go back to IDLE (edit and retry) or straight to RUNNING again (the other route).
 * Illegal moves throw. Background work goes through the {@link TaskRunner}; results arrive on
 * its UI thread. The inputs of the choose step live in {@link MergeInputs}.
 */
public final class MergeWizardModel {
    public enum Step { EXPLAIN, CHOOSE, PREVIEW, DONE }

    public enum State { IDLE, RUNNING, SUCCEEDED, FAILED }

    /** Who writes the file: Retort from the template, or the project's own {@code alembic merge}. */
    public enum Route { RETORT, ALEMBIC }

    private static final Map<State, Set<State>> ALLOWED = new EnumMap<>(Map.of(
            State.IDLE, EnumSet.of(State.RUNNING),
            State.RUNNING, EnumSet.of(State.SUCCEEDED, State.FAILED),
            State.FAILED, EnumSet.of(State.IDLE, State.RUNNING),
            State.SUCCEEDED, EnumSet.noneOf(State.class)));

    private final TaskRunner tasks;
    private final MergeServices services;
    private final ObservableList<DatabaseStatus> databases;
    private final ListChangeListener<DatabaseStatus> databasesChanged = c -> refreshCoverage();
    private final MergeInputs inputs;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.EXPLAIN);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<MergeAnalysis> analysis = new ReadOnlyObjectWrapper<>(MergeAnalysis.EMPTY);
    private final ReadOnlyObjectWrapper<List<DatabaseCoverage>> coverage = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<MergeOutcome> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DiscoveryResult> alembic = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CreateOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Route> route = new ReadOnlyObjectWrapper<>(Route.RETORT);
    private final ReadOnlyObjectWrapper<List<String>> headsNow = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanBinding canAdvance;
    private final BooleanBinding canUseAlembic;
    private ProjectSnapshot snapshot;
    private int planGeneration;
    private final AlembicMergeRun alembicRun;

    public MergeWizardModel(ProjectSnapshot snapshot, List<String> preselected, ObservableList<DatabaseStatus> databases,
            TaskRunner tasks, MergeServices services) {
        this.snapshot = snapshot;
        this.tasks = tasks;
        this.services = services;
        this.databases = databases;
        this.alembicRun = new AlembicMergeRun(services.processes());
        this.inputs = new MergeInputs(services.revisionIds().get(), this::flavor);
        inputs.reset(snapshot.graph(), preselected);
        inputs.chosenHeadsProperty().addListener((o, a, b) -> refreshAnalysis());
        refreshAnalysis();
        headsNow.set(snapshot.graph().heads());
        databases.addListener(databasesChanged);
        canAdvance = Bindings.createBooleanBinding(this::computeCanAdvance, step, state, plan, planning,
                inputs.validProperty());
        canUseAlembic = Bindings.createBooleanBinding(this::mayCreateWithAlembic, step, state, alembic,
                inputs.validProperty());
    }

    /** Starts looking for the project's alembic (for the second route and the commands shown). */
    public void start() {
        Path dir = config().map(c -> c.configFile().getParent()).orElse(snapshot.folder());
        tasks.submit("Looking for alembic", () -> services.alembic().locate(dir), found -> {
            AlembicFlavor before = flavor();
            alembic.set(found);
            if (flavor() != before) {
                inputs.revalidate(snapshot.graph());
                if (step.get() == Step.PREVIEW && state.get() == State.IDLE) {
                    plan();
                }
            }
        }, failure -> alembic.set(new DiscoveryResult(Optional.empty(), List.of(),
                "Looking for alembic failed: " + failure)));
    }

    /** Stops listening to the databases; the model is done. */
    public void dispose() {
        databases.removeListener(databasesChanged);
        cancelRun();
    }

    // ---- steps ---------------------------------------------------------------------------

    /** Enter: the step's main action (next, preview, create); nothing when it is not possible. */
    public void advance() {
        if (!canAdvance.get()) {
            return;
        }
        switch (step.get()) {
            case EXPLAIN -> step.set(Step.CHOOSE);
            case CHOOSE -> {
                step.set(Step.PREVIEW);
                plan();
            }
            case PREVIEW -> create();
            case DONE -> { }
        }
    }

    public void back() {
        if (state.get() == State.RUNNING || state.get() == State.SUCCEEDED) {
            return;
        }
        if (state.get() == State.FAILED) {
            transition(State.IDLE);
            outcome.set(null);
        }
        switch (step.get()) {
            case CHOOSE -> step.set(Step.EXPLAIN);
            case PREVIEW -> {
                planGeneration++;
                planning.set(false);
                step.set(Step.CHOOSE);
            }
            default -> { }
        }
    }

    private boolean computeCanAdvance() {
        return switch (step.get()) {
            case EXPLAIN, DONE -> true;
            case CHOOSE -> inputs.validProperty().get();
            case PREVIEW -> mayCreate() && !planning.get() && plan.get() instanceof MergePlan;
        };
    }

    private boolean mayCreate() {
        return step.get() == Step.PREVIEW && (state.get() == State.IDLE || state.get() == State.FAILED);
    }

    private void transition(State to) {
        State from = state.get();
        if (!ALLOWED.get(from).contains(to)) {
            throw new IllegalStateException("merge wizard cannot go from " + from + " to " + to);
        }
        state.set(to);
    }

    // ---- planning ------------------------------------------------------------------------

    private void plan() {
        int generation = ++planGeneration;
        plan.set(null);
        Optional<AlembicConfig> config = config();
        if (config.isEmpty()) {
            plan.set(new MergeFailure(MergeFailure.Kind.REFUSED, "The project has no readable alembic configuration"));
            return;
        }
        planning.set(true);
        RevisionGraph graph = snapshot.graph();
        MergeRequest request = inputs.request();
        var settings = MergeCommands.settings(config.get(), flavor());
        tasks.submit("Rendering the merge revision", () -> services.planner().plan(graph, request, settings), done -> {
            if (generation == planGeneration) {
                planning.set(false);
                plan.set(done);
            }
        }, failure -> {
            if (generation == planGeneration) {
                planning.set(false);
                plan.set(new MergeFailure(MergeFailure.Kind.UNSUPPORTED, "Rendering failed (" + failure + "); run "
                        + request.shellCommand() + " instead"));
            }
        });
    }

    /** The alembic release to reproduce: the project's own when found, else the newest. */
    public AlembicFlavor flavor() {
        return installation().map(i -> i.release().passesConfigToMergeTemplates() ? AlembicFlavor.LATEST
                : AlembicFlavor.ALEMBIC_1_8).orElse(AlembicFlavor.LATEST);
    }

    // ---- creating ------------------------------------------------------------------------

    /** Writes the previewed file (atomically, never over an existing one). */
    public void create() {
        if (!mayCreate() || !(plan.get() instanceof MergePlan merge)) {
            return;
        }
        route.set(Route.RETORT);
        transition(State.RUNNING);
        tasks.submit("Writing " + merge.fileName(), () -> services.writer().write(merge), written -> {
            if (written.isOk()) {
                succeed(new CreateOutcome(Route.RETORT, true, merge.revisionId(), Optional.of(written.value()),
                        merge.generatingLine(), List.of(merge.generatingLine())));
            } else {
                fail(new CreateOutcome(Route.RETORT, false, merge.revisionId(), Optional.empty(), written.error(),
                        List.of("Generating " + merge.target() + " ...  FAILED")));
            }
        }, failure -> fail(new CreateOutcome(Route.RETORT, false, merge.revisionId(), Optional.empty(),
                "Writing failed: " + failure, List.of())));
    }

    /** True when the alembic route can run now. */
    public boolean mayCreateWithAlembic() {
        return mayCreate() && installation().isPresent() && inputs.validProperty().get() && config().isPresent();
    }

    /** The command the alembic route runs, for showing before it runs. */
    public Optional<AlembicCommand> alembicCommand() {
        return installation().flatMap(found -> config().map(c -> MergeCommands.merge(found.argvPrefix(), c,
                inputs.request())));
    }

    /** Runs {@code alembic merge} with the same message, label, id and heads instead. */
    public void createWithAlembic() {
        Optional<AlembicCommand> command = alembicCommand();
        if (!mayCreateWithAlembic() || command.isEmpty()) {
            return;
        }
        String revisionId = inputs.effectiveRevisionId();
        route.set(Route.ALEMBIC);
        transition(State.RUNNING);
        var spec = command.get().toProcessSpec(services.environment());
        tasks.submit("Running alembic merge", () -> alembicRun.run(spec), done -> {
            Optional<Path> file = done.file();
            if (done.result().succeeded()) {
                succeed(new CreateOutcome(Route.ALEMBIC, true, revisionId, file, "alembic merge wrote "
                        + file.map(Path::toString).orElse("the merge revision"), done.lines()));
            } else {
                fail(new CreateOutcome(Route.ALEMBIC, false, revisionId, file, done.failure(), done.lines()));
            }
        }, failure -> fail(new CreateOutcome(Route.ALEMBIC, false, revisionId, Optional.empty(),
                "Running alembic failed: " + failure, List.of())));
    }

    /** Stops a running {@code alembic merge} (the whole process tree). */
    public void cancelRun() {
        alembicRun.cancel();
    }

    // the outcome is set first: listeners of the state read it
    private void succeed(CreateOutcome result) {
        outcome.set(result);
        transition(State.SUCCEEDED);
        step.set(Step.DONE);
    }

    private void fail(CreateOutcome result) {
        outcome.set(result);
        transition(State.FAILED);
    }

    // ---- the project and databases --------------------------------------------------------

    /**
     * The project was read again (the watcher, F5, or the reload after creating). Before the
     * merge exists, choices follow the new graph; afterwards only the heads are shown.
     */
    public void projectChanged(ProjectSnapshot next) {
        boolean headsChanged = !next.graph().heads().equals(snapshot.graph().heads());
        snapshot = next;
        headsNow.set(next.graph().heads());
        if (state.get() == State.SUCCEEDED || state.get() == State.RUNNING) {
            return;
        }
        if (headsChanged) {
            inputs.reset(next.graph(), inputs.chosenHeadsProperty().get());
        } else {
            inputs.revalidate(next.graph());
        }
        refreshAnalysis();
        if (step.get() == Step.PREVIEW) {
            plan();
        }
    }

    private void refreshAnalysis() {
        List<String> chosen = inputs.chosenHeadsProperty().get();
        analysis.set(chosen.size() < 2 ? MergeAnalysis.EMPTY : MergeAnalysis.of(snapshot.graph(), chosen));
        refreshCoverage();
    }

    private void refreshCoverage() {
        coverage.set(DatabaseCoverage.of(snapshot.graph(), analysis.get(), List.copyOf(databases)));
    }

    public Optional<AlembicInstallation> installation() {
        return Optional.ofNullable(alembic.get()).flatMap(DiscoveryResult::installation);
    }

    Optional<AlembicConfig> config() {
        return snapshot.project().config();
    }

    /** The revision's one-line message, for lists. */
    public String messageOf(String id) {
        return snapshot.graph().revision(id).map(Revision::doc).map(String::strip)
                .map(m -> m.lines().findFirst().orElse("")).orElse("");
    }

    // ---- properties ------------------------------------------------------------------------

    public ProjectSnapshot snapshot() {
        return snapshot;
    }

    public MergeInputs inputs() {
        return inputs;
    }

    /** The connected databases now. */
    public List<DatabaseStatus> databases() {
        return List.copyOf(databases);
    }

    public Optional<MergeServices.UpgradeHook> upgradeHook() {
        return services.upgrade();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MergeAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DatabaseCoverage>> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** The preview: a plan to write or why there is none; null while there is none yet. */
    public ReadOnlyObjectProperty<MergeOutcome> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    /** What looking for alembic found; null while it looks. */
    public ReadOnlyObjectProperty<DiscoveryResult> alembicProperty() {
        return alembic.getReadOnlyProperty();
    }

    /** How creating ended; null before it ended (and again after going back from a failure). */
    public ReadOnlyObjectProperty<CreateOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The route of the last (or current) attempt to create the file. */
    public ReadOnlyObjectProperty<Route> routeProperty() {
        return route.getReadOnlyProperty();
    }

    /** The project's heads as last read (after creating: the reloaded project's). */
    public ReadOnlyObjectProperty<List<String>> headsNowProperty() {
        return headsNow.getReadOnlyProperty();
    }

    /** True when Enter would do something: next, preview, create (not while running), close. */
    public BooleanBinding canAdvanceBinding() {
        return canAdvance;
    }

    /** True when "Create with the project's alembic instead" can run now. */
    public BooleanBinding canUseAlembicBinding() {
        return canUseAlembic;
    }
}
