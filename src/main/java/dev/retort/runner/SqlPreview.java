package dev.retort.runner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Shows the SQL an upgrade or downgrade would run, by asking alembic itself in offline mode:
 * {@code alembic upgrade --sql FROM:TARGET} ({@code TARGET} alone from an empty database). No
 * database is touched, but env.py runs, and many env.py files only work online; that case is
 * recognised and explained rather than shown as a bare traceback.
 */
public final class SqlPreview {
    /**
     * alembic's own refusal of an operation in offline mode, e.g. batch mode on SQLite: {@code This
     * operation cannot proceed in --sql mode; batch mode with dialect sqlite requires a live database
     * connection with which to reflect the table}.
     */
    private static final Pattern NEEDS_LIVE_DATABASE = Pattern.compile(
            "(?i)(cannot proceed in --sql mode|requires a live database connection|not supported in --sql mode)");
    /** Words of the errors env.py gives when offline mode has no URL, or refuses offline mode. */
    private static final Pattern OFFLINE_HINTS = Pattern.compile(
            "(?i)(offline|\\burl\\b|dialect_name|is_offline_mode|as_sql)");
    /** A preview of a huge history must still end: SQL beyond this many characters is cut. */
    private static final int MAX_SQL_CHARS = 64 * 1024 * 1024;

    private final ProcessRunner runner;
    private final Map<String, String> inheritedEnvironment;

    /**
     * @param runner runs alembic
     * @param inheritedEnvironment the environment the alembic process inherits (usually
     *     {@code System.getenv()}); the command adds the profile's variables
     */
    public SqlPreview(ProcessRunner runner, Map<String, String> inheritedEnvironment) {
        this.runner = runner;
        this.inheritedEnvironment = Map.copyOf(inheritedEnvironment);
    }

    /**
     * A preview in progress.
     *
     * @param run the alembic run, to watch or cancel (empty when no run was needed to answer)
     * @param result completes with the outcome
     */
    public record Pending(Optional<AlembicRun> run, CompletableFuture<SqlPreviewResult> result) {
    }

    /**
     * The SQL of {@code upgrade TARGET} from the database's current rows, blocking.
     *
     * @param command the project's alembic command (any subcommand; it is replaced)
     * @param currentRows the version table now; empty for a fresh database
     */
    public SqlPreviewResult upgrade(AlembicCommand command, List<String> currentRows, String target)
            throws InterruptedException {
        return await(startUpgrade(command, currentRows, target));
    }

    /** The SQL of {@code downgrade FROM:TARGET}, blocking. */
    public SqlPreviewResult downgrade(AlembicCommand command, String from, String target) throws InterruptedException {
        return await(start(command.with(AlembicSubcommand.downgradeSql(from, target))));
    }

    /**
     * Starts a downgrade preview from the database's rows without waiting. alembic's offline
     * downgrade needs exactly one starting revision.
     */
    public Pending startDowngrade(AlembicCommand command, List<String> currentRows, String target) {
        if (currentRows.size() != 1) {
            String why = currentRows.isEmpty() ? "the database has none (it is at base)"
                    : "the database has " + currentRows.size() + " (" + String.join(", ", currentRows) + ")";
            return notExpressible("alembic's offline downgrade (--sql FROM:TARGET) starts from one revision, but "
                    + why + ". Downgrade without a preview.");
        }
        return start(command.with(AlembicSubcommand.downgradeSql(currentRows.get(0), target)));
    }

    /** Starts an upgrade preview without waiting, so that a wizard can show it running and cancel it. */
    public Pending startUpgrade(AlembicCommand command, List<String> currentRows, String target) {
        if (currentRows.size() > 1) {
            // alembic's --sql range has one starting revision: it cannot start from two heads
            return notExpressible("alembic's offline mode (--sql FROM:TARGET) starts from one revision, but the "
                    + "database has " + currentRows.size() + " (" + String.join(", ", currentRows) + "). Preview "
                    + "from one of them, or upgrade without a preview.");
        }
        Optional<String> from = currentRows.isEmpty() ? Optional.empty() : Optional.of(currentRows.get(0));
        return start(command.with(AlembicSubcommand.upgradeSql(from, target)));
    }

    private static Pending notExpressible(String message) {
        SqlPreviewResult result = new SqlPreviewResult(SqlPreviewResult.Status.NOT_EXPRESSIBLE, "", message,
                Optional.empty());
        return new Pending(Optional.empty(), CompletableFuture.completedFuture(result));
    }

    private Pending start(AlembicCommand sqlCommand) {
        AlembicRun run = runner.prepare(sqlCommand.toProcessSpec(inheritedEnvironment), RunOptions.DEFAULTS);
        StringBuilder sql = new StringBuilder();
        CompletableFuture<SqlPreviewResult> result = new CompletableFuture<>();
        run.addListener(new RunListener() {
            @Override
            public void lineRead(OutputLine line) {
                // the bounded log may drop lines of a long script: collect stdout here, whole
                if (line.stream() == StreamKind.STDOUT && sql.length() < MAX_SQL_CHARS) {
                    sql.append(line.text()).append('\n');
                }
            }

            @Override
            public void finished(RunResult r) {
                result.complete(interpret(r, sql.toString(), run.log()));
            }
        });
        run.start();
        return new Pending(Optional.of(run), result);
    }

    private static SqlPreviewResult await(Pending pending) throws InterruptedException {
        try {
            return pending.result().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static SqlPreviewResult interpret(RunResult r, String sql, BoundedLog log) {
        if (r.state() == RunState.SUCCEEDED) {
            return new SqlPreviewResult(SqlPreviewResult.Status.OK, sql, "", Optional.of(r));
        }
        if (r.state() == RunState.CANCELLED) {
            return new SqlPreviewResult(SqlPreviewResult.Status.CANCELLED, sql, "The SQL preview was cancelled.",
                    Optional.of(r));
        }
        RunFailure failure = r.failure().orElseThrow();
        String evidence = failure.summary() + "\n" + String.join("\n", failure.details()) + "\n"
                + String.join("\n", log.lines(StreamKind.STDERR).stream().filter(l -> l.level() == LineLevel.TRACEBACK)
                        .map(OutputLine::text).toList());
        if (failure.kind() == RunFailure.Kind.ALEMBIC_FAILED && NEEDS_LIVE_DATABASE.matcher(failure.summary()).find()) {
            return new SqlPreviewResult(SqlPreviewResult.Status.OFFLINE_NOT_SUPPORTED, sql,
                    "A migration of this plan cannot produce SQL offline (alembic --sql): " + failure.summary()
                            + " The upgrade itself works online; what alembic printed before it stopped is kept.",
                    Optional.of(r));
        }
        boolean traceback = failure.kind() == RunFailure.Kind.TRACEBACK || failure.kind() == RunFailure.Kind.EXIT_CODE;
        if (traceback && OFFLINE_HINTS.matcher(evidence).find()) {
            return new SqlPreviewResult(SqlPreviewResult.Status.OFFLINE_NOT_SUPPORTED, sql,
                    "This project cannot produce SQL offline (alembic --sql): " + failure.summary() + ". Its env.py "
                            + "needs run_migrations_offline() calling context.configure(url=...) with a URL it can "
                            + "build without a database (and migrations that do not read from the database). "
                            + "The upgrade itself may still work online.", Optional.of(r));
        }
        return new SqlPreviewResult(SqlPreviewResult.Status.FAILED, sql, "alembic could not produce the SQL: "
                + failure.summary() + " (" + failure.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                Optional.of(r));
    }
}
