package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.alembic.LoadOrderChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void theAlembicPathAndFileOrderAreKeptBesideTheTheme() throws Exception {
        Settings settings = new Settings(dir.resolve("settings.json"));
        Settings.Values theme = settings.load();
        theme.dark = true;
        settings.save(theme);
        SettingsPreferences store = new SettingsPreferences(settings);
        assertThat(store.load()).isEqualTo(AlembicPreferences.DEFAULTS);

        store.save(new AlembicPreferences(Optional.of(Path.of("/opt/app/.venv/bin/alembic")), LoadOrderChoice.DIRECTORY));

        AlembicPreferences again = new SettingsPreferences(new Settings(dir.resolve("settings.json"))).load();
        assertThat(again.alembicPath()).contains(Path.of("/opt/app/.venv/bin/alembic"));
        assertThat(again.loadOrder()).isEqualTo(LoadOrderChoice.DIRECTORY);
        assertThat(settings.load().dark).as("the theme is kept").isTrue();
    }

    @Test
    void aHandEditedFileFallsBackToSearching() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"alembicPath\": \"\", \"loadOrder\": \"SIDEWAYS\"}");
        assertThat(new SettingsPreferences(new Settings(dir.resolve("settings.json"))).load())
                .isEqualTo(AlembicPreferences.DEFAULTS);
    }
}
