package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {
    @TempDir
    Path dir;

    private Path file(String content, String permissions) throws IOException {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private static Optional<String> find(String content, String host, String port, String db, String user) {
        return PgPass.find(content, host, port, db, user).map(s -> new String(s.reveal()));
    }

    @Test
    void firstMatchingLineWinsAndWildcardsMatchAnything() {
        String content = """
                # comment: db.example:5432:*:*:not-this
                db.example:5432:app:alice:first
                *:*:*:alice:second
                *:*:*:*:third
                """;
        assertThat(find(content, "db.example", "5432", "app", "alice")).contains("first");
        assertThat(find(content, "db.example", "5433", "app", "alice")).contains("second");
        assertThat(find(content, "other", "5432", "app", "bob")).contains("third");
    }

    @Test
    void wildcardMustBeTheWholeField() {
        assertThat(find("db*:5432:app:alice:pw\n", "db1", "5432", "app", "alice")).isEmpty();
        assertThat(find("db*:5432:app:alice:pw\n", "db*", "5432", "app", "alice")).contains("pw");
        // a literal star only matches through the wildcard rule when it stands alone
        assertThat(find("\\*:5432:app:alice:pw\n", "*", "5432", "app", "alice")).contains("pw");
        assertThat(find("\\*:5432:app:alice:pw\n", "host", "5432", "app", "alice")).isEmpty();
    }

    @Test
    void backslashEscapesColonAndBackslashInFieldsAndPassword() {
        String content = "fe80\\:\\:1:5432:my\\\\db:al\\:ice:pa\\:ss\\\\word:ignored\n";
        assertThat(find(content, "fe80::1", "5432", "my\\db", "al:ice")).contains("pa:ss\\word");
        // the password stops at the first unescaped colon
        assertThat(find("h:1:d:u:abc:def\n", "h", "1", "d", "u")).contains("abc");
        // any escaped character is taken literally
        assertThat(find("h:1:d:u:a\\bc\n", "h", "1", "d", "u")).contains("abc");
    }

    @Test
    void commentsBlankLinesAndCrLfAreHandledLikeLibpq() {
        String content = "#h:1:d:u:commented\r\n\r\n h:1:d:u:leading-space\r\nh:1:d:u:pw\r\n";
        assertThat(find(content, "h", "1", "d", "u")).contains("pw");
        assertThat(find(content, " h", "1", "d", "u")).contains("leading-space");
        assertThat(find("h:1:d:u:no-newline", "h", "1", "d", "u")).contains("no-newline");
    }

    @Test
    void fieldsMustMatchExactly() {
        assertThat(find("host:5432:app:alice:pw\n", "hos", "5432", "app", "alice")).isEmpty();
        assertThat(find("host:5432:app:alice:pw\n", "hostx", "5432", "app", "alice")).isEmpty();
        assertThat(find("host:5432:app:alice\n", "host", "5432", "app", "alice")).isEmpty();
        assertThat(find("host:5432:app:alice:\n", "host", "5432", "app", "alice")).contains("");
    }

    @Test
    void lookupDefaultsEmptyHostToLocalhostAndZeroPortTo5432() throws IOException {
        PgPass pgPass = PgPass.at(file("localhost:5432:app:alice:pw\n", "rw-------"));
        PgPass.Lookup lookup = pgPass.lookup("", 0, "app", "alice");
        assertThat(lookup.password().map(s -> new String(s.reveal()))).contains("pw");
        assertThat(lookup.issues()).isEmpty();
        assertThat(pgPass.lookup("localhost", 5432, "", "alice").password()).isEmpty();
    }

    @Test
    void groupOrWorldAccessMakesLibpqIgnoreTheFile() throws IOException {
        for (String permissions : new String[] {"rw-r-----", "rw----r--", "rw-----w-", "rwx--x---"}) {
            PgPass pgPass = PgPass.at(file("*:*:*:*:pw\n", permissions));
            PgPass.Lookup lookup = pgPass.lookup("h", 5432, "d", "u");
            assertThat(lookup.password()).as(permissions).isEmpty();
            assertThat(lookup.issues()).as(permissions).extracting(DbIssue::message).containsExactly(
                    "password file \"" + pgPass.file() + "\" has group or world access; permissions should be u=rw "
                            + "(0600) or less");
        }
        assertThat(PgPass.at(file("*:*:*:*:pw\n", "r--------")).lookup("h", 5432, "d", "u").password()).isPresent();
    }

    @Test
    void directoriesAndMissingFilesAreIgnored() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        PgPass.Lookup lookup = PgPass.at(sub).lookup("h", 5432, "d", "u");
        assertThat(lookup.password()).isEmpty();
        assertThat(lookup.issues()).extracting(DbIssue::message).containsExactly(
                "password file \"" + sub + "\" is not a plain file");
        PgPass.Lookup missing = PgPass.at(dir.resolve("nope")).lookup("h", 5432, "d", "u");
        assertThat(missing.password()).isEmpty();
        assertThat(missing.issues()).isEmpty();
    }

    @Test
    void pgpassfileOverridesHome() {
        Path home = Path.of("/home/alice");
        assertThat(PgPass.defaultFile(Map.of(), home)).isEqualTo(home.resolve(".pgpass"));
        assertThat(PgPass.defaultFile(Map.of("PGPASSFILE", ""), home)).isEqualTo(home.resolve(".pgpass"));
        assertThat(PgPass.defaultFile(Map.of("PGPASSFILE", "/etc/pw"), home)).isEqualTo(Path.of("/etc/pw"));
    }
}
