package dev.retort.db;

import static dev.retort.db.StoryGraphs.MERGE;
import static dev.retort.db.StoryGraphs.R016;
import static dev.retort.db.StoryGraphs.R017;
import static dev.retort.db.StoryGraphs.R1687;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.VersionTableState.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real alembic 1.8.1 changes the version table ({@code stamp}, {@code upgrade}); Retort must
 * read the same rows, print the same {@code current}, and predict the same upgrade steps.
 */
class AlembicCrossCheckTest {
    private static PostgresTestDatabase db;
    private static AlembicProject project;

    private final VersionTableReader reader = new VersionTableReader(Timeouts.DEFAULT, PgPass.at(Path.of("/none")));

    @BeforeAll
    static void setUp() throws SQLException, IOException {
        ExternalTools.requirePostgres();
        ExternalTools.requireAlembic();
        db = PostgresTestDatabase.create("alembic");
        db.execute("CREATE SCHEMA audit");
        project = AlembicProject.create();
    }

    @AfterAll
    static void tearDown() throws SQLException, IOException {
        try {
            if (project != null) {
                project.close();
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    /** The profile as a user would set it up: the env.py's variables, as in the incident. */
    private static ConnectionProfile profile() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_HOST", ExternalTools.PG_HOST);
        env.put("POSTGRES_PORT", Integer.toString(ExternalTools.PG_PORT));
        env.put("POSTGRES_DB", db.name());
        return db.profile().withEnvironment(env);
    }

    private static Map<String, String> env(ConnectionProfile profile, String... extra) {
        Map<String, String> env = new HashMap<>(profile.environment());
        for (int i = 0; i + 1 < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    private VersionTableState read(ConnectionProfile profile) {
        return reader.read(profile, Secret.none());
    }

    /** Retort's {@code current} and alembic's, compared as sets (alembic's order is a Python set's). */
    private void assertSameCurrent(ConnectionProfile profile, VersionTableState state, String... vtEnv) {
        ExternalTools.Result alembic = project.ok(env(profile, vtEnv), "current");
        CurrentOutput ours = CurrentOutput.of(project.graph(), state.alembicRows().orElseThrow());
        assertThat(ours.lines()).containsExactlyInAnyOrderElementsOf(AlembicProject.lines(alembic));
    }

    @Test
    void unstampedDatabaseHasNoTableAndPrintsNoCurrent() {
        ConnectionProfile profile = profile().withVersionTable("never_stamped");
        VersionTableState state = read(profile);
        assertThat(state.status()).isEqualTo(Status.VERSION_TABLE_MISSING);
        assertSameCurrent(profile, state, "VT", "never_stamped");
        // alembic current must not have created it either
        assertThat(read(profile).status()).isEqualTo(Status.VERSION_TABLE_MISSING);
    }

    @Test
    void stampedAtTheIncidentRevisionThenUpgradedToHeads() {
        ConnectionProfile profile = profile();
        project.ok(env(profile), "stamp", "--purge", R1687);
        VersionTableState state = read(profile);
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rows()).containsExactly(R1687);
        assertSameCurrent(profile, state);

        VersionState before = VersionState.resolve(project.graph(), state.rows());
        assertThat(before.summary()).isEqualTo("database at 1687c833bfcc (2 pending to head)");
        ExternalTools.Result upgrade = project.ok(env(profile), "upgrade", "heads");
        assertThat(AlembicProject.upgradedRevisions(upgrade)).containsExactlyElementsOf(before.pending());

        VersionTableState after = read(profile);
        assertThat(after.rows()).containsExactly(MERGE);
        assertSameCurrent(profile, after);
        assertThat(VersionState.resolve(project.graph(), after.rows()).summary()).isEqualTo("database at heads");
    }

    @Test
    void twoRowsAfterStampingAnUnrelatedBranch() {
        ConnectionProfile profile = profile();
        project.ok(env(profile), "stamp", "--purge", R1687);
        project.ok(env(profile), "stamp", R017);
        VersionTableState state = read(profile);
        assertThat(state.rowSet()).containsExactlyInAnyOrder(R1687, R017);
        assertSameCurrent(profile, state);
        VersionState resolved = VersionState.resolve(project.graph(), state.rows());
        ExternalTools.Result upgrade = project.ok(env(profile), "upgrade", "heads");
        assertThat(AlembicProject.upgradedRevisions(upgrade)).containsExactlyElementsOf(resolved.pending())
                .containsExactly(MERGE);
    }

    @Test
    void baseRunsEverythingInAlembicsOrder() {
        ConnectionProfile profile = profile();
        project.ok(env(profile), "stamp", "--purge", R016);
        project.ok(env(profile), "stamp", "base");
        VersionTableState state = read(profile);
        assertThat(state.status()).isEqualTo(Status.EMPTY_TABLE);
        assertSameCurrent(profile, state);
        VersionState resolved = VersionState.resolve(project.graph(), state.alembicRows().orElseThrow());
        assertThat(resolved.summary()).isEqualTo("database at base (7 pending to head)");
        ExternalTools.Result upgrade = project.ok(env(profile), "upgrade", "heads");
        assertThat(AlembicProject.upgradedRevisions(upgrade)).containsExactlyElementsOf(resolved.pending());
    }

    @Test
    void customVersionTableAndSchema() {
        ConnectionProfile profile = profile().withVersionTableSchema("audit").withVersionTable("my_versions");
        String[] vt = {"VT", "my_versions", "VT_SCHEMA", "audit"};
        project.ok(env(profile, vt), "stamp", "--purge", R017);
        VersionTableState state = read(profile);
        assertThat(state.status()).isEqualTo(Status.CONNECTED);
        assertThat(state.rows()).containsExactly(R017);
        assertThat(state.versionTable()).isEqualTo("audit.my_versions");
        assertSameCurrent(profile, state, vt);
    }

    @Test
    void unknownRowFailsTheSameWay() throws SQLException {
        ConnectionProfile profile = profile().withVersionTable("unknown_rows");
        project.ok(env(profile, "VT", "unknown_rows"), "stamp", "--purge", R017);
        db.execute("UPDATE unknown_rows SET version_num = 'deadbeef0000'");
        VersionTableState state = read(profile);
        ExternalTools.Result alembic = project.alembic(env(profile, "VT", "unknown_rows"), "current");
        CurrentOutput ours = CurrentOutput.of(project.graph(), state.rows());
        assertThat(ours.stdout()).isEqualTo(alembic.stdout());
        assertThat(ours.exitCode()).isEqualTo(alembic.exitCode()).isEqualTo(255);
        assertThat(VersionState.resolve(project.graph(), state.rows()).summary()).isEqualTo(
                "database is at `deadbeef0000`, which no script defines: a migration file is missing from this "
                        + "checkout");
    }

    @Test
    void overlappingRowsFailTheUpgradeWithAlembicsText() throws SQLException {
        ConnectionProfile profile = profile().withVersionTable("overlap_rows");
        Map<String, String> env = env(profile, "VT", "overlap_rows");
        project.ok(env, "stamp", "--purge", R1687);
        db.execute("INSERT INTO overlap_rows VALUES ('" + R016 + "')");
        VersionTableState state = read(profile);
        assertThat(state.rowSet()).containsExactlyInAnyOrder(R1687, R016);
        assertSameCurrent(profile, state, "VT", "overlap_rows");

        ExternalTools.Result upgrade = project.alembic(env, "upgrade", "heads");
        assertThat(upgrade.exitCode()).isEqualTo(255);
        VersionState resolved = VersionState.resolve(project.graph(), state.rows());
        assertThat(resolved.issues()).extracting(i -> "FAILED: " + i.message() + "\n").contains(upgrade.stdout());
        assertThat(read(profile).rowSet()).containsExactlyInAnyOrder(R1687, R016);
    }

    @Test
    void sqliteRelativeUrlIsResolvedFromTheProjectDirectory() {
        project.ok(Map.of(), "stamp", "--purge", R017);
        ProfileDraft draft = ConnectionProfile.fromUrl("sqlite",
                SqlAlchemyUrl.parse(AlembicProject.SQLITE_URL).url().orElseThrow(), project.root());
        ConnectionProfile profile = draft.profile().orElseThrow();
        assertThat(Path.of(profile.database())).isEqualTo(project.root().resolve("retort.db"));
        VersionTableState state = read(profile);
        assertThat(state.rows()).containsExactly(R017);
        ExternalTools.Result alembic = project.ok(Map.of(), "current");
        assertThat(CurrentOutput.of(project.graph(), state.rows()).lines())
                .containsExactlyInAnyOrderElementsOf(AlembicProject.lines(alembic));
        assertThat(List.of(R017)).containsExactlyElementsOf(state.rows());
    }
}
