package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away alembic project holding {@link StoryGraphs#incident(boolean)} as real revision
 * files, whose env.py builds its URL from {@code POSTGRES_HOST/PORT/DB} (like the incident's
 * project) and falls back to {@code sqlalchemy.url = sqlite:///retort.db}. {@code VT} and
 * {@code VT_SCHEMA} set {@code version_table} and {@code version_table_schema}.
 */
final class AlembicProject implements AutoCloseable {
    static final String SQLITE_URL = "sqlite:///retort.db";

    private static final String ENV_PY = """
            import os
            from logging.config import fileConfig

            from sqlalchemy import create_engine, pool

            from alembic import context

            config = context.config
            if config.config_file_name is not None:
                fileConfig(config.config_file_name)

            url = config.get_main_option("sqlalchemy.url")
            if os.environ.get("POSTGRES_HOST"):
                url = "postgresql://postgres@%s:%s/%s" % (
                    os.environ["POSTGRES_HOST"], os.environ.get("POSTGRES_PORT", "5432"), os.environ["POSTGRES_DB"])

            options = {}
            if os.environ.get("VT"):
                options["version_table"] = os.environ["VT"]
            if os.environ.get("VT_SCHEMA"):
                options["version_table_schema"] = os.environ["VT_SCHEMA"]

            engine = create_engine(url, poolclass=pool.NullPool)
            with engine.connect() as connection:
                context.configure(connection=connection, target_metadata=None, **options)
                with context.begin_transaction():
                    context.run_migrations()
            """;

    private final Path root;
    private final List<Revision> revisions;

    private AlembicProject(Path root, List<Revision> revisions) {
        this.root = root;
        this.revisions = revisions;
    }

    /** {@code alembic init}, then our env.py, URL and revision files. */
    static AlembicProject create() throws IOException {
        Path root = Files.createTempDirectory("retort-alembic");
        ExternalTools.Result init = ExternalTools.run(root, Map.of(),
                List.of(ExternalTools.PYTHON, "-m", "alembic", "init", "migrations"));
        assertThat(init.exitCode()).as(init.stdout() + init.stderr()).isZero();
        Path ini = root.resolve("alembic.ini");
        Files.writeString(ini, Files.readString(ini).replaceFirst("(?m)^sqlalchemy\\.url = .*$",
                "sqlalchemy.url = " + SQLITE_URL));
        Files.writeString(root.resolve("migrations/env.py"), ENV_PY);
        List<Revision> revisions = StoryGraphs.incident(true).revisions();
        Path versions = root.resolve("migrations/versions");
        for (Revision revision : revisions) {
            Files.writeString(versions.resolve(revision.id() + ".py"), script(revision));
        }
        return new AlembicProject(root, revisions);
    }

    private static String script(Revision revision) {
        List<String> down = revision.downRevisions();
        String downText = down.isEmpty() ? "None"
                : down.size() == 1 ? "'" + down.get(0) + "'"
                : "(" + String.join(", ", down.stream().map(d -> "'" + d + "'").toList()) + ")";
        return "\"\"\"revision " + revision.id() + "\n\nRevision ID: " + revision.id() + "\n\"\"\"\n"
                + "revision = '" + revision.id() + "'\n"
                + "down_revision = " + downText + "\n"
                + "branch_labels = None\ndepends_on = None\n\n\n"
                + "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
    }

    Path root() {
        return root;
    }

    /** The same revisions as a graph, built directly (not by parsing the files). */
    RevisionGraph graph() {
        return RevisionGraph.build(revisions);
    }

    /** Runs {@code python3 -m alembic ARGS} in the project with the given environment. */
    ExternalTools.Result alembic(Map<String, String> environment, String... args) {
        List<String> argv = new ArrayList<>(List.of(ExternalTools.PYTHON, "-m", "alembic"));
        argv.addAll(List.of(args));
        return ExternalTools.run(root, environment, argv);
    }

    /** Like {@link #alembic}, but the command must succeed. */
    ExternalTools.Result ok(Map<String, String> environment, String... args) {
        ExternalTools.Result result = alembic(environment, args);
        assertThat(result.exitCode()).as("alembic " + String.join(" ", args) + "\n" + result.stdout()
                + result.stderr()).isZero();
        return result;
    }

    /** The revisions an {@code upgrade} ran, in order, from alembic's log lines on stderr. */
    static List<String> upgradedRevisions(ExternalTools.Result result) {
        List<String> out = new ArrayList<>();
        for (String line : result.stderr().split("\n")) {
            int running = line.indexOf("Running upgrade ");
            if (running < 0) {
                continue;
            }
            String after = line.substring(line.indexOf("-> ", running) + 3);
            int comma = after.indexOf(',');
            out.add((comma < 0 ? after : after.substring(0, comma)).strip());
        }
        return out;
    }

    /** {@code alembic current}'s stdout lines, for comparison as a set. */
    static List<String> lines(ExternalTools.Result result) {
        return result.stdout().lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
