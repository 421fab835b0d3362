package dev.retort.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes alembic projects for differential tests and benchmarks: an {@code alembic.ini}, an
 * offline-capable {@code env.py}, alembic 1.8.1's generic {@code script.py.mako}, and one
 * revision file per {@link Rev}, in the header style alembic 1.8 (classic) or 1.11+ (typed)
 * writes, or hand-written variants.
 */
public final class ProjectGenerator {

    /** How a revision file spells its identifiers. */
    public enum Style { CLASSIC, TYPED, HAND_WRITTEN }

    /** One revision to write. Lists may be empty; a single down revision is written as a scalar. */
    public record Rev(String id, List<String> down, List<String> dependsOn, List<String> labels, String message,
            Style style) {
        public static Rev of(String id, String message, String... down) {
            return new Rev(id, List.of(down), List.of(), List.of(), message, Style.CLASSIC);
        }

        public Rev dependsOn(String... deps) {
            return new Rev(id, down, List.of(deps), labels, message, style);
        }

        public Rev labels(String... names) {
            return new Rev(id, down, dependsOn, List.of(names), message, style);
        }

        public Rev style(Style s) {
            return new Rev(id, down, dependsOn, labels, message, s);
        }
    }

    private ProjectGenerator() {
    }

    /** Writes the project under {@code dir}; returns the path of {@code alembic.ini}. */
    public static Path write(Path dir, List<Rev> revisions) throws IOException {
        Path migrations = dir.resolve("migrations");
        Path versions = migrations.resolve("versions");
        Files.createDirectories(versions);
        Path ini = dir.resolve("alembic.ini");
        Files.writeString(ini, """
                [alembic]
                script_location = %(here)s/migrations
                sqlalchemy.url = sqlite:///%(here)s/test.db
                """, StandardCharsets.UTF_8);
        Files.writeString(migrations.resolve("env.py"), ENV_PY, StandardCharsets.UTF_8);
        Files.writeString(migrations.resolve("script.py.mako"), SCRIPT_MAKO_181, StandardCharsets.UTF_8);
        LocalDateTime date = LocalDateTime.of(2024, 1, 15, 9, 30, 0, 123456000);
        for (Rev rev : revisions) {
            date = date.plusMinutes(7).plusNanos(1000);
            Files.writeString(versions.resolve(fileName(rev)), render(rev, date), StandardCharsets.UTF_8);
        }
        return ini;
    }

    static String fileName(Rev rev) {
        String slug = rev.message().toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return rev.id() + "_" + (slug.length() > 30 ? slug.substring(0, 30) : slug) + ".py";
    }

    /** The text of one revision file. */
    public static String render(Rev rev, LocalDateTime createDate) {
        String header = "\"\"\"" + rev.message() + "\n\nRevision ID: " + rev.id() + "\nRevises: "
                + String.join(", ", rev.down()) + "\nCreate Date: " + createDate.toString().replace('T', ' ')
                + "\n\n\"\"\"\n";
        return switch (rev.style()) {
            case CLASSIC -> header + "from alembic import op\nimport sqlalchemy as sa\n\n\n"
                    + "# revision identifiers, used by Alembic.\n"
                    + "revision = " + repr(rev.id()) + "\n"
                    + "down_revision = " + reprRevs(rev.down()) + "\n"
                    + "branch_labels = " + reprLabels(rev.labels()) + "\n"
                    + "depends_on = " + reprRevs(rev.dependsOn()) + "\n" + FUNCTIONS;
            case TYPED -> header + "from typing import Sequence, Union\n\nfrom alembic import op\n"
                    + "import sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n"
                    + "revision: str = " + repr(rev.id()) + "\n"
                    + "down_revision: Union[str, Sequence[str], None] = " + reprRevs(rev.down()) + "\n"
                    + "branch_labels: Union[str, Sequence[str], None] = " + reprLabels(rev.labels()) + "\n"
                    + "depends_on: Union[str, Sequence[str], None] = " + reprRevs(rev.dependsOn()) + "\n"
                    + FUNCTIONS;
            case HAND_WRITTEN -> header + "from alembic import op  # the usual\n\n"
                    + "revision = \"" + rev.id() + "\"  # hand-written\n"
                    + "down_revision = " + handList(rev.down()) + "\n"
                    + (rev.labels().isEmpty() ? "" : "branch_labels = " + handList(rev.labels()) + "\n")
                    + "depends_on = (\n" + rev.dependsOn().stream().map(d -> "    \"" + d + "\",\n")
                            .collect(Collectors.joining()) + ")\n" + FUNCTIONS;
        };
    }

