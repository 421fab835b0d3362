package dev.retort.cli;

import dev.retort.db.VersionTableState;
import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.MigrationPlan;
import dev.retort.model.graph.MigrationPlanner;
import dev.retort.model.graph.MigrationStep;
import dev.retort.model.graph.RevisionException;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.runner.AlembicCommand;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.AlembicInstallation;
import dev.retort.runner.AlembicSubcommand;
import dev.retort.runner.DiscoveryResult;
import dev.retort.runner.ProcessRunner;
import dev.retort.runner.ProfileVariables;
import dev.retort.runner.UpgradeProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code upgrade}, {@code downgrade} and {@code stamp} share: find the user's alembic, show
 * Retort's plan, run alembic with the project's config and the profile's environment, pass its
 * stdout through unchanged and its log to stderr with Retort's progress, then re-read the
 * database, and exit with alembic's exit code.
 *
 * <p>stdout stays exactly alembic's (so {@code --sql > file} works); everything Retort adds goes
 * to stderr, prefixed {@code retort:}, except the progress lines {@code [k/n] Running ...}.
 */
abstract class AlembicPassthrough implements Callable<Integer> {
    /** Exit code when no alembic could be found or started, as shells use for "command not found". */
    static final int ALEMBIC_NOT_FOUND = 127;

    @ParentCommand
    RetortCommand parent;

    @Mixin
    AlembicRunOptions run;

    @Mixin
    DatabaseOptions database;

    /** The alembic subcommand to run. */
    abstract AlembicSubcommand subcommand();

    /** Retort's plan of what alembic will do, from the database rows (empty when the command has none). */
    abstract Optional<MigrationPlan> plan(MigrationPlanner planner, List<String> rows);

    /** The rows the plan starts from when they come from the command line ({@code --sql FROM:TARGET}). */
    Optional<List<String>> rowsFromArguments() {
        return Optional.empty();
    }

    @Override
    public final Integer call() throws InterruptedException {
        // a first, quiet read finds the config folder, where the project's virtualenv is looked for
        Optional<AlembicConfig> located = parent.load().config();
        if (located.isEmpty()) {
            parent.loadProject();
        }
        try (ProcessRunner runner = new ProcessRunner()) {
            AlembicInstallation alembic = discover(runner, located.orElseThrow());
            err().println("retort: using " + alembic.describe());
            // read the project as this alembic does (its file order breaks ties in the upgrade order)
            parent.preferRelease(alembic.release());
            LoadedProject project = parent.loadProject();
            AlembicConfig config = project.config().orElseThrow();
            Optional<DatabaseOptions.Target> target = databaseTarget(project);
            Map<String, String> variables = variables(target);
            AlembicCommand command = command(alembic, config, variables);
            Optional<MigrationPlan> plan = plan(project, target);
            UpgradeProgress progress = plan.map(p -> new UpgradeProgress(p, progressSource()))
                    .orElseGet(() -> UpgradeProgress.unplanned(progressSource()));
            err().println("retort: running " + command.display());
            err().flush();
            PassthroughRun passthrough = new PassthroughRun(runner, command, parent.context(), progress);
            int exit = passthrough.run();
            if (!run.sql) {
                target.ifPresent(t -> reportDatabase(t, passthrough));
            }
            return exit;
        }
    }

    private AlembicInstallation discover(ProcessRunner runner, AlembicConfig config) throws InterruptedException {
        AlembicDiscovery discovery = new AlembicDiscovery(runner, AlembicDiscovery.Settings.defaults(
                parent.context().environment()).withOverrideHint("pass --alembic PATH"));
        Path projectDirectory = config.configFile().getParent();
        DiscoveryResult found = run.alembic != null
                ? discovery.discoverExplicit(absolute(run.alembic), projectDirectory)
                : discovery.discover(Optional.empty(), projectDirectory);
        return found.installation().orElseThrow(() -> new CommandFailedException(found.message(), ALEMBIC_NOT_FOUND));
    }

