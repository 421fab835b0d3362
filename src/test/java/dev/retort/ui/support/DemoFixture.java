package dev.retort.ui.support;

import dev.retort.app.DemoDatabase;
import dev.retort.db.ConnectionProfile;
import dev.retort.merge.AlembicFlavor;
import dev.retort.merge.Attempt;
import dev.retort.merge.MergeFailure;
import dev.retort.merge.MergeOutcome;
import dev.retort.merge.MergePlan;
import dev.retort.merge.MergePlanner;
import dev.retort.merge.MergeRequest;
import dev.retort.merge.MergeSettings;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.testsupport.TestFiles;
import dev.retort.ui.project.ProjectOpener;
import dev.retort.ui.project.ProjectSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The bundled demo (the two-heads incident) as the upgrade tests need it: a fresh copy with its
 * database at {@code 1687c833bfcc}, the heads merged as the merge wizard would merge them, and
 * extra revisions that fail or sleep.
 */
public final class DemoFixture {
    public static final String R016 = "016_add_security_constraints";
    public static final String R017 = "017_add_asset_id_to_questionnaire_responses";
    public static final String R1687 = "1687c833bfcc";
    /** The id the merge gets (alembic would pick a random one). */
    public static final String MERGE = "cef530e273d4";

    private DemoFixture() {
    }

    /** A copy of the demo in {@code dir} with demo.db made from its dump (at 1687c833bfcc). */
    public static Path copy(Path dir) throws IOException {
        Path demo = TestFiles.copyDemo(dir);
        DemoDatabase.ensure(demo);
        return demo;
    }

    /** The demo's SQLite database as a connection profile. */
    public static ConnectionProfile profile(Path demo) {
        return ConnectionProfile.sqlite("demo.db", demo.resolve(DemoDatabase.DATABASE));
    }

    /** Merges 017 and 1687c833bfcc into {@link #MERGE} with dev.retort.merge, as the merge wizard does. */
    public static Path mergeHeads(Path demo) {
        ProjectSnapshot snapshot = new ProjectOpener().open(demo);
        AlembicConfig config = snapshot.project().config().orElseThrow();
        MergeSettings settings = new MergeSettings(config.scriptTemplate(), config.versionLocations(),
                config.fileTemplate(), config.truncateSlugLength(), config.timezone(), config.outputEncoding(),
                AlembicFlavor.ALEMBIC_1_8, config.mainOptions());
        MergePlanner planner = new MergePlanner(Clock.fixed(Instant.parse("2025-09-10T12:00:00Z"), ZoneOffset.UTC),
                () -> MERGE);
        MergeOutcome outcome = planner.plan(snapshot.graph(), MergeRequest.of(
                "merge_heads_fix_questionnaire_asset_linkage", R017, R1687), settings);
        if (outcome instanceof MergeFailure failure) {
            throw new IllegalStateException(failure.message());
        }
        Attempt<Path> written = new dev.retort.merge.MergeFileWriter().write((MergePlan) outcome);
        if (!written.isOk()) {
            throw new IllegalStateException(written.error());
        }
        return written.value();
    }

    /** Adds a revision on top of {@code parent} whose upgrade() runs {@code body} (Python, 4 spaces in). */
    public static Path addRevision(Path demo, String id, String message, String parent, String body)
            throws IOException {
        String text = "\"\"\"" + message + "\n\nRevision ID: " + id + "\nRevises: " + parent + "\n\"\"\"\n"
                + "from alembic import op\nimport sqlalchemy as sa\nimport time\n\n"
                + "revision = '" + id + "'\ndown_revision = '" + parent + "'\nbranch_labels = None\n"
                + "depends_on = None\n\n\ndef upgrade() -> None:\n" + body + "\n\n\ndef downgrade() -> None:\n"
                + "    pass\n";
        Path file = demo.resolve("migrations/versions/" + id + "_" + message.replace(' ', '_') + ".py");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
