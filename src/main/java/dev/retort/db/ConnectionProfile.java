package dev.retort.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How to reach one database of a project and where its alembic version table is: what the user
 * edits in the profile dialog and what {@link ProfileStore} saves.
 *
 * <p>There is no password field: {@link #passwordSource()} says where the password comes from
 * when connecting, so a profile can always be written to disk.
 *
 * @param name shown in the UI, unique within a project
 * @param kind PostgreSQL or SQLite
 * @param host PostgreSQL host name or address; {@code ""} for SQLite
 * @param port PostgreSQL port; 0 for SQLite
 * @param database PostgreSQL database ({@code ""}: libpq's default, the user name), or the
 *     absolute path of the SQLite file ({@code :memory:} for an in-memory database)
 * @param user PostgreSQL role ({@code ""}: libpq's default, the operating-system user)
 * @param passwordSource where the password comes from
 * @param sslMode libpq/pgjdbc {@code sslmode} ({@code prefer} by default); {@code ""} for SQLite
 * @param options libpq {@code options}, e.g. {@code -csearch_path=app}; {@code ""} for none
 * @param versionTableSchema {@code version_table_schema}; empty means the connection's default
 *     (the search path on PostgreSQL, {@code main} on SQLite)
 * @param versionTable {@code version_table}, {@code alembic_version} by default
 * @param environment variables set when alembic runs for this profile (e.g.
 *     {@code POSTGRES_PORT=5433}), in the order the user gave them
 * @param color the profile's marker colour, {@code #rrggbb}
 */
public record ConnectionProfile(
        String name,
        DbKind kind,
        String host,
        int port,
        String database,
        String user,
        PasswordSource passwordSource,
        String sslMode,
        String options,
        Optional<String> versionTableSchema,
        String versionTable,
        Map<String, String> environment,
        String color) {

    public static final String DEFAULT_VERSION_TABLE = "alembic_version";
    public static final int DEFAULT_PG_PORT = 5432;
    public static final String DEFAULT_SSL_MODE = "prefer";
    /** libpq's and pgjdbc's {@code sslmode} values. */
    public static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final List<String> PALETTE = List.of(
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** Nulls become defaults, so a half-filled dialog or an old profile file still gives a profile. */
    public ConnectionProfile {
        name = name == null ? "" : name;
        Objects.requireNonNull(kind, "kind");
        host = host == null ? "" : host;
        database = database == null ? "" : database;
        user = user == null ? "" : user;
        passwordSource = passwordSource == null ? PasswordSource.NONE : passwordSource;
        sslMode = sslMode == null ? "" : sslMode;
        options = options == null ? "" : options;
        versionTableSchema = versionTableSchema == null ? Optional.empty()
                : versionTableSchema.filter(s -> !s.isEmpty());
        versionTable = versionTable == null || versionTable.isEmpty() ? DEFAULT_VERSION_TABLE : versionTable;
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        color = color == null || color.isEmpty() ? PALETTE.get(0) : color;
    }

    /** A PostgreSQL profile with libpq's defaults: localhost:5432, pgpass, sslmode prefer. */
    public static ConnectionProfile postgres(String name, String host, int port, String database, String user) {
        return new ConnectionProfile(name, DbKind.POSTGRESQL, host, port, database, user, PasswordSource.PGPASS,
                DEFAULT_SSL_MODE, "", Optional.empty(), DEFAULT_VERSION_TABLE, Map.of(), null);
    }

    /** A SQLite profile for the file at {@code absolutePath}. */
    public static ConnectionProfile sqlite(String name, java.nio.file.Path absolutePath) {
        return new ConnectionProfile(name, DbKind.SQLITE, "", 0, absolutePath.toAbsolutePath().toString(), "",
                PasswordSource.NONE, "", "", Optional.empty(), DEFAULT_VERSION_TABLE, Map.of(), null);
    }

    /**
     * A profile prefilled from a URL, e.g. {@code sqlalchemy.url} of the project's config.
     *
     * @param name the profile's name
     * @param url the parsed URL; its password is not kept (the profile asks for it instead)
     * @param baseDirectory the directory alembic runs in, for relative SQLite paths
     */
    public static ProfileDraft fromUrl(String name, SqlAlchemyUrl url, java.nio.file.Path baseDirectory) {
        return ProfileDraft.fromUrl(name, url, baseDirectory);
    }

    /** The default colour of the n-th profile of a project (n from 0), cycling through a palette. */
    public static String defaultColor(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /**
     * True for an environment variable whose value is a secret ({@code POSTGRES_PASSWORD}, a URL
     * with a password): masked on screen and in {@code toString}, never saved by {@link ProfileStore}.
     */
    public static boolean isSecretVariable(String name, String value) {
        return SecretEnvironment.isSecret(name, value);
    }

    /** The role libpq would log in as: {@link #user()}, or the operating-system user if empty. */
    public String effectiveUser() {
        return user.isEmpty() ? System.getProperty("user.name", "") : user;
    }

    /** The database libpq would open: {@link #database()}, or the user name if empty. */
    public String effectiveDatabase() {
        return database.isEmpty() && kind == DbKind.POSTGRESQL ? effectiveUser() : database;
    }

    /** {@code host:port/database} or the SQLite file: what messages say "at". */
    public String target() {
        if (kind == DbKind.SQLITE) {
            return database;
        }
        String h = host.contains(":") ? "[" + host + "]" : host;
        return h + ":" + port + "/" + effectiveDatabase();
    }

    /** {@code schema.table} or {@code table}, unquoted, for messages. */
    public String versionTableDisplay() {
        return versionTableSchema.map(s -> s + "." + versionTable).orElse(versionTable);
    }

    /** What is wrong with this profile as it stands; empty when it can be used. */
    public List<DbIssue> validate() {
        List<DbIssue> issues = new ArrayList<>();
        if (name.isBlank()) {
            issues.add(invalid("The profile needs a name."));
        }
        if (kind == DbKind.POSTGRESQL) {
            if (host.isBlank()) {
                issues.add(invalid("Enter the PostgreSQL host (localhost for this machine)."));
            }
            if (port < 1 || port > 65535) {
                issues.add(invalid("The port must be between 1 and 65535, not " + port + "."));
            }
            if (!sslMode.isEmpty() && !SSL_MODES.contains(sslMode)) {
                issues.add(invalid("Unknown sslmode '" + sslMode + "'; use one of " + String.join(", ",
                        new java.util.TreeSet<>(SSL_MODES)) + "."));
            }
        } else if (database.isBlank()) {
            issues.add(invalid("Choose the SQLite database file."));
        }
        if (versionTable.isBlank() || versionTable.indexOf('\0') >= 0
                || versionTableSchema.map(s -> s.isBlank() || s.indexOf('\0') >= 0).orElse(false)) {
            issues.add(invalid("The version table and schema names must not be blank or contain NUL characters."));
        }
        if (!COLOR.matcher(color).matches()) {
            issues.add(invalid("The colour must look like #1f77b4, not '" + color + "'."));
        }
        return issues;
    }

    private static DbIssue invalid(String message) {
        return DbIssue.error(DbIssueCode.PROFILE_INVALID, message);
    }

    /** A copy with another name; the {@code with...} methods below work alike, one field each. */
    public ConnectionProfile withName(String value) {
        return new ConnectionProfile(value, kind, host, port, database, user, passwordSource, sslMode, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with another host. */
    public ConnectionProfile withHost(String value) {
        return new ConnectionProfile(name, kind, value, port, database, user, passwordSource, sslMode, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with another port. */
    public ConnectionProfile withPort(int value) {
        return new ConnectionProfile(name, kind, host, value, database, user, passwordSource, sslMode, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with another database (or SQLite file path). */
    public ConnectionProfile withDatabase(String value) {
        return new ConnectionProfile(name, kind, host, port, value, user, passwordSource, sslMode, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with another role. */
    public ConnectionProfile withUser(String value) {
        return new ConnectionProfile(name, kind, host, port, database, value, passwordSource, sslMode, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with another password source. */
    public ConnectionProfile withPasswordSource(PasswordSource value) {
        return new ConnectionProfile(name, kind, host, port, database, user, value, sslMode, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with another {@code sslmode}. */
    public ConnectionProfile withSslMode(String value) {
        return new ConnectionProfile(name, kind, host, port, database, user, passwordSource, value, options,
                versionTableSchema, versionTable, environment, color);
    }

    /** A copy with other libpq {@code options}. */
    public ConnectionProfile withOptions(String value) {
        return new ConnectionProfile(name, kind, host, port, database, user, passwordSource, sslMode, value,
                versionTableSchema, versionTable, environment, color);
    }

    /** @param schema the schema, or {@code null}/empty for the connection's default */
    public ConnectionProfile withVersionTableSchema(String schema) {
        return new ConnectionProfile(name, kind, host, port, database, user, passwordSource, sslMode, options,
                Optional.ofNullable(schema), versionTable, environment, color);
    }

    /** A copy with another version table name ({@code null}/empty: the default). */
    public ConnectionProfile withVersionTable(String value) {
        return new ConnectionProfile(name, kind, host, port, database, user, passwordSource, sslMode, options,
                versionTableSchema, value, environment, color);
    }

    /** A copy with other environment variables for alembic runs. */
    public ConnectionProfile withEnvironment(Map<String, String> value) {
        return new ConnectionProfile(name, kind, host, port, database, user, passwordSource, sslMode, options,
                versionTableSchema, versionTable, value, color);
    }

    /** A copy with another marker colour. */
    public ConnectionProfile withColor(String value) {
        return new ConnectionProfile(name, kind, host, port, database, user, passwordSource, sslMode, options,
                versionTableSchema, versionTable, environment, value);
    }

    /** Like the record's, but secret-looking environment values are masked. */
    @Override
    public String toString() {
        Map<String, String> env = new LinkedHashMap<>();
        environment.forEach((k, v) -> env.put(k, SecretEnvironment.isSecret(k, v) ? "***" : v));
        return "ConnectionProfile[name=" + name + ", kind=" + kind + ", target=" + target() + ", user=" + user
                + ", passwordSource=" + passwordSource + ", sslMode=" + sslMode + ", options=" + options
                + ", versionTable=" + versionTableDisplay() + ", environment=" + env + ", color="
                + color.toLowerCase(Locale.ROOT) + "]";
    }
}
