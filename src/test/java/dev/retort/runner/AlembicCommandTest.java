package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** argv, working directory, environment and the masked display of alembic command lines. */
class AlembicCommandTest {
    private static final List<String> PYTHON = List.of("/usr/bin/python3", "-m", "alembic");
    private static final Path INI = Path.of("/work/proj/alembic.ini");

    private static AlembicCommand.Builder base() {
        return AlembicCommand.builder(PYTHON, INI).section("alembic");
    }

    @Test
    void upgradeDowngradeAndStampArgv() {
        assertThat(base().build(AlembicSubcommand.upgrade("head")).argv()).containsExactly("/usr/bin/python3", "-m",
                "alembic", "-c", "/work/proj/alembic.ini", "-n", "alembic", "upgrade", "head");
        assertThat(base().build(AlembicSubcommand.downgrade("-1")).argv()).endsWith("downgrade", "-1");
        assertThat(base().build(AlembicSubcommand.stamp(List.of("a1", "b2"), true, false)).argv())
                .endsWith("stamp", "--purge", "a1", "b2");
        assertThat(base().build(AlembicSubcommand.stamp(List.of("head"), false, true)).argv())
                .endsWith("stamp", "--sql", "head");
    }

    @Test
    void sqlRanges() {
        assertThat(AlembicSubcommand.upgradeSql(Optional.of("1687c833bfcc"), "head").arguments())
                .containsExactly("--sql", "1687c833bfcc:head");
        assertThat(AlembicSubcommand.upgradeSql(Optional.empty(), "head").arguments()).containsExactly("--sql", "head");
        assertThat(AlembicSubcommand.downgradeSql("head", "base").arguments()).containsExactly("--sql", "head:base");
        assertThat(AlembicSubcommand.upgradeSql(Optional.empty(), "head").sql()).isTrue();
        assertThat(AlembicSubcommand.upgrade("head").changesDatabase()).isTrue();
        assertThat(AlembicSubcommand.upgradeSql(Optional.empty(), "head").changesDatabase()).isFalse();
        assertThat(AlembicSubcommand.current(false).changesDatabase()).isFalse();
    }

    @Test
    void readOnlySubcommands() {
        assertThat(AlembicSubcommand.current(true).arguments()).containsExactly("--verbose");
        assertThat(AlembicSubcommand.heads(false).arguments()).isEmpty();
        assertThat(AlembicSubcommand.history(Optional.of("base:head"), true).arguments())
                .containsExactly("--verbose", "-r", "base:head");
        assertThat(AlembicSubcommand.merge(List.of("017", "1687c833bfcc"), Optional.of("merge heads"),
                Optional.empty(), Optional.of("cef530e273d4")).arguments())
                .containsExactly("-m", "merge heads", "--rev-id", "cef530e273d4", "017", "1687c833bfcc");
    }

    @Test
    void xArgumentsGoBeforeTheSubcommandAndNoSectionMeansNoN() {
        AlembicCommand c = AlembicCommand.builder(List.of("/v/bin/alembic"), INI).x("tenant=acme")
                .build(AlembicSubcommand.upgrade("heads"));
        assertThat(c.argv()).containsExactly("/v/bin/alembic", "-c", "/work/proj/alembic.ini", "-x", "tenant=acme",
                "upgrade", "heads");
    }

    @Test
    void targetsThatArgparseWouldReadAsOptionsOrSplitAreRefused() {
        assertThatThrownBy(() -> AlembicSubcommand.upgrade("--sql")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlembicSubcommand.upgrade("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlembicSubcommand.upgrade("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlembicSubcommand.stamp(List.of(), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDirectoryIsTheConfigFolderUnlessGiven() {
        assertThat(base().build(AlembicSubcommand.upgrade("head")).workingDirectory()).isEqualTo(Path.of("/work/proj"));
        assertThat(base().workingDirectory(Path.of("/elsewhere")).build(AlembicSubcommand.upgrade("head"))
                .workingDirectory()).isEqualTo(Path.of("/elsewhere"));
    }

    @Test
    void environmentIsInheritedPlusProfileWithUtf8AndUnbufferedOutput() {
        AlembicCommand c = base().variables(Map.of("POSTGRES_HOST", "localhost")).variable("POSTGRES_PORT", "5433")
                .variable("PYTHONIOENCODING", "latin-1").build(AlembicSubcommand.upgrade("head"));
        Map<String, String> env = c.environment(Map.of("PATH", "/usr/bin", "POSTGRES_PORT", "5432"));
        assertThat(env).containsEntry("PATH", "/usr/bin").containsEntry("POSTGRES_HOST", "localhost")
                .containsEntry("POSTGRES_PORT", "5433").containsEntry("PYTHONIOENCODING", "utf-8")
                .containsEntry("PYTHONUNBUFFERED", "1");
        ProcessSpec spec = c.toProcessSpec(Map.of());
        assertThat(spec.workingDirectory()).isEqualTo(Path.of("/work/proj"));
        assertThat(spec.argv()).isEqualTo(c.argv());
    }

    @Test
    void displayMasksSecretsAndQuotes() {
        AlembicCommand c = base().variable("POSTGRES_HOST", "localhost").variable("POSTGRES_PASSWORD", "hunter2")
                .variable("DATABASE_URL", "postgresql://app:s3cret@db/app").x("db_password=hunter2")
                .x("url=postgresql://u:pw@h/d").build(AlembicSubcommand.merge(List.of("a", "b"),
                        Optional.of("it's merged"), Optional.empty(), Optional.empty()));
        String display = c.display();
        assertThat(display).doesNotContain("hunter2", "s3cret", ":pw@");
        assertThat(display).startsWith("cd /work/proj && POSTGRES_HOST=localhost POSTGRES_PASSWORD='***' "
                + "DATABASE_URL='postgresql://app:***@db/app' /usr/bin/python3 -m alembic");
        assertThat(display).contains("-x 'db_password=***'", "-x 'url=postgresql://u:***@h/d'",
                "-m 'it'\"'\"'s merged'");
        assertThat(c.toString()).doesNotContain("hunter2");
        assertThat(c.toProcessSpec(Map.of()).toString()).doesNotContain("hunter2", "s3cret");
    }

    @Test
    void withReplacesOnlyTheSubcommand() {
        AlembicCommand up = base().variable("A", "1").build(AlembicSubcommand.upgrade("head"));
        AlembicCommand sql = up.with(AlembicSubcommand.upgradeSql(Optional.of("x"), "head"));
        assertThat(sql.argv()).endsWith("upgrade", "--sql", "x:head");
        assertThat(sql.variables()).isEqualTo(up.variables());
        assertThat(sql.workingDirectory()).isEqualTo(up.workingDirectory());
    }

    @Test
    void badVariablesAreRefused() {
        assertThatThrownBy(() -> base().variable("A=B", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base().variable("", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
