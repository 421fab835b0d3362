package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.ProfileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProfileTest {
    @TempDir
    Path dir;

    @Test
    void theDemoGetsItsSqliteProfileOnceAndTheUsersChangesStay() throws Exception {
        Path demo = Files.createDirectories(dir.resolve("demo"));
        Path db = Files.writeString(demo.resolve("demo.db"), "");
        ProfileStore store = new ProfileStore(dir.resolve("profiles"));
        DemoProfile.ensure(store, demo, db);
        List<ConnectionProfile> profiles = store.load(demo.toRealPath()).profiles();
        assertThat(profiles).extracting(ConnectionProfile::name).containsExactly(DemoProfile.NAME);
        assertThat(profiles.get(0).database()).isEqualTo(db.toRealPath().toString());
        store.save(demo.toRealPath(), List.of());
        DemoProfile.ensure(store, demo, db);
        assertThat(store.load(demo.toRealPath()).profiles()).isEmpty();
    }
}
