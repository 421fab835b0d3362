package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    @TempDir
    Path settings;
    @TempDir
    Path project;

    @Test
    void roundTripKeepsEveryField() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_HOST", "localhost");
        env.put("POSTGRES_PORT", "5433");
        ConnectionProfile pg = ConnectionProfile.postgres("local", "localhost", 5433, "app", "alice")
                .withSslMode("require").withOptions("-csearch_path=tenant").withVersionTableSchema("audit")
                .withVersionTable("versions").withEnvironment(env).withColor("#ff7f0e");
        ConnectionProfile lite = ConnectionProfile.sqlite("demo", project.resolve("demo.db"));
        ProfileStore store = new ProfileStore(settings);
        assertThat(store.save(project, List.of(pg, lite))).isEmpty();

        ProfileStore.Loaded loaded = new ProfileStore(settings).load(project);
        assertThat(loaded.issues()).isEmpty();
        assertThat(loaded.profiles()).containsExactly(pg, lite);
        assertThat(loaded.profiles().get(0).environment().keySet()).containsExactly("POSTGRES_HOST", "POSTGRES_PORT");
    }

    @Test
    void theFileNeverHoldsAPasswordEvenWhenOneWasTyped() throws IOException {
        SqlAlchemyUrl url = SqlAlchemyUrl.parse("postgresql://alice:Typed-Pa55word@db:5432/app").url().orElseThrow();
        ProfileDraft draft = ConnectionProfile.fromUrl("typed", url, project);
        assertThat(draft.sessionPassword()).isPresent();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_PASSWORD", "Env-Pa55word");
        env.put("DATABASE_URL", "postgresql://alice:Url-Pa55word@db/app");
        env.put("POSTGRES_PORT", "5433");
        ConnectionProfile profile = draft.profile().orElseThrow().withEnvironment(env);

        ProfileStore store = new ProfileStore(settings);
        List<DbIssue> issues = store.save(project, List.of(profile));
        assertThat(issues).extracting(DbIssue::code).containsOnly(DbIssueCode.SECRET_NOT_SAVED).hasSize(2);

        String json = Files.readString(store.fileFor(project));
        assertThat(json).doesNotContain("Pa55word").doesNotContain("\"password\"");
        assertThat(json).contains("POSTGRES_PASSWORD").contains("\"passwordSource\": \"PROMPT\"");
        assertThat(Files.getPosixFilePermissions(store.fileFor(project)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        ConnectionProfile back = store.load(project).profiles().get(0);
        assertThat(back.environment()).containsEntry("POSTGRES_PASSWORD", "").containsEntry("DATABASE_URL", "")
                .containsEntry("POSTGRES_PORT", "5433");
        assertThat(back.passwordSource()).isEqualTo(PasswordSource.PROMPT);
    }

    @Test
    void eachProjectHasItsOwnFile() throws IOException {
        Path other = Files.createDirectory(project.resolve("other"));
        ProfileStore store = new ProfileStore(settings);
        store.save(project, List.of(ConnectionProfile.sqlite("a", project.resolve("a.db"))));
        store.save(other, List.of(ConnectionProfile.sqlite("b", other.resolve("b.db"))));
        assertThat(store.fileFor(project)).isNotEqualTo(store.fileFor(other));
        assertThat(store.load(project).profiles()).extracting(ConnectionProfile::name).containsExactly("a");
        assertThat(store.load(other).profiles()).extracting(ConnectionProfile::name).containsExactly("b");
        store.save(project, List.of());
        assertThat(store.load(project).profiles()).isEmpty();
    }

    @Test
    void missingFileIsNoProfilesAndBrokenFileIsAnIssue() throws IOException {
        ProfileStore store = new ProfileStore(settings);
        assertThat(store.load(project).profiles()).isEmpty();
        assertThat(store.load(project).issues()).isEmpty();
        Files.writeString(store.fileFor(project), "{ not json");
        ProfileStore.Loaded broken = store.load(project);
        assertThat(broken.profiles()).isEmpty();
        assertThat(broken.issues()).extracting(DbIssue::code).containsExactly(DbIssueCode.PROFILE_STORE);
    }

    @Test
    void handEditedPasswordsAndUnknownKindsAreIgnored() throws IOException {
        ProfileStore store = new ProfileStore(settings);
        Files.writeString(store.fileFor(project), """
                {"format": 1, "profiles": [
                  {"name": "x", "kind": "POSTGRESQL", "host": "h", "port": 5432, "password": "plain-pw"},
                  {"name": "y", "kind": "ORACLE"}
                ]}
                """);
        ProfileStore.Loaded loaded = store.load(project);
        assertThat(loaded.profiles()).extracting(ConnectionProfile::name).containsExactly("x");
        assertThat(loaded.profiles().get(0).toString()).doesNotContain("plain-pw");
        assertThat(loaded.issues()).hasSize(2);
    }
}
