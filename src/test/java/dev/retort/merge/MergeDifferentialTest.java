package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code alembic merge} (1.8.1, create date fixed as in alembic-semantics.md 2.6)
 * and Retort's planner on the same projects, and compares file name and bytes, or the failure.
 */
class MergeDifferentialTest {
    /** The create date the wrapper script gives alembic, as local time: the same instant for Retort. */
    private static final LocalDateTime FIXED = LocalDateTime.of(2024, 1, 15, 9, 30, 0, 123456000);
    private static final Clock CLOCK = Clock.fixed(FIXED.atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    private static final Pattern FAILED = Pattern.compile("(?m)^FAILED: (.*)$");
    private static final Map<String, Path> INITIALISED = new HashMap<>();

    @TempDir
    static Path templates;
    @TempDir
    Path scratch;

    private final MergePlanner planner = new MergePlanner(CLOCK, () -> "ffffffffffff");

    @BeforeAll
    static void initProjects() {
        RealAlembic.assumeAvailable();
        for (String template : List.of("generic", "async", "multidb")) {
            INITIALISED.put(template, AlembicProject.init(templates, template));
        }
    }

    private AlembicProject project(String template) {
        return AlembicProject.copyOf(INITIALISED.get(template), scratch.resolve("project"));
    }

    /** The incident of DESIGN.md: 016 with two children. */
    private AlembicProject incident(String template) {
        return project(template).revision("016_add_questionnaire")
                .revision("017_add_asset_id", "016_add_questionnaire")
                .revision("1687c833bfcc", "016_add_questionnaire");
    }

    private static MergeSettings settings(AlembicProject p) {
        return MergeSettings.defaults(p.scriptDirectory, AlembicFlavor.ALEMBIC_1_8);
    }

    private static MergeRequest request(String message, String revId, String... revisions) {
        return MergeRequest.of(message, revisions).withRevisionId(revId);
    }

    /** Plans with Retort, then runs alembic, and returns both. */
    private record Both(MergeOutcome retort, RealAlembic.Output alembic, List<Path> before, List<Path> after) {
    }

    private Both run(AlembicProject p, MergeSettings settings, MergeRequest request) throws IOException {
        MergeOutcome outcome = planner.plan(p.graph(), request, settings);
        List<Path> before = p.versionFiles();
        RealAlembic.Output out = RealAlembic.alembicFixedClock(p.root, Files.createDirectories(scratch.resolve("bin")),
                request.alembicArguments());
        return new Both(outcome, out, before, p.versionFiles());
    }

    /** Same file name, same bytes, same "Generating" line. */
    private MergePlan assertSameFile(AlembicProject p, MergeSettings settings, MergeRequest request) throws IOException {
        Both both = run(p, settings, request);
        assertThat(both.alembic().exitCode()).as(both.alembic().stdout() + both.alembic().stderr()).isZero();
        assertThat(both.retort()).as(both.retort().toString()).isInstanceOf(MergePlan.class);
        MergePlan plan = (MergePlan) both.retort();
        assertThat(both.alembic().stdout()).isEqualTo(plan.generatingLine() + "\n");
        List<Path> created = new ArrayList<>(both.after());
        created.removeAll(both.before());
        assertThat(created).containsExactly(plan.target());
        assertThat(new String(Files.readAllBytes(plan.target()), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(plan.text());
        assertThat(Files.readAllBytes(plan.target())).isEqualTo(plan.bytes());
        return plan;
    }

    /** alembic prints {@code FAILED: <text>} and writes nothing; Retort fails with the same text. */
    private void assertSameFailure(AlembicProject p, MergeSettings settings, MergeRequest request, String expected)
            throws IOException {
        Both both = run(p, settings, request);
        Matcher failed = FAILED.matcher(both.alembic().stdout());
        assertThat(failed.find()).as(both.alembic().stdout() + both.alembic().stderr()).isTrue();
        assertThat(failed.group(1)).isEqualTo(expected);
        assertThat(both.retort()).isEqualTo(new MergeFailure(MergeFailure.Kind.ALEMBIC, expected));
        assertThat(both.after()).isEqualTo(both.before());
    }

    @Test
    void incidentMerge() throws IOException {
        AlembicProject p = incident("generic");
        MergePlan plan = assertSameFile(p, settings(p),
                request("merge heads", "cef530e273d4", "017_add_asset_id", "1687c833bfcc"));
        assertThat(plan.text()).isEqualTo(MakoTemplateTest.resource("expected-1.8.1-generic.py"));
    }

    @Test
    void incidentMessageAndPrefixesInReverseOrder() throws IOException {
        AlembicProject p = incident("generic");
        MergePlan plan = assertSameFile(p, settings(p), request("merge_heads_fix_questionnaire_asset_linkage",
                "cef530e273d4", "1687", "017_add"));
        assertThat(plan.fileName()).isEqualTo("cef530e273d4_merge_heads_fix_questionnaire_asset_.py");
    }

    @Test
    void threeHeadsWithUnicodeMessage() throws IOException {
        AlembicProject p = incident("generic").revision("2a2a2a2a2a2a", "016_add_questionnaire");
        MergePlan plan = assertSameFile(p, settings(p),
                request("Merge: Übergröße ÄÖ & İstanbul—x \"quoted\" it's", "aaaa00000003", "heads"));
        assertThat(plan.parents()).hasSize(3);
    }

    @Test
    void labeledBranchesWithNewLabel() throws IOException {
        AlembicProject p = project("generic").revision("aaaa00000001")
                .revision("bbbb00000001", List.of("aaaa00000001"), List.of("left"), List.of())
                .revision("bbbb00000002", "bbbb00000001")
                .revision("cccc00000001", List.of("aaaa00000001"), List.of("right"), List.of());
        MergePlan plan = assertSameFile(p, settings(p),
                request("join branches", "dddd00000001", "left@head", "right").withBranchLabel("release"));
        assertThat(plan.parents()).containsExactly("bbbb00000002", "cccc00000001");
        assertThat(plan.text()).contains("branch_labels = ('release',)");
    }

    @Test
    void dateTokensInFileTemplateAndShortSlugs() throws IOException {
        AlembicProject p = incident("generic").ini(
                "file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s",
                "truncate_slug_length = 10");
        MergeSettings settings = settings(p)
                .withFileTemplate("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s")
                .withTruncateSlugLength(10);
        MergePlan plan = assertSameFile(p, settings, request("second revision here", "cef530e273d4", "heads"));
        assertThat(plan.fileName()).isEqualTo("2024_01_15_0930-cef530e273d4_second_.py");
    }

    @Test
    void epochAndSecondsTokens() throws IOException {
        AlembicProject p = incident("generic").ini("file_template = %%(epoch)s-%%(second)02d-%%(rev).6s");
        assertSameFile(p, settings(p).withFileTemplate("%(epoch)s-%(second)02d-%(rev).6s"),
                request("x", "cef530e273d4", "heads"));
    }

    @Test
    void customTemplateWithControlLines() throws IOException {
        AlembicProject p = incident("generic").template("""
                ## project template: typed ids, a merge note
                \"""${message}

                Revision ID: ${up_revision}
                Revises: ${down_revision | comma,n}
                Create Date: ${create_date}
                % if branch_labels:
                Branch: ${branch_labels | comma,n}
                % endif

                \"""
                from typing import Sequence, Union

                revision: str = ${repr(up_revision)}
                down_revision: Union[str, Sequence[str], None] = ${repr(down_revision)}
                branch_labels: Union[str, Sequence[str], None] = ${repr(branch_labels)}
                depends_on: Union[str, Sequence[str], None] = ${repr(depends_on)}
                % for parent in (down_revision if down_revision else ()):
                # merges ${parent} (${"%-14s|" % parent})
                % endfor


                def upgrade() -> None:
                    ${upgrades if upgrades else "pass"}


                def downgrade() -> None:
                    ${downgrades if downgrades else "pass"}
                """);
        MergePlan plan = assertSameFile(p, settings(p),
                request("typed merge", "cef530e273d4", "heads").withBranchLabel("rel"));
        assertThat(plan.text()).contains("# merges 017_add_asset_id (017_add_asset_id|)")
                .contains("# merges 1687c833bfcc (1687c833bfcc  |)").contains("Branch: rel\n");
    }

    @Test
    void asyncTemplate() throws IOException {
        AlembicProject p = incident("async");
        assertSameFile(p, settings(p), request("merge heads", "cef530e273d4", "heads"));
    }

    @Test
    void noMessage() throws IOException {
        AlembicProject p = incident("generic");
        MergePlan plan = assertSameFile(p, settings(p), request(null, "6c237c58a9e5", "heads"));
        assertThat(plan.fileName()).isEqualTo("6c237c58a9e5_.py");
    }

    @Test
    void singleHeadWritesAPlainRevision() throws IOException {
        AlembicProject p = project("generic").revision("aaaa00000001").revision("bbbb00000001", "aaaa00000001");
        MergePlan plan = assertSameFile(p, settings(p), request("just one", "cccc00000001", "heads"));
        assertThat(plan.warnings()).extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.SINGLE_PARENT);
    }

    @Test
    void baseWritesANewBase() throws IOException {
        AlembicProject p = incident("generic");
        MergePlan plan = assertSameFile(p, settings(p), request("fresh", "cccc00000001", "base"));
        assertThat(plan.text()).contains("down_revision = None");
    }

    @Test
    void headsSkipsEffectiveHeads() throws IOException {
        AlembicProject p = project("generic").revision("aaaa1111")
                .revision("bbbb2222", List.of("aaaa1111"), List.of(), List.of())
                .revision("cccc3333", List.of("aaaa1111"), List.of(), List.of("bbbb2222"));
        MergePlan plan = assertSameFile(p, settings(p), request("m", "dddd4444", "heads"));
        assertThat(plan.parents()).containsExactly("cccc3333");
    }

    @Test
    void unknownRevision() throws IOException {
        AlembicProject p = incident("generic");
        assertSameFailure(p, settings(p), request("m", "cef530e273d4", "017_add_asset_id", "nope"),
                "Can't locate revision identified by 'nope'");
    }

    @Test
    void ambiguousPrefix() throws IOException {
        AlembicProject p = incident("generic");
        assertSameFailure(p, settings(p), request("m", "cef530e273d4", "01"), "Can't locate revision identified by '01'");
    }

    @Test
    void notAHead() throws IOException {
        AlembicProject p = incident("generic");
        assertSameFailure(p, settings(p), request("m", "cef530e273d4", "016_add_questionnaire", "1687c833bfcc"),
                "Revision 016_add_questionnaire is not a head revision; please specify --splice to create a new "
                        + "branch from this revision");
    }

    @Test
    void duplicate() throws IOException {
        AlembicProject p = incident("generic");
        assertSameFailure(p, settings(p), request("m", "cef530e273d4", "017_add_asset_id", "017_add"),
                "Duplicate head revisions specified");
    }

    @Test
    void badRevisionId() throws IOException {
        AlembicProject p = incident("generic");
        assertSameFailure(p, settings(p), request("m", "bad-id", "heads"),
                "Character(s) '-' not allowed in revision identifier 'bad-id'");
        assertSameFailure(p, settings(p), request("m", "a+b@c", "heads"),
                "Character(s) '+, @' not allowed in revision identifier 'a+b@c'");
    }

    @Test
    void headWithTwoHeads() throws IOException {
        AlembicProject p = incident("generic");
        assertSameFailure(p, settings(p), request("m", "cef530e273d4", "head"), MergePlanner.MULTIPLE_HEADS);
    }

    @Test
    void multidbFailsIn181() throws IOException {
        AlembicProject p = incident("multidb");
        Both both = run(p, settings(p), request("merge heads", "cccc00000001", "heads"));
        assertThat(both.alembic().stdout()).contains("cccc00000001_merge_heads.py ...  FAILED");
        Matcher failed = FAILED.matcher(both.alembic().stdout());
        assertThat(failed.find()).isTrue();
        assertThat(failed.group(1)).matches("Template rendering failed; see .*\\.txt for a template-oriented traceback\\.");
        assertThat(both.after()).isEqualTo(both.before());
        String traceback = Files.readString(Path.of(failed.group(1).replaceAll("^.*see (.*\\.txt) for.*$", "$1")));
        assertThat(both.retort()).isInstanceOf(MergeFailure.class);
        MergeFailure failure = (MergeFailure) both.retort();
        assertThat(failure.kind()).isEqualTo(MergeFailure.Kind.ALEMBIC_OTHER);
        assertThat(failure.message()).startsWith("Template rendering failed");
        String error = "AttributeError: 'str' object has no attribute 'get_main_option'";
        assertThat(failure.message()).contains(error);
        assertThat(traceback).contains(error);
    }

    @Test
    void unknownFileTemplateTokenFailsBoth() throws IOException {
        AlembicProject p = incident("generic").ini("file_template = %%(revision)s");
        Both both = run(p, settings(p).withFileTemplate("%(revision)s"), request("m", "cef530e273d4", "heads"));
        assertThat(both.alembic().exitCode()).isNotZero();
        assertThat(both.alembic().stderr()).contains("KeyError: 'revision'");
        assertThat(both.retort()).isInstanceOf(MergeFailure.class);
        assertThat(((MergeFailure) both.retort()).message()).contains("KeyError: 'revision'");
        assertThat(both.after()).isEqualTo(both.before());
    }

    @Test
    void templateOutsideTheSubsetRendersInAlembicButNotInRetort() throws IOException {
        AlembicProject p = incident("generic").template("""
                <%def name="ids()">revision = ${repr(up_revision)}
                down_revision = ${repr(down_revision)}</%def>${ids()}
                branch_labels = None
                depends_on = None
                """);
        Both both = run(p, settings(p), request("m", "cef530e273d4", "heads"));
        assertThat(both.alembic().exitCode()).isZero();
        assertThat(both.retort()).isInstanceOf(MergeFailure.class);
        assertThat(((MergeFailure) both.retort()).kind()).isEqualTo(MergeFailure.Kind.UNSUPPORTED);
    }

    @Test
    void messagesBreakingTheDocstringCrashAlembicAfterWritingAndRetortRefuses() throws IOException {
        for (String message : List.of("a \"\"\" b", "copy C:\\Users\\me")) {
            AlembicProject p = incident("generic");
            Both both = run(p, settings(p), request(message, "cef530e273d4", "heads"));
            assertThat(both.alembic().exitCode()).isNotZero();
            assertThat(both.alembic().stderr()).contains("SyntaxError");
            assertThat(both.after()).hasSize(both.before().size() + 1);
            assertThat(both.retort()).isInstanceOf(MergeFailure.class);
            assertThat(((MergeFailure) both.retort()).kind()).isEqualTo(MergeFailure.Kind.REFUSED);
            deleteRecursively(p.root);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
