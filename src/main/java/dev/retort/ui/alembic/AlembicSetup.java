package dev.retort.ui.alembic;

import dev.retort.runner.AlembicDiscovery;
import dev.retort.runner.ProcessRunner;
import java.util.Map;
import java.util.Objects;

/**
 * What the window needs to find and run the user's alembic.
 *
 * @param runner runs alembic (and its {@code --version} probes); the app closes it on exit,
 *     which stops any alembic still running
 * @param discovery where to look (PATH, fallback interpreters) and how long to wait
 * @param preferences the remembered alembic path and file order
 * @param environment the environment alembic inherits (the profile's variables are added)
 * @param eager look for alembic as soon as a project opens (the app: the file order follows the
 *     alembic found); otherwise only when the upgrade wizard or the preferences need it
 */
public record AlembicSetup(ProcessRunner runner, AlembicDiscovery.Settings discovery, PreferencesStore preferences,
        Map<String, String> environment, boolean eager) {

    public AlembicSetup {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(preferences, "preferences");
        environment = Map.copyOf(environment);
    }

    /** The process environment, default discovery, preferences in memory, looking only when needed. */
    public static AlembicSetup defaults() {
        return new AlembicSetup(new ProcessRunner(), AlembicDiscovery.Settings.defaults(System.getenv()),
                PreferencesStore.inMemory(AlembicPreferences.DEFAULTS), System.getenv(), false);
    }

    /** The same setup, looking for alembic as soon as a project opens, or not. */
    public AlembicSetup withEager(boolean value) {
        return new AlembicSetup(runner, discovery, preferences, environment, value);
    }
}
