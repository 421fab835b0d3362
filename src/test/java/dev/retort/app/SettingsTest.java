package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void rememberTheThemeAndShrugOffABrokenFile() throws Exception {
        Settings settings = new Settings(dir.resolve("a/settings.json"));
        assertThat(settings.load().dark).isFalse();
        Settings.Values values = settings.load();
        values.dark = true;
        settings.save(values);
        assertThat(new Settings(dir.resolve("a/settings.json")).load().dark).isTrue();
        Files.writeString(dir.resolve("a/settings.json"), "[oops");
        assertThat(settings.load().dark).isFalse();
    }
}
