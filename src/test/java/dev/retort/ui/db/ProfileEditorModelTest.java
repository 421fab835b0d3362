package dev.retort.ui.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbKind;
import dev.retort.db.PasswordSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile form's state: round trip, effective connection, problems, kind switches. */
class ProfileEditorModelTest {
    static final ConnectionProfile STAGING = ConnectionProfile.postgres("staging", "db.example", 5433, "app", "deploy")
            .withPasswordSource(PasswordSource.PROMPT).withVersionTableSchema("meta").withVersionTable("versions")
            .withEnvironment(Map.of("POSTGRES_HOST", "localhost")).withColor("#d62728");

    @Test
    void aLoadedProfileComesBackUnchangedAndNotDirty() {
        ProfileEditorModel m = new ProfileEditorModel();
        m.load(STAGING, List.of("info: note"));
        assertThat(m.toProfile()).isEqualTo(STAGING);
        assertThat(m.dirtyProperty().get()).isFalse();
        assertThat(m.notesProperty().get()).containsExactly("info: note");
        m.hostProperty().set("db2.example");
        assertThat(m.dirtyProperty().get()).isTrue();
    }

    @Test
    void willConnectToShowsTheEffectiveValues() {
        ProfileEditorModel m = new ProfileEditorModel();
        m.load(STAGING, List.of());
        assertThat(m.willConnectToProperty().get())
                .isEqualTo("postgresql://deploy@db.example:5433/app, table meta.versions");
        m.userProperty().set("");
        m.databaseProperty().set("");
        String os = System.getProperty("user.name");
        assertThat(m.willConnectToProperty().get())
                .isEqualTo("postgresql://" + os + "@db.example:5433/" + os + ", table meta.versions");
        m.sslModeProperty().set("require");
        assertThat(m.willConnectToProperty().get()).contains(":5433/" + os + "?sslmode=require,");
        assertThat(m.environmentTextProperty().get()).isEqualTo("POSTGRES_HOST=localhost");
    }

    @Test
    void problemsSayWhatIsWrongInWords() {
        ProfileEditorModel m = new ProfileEditorModel();
        m.load(STAGING, List.of());
        m.portProperty().set("54x");
        m.hostProperty().set(" ");
        assertThat(m.problemsProperty().get()).containsExactly("The port must be a number, not '54x'.",
                "Enter the PostgreSQL host (localhost for this machine).");
        m.portProperty().set("5432");
        m.hostProperty().set("localhost");
        assertThat(m.problemsProperty().get()).isEmpty();
    }

    @Test
    void sqliteDropsTheServerFieldsAndResolvesRelativePaths() {
        ProfileEditorModel m = new ProfileEditorModel();
        m.setBaseDirectory(Path.of("/work/project"));
        m.load(STAGING, List.of());
        m.kindProperty().set(DbKind.SQLITE);
        m.databaseProperty().set("data/app.db");
        ConnectionProfile p = m.toProfile();
        assertThat(p.kind()).isEqualTo(DbKind.SQLITE);
        assertThat(p.database()).isEqualTo("/work/project/data/app.db");
        assertThat(p.host()).isEmpty();
        assertThat(p.passwordSource()).isEqualTo(PasswordSource.NONE);
        assertThat(m.willConnectToProperty().get()).isEqualTo("sqlite:////work/project/data/app.db, table meta.versions");
        m.kindProperty().set(DbKind.POSTGRESQL);
        assertThat(m.toProfile().port()).isEqualTo(5433);
    }

    @Test
    void assignmentsTypedAsANameAreSplitAndSecretsMasked() {
        ProfileEditorModel m = new ProfileEditorModel();
        m.load(ConnectionProfile.postgres("x", "localhost", 5432, "", ""), List.of());
        m.addVariable("POSTGRES_PORT=5433", "");
        m.addVariable("POSTGRES_PASSWORD", "hunter2");
        assertThat(m.toProfile().environment()).containsEntry("POSTGRES_PORT", "5433")
                .containsEntry("POSTGRES_PASSWORD", "hunter2");
        assertThat(m.environmentTextProperty().get()).isEqualTo("POSTGRES_PORT=5433 POSTGRES_PASSWORD=***");
    }
}
