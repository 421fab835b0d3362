package dev.retort.ui.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The overlay from database statuses: rings, badges, texts and problems. */
class DatabaseOverlayTest {
    static final RevisionGraph GRAPH = RevisionGraph.build(List.of(
            Revision.of("015", List.of()),
            Revision.of("016", List.of("015")),
            Revision.of("a", List.of("016")),
            Revision.of("b", List.of("016")),
            Revision.of("1687", List.of("a", "b")),
            Revision.of("017", List.of("016"))));

    static DatabaseStatus status(String name, String color, Status status, String... rows) {
        ConnectionProfile p = ConnectionProfile.sqlite(name, Path.of("/tmp/" + name + ".db")).withColor(color);
        VersionTableState table = new VersionTableState(status, List.of(rows), "message of " + name,
                Optional.empty(), p.target(), p.versionTableDisplay());
        Optional<VersionState> state = table.alembicRows().map(r -> VersionState.resolve(GRAPH, r));
        return new DatabaseStatus(p, Optional.of(table), state, false);
    }

    @Test
    void theIncidentDatabaseIsCurrentAtTheMergeWith017Pending() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(status("staging", "#1F77B4", Status.CONNECTED, "1687")));
        assertThat(overlay.nodeClasses().get("1687")).containsExactly("current_1f77b4", "current");
        assertThat(overlay.nodeClasses().get("017")).containsExactly("pending_1f77b4", "pending");
        assertThat(overlay.nodeClasses()).doesNotContainKey("016");
        assertThat(overlay.badges()).containsOnlyKeys("1687");
        assertThat(overlay.badges().get("1687")).containsExactly("#1f77b4");
        assertThat(overlay.statusLine()).isEqualTo("staging: database at 1687 (1 pending to heads)");
        assertThat(overlay.entries().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(overlay.problems()).isEmpty();
    }

    @Test
    void twoDatabasesAtTheSameRevisionBothGetABadgeAndTheFirstGivesTheRing() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(
                status("local", "#2ca02c", Status.CONNECTED, "1687"),
                status("staging", "#d62728", Status.CONNECTED, "1687")));
        assertThat(overlay.badges().get("1687")).containsExactly("#2ca02c", "#d62728");
        assertThat(overlay.nodeClasses().get("1687")).containsExactly("current_2ca02c", "current");
        assertThat(overlay.colors()).containsExactlyInAnyOrder("#2ca02c", "#d62728");
        assertThat(overlay.statusLine()).isEqualTo("local: database at 1687 (1 pending to heads) · "
                + "staging: database at 1687 (1 pending to heads)");
    }

    @Test
    void severalRowsAreSeveralMarkers() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(status("x", "#9467bd", Status.CONNECTED, "1687", "017")));
        assertThat(overlay.badges()).containsOnlyKeys("1687", "017");
        assertThat(overlay.nodeClasses().get("017")).contains("current");
        assertThat(overlay.statusLine()).isEqualTo("x: database at heads");
    }

    @Test
    void aRowNoScriptDefinesIsAnErrorWithGuidanceButKnownRowsStillShow() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(status("prod", "#8c564b", Status.CONNECTED, "abc123",
                "016")));
        assertThat(overlay.badges()).containsOnlyKeys("016");
        assertThat(overlay.entries().get(0).shortText()).isEqualTo("database is at `abc123`, which no script defines: "
                + "a migration file is missing from this checkout");
        assertThat(overlay.entries().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(overlay.problems()).hasSize(1).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DATABASE_ROW_UNKNOWN);
            assertThat(d.message()).startsWith("prod: database is at `abc123`");
        });
    }

    @Test
    void overlappingRowsPointAtTheDescendant() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(status("x", "#1f77b4", Status.CONNECTED, "016", "1687")));
        assertThat(overlay.problems()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DATABASE_ROWS_OVERLAP);
            assertThat(d.revisionId()).contains("1687");
        });
        assertThat(overlay.entries().get(0).shortText()).startsWith("database rows overlap");
    }

    @Test
    void aMissingVersionTableIsAWarningAndMarksNothingPending() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(status("new", "#1f77b4", Status.VERSION_TABLE_MISSING)));
        assertThat(overlay.nodeClasses()).isEmpty();
        assertThat(overlay.statusLine()).isEqualTo("new: not under alembic control");
        assertThat(overlay.problems()).hasSize(1).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DATABASE_NOT_UNDER_ALEMBIC);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void anEmptyTableIsAtBaseWithEverythingPending() {
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(status("empty", "#1f77b4", Status.EMPTY_TABLE)));
        assertThat(overlay.nodeClasses()).containsOnlyKeys("015", "016", "a", "b", "1687", "017");
        assertThat(overlay.badges()).isEmpty();
        assertThat(overlay.statusLine()).isEqualTo("empty: database at base (6 pending to heads)");
    }

    @Test
    void anUnreachableServerIsAnErrorWithTheReadersGuidance() {
        DatabaseStatus down = status("staging", "#ff7f0e", Status.SERVER_UNREACHABLE);
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(down));
        assertThat(overlay.nodeClasses()).isEmpty();
        assertThat(overlay.statusLine()).isEqualTo("staging: server unreachable");
        assertThat(overlay.entries().get(0).message()).isEqualTo("message of staging");
        assertThat(overlay.problems()).hasSize(1).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DATABASE_UNAVAILABLE);
            assertThat(d.message()).isEqualTo("staging: message of staging");
        });
    }

    @Test
    void aReadInProgressKeepsTheLastMarkers() {
        DatabaseStatus done = status("s", "#1f77b4", Status.CONNECTED, "1687");
        DatabaseStatus reading = new DatabaseStatus(done.profile(), done.table(), done.state(), true);
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(reading));
        assertThat(overlay.badges()).containsOnlyKeys("1687");
        assertThat(overlay.statusLine()).endsWith("· reading…");
        DatabaseStatus first = new DatabaseStatus(done.profile(), Optional.empty(), Optional.empty(), true);
        assertThat(DatabaseOverlay.of(List.of(first)).statusLine()).isEqualTo("s: reading…");
    }

    @Test
    void marksAtARevisionSayWhichDatabasesAreThereOrWouldRunIt() {
        List<DatabaseStatus> statuses = List.of(status("local", "#2ca02c", Status.CONNECTED, "1687", "017"),
                status("staging", "#d62728", Status.CONNECTED, "1687"));
        assertThat(DatabaseOverlay.marksAt(statuses, "1687")).extracting(DatabaseOverlay.Mark::text)
                .containsExactly("local is at this revision (one of 2 rows), up to date",
                        "staging is at this revision, 1 migration to go");
        assertThat(DatabaseOverlay.marksAt(statuses, "017")).extracting(DatabaseOverlay.Mark::text)
                .containsExactly("local is at this revision (one of 2 rows), up to date",
                        "upgrade heads on staging would run it (step 1 of 1)");
        assertThat(DatabaseOverlay.marksAt(statuses, "016")).isEmpty();
    }

    @Test
    void tenThousandPendingRevisionsAreQuick() {
        List<Revision> revs = new ArrayList<>();
        revs.add(Revision.of("r0", List.of()));
        for (int i = 1; i < 10_000; i++) {
            revs.add(Revision.of("r" + i, List.of("r" + (i - 1))));
        }
        RevisionGraph big = RevisionGraph.build(revs);
        ConnectionProfile p = ConnectionProfile.sqlite("big", Path.of("/tmp/big.db"));
        VersionTableState table = new VersionTableState(Status.CONNECTED, List.of("r10"), "m", Optional.empty(),
                p.target(), p.versionTableDisplay());
        DatabaseStatus s = new DatabaseStatus(p, Optional.of(table), Optional.of(VersionState.resolve(big,
                table.rows())), false);
        long t0 = System.nanoTime();
        DatabaseOverlay overlay = DatabaseOverlay.of(List.of(s));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(overlay.nodeClasses()).hasSize(9_990); // r10 current, r11..r9999 pending
        assertThat(ms).isLessThan(500);
    }
}
