package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void withoutADisplayTheWindowSaysWhatToDoInstead() {
        assertThat(Launcher.noDisplayMessage(Map.of(), "Linux")).get().asString()
                .contains("needs a graphical display").contains("retort --help");
        assertThat(Launcher.noDisplayMessage(Map.of("DISPLAY", ":0"), "Linux")).isEmpty();
        assertThat(Launcher.noDisplayMessage(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isEmpty();
        assertThat(Launcher.noDisplayMessage(Map.of(), "Mac OS X")).isEmpty();
        assertThat(Launcher.noDisplayMessage(Map.of(), "Windows 11")).isEmpty();
    }
}
