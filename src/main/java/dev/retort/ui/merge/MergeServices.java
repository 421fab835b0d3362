package dev.retort.ui.merge;

import dev.retort.merge.MergeFileWriter;
import dev.retort.merge.MergePlanner;
import dev.retort.merge.RevisionIds;
import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.DiscoveryResult;
import dev.retort.runner.ProcessRunner;
import dev.retort.ui.db.DatabaseStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the merge wizard needs from outside: the app passes the real ones, tests fixed clocks,
 * ids and alembics.
 *
 * @param planner renders the merge file (its clock dates the file)
 * @param writer writes it
 * @param revisionIds the random id offered when the user gives none (fixed once per wizard)
 * @param alembic finds the project's alembic for the "create with alembic" route
 * @param processes runs that alembic
 * @param environment the environment alembic runs with
 * @param upgrade what "Upgrade database…" does; empty until the upgrade wizard exists, and the
 *     wizard then shows the {@code alembic upgrade head} command to copy instead
 */
public record MergeServices(MergePlanner planner, MergeFileWriter writer, Supplier<String> revisionIds,
        AlembicLocator alembic, ProcessRunner processes, Map<String, String> environment,
        Optional<UpgradeHook> upgrade) {

    public MergeServices {
        Objects.requireNonNull(planner, "planner");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(revisionIds, "revisionIds");
        Objects.requireNonNull(alembic, "alembic");
        Objects.requireNonNull(processes, "processes");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(upgrade, "upgrade");
    }

    /** The system clock, random ids, discovery as the command line does it, no upgrade wizard yet. */
    public static MergeServices system(ProcessRunner processes) {
        Map<String, String> env = System.getenv();
        return new MergeServices(MergePlanner.systemDefault(), new MergeFileWriter(), RevisionIds.random(),
                AlembicLocator.discovering(processes, env), processes, env, Optional.empty());
    }

    public MergeServices withUpgrade(UpgradeHook hook) {
        return new MergeServices(planner, writer, revisionIds, alembic, processes, environment, Optional.of(hook));
    }

    public MergeServices withAlembic(AlembicLocator locator) {
        return new MergeServices(planner, writer, revisionIds, locator, processes, environment, upgrade);
    }

    /** Finds the alembic to run for a project; blocking, called from a background task. */
    @FunctionalInterface
    public interface AlembicLocator {
        DiscoveryResult locate(Path projectDirectory) throws InterruptedException;

        /** {@link AlembicDiscovery}: the project's virtualenv, PATH, then {@code python3 -m alembic}. */
        static AlembicLocator discovering(ProcessRunner processes, Map<String, String> environment) {
            AlembicDiscovery discovery = new AlembicDiscovery(processes, AlembicDiscovery.Settings.defaults(environment)
                    .withOverrideHint("put alembic on PATH or in the project's .venv"));
            return dir -> discovery.discover(Optional.empty(), dir);
        }

        /** No alembic anywhere (tests of the disabled route). */
        static AlembicLocator none(String message) {
            return dir -> new DiscoveryResult(Optional.empty(), List.of(), message);
        }
    }

    /**
     * "Upgrade database…" after the merge: the upgrade wizard plugs in here.
     */
    @FunctionalInterface
    public interface UpgradeHook {
        /**
         * @param request the project (reloaded, with the merge), the new head and the databases
         */
        void upgrade(UpgradeRequest request);
    }

    /**
     * @param configFile the project's config file
     * @param target the merge revision, now the single head
     * @param databases the connected databases, as last read
     */
    public record UpgradeRequest(Path configFile, String target, List<DatabaseStatus> databases) {
        public UpgradeRequest {
            databases = List.copyOf(databases);
        }
    }
}
