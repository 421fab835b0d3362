package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergePlannerTest {
    private static final Path SHIPPED = Path.of("/usr/lib/python3/dist-packages/alembic/templates");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T09:30:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path project;
    private Path versions;
    private MergeSettings settings;
    private final MergePlanner planner = new MergePlanner(CLOCK, () -> "aaaa00000001");

    @BeforeEach
    void setUp() throws IOException {
        versions = Files.createDirectories(project.resolve("versions"));
        Files.copy(SHIPPED.resolve("generic/script.py.mako"), project.resolve("script.py.mako"));
        settings = MergeSettings.defaults(project, AlembicFlavor.ALEMBIC_1_8);
    }

    private Revision rev(String id, String... down) {
        return new Revision(id, List.of(down), List.of(), List.of(), "", versions.resolve(id + "_x.py"), 1);
    }

    /** The incident of DESIGN.md: two heads on 016. */
    private RevisionGraph twoHeads() {
        return RevisionGraph.build(List.of(rev("016_add_questionnaire"), rev("017_add_asset_id", "016_add_questionnaire"),
                rev("1687c833bfcc", "016_add_questionnaire")));
    }

    private MergePlan plan(RevisionGraph graph, MergeRequest request) {
        MergeOutcome outcome = planner.plan(graph, request, settings);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(MergePlan.class);
        return (MergePlan) outcome;
    }

    private MergeFailure failure(RevisionGraph graph, MergeRequest request) {
        MergeOutcome outcome = planner.plan(graph, request, settings);
        assertThat(outcome).isInstanceOf(MergeFailure.class);
        return (MergeFailure) outcome;
    }

    @Test
    void mergesTwoHeadsExactlyAsAlembic181() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of("merge heads", "017_add_asset_id", "1687c833bfcc")
                .withRevisionId("cef530e273d4"));
        assertThat(plan.fileName()).isEqualTo("cef530e273d4_merge_heads.py");
        assertThat(plan.target()).isEqualTo(versions.resolve("cef530e273d4_merge_heads.py"));
        assertThat(plan.parents()).containsExactly("017_add_asset_id", "1687c833bfcc");
        assertThat(plan.text()).isEqualTo(MakoTemplateTest.resource("expected-1.8.1-generic.py"));
        assertThat(plan.bytes()).isEqualTo(plan.text().getBytes(StandardCharsets.UTF_8));
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.isMerge()).isTrue();
        assertThat(plan.generatingLine()).isEqualTo("Generating " + plan.target() + " ...  done");
    }

    @Test
    void parentOrderIsArgumentOrder() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "1687", "017_add"));
        assertThat(plan.parents()).containsExactly("1687c833bfcc", "017_add_asset_id");
        assertThat(plan.text()).contains("down_revision = ('1687c833bfcc', '017_add_asset_id')");
    }

    @Test
    void headsMeansRealHeadsInLoadOrder() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "heads"));
        assertThat(plan.parents()).containsExactly("017_add_asset_id", "1687c833bfcc");
    }

    @Test
    void incidentMessageGivesTruncatedSlugAndRandomId() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of("merge_heads_fix_questionnaire_asset_linkage", "heads"));
        assertThat(plan.revisionId()).isEqualTo("aaaa00000001");
        assertThat(plan.fileName()).isEqualTo("aaaa00000001_merge_heads_fix_questionnaire_asset_.py");
    }

    @Test
    void noMessage() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of(null, "heads"));
        assertThat(plan.fileName()).isEqualTo("aaaa00000001_.py");
        assertThat(plan.text()).startsWith("\"\"\"empty message\n");
    }

    @Test
    void branchLabelIsRendered() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "heads").withBranchLabel("release"));
        assertThat(plan.text()).contains("branch_labels = ('release',)");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void branchLabelMissingFromTemplateWarnsWithAlembicsText() throws IOException {
        Files.writeString(project.resolve("script.py.mako"), "revision = ${repr(up_revision)}\n");
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "heads").withBranchLabel("release"));
        assertThat(plan.warnings()).extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.BRANCH_LABEL_NOT_RENDERED);
        assertThat(plan.warnings().get(0).message()).startsWith("Version aaaa00000001 specified branch_labels release, "
                + "however the migration file ");
    }

    @Test
    void alembicFailuresUseAlembicsTexts() {
        RevisionGraph graph = twoHeads();
        assertThat(failure(graph, MergeRequest.of("m", "nope", "heads"))).isEqualTo(
                new MergeFailure(MergeFailure.Kind.ALEMBIC, "Can't locate revision identified by 'nope'"));
        assertThat(failure(graph, MergeRequest.of("m", "head")).message()).isEqualTo(MergePlanner.MULTIPLE_HEADS);
        assertThat(failure(graph, MergeRequest.of("m", "017_add_asset_id", "017_a")).message())
                .isEqualTo("Duplicate head revisions specified");
        assertThat(failure(graph, MergeRequest.of("m", "heads", "016_add_questionnaire")).message()).isEqualTo(
                "Revision 016_add_questionnaire is not a head revision; please specify --splice to create a new branch "
                        + "from this revision");
        assertThat(failure(graph, MergeRequest.of("m", "heads").withRevisionId("bad-id")).message())
                .isEqualTo("Character(s) '-' not allowed in revision identifier 'bad-id'");
        assertThat(failure(graph, MergeRequest.of("m", "heads").withRevisionId("a@b+c-d")).message())
                .isEqualTo("Character(s) '+, -, @' not allowed in revision identifier 'a@b+c-d'");
    }

    @Test
    void colonIsIllegalOnlyInNewerAlembic() {
        assertThat(plan(twoHeads(), MergeRequest.of("m", "heads").withRevisionId("a:b")).warnings())
                .extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.UNUSUAL_REVISION_ID);
        settings = MergeSettings.defaults(project, AlembicFlavor.LATEST);
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads").withRevisionId("a:b")).kind())
                .isEqualTo(MergeFailure.Kind.ALEMBIC);
    }

    @Test
    void oneOrNoParentIsWrittenButFlagged() {
        RevisionGraph single = RevisionGraph.build(List.of(rev("aaaa1111"), rev("bbbb2222", "aaaa1111")));
        MergePlan one = plan(single, MergeRequest.of("m", "heads"));
        assertThat(one.parents()).containsExactly("bbbb2222");
        assertThat(one.text()).contains("down_revision = 'bbbb2222'");
        assertThat(one.warnings()).extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.SINGLE_PARENT);
        assertThat(one.isMerge()).isFalse();
        MergePlan none = plan(single, MergeRequest.of("m", "base"));
        assertThat(none.text()).contains("down_revision = None");
        assertThat(none.warnings()).extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.NO_PARENT);
        MergePlan empty = plan(RevisionGraph.build(List.of()), MergeRequest.of("m", "heads"));
        assertThat(empty.parents()).isEmpty();
    }

    @Test
    void headsSkipsEffectiveHeadsAndSaysSo() {
        Revision dependency = rev("bbbb2222", "aaaa1111");
        Revision dependent = new Revision("cccc3333", List.of("aaaa1111"), List.of("bbbb2222"), List.of(), "",
                versions.resolve("c.py"), 1);
        MergePlan plan = plan(RevisionGraph.build(List.of(rev("aaaa1111"), dependency, dependent)),
                MergeRequest.of("m", "heads"));
        assertThat(plan.parents()).containsExactly("cccc3333");
        assertThat(plan.warnings()).extracting(MergeWarning::kind)
                .containsExactly(MergeWarning.Kind.SINGLE_PARENT, MergeWarning.Kind.EFFECTIVE_HEAD_SKIPPED);
    }

    @Test
    void labelsAndLabelAtHeadResolve() {
        List<Revision> revisions = new ArrayList<>(List.of(rev("aaaa1111"),
                rev("bbbb2222", "aaaa1111").withBranchLabels(List.of("left")),
                rev("cccc3333", "aaaa1111").withBranchLabels(List.of("right"))));
        MergePlan plan = plan(RevisionGraph.build(revisions), MergeRequest.of("m", "right@head", "left"));
        assertThat(plan.parents()).containsExactly("cccc3333", "bbbb2222");
    }

    @Test
    void emptyRevisionIdIsIgnoredLikeAlembic() {
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "heads").withRevisionId(""));
        assertThat(plan.revisionId()).isEqualTo("aaaa00000001");
        assertThat(plan.warnings()).extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.EMPTY_REVISION_ID);
    }

    @Test
    void retortRefusesWhatAlembicWouldDoWrong() throws IOException {
        RevisionGraph graph = twoHeads();
        MergeFailure existing = failure(graph, MergeRequest.of("m", "heads").withRevisionId("1687c833bfcc"));
        assertThat(existing.kind()).isEqualTo(MergeFailure.Kind.REFUSED);
        assertThat(existing.message()).contains("'1687c833bfcc' already exists");
        MergeFailure tooLong = failure(graph, MergeRequest.of("m", "heads").withRevisionId("x".repeat(33)));
        assertThat(tooLong.message()).contains("33 characters").contains("VARCHAR(32)");
        assertThat(plan(graph, MergeRequest.of("m", "heads").withRevisionId("y".repeat(32))).revisionId()).hasSize(32);
        Files.writeString(versions.resolve("aaaa00000001_m.py"), "keep me");
        MergeFailure fileExists = failure(graph, MergeRequest.of("m", "heads"));
        assertThat(fileExists.kind()).isEqualTo(MergeFailure.Kind.REFUSED);
        assertThat(fileExists.message()).contains("already exists").contains("never");
        assertThat(failure(graph, new MergeRequest(List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .kind()).isEqualTo(MergeFailure.Kind.REFUSED);
    }

    @Test
    void severalVersionLocationsUseTheFirstParentsDirectory() throws IOException {
        Path other = Files.createDirectories(project.resolve("other"));
        settings = settings.withVersionLocations(List.of(versions, other));
        Revision inOther = new Revision("1687c833bfcc", List.of("016_add_questionnaire"), List.of(), List.of(), "",
                other.resolve("1687c833bfcc_x.py"), 1);
        RevisionGraph graph = RevisionGraph.build(List.of(rev("016_add_questionnaire"),
                rev("017_add_asset_id", "016_add_questionnaire"), inOther));
        assertThat(plan(graph, MergeRequest.of("m", "1687", "017_add")).target().getParent()).isEqualTo(other);
        assertThat(plan(graph, MergeRequest.of("m", "017_add", "1687")).target().getParent()).isEqualTo(versions);
        assertThat(failure(graph, MergeRequest.of("m", "base")).message())
                .isEqualTo("Multiple version locations present, please specify --version-path");
    }

    @Test
    void fileTemplateAndSlugSettings() {
        settings = settings.withFileTemplate("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s")
                .withTruncateSlugLength(10);
        assertThat(plan(twoHeads(), MergeRequest.of("second revision here", "heads")).fileName())
                .isEqualTo("2024_01_15_0930-aaaa00000001_second_.py");
        settings = settings.withFileTemplate("%(rev)s_%(slug)s").withTruncateSlugLength(0);
        assertThat(plan(twoHeads(), MergeRequest.of("a".repeat(39) + " bb", "heads")).fileName())
                .isEqualTo("aaaa00000001_" + "a".repeat(39) + "_.py");
        settings = settings.withFileTemplate("%(nope)s");
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads")).kind()).isEqualTo(MergeFailure.Kind.ALEMBIC_OTHER);
    }

    @Test
    void subdirectoriesOnlyWithNewerAlembic() {
        settings = settings.withFileTemplate("%(year)d/%(rev)s_%(slug)s");
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads")).kind()).isEqualTo(MergeFailure.Kind.REFUSED);
        settings = MergeSettings.defaults(project, AlembicFlavor.LATEST).withFileTemplate("%(year)d/%(rev)s_%(slug)s");
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "heads"));
        assertThat(plan.fileName()).isEqualTo("2024/aaaa00000001_m.py");
        assertThat(plan.target()).isEqualTo(versions.resolve("2024").resolve("aaaa00000001_m.py"));
        settings = settings.withFileTemplate("../%(rev)s");
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads")).kind()).isEqualTo(MergeFailure.Kind.REFUSED);
    }

    @Test
    void timezone() {
        settings = settings.withTimezone(Optional.of("Mars/Base"));
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads"))).isEqualTo(
                new MergeFailure(MergeFailure.Kind.ALEMBIC, "Can't locate timezone: Mars/Base"));
        settings = settings.withTimezone(Optional.of("Asia/Tokyo"));
        MergePlan plan = plan(twoHeads(), MergeRequest.of("m", "heads"));
        assertThat(plan.text()).contains("Create Date: 2024-01-15 18:30:00.123456+09:00");
        assertThat(plan.warnings()).extracting(MergeWarning::kind).containsExactly(MergeWarning.Kind.TIMEZONE_NEEDS_DATEUTIL);
    }

    @Test
    void templateProblems() throws IOException {
        Files.writeString(project.resolve("script.py.mako"), "a\n<%def name=\"x()\">y</%def>\n");
        MergeFailure unsupported = failure(twoHeads(), MergeRequest.of("m", "heads"));
        assertThat(unsupported.kind()).isEqualTo(MergeFailure.Kind.UNSUPPORTED);
        assertThat(unsupported.message()).contains("line 2").contains("<%def>").contains("alembic merge -m m heads");

        Files.copy(SHIPPED.resolve("multidb/script.py.mako"), project.resolve("script.py.mako"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MergeFailure multidb = failure(twoHeads(), MergeRequest.of("m", "heads"));
        assertThat(multidb.kind()).isEqualTo(MergeFailure.Kind.ALEMBIC_OTHER);
        assertThat(multidb.message()).startsWith("Template rendering failed")
                .contains("AttributeError: 'str' object has no attribute 'get_main_option'");
        settings = MergeSettings.defaults(project, AlembicFlavor.LATEST)
                .withMainOptions(Map.of("databases", "engine1, engine2"));
        assertThat(plan(twoHeads(), MergeRequest.of("m", "heads")).text()).contains("def upgrade_engine2() -> None:");

        Files.delete(project.resolve("script.py.mako"));
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads")).message()).contains("does not exist");
    }

    @Test
    void outputEncoding() {
        settings = settings.withOutputEncoding("latin-1");
        assertThat(plan(twoHeads(), MergeRequest.of("Größe", "heads")).bytes())
                .isEqualTo(plan(twoHeads(), MergeRequest.of("Größe", "heads")).text().getBytes(StandardCharsets.ISO_8859_1));
        settings = settings.withOutputEncoding("ascii");
        assertThat(failure(twoHeads(), MergeRequest.of("Größe", "heads")).message()).contains("UnicodeEncodeError");
        settings = settings.withOutputEncoding("no-such-codec");
        assertThat(failure(twoHeads(), MergeRequest.of("m", "heads")).message()).contains("unknown encoding");
    }

    @Test
    void relativeSpecsBelowTheBaseAreNotPlanned() {
        RevisionGraph single = RevisionGraph.build(List.of(rev("aaaa1111")));
        assertThat(failure(single, MergeRequest.of("m", "-1")).kind()).isEqualTo(MergeFailure.Kind.UNSUPPORTED);
        RevisionGraph chain = RevisionGraph.build(List.of(rev("aaaa1111"), rev("bbbb2222", "aaaa1111")));
        assertThat(failure(chain, MergeRequest.of("m", "bbbb2222", "-1")).message())
                .isEqualTo("Revision aaaa1111 is not a head revision; please specify --splice to create a new branch "
                        + "from this revision");
        // both heads of the incident graph step down to 016: a duplicate, as in alembic
        assertThat(failure(twoHeads(), MergeRequest.of("m", "-1")).message()).isEqualTo("Duplicate head revisions specified");
    }

    @Test
    void randomIdsLookLikeAlembics() {
        String id = RevisionIds.random().get();
        assertThat(id).matches("[0-9a-f]{12}");
    }

    @Test
    void alembicArgumentsForTheFallback() {
        assertThat(MergeRequest.of("merge heads", "a", "b").withBranchLabel("x").withRevisionId("r").alembicArguments())
                .containsExactly("merge", "-m", "merge heads", "--branch-label", "x", "--rev-id", "r", "a", "b");
    }

    @Test
    void shellCommandQuotesWhatAShellWouldSplit() {
        assertThat(MergeRequest.of("it's done", "a@head", "b").withRevisionId("x").shellCommand())
                .isEqualTo("alembic merge -m 'it'\\''s done' --rev-id x a@head b");
        assertThat(MergeRequest.of(null, "heads").shellCommand()).isEqualTo("alembic merge heads");
    }

    @Test
    void messagesThatBreakTheDocstringAreRefused() {
        MergeFailure quotes = failure(twoHeads(), MergeRequest.of("a \"\"\" b", "heads"));
        assertThat(quotes.kind()).isEqualTo(MergeFailure.Kind.REFUSED);
        assertThat(quotes.message()).contains("\"\"\"").contains("not valid Python");
        assertThat(failure(twoHeads(), MergeRequest.of("copy C:\\Users\\me", "heads")).message())
                .contains("invalid Python escape");
        assertThat(failure(twoHeads(), MergeRequest.of("bad \\x4", "heads")).kind()).isEqualTo(MergeFailure.Kind.REFUSED);
        // valid escapes and lone quotes are fine, as in alembic
        assertThat(plan(twoHeads(), MergeRequest.of("tab\\t \\\\ \\u00e9 say \"hi\"", "heads")).text())
                .startsWith("\"\"\"tab\\t \\\\ \\u00e9 say \"hi\"\n");
    }
}
