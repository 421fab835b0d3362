package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.AlembicOracle;
import dev.retort.testsupport.AlembicOracle.Command;
import dev.retort.testsupport.AlembicOracle.Result;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects alembic warns about or crashes on: Retort says the same thing in the same words,
 * and still shows the rest.
 */
class CliBrokenProjectDifferentialTest {
    @TempDir
    Path dir;

    @BeforeEach
    void requireAlembic() {
        AlembicAvailability.assumeAlembic();
    }

    @Test
    void duplicateRevisionIdWarnsAndIsListedTwiceAmongHeads() throws IOException {
        ProjectGenerator.write(dir, List.of(Rev.of("aaaa1111", "base"), Rev.of("bbbb2222", "first", "aaaa1111")));
        Files.writeString(dir.resolve("migrations/versions/zz_copy.py"),
                ProjectGenerator.render(Rev.of("bbbb2222", "second copy", "aaaa1111"),
                        java.time.LocalDateTime.of(2024, 2, 1, 10, 0)), StandardCharsets.UTF_8);
        for (String command : List.of("heads", "history")) {
            Result alembic = AlembicOracle.run(Command.of(dir, command));
            RetortRun retort = RetortRun.in(dir, "--load-order", "directory", command);
            assertThat(retort.stdout()).as(command).isEqualTo(alembic.stdout());
            assertThat(alembic.stderr()).contains("Revision bbbb2222 is present more than once");
            assertThat(retort.stderr()).contains("Revision bbbb2222 is present more than once");
        }
    }

    @Test
    void missingParentIsAlembicsWarningInsteadOfItsCrash() throws IOException {
        ProjectGenerator.write(dir, List.of(Rev.of("aaaa1111", "base"), Rev.of("bbbb2222", "orphan", "zzzz9999")));
        Result alembic = AlembicOracle.run(Command.of(dir, "heads"));
        assertThat(alembic.exit()).isEqualTo(1);
        assertThat(alembic.stderr()).contains("KeyError: 'zzzz9999'");
        RetortRun retort = RetortRun.in(dir, "heads");
        assertThat(retort.exit()).isZero();
        assertThat(retort.stdout()).contains("aaaa1111 (head)").contains("bbbb2222 (head)");
        String warning = "Revision zzzz9999 referenced from zzzz9999 -> bbbb2222 (head), orphan is not present";
        assertThat(alembic.stderr()).contains(warning);
        assertThat(retort.stderr()).contains(warning);
        RetortRun check = RetortRun.in(dir, "check");
        assertThat(check.exit()).isEqualTo(1);
    }

    @Test
    void cycleIsReportedInAlembicsWords() throws IOException {
        ProjectGenerator.write(dir, List.of(Rev.of("aaaa1111", "base"), Rev.of("bbbb2222", "b", "aaaa1111", "cccc3333"),
                Rev.of("cccc3333", "c", "bbbb2222"), Rev.of("dddd4444", "d", "aaaa1111")));
        Result alembic = AlembicOracle.run(Command.of(dir, "history"));
        assertThat(alembic.stdout()).startsWith("FAILED: Cycle is detected in revisions (bbbb2222, cccc3333)");
        RetortRun check = RetortRun.in(dir, "check", "--format", "json");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.stdout()).contains("Cycle is detected in revisions (bbbb2222, cccc3333)");
    }

    @Test
    void unreadableConfigIsAlembicsFailure() throws IOException {
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nsqlalchemy.url = sqlite://\n");
        Result alembic = AlembicOracle.run(Command.of(dir, "heads"));
        RetortRun retort = RetortRun.in(dir, "heads");
        assertThat(retort.exit()).isEqualTo(alembic.exit()).isEqualTo(255);
        assertThat(retort.stdout()).isEqualTo(alembic.stdout());
        assertThat(RetortRun.in(dir, "check").exit()).isEqualTo(2);
    }
}
