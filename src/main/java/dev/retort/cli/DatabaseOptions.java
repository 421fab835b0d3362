package dev.retort.cli;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbIssue;
import dev.retort.db.ProfileDraft;
import dev.retort.db.ProfileStore;
import dev.retort.db.Secret;
import dev.retort.db.SqlAlchemyUrl;
import dev.retort.db.VersionTableReader;
import dev.retort.db.VersionTableState;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.config.AlembicConfig;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which database a command reads: {@code --url}, {@code --profile}, or the config's sqlalchemy.url. */
final class DatabaseOptions {
    /** Exit code when the database cannot be read at all (unreachable, login, missing database). */
    static final int DATABASE_UNAVAILABLE = 3;

    @Option(names = "--url", paramLabel = "URL", description = "SQLAlchemy or JDBC URL of the database "
            + "(default: sqlalchemy.url of the config)")
    String url;

    @Option(names = "--profile", paramLabel = "NAME", description = "a connection profile saved in the "
            + "Retort window for this project")
    String profile;

    @Option(names = "--version-table", paramLabel = "NAME", description = "version table name "
            + "(default: the profile's, else alembic_version)")
    String versionTable;

    @Option(names = "--version-table-schema", paramLabel = "SCHEMA", description = "schema of the version table")
    String versionTableSchema;

    /** A profile plus the password typed for this run only. */
    record Target(ConnectionProfile profile, Optional<Secret> password, String display) {
    }

    Target resolve(LoadedProject project, CliContext context) {
        AlembicConfig config = project.config().orElseThrow();
        if (url != null && profile != null) {
            throw new CommandFailedException("Give either --url or --profile, not both", 2);
        }
        if (profile != null) {
            ProfileStore store = new ProfileStore(ProfileStore.defaultDirectory(context.environment()));
            ProfileStore.Loaded loaded = store.load(config.workingDirectory());
            ConnectionProfile found = loaded.profiles().stream().filter(p -> p.name().equals(profile)).findFirst()
                    .orElseThrow(() -> new CommandFailedException("No connection profile named '" + profile
                            + "' for " + config.workingDirectory() + " (profiles are saved by the Retort window in "
                            + store.fileFor(config.workingDirectory()) + ")"));
            return new Target(withTable(found), environmentPassword(context.environment()), found.target());
        }
        String text = url != null ? url : config.sqlalchemyUrl().orElseThrow(() -> new CommandFailedException(
                "No database given: pass --url or --profile (the config has no sqlalchemy.url)"));
        SqlAlchemyUrl.Parsed parsed = SqlAlchemyUrl.parse(text);
        if (!parsed.ok()) {
            throw new CommandFailedException(firstMessage(parsed.issues().stream().map(DbIssue::message)
                    .findFirst(), "Cannot read the database URL"));
        }
        ProfileDraft draft = ConnectionProfile.fromUrl("cli", parsed.url().orElseThrow(),
                config.workingDirectory());
        ConnectionProfile built = draft.profile().orElseThrow(() -> new CommandFailedException(firstMessage(
                draft.issues().stream().map(DbIssue::message).findFirst(), "Cannot use this database URL")));
        Optional<Secret> password = draft.sessionPassword().or(() -> environmentPassword(context.environment()));
        return new Target(withTable(built), password, parsed.url().orElseThrow().displayString());
    }

    VersionTableState read(Target target) {
        return new VersionTableReader().read(target.profile(), target.password().orElse(Secret.none()));
    }

    private ConnectionProfile withTable(ConnectionProfile p) {
        ConnectionProfile out = p;
        if (versionTable != null) {
            out = out.withVersionTable(versionTable);
        }
        if (versionTableSchema != null) {
            out = out.withVersionTableSchema(versionTableSchema);
        }
        return out;
    }

    /** libpq's PGPASSWORD, so scripted use works without a prompt. */
    private static Optional<Secret> environmentPassword(Map<String, String> env) {
        String pw = env.get("PGPASSWORD");
        return pw == null ? Optional.empty() : Optional.of(Secret.of(pw));
    }

    private static String firstMessage(Optional<String> message, String fallback) {
        return message.orElse(fallback);
    }
}
