package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void followsTheXdgVariablesAndIgnoresRelativeOnes() {
        AppPaths xdg = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), "/home/u", null);
        assertThat(xdg.config()).isEqualTo(Path.of("/cfg/retort"));
        assertThat(xdg.data()).isEqualTo(Path.of("/data/retort"));
        AppPaths defaults = AppPaths.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "/home/u", null);
        assertThat(defaults.config()).isEqualTo(Path.of("/home/u/.config/retort"));
        assertThat(defaults.data()).isEqualTo(Path.of("/home/u/.local/share/retort"));
        assertThat(AppPaths.resolve(Map.of(), "/home/u", "/tmp/x").recentProjectsFile())
                .isEqualTo(Path.of("/tmp/x/config/recent-projects.json"));
    }
}
