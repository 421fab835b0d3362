package dev.retort.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Alembic projects whose migrations really change a PostgreSQL schema, for end-to-end tests of
 * running alembic. Like many real projects, env.py builds its URL from environment variables
 * ({@code POSTGRES_HOST}, {@code POSTGRES_PORT}, {@code POSTGRES_DB}, {@code POSTGRES_USER},
 * {@code POSTGRES_PASSWORD}) and alembic.ini has no {@code sqlalchemy.url}; the scripts folder is
 * called {@code alembic}, as {@code alembic init alembic} makes it. Each migration commits on its
 * own ({@code transaction_per_migration=True}), so a failure leaves the database after the last
 * step that worked.
 */
public final class MigrationProjects {
    public static final String R015 = "015_add_questionnaires";
    public static final String R016 = "016_add_security_constraints";
    public static final String R017 = "017_add_asset_id_to_questionnaire_responses";
    public static final String AUDIT_LOG = "a1b2c3d4e5f6";
    public static final String AUDIT_INDEX = "b2c3d4e5f6a7";
    public static final String R1687 = "1687c833bfcc";
    public static final String MERGE = "cef530e273d4";
    public static final String MERGE_MESSAGE = "merge_heads_fix_questionnaire_asset_linkage";

    private MigrationProjects() {
    }

    /** One revision file: id, parents, message (its doc) and the bodies of upgrade() and downgrade(). */
    public record Migration(String id, List<String> down, String message, String upgrade, String downgrade) {
        public static Migration of(String id, String message, String upgrade, String downgrade, String... down) {
            return new Migration(id, List.of(down), message, upgrade, downgrade);
        }
    }

    /**
     * The incident of DESIGN.md before the fix: {@code 015 -> 016}, then {@code 016 -> 017} (adds
     * {@code questionnaire_responses.asset_id}) and {@code 016 -> a1b2 / b2c3 -> 1687c833bfcc} (a
     * merge): two heads, 017 and 1687c833bfcc.
     */
    public static List<Migration> incident() {
        return List.of(
                // ids such as 017_add_asset_id_to_questionnaire_responses need more than alembic's VARCHAR(32)
                Migration.of(R015, "add questionnaires",
                        "op.alter_column('alembic_version', 'version_num', type_=sa.String(128), "
                                + "existing_nullable=False)\n"
                                + "    op.create_table('questionnaires', sa.Column('id', sa.Integer, primary_key=True),\n"
                                + "        sa.Column('title', sa.String(200), nullable=False))",
                        "op.drop_table('questionnaires')"),
                Migration.of(R016, "add security constraints",
                        "op.create_table('questionnaire_responses', sa.Column('id', sa.Integer, primary_key=True),\n"
                                + "        sa.Column('questionnaire_id', sa.Integer,\n"
                                + "                  sa.ForeignKey('questionnaires.id', ondelete='CASCADE'), "
                                + "nullable=False))",
                        "op.drop_table('questionnaire_responses')", R015),
                Migration.of(AUDIT_LOG, "add audit log",
                        "op.create_table('audit_log', sa.Column('id', sa.Integer, primary_key=True),\n"
                                + "        sa.Column('event', sa.Text))",
                        "op.drop_table('audit_log')", R016),
                Migration.of(AUDIT_INDEX, "add audit index",
                        "op.create_index('ix_responses_questionnaire', 'questionnaire_responses', "
                                + "['questionnaire_id'])",
                        "op.drop_index('ix_responses_questionnaire', table_name='questionnaire_responses')", R016),
                Migration.of(R1687, "merge audit branches", "pass", "pass", AUDIT_LOG, AUDIT_INDEX),
                Migration.of(R017, "add asset id to questionnaire responses",
                        "op.add_column('questionnaire_responses', sa.Column('asset_id', sa.Integer, nullable=True))",
                        "op.drop_column('questionnaire_responses', 'asset_id')", R016));
    }

    /** {@code 001} creates {@code items}; {@code 002} adds a column, then raises. */
    public static List<Migration> failing() {
        return List.of(
                Migration.of("001_create_items", "create items",
                        "op.create_table('items', sa.Column('id', sa.Integer, primary_key=True))",
                        "op.drop_table('items')"),
                Migration.of("002_add_note_then_fail", "add note then fail",
                        "op.add_column('items', sa.Column('note', sa.Text))\n"
                                + "    raise RuntimeError('boom: simulated failure in 002')",
                        "op.drop_column('items', 'note')", "001_create_items"));
    }

