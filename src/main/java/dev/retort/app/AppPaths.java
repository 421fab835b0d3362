package dev.retort.app;

import dev.retort.db.ProfileStore;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Retort keeps its files, following the XDG base directories: settings (the recent
 * projects) under {@code $XDG_CONFIG_HOME/retort}, the demo copy under
 * {@code $XDG_DATA_HOME/retort}. {@code -Dretort.home=DIR} puts both under DIR (tests, portable use).
 */
public record AppPaths(Path config, Path data) {

    public static AppPaths fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("user.home"), System.getProperty("retort.home"));
    }

    static AppPaths resolve(Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new AppPaths(base.resolve("config"), base.resolve("data"));
        }
        Path home = Path.of(userHome);
        Path config = dir(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data = dir(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
        return new AppPaths(config.resolve("retort"), data.resolve("retort"));
    }

    /** XDG says relative values are invalid and must be ignored. */
    private static Path dir(String value, Path fallback) {
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }

    /**
     * Where connection profiles are saved: under {@link #config()} with {@code -Dretort.home},
     * else {@link ProfileStore#defaultDirectory} (which the CLI's {@code --profile} reads too).
     */
    public Path profilesDirectory(Map<String, String> env) {
        return isOverridden() ? config.resolve("profiles") : ProfileStore.defaultDirectory(env);
    }

    private static boolean isOverridden() {
        String override = System.getProperty("retort.home");
        return override != null && !override.isBlank();
    }

    public Path recentProjectsFile() {
        return config.resolve("recent-projects.json");
    }
}
