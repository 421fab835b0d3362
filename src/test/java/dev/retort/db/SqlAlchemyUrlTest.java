package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlAlchemyUrlTest {

    private static SqlAlchemyUrl url(String text) {
        SqlAlchemyUrl.Parsed parsed = SqlAlchemyUrl.parse(text);
        assertThat(parsed.issues()).noneMatch(DbIssue::isError);
        return parsed.url().orElseThrow();
    }

    private static String pw(SqlAlchemyUrl url) {
        return new String(url.password().orElseThrow().reveal());
    }

    @Test
    void fullPostgresUrlWithEscapesIpv6AndRepeatedQuery() {
        SqlAlchemyUrl u = url("postgresql+psycopg2://us%40er:p%3Ass%40w@[::1]:5433/my%20db"
                + "?sslmode=require&options=-csearch_path%3Dfoo&a=1&a=2");
        assertThat(u.drivername()).isEqualTo("postgresql+psycopg2");
        assertThat(u.backendName()).isEqualTo("postgresql");
        assertThat(u.driverName()).contains("psycopg2");
        assertThat(u.kind()).contains(DbKind.POSTGRESQL);
        assertThat(u.username()).contains("us@er");
        assertThat(pw(u)).isEqualTo("p:ss@w");
        assertThat(u.host()).contains("::1");
        assertThat(u.port()).hasValue(5433);
        // SQLAlchemy leaves the database percent-encoded
        assertThat(u.database()).contains("my%20db");
        assertThat(u.query()).containsExactly(Map.entry("sslmode", List.of("require")),
                Map.entry("options", List.of("-csearch_path=foo")), Map.entry("a", List.of("1", "2")));
        assertThat(u.toString()).isEqualTo("postgresql+psycopg2://us%40er:***@[::1]:5433/my%20db"
                + "?a=1&a=2&options=-csearch_path%3Dfoo&sslmode=require");
    }

    @Test
    void passwordKeepsPlusButQueryTurnsPlusIntoSpace() {
        assertThat(pw(url("postgresql+asyncpg://u:p+x@h/d"))).isEqualTo("p+x");
        SqlAlchemyUrl u = url("postgresql://u:p%2Bx@h/d?x=a+b");
        assertThat(pw(u)).isEqualTo("p+x");
        assertThat(u.queryValue("x")).contains("a b");
        assertThat(u.toString()).isEqualTo("postgresql://u:***@h/d?x=a+b");
    }

    @Test
    void passwordEndsAtFirstAtSignAndTheRestIsTheHost() {
        SqlAlchemyUrl u = url("postgresql://u:p@w@h/d");
        assertThat(pw(u)).isEqualTo("p");
        assertThat(u.host()).contains("w@h");
        assertThat(u.toString()).isEqualTo("postgresql://u:***@w@h/d");
    }

    @Test
    void emptyUserOrPasswordAreKept() {
        SqlAlchemyUrl noUser = url("postgresql://:pw@host/db");
        assertThat(noUser.username()).contains("");
        assertThat(noUser.toString()).isEqualTo("postgresql://:***@host/db");
        SqlAlchemyUrl emptyPassword = url("postgresql://u:@h/d");
        assertThat(emptyPassword.password()).hasValueSatisfying(p -> assertThat(p.isEmpty()).isTrue());
        assertThat(emptyPassword.toString()).isEqualTo("postgresql://u:***@h/d");
        // alembic's obfuscate_url_pw only replaces a non-empty password, with XXXXX
        assertThat(emptyPassword.alembicObfuscated()).isEqualTo("postgresql://u:@h/d");
        assertThat(url("postgresql://u:secret@h/d").alembicObfuscated()).isEqualTo("postgresql://u:XXXXX@h/d");
    }

    @Test
    void userWithoutHostAndSocketInQuery() {
        SqlAlchemyUrl u = url("postgresql://user@/db");
        assertThat(u.username()).contains("user");
        assertThat(u.host()).isEmpty();
        assertThat(u.database()).contains("db");
        SqlAlchemyUrl socket = url("postgresql:///db?host=/var/run/postgresql");
        assertThat(socket.host()).isEmpty();
        assertThat(socket.queryValue("host")).contains("/var/run/postgresql");
        assertThat(socket.toString()).isEqualTo("postgresql:///db?host=%2Fvar%2Frun%2Fpostgresql");
    }

    @Test
    void blankQueryValuesAndKeysWithoutValueAreDropped() {
        SqlAlchemyUrl u = url("postgresql://h/d?a=&b&c=1&&d=%zz");
        assertThat(u.query()).containsExactly(Map.entry("c", List.of("1")), Map.entry("d", List.of("%zz")));
    }

    @Test
    void postgresAliasAndAsyncDriversArePostgres() {
        assertThat(url("postgres://u:p@h/db").kind()).contains(DbKind.POSTGRESQL);
        assertThat(url("postgresql+asyncpg://h/db").kind()).contains(DbKind.POSTGRESQL);
        assertThat(url("postgresql+psycopg://h/db").kind()).contains(DbKind.POSTGRESQL);
        assertThat(url("postgresql+pg8000://h/db").kind()).contains(DbKind.POSTGRESQL);
        assertThat(url("mysql+pymysql://u@h/db").kind()).isEmpty();
    }

    @Test
    void sqliteForms(@org.junit.jupiter.api.io.TempDir Path base) {
        assertThat(url("sqlite://").isSqliteMemory()).isTrue();
        assertThat(url("sqlite:///").isSqliteMemory()).isTrue();
        assertThat(url("sqlite:///:memory:").isSqliteMemory()).isTrue();
        assertThat(url("sqlite://").sqlitePath(base)).isEmpty();
        assertThat(url("sqlite:///relative.db").sqlitePath(base)).contains(base.resolve("relative.db"));
        assertThat(url("sqlite:///sub/../data/app.db").sqlitePath(base)).contains(base.resolve("data/app.db"));
        assertThat(url("sqlite:////abs/path.db").sqlitePath(base)).contains(Path.of("/abs/path.db"));
        assertThat(url("sqlite+pysqlite:////abs/path.db").sqlitePath(base)).contains(Path.of("/abs/path.db"));
        assertThat(url("sqlite+aiosqlite:///x.db").sqlitePath(base)).contains(base.resolve("x.db"));
        assertThat(url("sqlite:///file:data.db?mode=ro&uri=true").sqlitePath(base)).contains(base.resolve("data.db"));
        assertThat(url("sqlite:////abs/path.db").toString()).isEqualTo("sqlite:////abs/path.db");
        assertThat(url("sqlite:///relative.db").database()).contains("relative.db");
    }

    @Test
    void badPortAndGarbageAreIssuesNotExceptions() {
        SqlAlchemyUrl.Parsed badPort = SqlAlchemyUrl.parse("postgresql://u:hunter2@h:abc/d");
        assertThat(badPort.ok()).isFalse();
        assertThat(badPort.issues()).hasSize(1).allSatisfy(i -> {
            assertThat(i.code()).isEqualTo(DbIssueCode.URL_INVALID);
            assertThat(i.message()).contains("abc");
        });
        SqlAlchemyUrl.Parsed garbage = SqlAlchemyUrl.parse("not a url with u:hunter2@host");
        assertThat(garbage.ok()).isFalse();
        assertThat(SqlAlchemyUrl.parse("").ok()).isFalse();
        assertThat(SqlAlchemyUrl.parse(null).ok()).isFalse();
    }

    @Test
    void unparseableTextIsEchoedWithThePasswordMasked() {
        SqlAlchemyUrl.Parsed parsed = SqlAlchemyUrl.parse("my sql://user:hunter2@db.example/app");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.issues().get(0).message()).doesNotContain("hunter2").contains("user:***@db.example");
    }

    @Test
    void passwordNeverAppearsInAnyRendering() {
        SqlAlchemyUrl u = url("postgresql://alice:s3cr%21t@db:5432/app?password=other-s3cret");
        assertThat(pw(u)).isEqualTo("s3cr!t");
        assertThat(u.toString()).doesNotContain("s3cr").isEqualTo("postgresql://alice:***@db:5432/app?password=***");
        assertThat(u.displayString()).doesNotContain("s3cr");
        assertThat(u.alembicObfuscated()).doesNotContain("s3cr");
        assertThat(u.password().orElseThrow().toString()).isEqualTo("Secret[***]");
    }

    @Test
    void jdbcPostgresUrls() {
        SqlAlchemyUrl u = url("jdbc:postgresql://db.example:5433/app%20db?user=alice&password=pw&sslmode=require"
                + "&currentSchema=tenant");
        assertThat(u.kind()).contains(DbKind.POSTGRESQL);
        assertThat(u.host()).contains("db.example");
        assertThat(u.port()).hasValue(5433);
        assertThat(u.database()).contains("app db");
        assertThat(u.username()).contains("alice");
        assertThat(pw(u)).isEqualTo("pw");
        assertThat(u.queryValue("sslmode")).contains("require");
        assertThat(u.queryValue("options")).contains("-csearch_path=tenant");
        assertThat(u.toString()).doesNotContain("=pw");

        SqlAlchemyUrl v6 = url("jdbc:postgresql://[::1]:5740/accounting");
        assertThat(v6.host()).contains("::1");
        assertThat(v6.port()).hasValue(5740);
        assertThat(url("jdbc:postgresql://localhost/test").port()).isEmpty();
        assertThat(url("jdbc:postgresql:test").database()).contains("test");
        assertThat(url("jdbc:postgresql:test").host()).isEmpty();
        SqlAlchemyUrl.Parsed multi = SqlAlchemyUrl.parse("jdbc:postgresql://h1:5432,h2:5433/db");
        assertThat(multi.url().orElseThrow().host()).contains("h1");
        assertThat(multi.issues()).extracting(DbIssue::code).containsExactly(DbIssueCode.URL_APPROXIMATED);
    }

    @Test
    void jdbcSqliteUrls(@org.junit.jupiter.api.io.TempDir Path base) {
        assertThat(url("jdbc:sqlite:/abs/app.db").sqlitePath(base)).contains(Path.of("/abs/app.db"));
        assertThat(url("jdbc:sqlite:app.db").sqlitePath(base)).contains(base.resolve("app.db"));
        assertThat(url("jdbc:sqlite:").isSqliteMemory()).isTrue();
        assertThat(url("jdbc:sqlite::memory:").isSqliteMemory()).isTrue();
        assertThat(url("jdbc:sqlite:file:/abs/app.db").sqlitePath(base)).contains(Path.of("/abs/app.db"));
        assertThat(SqlAlchemyUrl.parse("jdbc:sqlite:/abs/app.db?journal_mode=WAL").issues())
                .extracting(DbIssue::code).containsExactly(DbIssueCode.URL_APPROXIMATED);
        assertThat(SqlAlchemyUrl.parse("jdbc:mysql://h/db").issues())
                .extracting(DbIssue::code).containsExactly(DbIssueCode.URL_UNSUPPORTED_BACKEND);
    }
}