    /**
     * {@code 001} creates {@code items}; {@code 002} creates {@code slow_things}, then waits on a
     * child process ({@code sleep 300}), so a test can cancel alembic in the middle of a migration
     * and check that the child went too.
     */
    public static List<Migration> slow() {
        return List.of(
                Migration.of("001_create_items", "create items",
                        "op.create_table('items', sa.Column('id', sa.Integer, primary_key=True))",
                        "op.drop_table('items')"),
                Migration.of("002_slow", "slow migration",
                        "op.create_table('slow_things', sa.Column('id', sa.Integer, primary_key=True))\n"
                                + "    import subprocess\n"
                                + "    subprocess.run(['/bin/sleep', '300'], check=True)",
                        "op.drop_table('slow_things')", "001_create_items"));
    }

    /** Writes the project; returns {@code alembic.ini}. */
    public static Path write(Path dir, List<Migration> migrations) throws IOException {
        Path scripts = dir.resolve("alembic");
        Path versions = scripts.resolve("versions");
        Files.createDirectories(versions);
        Path ini = dir.resolve("alembic.ini");
        Files.writeString(ini, INI, StandardCharsets.UTF_8);
        Files.writeString(scripts.resolve("env.py"), ENV_PY, StandardCharsets.UTF_8);
        Files.writeString(scripts.resolve("script.py.mako"), ProjectGenerator.SCRIPT_MAKO_181, StandardCharsets.UTF_8);
        for (Migration m : migrations) {
            Files.writeString(versions.resolve(m.id() + ".py"), render(m), StandardCharsets.UTF_8);
        }
        return ini;
    }

    /** The environment env.py reads to reach {@code database} on the test server as {@code user}. */
    public static java.util.Map<String, String> environment(String database, String user) {
        return java.util.Map.of("POSTGRES_HOST", PostgresAvailability.HOST, "POSTGRES_PORT",
                String.valueOf(PostgresAvailability.PORT), "POSTGRES_DB", database, "POSTGRES_USER", user);
    }

    private static String render(Migration m) {
        String down = m.down().isEmpty() ? "None" : m.down().size() == 1 ? "'" + m.down().get(0) + "'"
                : "(" + m.down().stream().map(d -> "'" + d + "'").collect(Collectors.joining(", ")) + ")";
        return "\"\"\"" + m.message() + "\n\nRevision ID: " + m.id() + "\nRevises: " + String.join(", ", m.down())
                + "\nCreate Date: 2024-01-15 09:30:00.123456\n\n\"\"\"\n"
                + "from alembic import op\nimport sqlalchemy as sa\n\n\n"
                + "# revision identifiers, used by Alembic.\n"
                + "revision = '" + m.id() + "'\ndown_revision = " + down + "\nbranch_labels = None\ndepends_on = None\n\n\n"
                + "def upgrade() -> None:\n    " + m.upgrade() + "\n\n\n"
                + "def downgrade() -> None:\n    " + m.downgrade() + "\n";
    }

    /** alembic 1.8's generic alembic.ini, with no sqlalchemy.url (env.py builds it). */
    private static final String INI = """
            [alembic]
            script_location = alembic
            prepend_sys_path = .

            [loggers]
            keys = root,sqlalchemy,alembic

            [handlers]
            keys = console

            [formatters]
            keys = generic

            [logger_root]
            level = WARN
            handlers = console
            qualname =

            [logger_sqlalchemy]
            level = WARN
            handlers =
            qualname = sqlalchemy.engine

            [logger_alembic]
            level = INFO
            handlers =
            qualname = alembic

            [handler_console]
            class = StreamHandler
            args = (sys.stderr,)
            level = NOTSET
            formatter = generic

            [formatter_generic]
            format = %(levelname)-5.5s [%(name)s] %(message)s
            datefmt = %H:%M:%S
            """;

    /** An env.py that builds its URL from POSTGRES_* variables, online and offline. */
    public static final String ENV_PY = """
            import os
            from logging.config import fileConfig
            from urllib.parse import quote

            from alembic import context
            from sqlalchemy import create_engine, pool

            config = context.config
            if config.config_file_name is not None:
                fileConfig(config.config_file_name)


            def database_url():
                user = os.environ.get("POSTGRES_USER", "postgres")
                password = os.environ.get("POSTGRES_PASSWORD", "")
                auth = quote(user) + (":" + quote(password, safe="") if password else "")
                host = os.environ.get("POSTGRES_HOST", "localhost")
                port = os.environ.get("POSTGRES_PORT", "5432")
                return f"postgresql://{auth}@{host}:{port}/{os.environ['POSTGRES_DB']}"


            def run_migrations_offline() -> None:
                context.configure(url=database_url(), literal_binds=True, dialect_opts={"paramstyle": "named"},
                                  transaction_per_migration=True)
                with context.begin_transaction():
                    context.run_migrations()


            def run_migrations_online() -> None:
                engine = create_engine(database_url(), poolclass=pool.NullPool)
                with engine.connect() as connection:
                    context.configure(connection=connection, transaction_per_migration=True)
                    with context.begin_transaction():
                        context.run_migrations()


            if context.is_offline_mode():
                run_migrations_offline()
            else:
                run_migrations_online()
            """;
}
