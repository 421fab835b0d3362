package dev.retort.app;

import dev.retort.ui.alembic.AlembicPreferences;
import dev.retort.ui.alembic.LoadOrderChoice;
import dev.retort.ui.alembic.PreferencesStore;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The alembic preferences, kept in settings.json beside the theme. */
final class SettingsPreferences implements PreferencesStore {
    private final Settings settings;

    SettingsPreferences(Settings settings) {
        this.settings = settings;
    }

    @Override
    public AlembicPreferences load() {
        Settings.Values v = settings.load();
        Optional<Path> path = Optional.empty();
        if (v.alembicPath != null && !v.alembicPath.isBlank()) {
            try {
                path = Optional.of(Path.of(v.alembicPath));
            } catch (InvalidPathException e) {
                // a hand-edited file: search instead
            }
        }
        LoadOrderChoice order = LoadOrderChoice.AUTOMATIC;
        if (v.loadOrder != null) {
            try {
                order = LoadOrderChoice.valueOf(v.loadOrder);
            } catch (IllegalArgumentException e) {
                // unknown value: automatic
            }
        }
        return new AlembicPreferences(path, order);
    }

    @Override
    public void save(AlembicPreferences preferences) {
        Settings.Values v = settings.load();
        v.alembicPath = preferences.alembicPath().map(Path::toString).orElse(null);
        v.loadOrder = preferences.loadOrder().name();
        settings.save(v);
    }
}
