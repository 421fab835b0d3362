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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident through the CLI: two heads, merge, and where a (SQLite) database stands, checked with alembic. */
class CliMergeAndDatabaseTest {
    @TempDir
    Path dir;

    private static final List<Rev> INCIDENT = List.of(
            Rev.of("015_add_questionnaires", "add questionnaires"),
            Rev.of("016_add_security_constraints", "add security constraints", "015_add_questionnaires"),
            Rev.of("017_add_asset_id_to_questionnaire_responses", "add asset id to questionnaire responses",
                    "016_add_security_constraints"),
            Rev.of("a1b2c3d4e5f6", "add audit log", "016_add_security_constraints"),
            Rev.of("b2c3d4e5f6a7", "add audit index", "016_add_security_constraints"),
            Rev.of("1687c833bfcc", "merge audit branches", "a1b2c3d4e5f6", "b2c3d4e5f6a7"));

    @BeforeEach
    void project() throws IOException {
        ProjectGenerator.write(dir, INCIDENT);
    }

    @Test
    void checkFailsOnTwoHeadsThenMergeFixesItAndAlembicAgrees() throws IOException {
        RetortRun check = RetortRun.in(dir, "check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.stdout()).contains("FAIL: 2 heads");

        RetortRun merge = RetortRun.in(dir, "merge", "-m", "merge_heads_fix_questionnaire_asset_linkage",
                "--rev-id", "cef530e273d4", "017_add_asset_id_to_questionnaire_responses", "1687c833bfcc");
        Path file = dir.resolve("migrations/versions/cef530e273d4_merge_heads_fix_questionnaire_asset_.py");
        assertThat(merge.exit()).as(merge.stderr()).isZero();
        assertThat(merge.stdout()).isEqualTo("Generating " + file + " ...  done\n");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("down_revision = ('017_add_asset_id_to_questionnaire_responses', '1687c833bfcc')");

        assertThat(RetortRun.in(dir, "heads").stdout()).isEqualTo("cef530e273d4 (head)\n");
        assertThat(RetortRun.in(dir, "check").exit()).isZero();

        RetortRun again = RetortRun.in(dir, "merge", "-m", "merge_heads_fix_questionnaire_asset_linkage",
                "--rev-id", "cef530e273d4", "017_add_asset_id_to_questionnaire_responses", "1687c833bfcc");
        assertThat(again.exit()).isEqualTo(255);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);

        AlembicAvailability.assumeAlembic();
        Result alembicHeads = AlembicOracle.run(Command.of(dir, "heads"));
        assertThat(alembicHeads.stdout()).isEqualTo("cef530e273d4 (head)\n");
    }

    @Test
    void mergeDryRunWritesNothing() throws IOException {
        RetortRun dry = RetortRun.in(dir, "merge", "--dry-run", "-m", "merge heads", "--rev-id", "cef530e273d4",
                "heads");
        assertThat(dry.exit()).isZero();
        assertThat(dry.stdout()).contains("down_revision = ('017_add_asset_id_to_questionnaire_responses', "
                + "'1687c833bfcc')");
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("cef530e273d4"));
        }
    }

    @Test
    void currentAndStatusReadWhatAlembicStamped() {
        AlembicAvailability.assumeAlembic();
        Result stamp = AlembicOracle.run(Command.of(dir, "stamp", "1687c833bfcc"));
        assertThat(stamp.exit()).as(stamp.stdout() + stamp.stderr()).isZero();

        Result alembicCurrent = AlembicOracle.run(Command.of(dir, "current"));
        RetortRun current = RetortRun.in(dir, "current");
        assertThat(current.exit()).as(current.stderr() + current.stdout()).isZero();
        assertThat(lines(current.stdout())).isEqualTo(lines(alembicCurrent.stdout())).contains(
                "1687c833bfcc (head) (mergepoint)");

        RetortRun status = RetortRun.in(dir, "status");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.stdout())
                .contains("Current: 1687c833bfcc")
                .contains("1. Running upgrade 016_add_security_constraints -> "
                        + "017_add_asset_id_to_questionnaire_responses, add asset id to questionnaire responses")
                .contains("Status: database at 1687c833bfcc (1 pending to heads)");
    }

    @Test
    void unknownRowFailsLikeAlembic() {
        AlembicAvailability.assumeAlembic();
        AlembicOracle.run(Command.of(dir, "stamp", "1687c833bfcc"));
        ProjectGenerator.Rev gone = INCIDENT.get(INCIDENT.size() - 1);
        Path file = dir.resolve("migrations/versions").resolve(gone.id() + "_merge_audit_branches.py");
        assertThat(file.toFile().delete()).isTrue();
        Result alembic = AlembicOracle.run(Command.of(dir, "current"));
        RetortRun retort = RetortRun.in(dir, "current");
        assertThat(retort.exit()).isEqualTo(alembic.exit()).isEqualTo(255);
        assertThat(retort.stdout()).isEqualTo(alembic.stdout().lines().filter(l -> l.startsWith("FAILED"))
                .findFirst().orElseThrow() + "\n");
    }

    @Test
    void unreachableDatabaseIsExitThreeWithGuidance() {
        RetortRun status = RetortRun.in(dir, "status", "--url", "postgresql://nobody@127.0.0.1:1/nothing");
        assertThat(status.exit()).isEqualTo(3);
        assertThat(status.stdout()).startsWith("FAILED: ").contains("127.0.0.1:1");
    }

    private static Set<String> lines(String out) {
        return new TreeSet<>(Arrays.asList(out.split("\n")));
    }
}
