package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionProfileTest {
    @TempDir
    Path base;

    private ProfileDraft draft(String url) {
        return ConnectionProfile.fromUrl("local", SqlAlchemyUrl.parse(url).url().orElseThrow(), base);
    }

    @Test
    void postgresUrlPrefillsEveryField() {
        ProfileDraft d = draft("postgresql+psycopg2://alice:s3cret@db.example:5433/app"
                + "?sslmode=require&options=-csearch_path%3Dtenant");
        ConnectionProfile p = d.profile().orElseThrow();
        assertThat(p.kind()).isEqualTo(DbKind.POSTGRESQL);
        assertThat(p.host()).isEqualTo("db.example");
        assertThat(p.port()).isEqualTo(5433);
        assertThat(p.database()).isEqualTo("app");
        assertThat(p.user()).isEqualTo("alice");
        assertThat(p.passwordSource()).isEqualTo(PasswordSource.PROMPT);
        assertThat(p.sslMode()).isEqualTo("require");
        assertThat(p.options()).isEqualTo("-csearch_path=tenant");
        assertThat(p.versionTable()).isEqualTo("alembic_version");
        assertThat(p.versionTableSchema()).isEmpty();
        assertThat(p.validate()).isEmpty();
        assertThat(d.sessionPassword().map(s -> new String(s.reveal()))).contains("s3cret");
        assertThat(p.toString()).doesNotContain("s3cret");
    }

    @Test
    void postgresDefaultsAreLibpqs() {
        ConnectionProfile p = draft("postgresql://h/app").profile().orElseThrow();
        assertThat(p.port()).isEqualTo(5432);
        assertThat(p.sslMode()).isEqualTo("prefer");
        assertThat(p.passwordSource()).isEqualTo(PasswordSource.PGPASS);
        assertThat(p.effectiveUser()).isEqualTo(System.getProperty("user.name"));
        ConnectionProfile noDb = draft("postgresql://bob@h").profile().orElseThrow();
        assertThat(noDb.effectiveDatabase()).isEqualTo("bob");
    }

    @Test
    void socketUrlsBecomeLocalhostWithANote() {
        ProfileDraft d = draft("postgresql:///app?host=/var/run/postgresql");
        assertThat(d.profile().orElseThrow().host()).isEqualTo("localhost");
        assertThat(d.issues()).extracting(DbIssue::code).containsExactly(DbIssueCode.URL_APPROXIMATED);
        assertThat(draft("postgresql:///app?host=db2&port=6000").profile().orElseThrow())
                .satisfies(p -> {
                    assertThat(p.host()).isEqualTo("db2");
                    assertThat(p.port()).isEqualTo(6000);
                });
    }

    @Test
    void postgresAliasAsyncpgSslAndUnknownParametersAreReported() {
        ProfileDraft heroku = draft("postgres://u:p@h/db");
        assertThat(heroku.profile()).isPresent();
        assertThat(heroku.issues()).anySatisfy(i -> assertThat(i.message()).contains("postgresql://"));
        ProfileDraft asyncpg = draft("postgresql+asyncpg://u@h/db?ssl=true&prepared_statement_cache_size=0");
        assertThat(asyncpg.profile().orElseThrow().sslMode()).isEqualTo("require");
        assertThat(asyncpg.issues()).anySatisfy(i -> assertThat(i.message())
                .contains("prepared_statement_cache_size"));
    }

    @Test
    void sqliteUrlsResolveAgainstTheBaseDirectory() {
        ConnectionProfile p = draft("sqlite:///app.db").profile().orElseThrow();
        assertThat(p.kind()).isEqualTo(DbKind.SQLITE);
        assertThat(p.database()).isEqualTo(base.resolve("app.db").toString());
        assertThat(p.passwordSource()).isEqualTo(PasswordSource.NONE);
        assertThat(p.target()).isEqualTo(base.resolve("app.db").toString());
        assertThat(p.validate()).isEmpty();
        ProfileDraft memory = draft("sqlite://");
        assertThat(memory.profile().orElseThrow().database()).isEqualTo(":memory:");
        assertThat(memory.issues()).isNotEmpty();
    }

    @Test
    void unsupportedBackendGivesNoProfile() {
        ProfileDraft d = draft("mysql+pymysql://u:p@h/db");
        assertThat(d.profile()).isEmpty();
        assertThat(d.issues()).extracting(DbIssue::code).containsExactly(DbIssueCode.URL_UNSUPPORTED_BACKEND);
    }

    @Test
    void editingKeepsEverythingElse() {
        ConnectionProfile p = ConnectionProfile.postgres("staging", "localhost", 5432, "app", "alice")
                .withPort(5433)
                .withVersionTableSchema("audit")
                .withVersionTable("my_versions")
                .withEnvironment(Map.of("POSTGRES_HOST", "localhost"))
                .withColor("#AABBCC");
        assertThat(p.port()).isEqualTo(5433);
        assertThat(p.versionTableSchema()).contains("audit");
        assertThat(p.versionTableDisplay()).isEqualTo("audit.my_versions");
        assertThat(p.user()).isEqualTo("alice");
        assertThat(p.withVersionTableSchema("").versionTableSchema()).isEmpty();
        assertThat(p.withVersionTable(null).versionTable()).isEqualTo("alembic_version");
    }

    @Test
    void validationReportsEachProblem() {
        ConnectionProfile bad = new ConnectionProfile("", DbKind.POSTGRESQL, "", 70000, "", "", null, "sometimes",
                "", Optional.of(" "), "t", Map.of(), "red");
        assertThat(bad.validate()).hasSize(6).allMatch(DbIssue::isError);
    }

    @Test
    void toStringMasksSecretLookingEnvironmentValues() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_PORT", "5433");
        env.put("POSTGRES_PASSWORD", "hunter2");
        env.put("DATABASE_URL", "postgresql://u:hunter3@h/db");
        String text = ConnectionProfile.postgres("p", "h", 5432, "d", "u").withEnvironment(env).toString();
        assertThat(text).contains("POSTGRES_PORT=5433").doesNotContain("hunter2").doesNotContain("hunter3");
    }

    @Test
    void jdbcTargetIsReadOnlyWithTimeoutsAndNoPassword() {
        ConnectionProfile p = draft("postgresql://alice:s3cret@[::1]:5433/my db?sslmode=require"
                + "&options=-csearch_path%3Dx").profile().orElseThrow();
        JdbcTarget target = JdbcTarget.of(p, Timeouts.DEFAULT);
        assertThat(target.url()).isEqualTo("jdbc:postgresql://[::1]:5433/my%20db");
        Properties props = target.properties();
        assertThat(props).containsEntry("user", "alice").containsEntry("sslmode", "require")
                .containsEntry("options", "-csearch_path=x").containsEntry("readOnly", "true")
                .containsEntry("connectTimeout", "5").containsEntry("socketTimeout", "10")
                .containsEntry("loginTimeout", "10").doesNotContainKey("password");
        assertThat(target.toString()).doesNotContain("s3cret");

        JdbcTarget sqlite = JdbcTarget.of(ConnectionProfile.sqlite("s", base.resolve("a.db")), Timeouts.DEFAULT);
        assertThat(sqlite.url()).isEqualTo("jdbc:sqlite:" + base.resolve("a.db"));
        assertThat(sqlite.properties()).containsEntry("busy_timeout", "5000");
        int openMode = Integer.parseInt(sqlite.properties().getProperty("open_mode"));
        // SQLITE_OPEN_READONLY set; SQLITE_OPEN_READWRITE (2) and SQLITE_OPEN_CREATE (4) not
        assertThat(openMode & 1).isEqualTo(1);
        assertThat(openMode & (2 | 4)).isZero();
    }
}