    private AlembicCommand command(AlembicInstallation alembic, AlembicConfig config, Map<String, String> variables) {
        AlembicCommand.Builder builder = AlembicCommand.builder(alembic.argvPrefix(), config.configFile())
                .section(config.section()).variables(variables);
        run.x.forEach(builder::x);
        // where Retort resolved the scripts, so alembic sees the same ones
        builder.workingDirectory(config.runDirectory());
        try {
            return builder.build(subcommand());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage(), 2);
        }
    }

    /**
     * The profile's variables, then {@code --env}. Secret values are never saved with a profile
     * (they come back empty); such a variable is left to the inherited environment.
     */
    private Map<String, String> variables(Optional<DatabaseOptions.Target> target) {
        Map<String, String> out = new LinkedHashMap<>();
        if (database.profile != null && target.isPresent()) {
            ProfileVariables profile = ProfileVariables.of(target.get().profile().environment());
            Map<String, String> provided = new LinkedHashMap<>(parent.context().environment());
            provided.putAll(run.environment());
            profile.missingFrom(provided).forEach(k -> err().println("retort: note: profile variable " + k
                    + " has no saved value (secrets are never saved); set it in the environment or pass --env " + k
                    + "=..."));
            out.putAll(profile.passed());
        }
        out.putAll(run.environment());
        return out;
    }

    /** Where Retort reads the version table; empty (with a note) when it cannot tell. */
    private Optional<DatabaseOptions.Target> databaseTarget(LoadedProject project) {
        if (database.profile != null || database.url != null) {
            // asked for explicitly: a bad profile name or URL is an error, not a note
            return Optional.of(database.resolve(project, parent.context()));
        }
        if (run.sql) {
            return Optional.empty();
        }
        try {
            return Optional.of(database.resolve(project, parent.context()));
        } catch (CommandFailedException e) {
            err().println("retort: note: no plan and no check afterwards: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<MigrationPlan> plan(LoadedProject project, Optional<DatabaseOptions.Target> target) {
        Optional<List<String>> rows = rowsFromArguments();
        if (rows.isEmpty() && !run.sql && target.isPresent()) {
            VersionTableState state = database.read(target.get());
            if (state.versionKnown()) {
                rows = Optional.of(state.rows());
                err().println("retort: database " + target.get().display() + " is at " + rowsText(state.rows()));
            } else {
                err().println("retort: note: cannot read the database to plan (" + state.message()
                        + "); alembic runs without Retort's plan");
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        MigrationPlanner planner = new MigrationPlanner(project.graph());
        try {
            Optional<MigrationPlan> plan = plan(planner, rows.get());
            plan.ifPresent(this::printPlan);
            return plan;
        } catch (RevisionException e) {
            err().println("retort: note: Retort's plan fails as alembic should: "
                    + AlembicMessages.commandText(e, overrides()));
            return Optional.empty();
        }
    }

    /** The wording alembic's command uses for this command's revision errors. */
    AlembicMessages.Overrides overrides() {
        return AlembicMessages.Overrides.NONE;
    }

    private void printPlan(MigrationPlan plan) {
        plan.warnings().forEach(w -> err().println("retort: warning: " + w));
        err().println("retort: plan: " + (plan.upgrade() ? "upgrade " : "downgrade ") + plan.target() + " from "
                + rowsText(plan.rowsBefore()) + ": " + plan.steps().size() + " step(s)");
        int n = 1;
        for (MigrationStep step : plan.steps()) {
            err().println(String.format("retort: %3d. %s  => %s", n++, step.logLine(), rowsText(step.rowsAfter())));
        }
    }

    private void reportDatabase(DatabaseOptions.Target target, PassthroughRun passthrough) {
        VersionTableState after = database.read(target);
        if (after.versionKnown()) {
            err().println("retort: database " + target.display() + " is now at " + rowsText(after.rows()));
        } else {
            err().println("retort: cannot re-read the database: " + after.message());
        }
        passthrough.stoppedDuring().ifPresent(label -> err().println("retort: alembic stopped during " + label));
    }

    private UpgradeProgress.Source progressSource() {
        return run.sql ? UpgradeProgress.Source.SQL_COMMENTS : UpgradeProgress.Source.LOG;
    }

    PrintWriter err() {
        return parent.context().err();
    }

    private Path absolute(Path p) {
        return p.isAbsolute() ? p : parent.context().workingDirectory().resolve(p);
    }

    static String rowsText(List<String> rows) {
        return rows.isEmpty() ? "(empty)" : String.join(", ", rows);
    }
}
