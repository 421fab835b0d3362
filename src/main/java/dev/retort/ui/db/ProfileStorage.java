package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbIssue;
import dev.retort.db.ProfileStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where a project's connection profiles are kept: {@link ProfileStore} in the app, memory in tests. */
public interface ProfileStorage {
    ProfileStore.Loaded load(Path projectRoot);

    /** @return what was left out or could not be written */
    List<DbIssue> save(Path projectRoot, List<ConnectionProfile> profiles);

    /** The JSON files of a {@link ProfileStore}. */
    static ProfileStorage of(ProfileStore store) {
        return new ProfileStorage() {
            @Override
            public ProfileStore.Loaded load(Path projectRoot) {
                return store.load(projectRoot);
            }

            @Override
            public List<DbIssue> save(Path projectRoot, List<ConnectionProfile> profiles) {
                return store.save(projectRoot, profiles);
            }
        };
    }

    /** Profiles that live as long as the window (tests of other features, no settings folder). */
    static ProfileStorage inMemory() {
        Map<Path, List<ConnectionProfile>> saved = new HashMap<>();
        return new ProfileStorage() {
            @Override
            public ProfileStore.Loaded load(Path projectRoot) {
                return new ProfileStore.Loaded(saved.getOrDefault(projectRoot, List.of()), List.of());
            }

            @Override
            public List<DbIssue> save(Path projectRoot, List<ConnectionProfile> profiles) {
                saved.put(projectRoot, List.copyOf(profiles));
                return List.of();
            }
        };
    }
}