    private static String handList(List<String> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        return "[" + items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(", ")) + ",]";
    }

    private static String repr(String s) {
        return "'" + s + "'";
    }

    private static String reprRevs(List<String> revs) {
        if (revs.isEmpty()) {
            return "None";
        }
        if (revs.size() == 1) {
            return repr(revs.get(0));
        }
        return "(" + revs.stream().map(ProjectGenerator::repr).collect(Collectors.joining(", ")) + ")";
    }

    private static String reprLabels(List<String> labels) {
        if (labels.isEmpty()) {
            return "None";
        }
        return "(" + labels.stream().map(ProjectGenerator::repr).collect(Collectors.joining(", "))
                + (labels.size() == 1 ? ",)" : ")");
    }

    /** What to put in a random history. */
    public record Shape(int revisions, double branchChance, double mergeChance, double newBaseChance,
            double labelChance, double dependsOnChance, boolean mixStyles) {
        public static Shape linear(int n) {
            return new Shape(n, 0, 0, 0, 0, 0, false);
        }

        public static Shape rich(int n) {
            return new Shape(n, 0.25, 0.2, 0.04, 0.08, 0.08, true);
        }
    }

    /**
     * A random valid history: every parent exists and precedes its child; merges join distinct
     * heads (two or three); labels are unique; depends_on names an earlier id or label.
     */
    public static List<Rev> random(long seed, Shape shape) {
        Random random = new Random(seed);
        List<Rev> out = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<String> labelsSoFar = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < shape.revisions(); i++) {
            String id = newId(random, i, ids);
            List<String> down = new ArrayList<>();
            if (out.isEmpty() || random.nextDouble() < shape.newBaseChance()) {
                // a new root
            } else if (heads.size() >= 2 && random.nextDouble() < shape.mergeChance()) {
                int parents = heads.size() >= 3 && random.nextBoolean() ? 3 : 2;
                List<String> shuffled = new ArrayList<>(heads);
                java.util.Collections.shuffle(shuffled, random);
                down.addAll(shuffled.subList(0, parents));
            } else if (random.nextDouble() < shape.branchChance()) {
                down.add(out.get(random.nextInt(out.size())).id());
            } else {
                down.add(heads.isEmpty() ? out.get(out.size() - 1).id() : heads.get(random.nextInt(heads.size())));
            }
            List<String> deps = new ArrayList<>();
            if (!out.isEmpty() && random.nextDouble() < shape.dependsOnChance()) {
                if (!labelsSoFar.isEmpty() && random.nextBoolean()) {
                    deps.add(labelsSoFar.get(random.nextInt(labelsSoFar.size())));
                } else {
                    String dep = out.get(random.nextInt(out.size())).id();
                    if (!down.contains(dep)) {
                        deps.add(dep);
                    }
                }
            }
            List<String> labels = new ArrayList<>();
            if (random.nextDouble() < shape.labelChance()) {
                String label = "lbl" + labelsSoFar.size();
                labels.add(label);
                labelsSoFar.add(label);
            }
            Style style = shape.mixStyles() ? Style.values()[random.nextInt(Style.values().length)] : Style.CLASSIC;
            String message = MESSAGES[random.nextInt(MESSAGES.length)] + " " + i;
            out.add(new Rev(id, down, deps, labels, message, style));
            heads.removeAll(down);
            heads.add(id);
        }
        return out;
    }

    private static String newId(Random random, int index, Set<String> ids) {
        String id;
        do {
            if (random.nextInt(5) == 0) {
                id = String.format("%03d_%s", index, WORDS[random.nextInt(WORDS.length)]);
            } else {
                id = String.format("%012x", random.nextLong() & 0xffffffffffffL);
            }
        } while (!ids.add(id));
        return id;
    }

    /** Ids of a history, for tests that pick some. */
    public static List<String> ids(List<Rev> revs) {
        return revs.stream().map(Rev::id).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The ids that are heads of a generated history (no down_revision child). */
    public static Set<String> heads(List<Rev> revs) {
        Set<String> heads = new LinkedHashSet<>(ids(revs));
        revs.forEach(r -> heads.removeAll(r.down()));
        return heads;
    }

    private static final String[] MESSAGES = {"add users table", "add email column", "create index on orders",
        "drop legacy flag", "Add asset id to questionnaire responses", "security constraints", "merge heads",
        "rename column", "backfill: müller & Söhne", "widen varchar"};
    private static final String[] WORDS = {"add_users", "add_email", "orders_idx", "drop_flag", "asset_id",
        "security", "rename_col"};

    private static final String FUNCTIONS = "\n\ndef upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n"
            + "    pass\n";

    /**
     * alembic's generic env.py without the logging set-up: offline ({@code --sql}) and online
     * against {@code sqlalchemy.url}, so {@code stamp}, {@code current} and {@code upgrade} work.
     */
    public static final String ENV_PY = """
            from alembic import context
            from sqlalchemy import engine_from_config, pool

            config = context.config


            def run_migrations_offline() -> None:
                context.configure(
                    url=config.get_main_option("sqlalchemy.url"),
                    literal_binds=True,
                    dialect_opts={"paramstyle": "named"},
                )
                with context.begin_transaction():
                    context.run_migrations()


            def run_migrations_online() -> None:
                connectable = engine_from_config(
                    config.get_section(config.config_ini_section),
                    prefix="sqlalchemy.",
                    poolclass=pool.NullPool,
                )
                with connectable.connect() as connection:
                    context.configure(connection=connection)
                    with context.begin_transaction():
                        context.run_migrations()


            if context.is_offline_mode():
                run_migrations_offline()
            else:
                run_migrations_online()
            """;

    /** alembic 1.8.1's generic {@code script.py.mako}, verbatim. */
    public static final String SCRIPT_MAKO_181 = """
            \"\"\"${message}

            Revision ID: ${up_revision}
            Revises: ${down_revision | comma,n}
            Create Date: ${create_date}

            \"\"\"
            from alembic import op
            import sqlalchemy as sa
            ${imports if imports else ""}

            # revision identifiers, used by Alembic.
            revision = ${repr(up_revision)}
            down_revision = ${repr(down_revision)}
            branch_labels = ${repr(branch_labels)}
            depends_on = ${repr(depends_on)}


            def upgrade() -> None:
                ${upgrades if upgrades else "pass"}


            def downgrade() -> None:
                ${downgrades if downgrades else "pass"}
            """;
}
