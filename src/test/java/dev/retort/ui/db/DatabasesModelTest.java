package dev.retort.ui.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.PasswordSource;
import dev.retort.db.ProfileStore;
import dev.retort.db.Secret;
import dev.retort.db.VersionTableReader;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import dev.retort.ui.support.DemoCopy;
import dev.retort.ui.task.SameThreadTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The databases view model on the demo project, with the real SQLite reader and a fake prompt. */
class DatabasesModelTest {
    @TempDir
    Path temp;
    Path demo;
    ProfileStore store;
    List<String> reads = new ArrayList<>();
    List<String> prompts = new ArrayList<>();
    Optional<Secret> nextPassword = Optional.empty();
    DatabasesModel model;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCopy.create(temp);
        store = new ProfileStore(temp.resolve("profiles"));
        VersionTableReader real = new VersionTableReader();
        VersionTableSource counting = (p, pw) -> {
            reads.add(p.name());
            return real.read(p, pw);
        };
        model = new DatabasesModel(new SameThreadTaskRunner(), ProfileStorage.of(store), counting, (p, reason) -> {
            prompts.add(p.name() + reason.map(r -> " after: " + r).orElse(""));
            return nextPassword;
        });
    }

    private ProjectSnapshot open() {
        return new ProjectOpener().open(demo);
    }

    @Test
    void aSavedProfileIsReadWhenTheProjectOpens() {
        store.save(demo, List.of(ConnectionProfile.sqlite("demo (SQLite)", demo.resolve("demo.db"))));
        model.projectLoaded(open(), false);
        DatabaseStatus status = model.statuses().get(0);
        assertThat(status.reading()).isFalse();
        assertThat(status.table().orElseThrow().rows()).containsExactly(DemoCopy.MERGE);
        assertThat(status.state().orElseThrow().pending()).containsExactly(DemoCopy.HEAD_017);
        DatabaseOverlay overlay = model.overlayProperty().get();
        assertThat(overlay.nodeClasses().get(DemoCopy.MERGE)).contains("current");
        assertThat(overlay.nodeClasses().get(DemoCopy.HEAD_017)).contains("pending");
        assertThat(overlay.statusLine()).isEqualTo("demo (SQLite): database at 1687c833bfcc (1 pending to heads)");
    }

    @Test
    void reloadingTheProjectReResolvesWithoutConnectingAgain() throws Exception {
        store.save(demo, List.of(ConnectionProfile.sqlite("demo (SQLite)", demo.resolve("demo.db"))));
        model.projectLoaded(open(), false);
        assertThat(reads).hasSize(1);
        Files.writeString(demo.resolve("migrations/versions/cef530e273d4_merge.py"), """
                revision = 'cef530e273d4'
                down_revision = ('017_add_asset_id_to_questionnaire_responses', '1687c833bfcc')
                branch_labels = None
                depends_on = None
                """, StandardCharsets.UTF_8);
        model.projectLoaded(open(), true);
        assertThat(reads).hasSize(1);
        assertThat(model.statuses().get(0).state().orElseThrow().pending())
                .containsExactly(DemoCopy.HEAD_017, "cef530e273d4");
        assertThat(model.overlayProperty().get().statusLine()).endsWith("(2 pending to head)");
        model.refresh();
        assertThat(reads).hasSize(2);
    }

    @Test
    void aNewProfileIsPrefilledFromSqlalchemyUrlAndEnvPy() throws Exception {
        Path envPy = demo.resolve("migrations/env.py");
        Files.writeString(envPy, Files.readString(envPy).replace("render_as_batch=True,\n        )",
                "render_as_batch=True,\n            version_table=\"schema_history\",\n        )"));
        model.projectLoaded(open(), false);
        NewProfile draft = model.draft();
        assertThat(draft.profile().name()).isEqualTo("demo (SQLite)");
        assertThat(draft.profile().database()).isEqualTo(demo.resolve("demo.db").toString());
        assertThat(draft.profile().versionTable()).isEqualTo("schema_history");
        assertThat(draft.notes()).extracting(NewProfile.Note::message)
                .anyMatch(m -> m.startsWith("Prefilled from sqlalchemy.url"))
                .anyMatch(m -> m.contains("schema_history as env.py"));
        model.add(draft.profile(), draft.sessionPassword());
        assertThat(model.draft().profile().name()).isEqualTo("demo (SQLite) 2");
        assertThat(model.draft().profile().color()).isNotEqualTo(draft.profile().color());
    }

    @Test
    void addDuplicateMoveAndRemoveAreSavedAtOnce() {
        model.projectLoaded(open(), false);
        ConnectionProfile staging = ConnectionProfile.postgres("staging", "db.example", 5433, "app", "app")
                .withEnvironment(Map.of("POSTGRES_PORT", "5433", "POSTGRES_PASSWORD", "hunter2"));
        assertThat(model.add(ConnectionProfile.sqlite("demo", demo.resolve("demo.db")), Optional.empty())).isEmpty();
        model.add(staging, Optional.empty());
        model.duplicate("demo");
        assertThat(model.names()).containsExactly("demo", "staging", "demo copy");
        model.move("demo copy", -1);
        model.remove("demo");
        assertThat(model.names()).containsExactly("demo copy", "staging");
        assertThat(store.load(demo).profiles()).extracting(ConnectionProfile::name).containsExactly("demo copy",
                "staging");
        assertThat(model.add(staging, Optional.empty())).containsExactly("A profile named \"staging\" exists already.");
    }

    @Test
    void aPromptingProfileWaitsForAnExplicitRefreshAndKeepsThePasswordForTheSession() {
        ConnectionProfile pg = ConnectionProfile.postgres("pg", "127.0.0.1", 1, "app", "app")
                .withPasswordSource(PasswordSource.PROMPT);
        List<Boolean> passwordsSeen = new ArrayList<>();
        DatabasesModel m = new DatabasesModel(new SameThreadTaskRunner(), ProfileStorage.inMemory(), (p, pw) -> {
            passwordsSeen.add(!pw.isEmpty());
            return new VersionTableState(pw.isEmpty() ? Status.AUTHENTICATION_FAILED : Status.CONNECTED,
                    pw.isEmpty() ? List.of() : List.of(DemoCopy.MERGE), "refused", Optional.empty(), p.target(),
                    p.versionTableDisplay());
        }, (p, reason) -> {
            prompts.add(p.name() + reason.map(r -> " after: " + r).orElse(""));
            return nextPassword;
        });
        m.projectLoaded(open(), false);
        m.add(pg, Optional.empty());
        assertThat(prompts).isEmpty();
        assertThat(passwordsSeen).isEmpty();
        assertThat(DatabaseTexts.shortText(m.statuses().get(0))).isEqualTo("password needed (Ctrl+R)");
        nextPassword = Optional.of(Secret.of("s3cret"));
        m.refresh();
        assertThat(prompts).containsExactly("pg");
        assertThat(m.statuses().get(0).state().orElseThrow().current()).containsExactly(DemoCopy.MERGE);
        m.refresh();
        assertThat(prompts).hasSize(1);
        assertThat(passwordsSeen).containsExactly(true, true);
        assertThat(m.statuses().get(0).toString()).doesNotContain("s3cret");
    }

    @Test
    void aRefusedPasswordIsForgottenAndAskedForAgainWithTheReason() {
        ConnectionProfile pg = ConnectionProfile.postgres("pg", "127.0.0.1", 1, "app", "app")
                .withPasswordSource(PasswordSource.PROMPT);
        DatabasesModel m = new DatabasesModel(new SameThreadTaskRunner(), ProfileStorage.inMemory(), (p, pw) ->
                new VersionTableState(Status.AUTHENTICATION_FAILED, List.of(), "PostgreSQL refused the login",
                        Optional.empty(), p.target(), p.versionTableDisplay()), (p, reason) -> {
                            prompts.add(reason.orElse("first"));
                            return Optional.of(Secret.of("wrong"));
                        });
        m.projectLoaded(open(), false);
        m.add(pg, Optional.empty());
        m.refresh();
        assertThat(DatabaseTexts.shortText(m.statuses().get(0))).isEqualTo("login refused");
        List<DatabasesModel.ConnectionTest> results = new ArrayList<>();
        m.testConnection(pg, results::add);
        assertThat(prompts).containsExactly("first", "PostgreSQL refused the login");
        assertThat(results.get(0).ok()).isFalse();
    }

    @Test
    void anotherProjectBringsItsOwnProfiles() throws Exception {
        store.save(demo, List.of(ConnectionProfile.sqlite("demo", demo.resolve("demo.db"))));
        model.projectLoaded(open(), false);
        Path other = DemoCopy.create(temp.resolve("other"));
        model.projectLoaded(new ProjectOpener().open(other), false);
        assertThat(model.statuses()).isEmpty();
        assertThat(model.root()).contains(other);
    }
}
