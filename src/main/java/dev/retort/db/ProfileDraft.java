package dev.retort.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile prefilled from a URL, with what could not be carried over.
 *
 * @param profile present when the URL names a database Retort can read
 * @param issues what was approximated or unsupported
 * @param sessionPassword the password written in the URL, for connecting in this session only;
 *     the profile itself records {@link PasswordSource#PROMPT} and never keeps it
 */
public record ProfileDraft(Optional<ConnectionProfile> profile, List<DbIssue> issues,
        Optional<Secret> sessionPassword) {

    /** libpq keywords Retort maps; other query parameters are reported as ignored. */
    private static final Set<String> PG_KEYS = Set.of("host", "port", "dbname", "user", "password", "sslmode",
            "options", "ssl");

    public ProfileDraft {
        issues = List.copyOf(issues);
    }

    static ProfileDraft fromUrl(String name, SqlAlchemyUrl url, Path baseDirectory) {
        List<DbIssue> issues = new ArrayList<>();
        Optional<DbKind> kind = url.kind();
        if (kind.isEmpty()) {
            issues.add(DbIssue.error(DbIssueCode.URL_UNSUPPORTED_BACKEND, "Retort cannot read '" + url.backendName()
                    + "' databases (only PostgreSQL and SQLite); MySQL/MariaDB would need another JDBC driver."));
            return new ProfileDraft(Optional.empty(), issues, Optional.empty());
        }
        ConnectionProfile profile = kind.get() == DbKind.SQLITE
                ? sqlite(name, url, baseDirectory, issues)
                : postgres(name, url, issues);
        Optional<Secret> password = url.password().filter(p -> !p.isEmpty())
                .or(() -> url.queryValue("password").map(Secret::of));
        return new ProfileDraft(Optional.of(profile), issues, password);
    }

    private static ConnectionProfile sqlite(String name, SqlAlchemyUrl url, Path baseDirectory, List<DbIssue> issues) {
        if (url.driverName().filter(d -> d.toLowerCase(Locale.ROOT).contains("sqlcipher")).isPresent()) {
            issues.add(DbIssue.warning(DbIssueCode.URL_APPROXIMATED,
                    "The database is encrypted with SQLCipher; Retort opens it as plain SQLite and will fail."));
        }
        Optional<Path> file = url.sqlitePath(baseDirectory);
        if (file.isEmpty()) {
            issues.add(DbIssue.warning(DbIssueCode.URL_APPROXIMATED, "This is an in-memory SQLite database: every "
                    + "connection starts empty, so there is never a version table to read."));
        }
        String database = file.map(Path::toString).orElse(":memory:");
        return new ConnectionProfile(name, DbKind.SQLITE, "", 0, database, "", PasswordSource.NONE, "", "",
                Optional.empty(), ConnectionProfile.DEFAULT_VERSION_TABLE, Map.of(), null);
    }

    private static ConnectionProfile postgres(String name, SqlAlchemyUrl url, List<DbIssue> issues) {
        if (url.backendName().equalsIgnoreCase("postgres")) {
            issues.add(DbIssue.warning(DbIssueCode.URL_APPROXIMATED, "SQLAlchemy 1.4 and later reject 'postgres://' "
                    + "(Can't load plugin: sqlalchemy.dialects:postgres), so alembic will fail with this URL; "
                    + "write 'postgresql://' instead."));
        }
        url.query().forEach((key, values) -> {
            if (values.size() > 1) {
                issues.add(DbIssue.warning(DbIssueCode.URL_APPROXIMATED, "The query parameter '" + key + "' is given "
                        + values.size() + " times; Retort uses the last value."));
            }
        });
        List<String> ignored = url.query().keySet().stream().filter(k -> !PG_KEYS.contains(k)).toList();
        if (!ignored.isEmpty()) {
            issues.add(DbIssue.info(DbIssueCode.URL_APPROXIMATED, "Retort does not use the URL parameter(s) "
                    + String.join(", ", ignored) + " when reading the version table."));
        }
        String host = url.host().filter(h -> !h.isEmpty()).or(() -> url.queryValue("host")).orElse("");
        if (host.isEmpty() || host.startsWith("/")) {
            issues.add(DbIssue.info(DbIssueCode.URL_APPROXIMATED, "libpq would connect through the local Unix socket"
                    + (host.isEmpty() ? "" : " in " + host) + "; Retort connects over TCP to localhost, where the "
                    + "server may ask for a password instead of using peer authentication."));
            host = "localhost";
        }
        int port = ConnectionProfile.DEFAULT_PG_PORT;
        if (url.port().isPresent()) {
            port = url.port().getAsInt();
        } else if (url.queryValue("port").isPresent()) {
            try {
                port = Integer.parseInt(url.queryValue("port").get().strip());
            } catch (NumberFormatException e) {
                issues.add(DbIssue.warning(DbIssueCode.URL_APPROXIMATED, "The port parameter is not a number; "
                        + "using " + port + "."));
            }
        }
        String database = url.database().filter(d -> !d.isEmpty()).or(() -> url.queryValue("dbname")).orElse("");
        String user = url.username().filter(u -> !u.isEmpty()).or(() -> url.queryValue("user")).orElse("");
        boolean hasPassword = url.password().map(p -> !p.isEmpty()).orElse(false)
                || url.queryValue("password").isPresent();
        String sslMode = url.queryValue("sslmode").or(() -> url.queryValue("ssl").map(ProfileDraft::asyncpgSsl))
                .orElse(ConnectionProfile.DEFAULT_SSL_MODE);
        String options = url.queryValue("options").orElse("");
        return new ConnectionProfile(name, DbKind.POSTGRESQL, host, port, database, user,
                hasPassword ? PasswordSource.PROMPT : PasswordSource.PGPASS, sslMode, options, Optional.empty(),
                ConnectionProfile.DEFAULT_VERSION_TABLE, Map.of(), null);
    }

    /** asyncpg spells sslmode as {@code ssl=} and also accepts booleans. */
    private static String asyncpgSsl(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "on" -> "require";
            case "false", "0", "off" -> "disable";
            default -> value;
        };
    }
}
