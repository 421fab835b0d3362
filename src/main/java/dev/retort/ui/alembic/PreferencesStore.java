package dev.retort.ui.alembic;

import java.util.concurrent.atomic.AtomicReference;

/** Where {@link AlembicPreferences} are kept; the app saves them with its settings, tests in memory. */
public interface PreferencesStore {
    AlembicPreferences load();

    void save(AlembicPreferences preferences);

    /** Kept in memory only, starting from {@code initial}. */
    static PreferencesStore inMemory(AlembicPreferences initial) {
        AtomicReference<AlembicPreferences> value = new AtomicReference<>(initial);
        return new PreferencesStore() {
            @Override
            public AlembicPreferences load() {
                return value.get();
            }

            @Override
            public void save(AlembicPreferences preferences) {
                value.set(preferences);
            }
        };
    }
}
