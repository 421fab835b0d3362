package dev.retort.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as SQLAlchemy 1.4's {@code make_url} reads it:
 * {@code dialect+driver://user:password@host:port/database?key=value&key=value2}.
 *
 * <p>The rules are {@code sqlalchemy/engine/url.py}'s {@code _parse_url}: user and password are
 * percent-decoded, the database is <em>not</em>, IPv6 hosts come in brackets, query values are
 * {@code unquote_plus}-decoded and a key given twice keeps every value. JDBC URLs
 * ({@code jdbc:postgresql:...}, {@code jdbc:sqlite:...}) are accepted too and turned into the
 * equivalent SQLAlchemy form.
 *
 * <p>The password is a {@link Secret}; {@link #toString()} masks it as {@code ***} like
 * SQLAlchemy's {@code repr(url)} (and, unlike SQLAlchemy, also a {@code password} query
 * parameter); there is deliberately no way to render it unmasked.
 */
public final class SqlAlchemyUrl {
    private static final Pattern URL = Pattern.compile("""
            (?<name>[\\w+]+)://
            (?:
                (?<username>[^:/]*)
                (?::(?<password>[^@]*))?
            @)?
            (?:
                (?:
                    \\[(?<ipv6host>[^/?]+)] |
                    (?<ipv4host>[^/:?]+)
                )?
                (?::(?<port>[^/?]*))?
            )?
            (?:/(?<database>[^?]*))?
            (?:\\?(?<query>.*))?
            """, Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS);

    private final String drivername;
    private final String username;
    private final Secret password;
    private final String host;
    private final Integer port;
    private final String database;
    private final Map<String, List<String>> query;

    SqlAlchemyUrl(String drivername, String username, Secret password, String host, Integer port, String database,
            Map<String, List<String>> query) {
        this.drivername = Objects.requireNonNull(drivername, "drivername");
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.query = Collections.unmodifiableMap(copy);
    }

    /**
     * The result of {@link #parse}: the URL when the text could be read, and what was odd about it.
     *
     * @param url present unless an error made the text unreadable
     * @param issues problems, worst first is not guaranteed; errors mean {@code url} is empty
     */
    public record Parsed(Optional<SqlAlchemyUrl> url, List<DbIssue> issues) {
        public Parsed {
            issues = List.copyOf(issues);
        }

        /** True when the text could be read as a URL. */
        public boolean ok() {
            return url.isPresent();
        }
    }

    /** Reads a SQLAlchemy URL or a {@code jdbc:postgresql:} / {@code jdbc:sqlite:} URL. Never throws. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(Optional.empty(), List.of(DbIssue.error(DbIssueCode.URL_INVALID, "The URL is empty.")));
        }
        String trimmed = text.strip();
        if (trimmed.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return JdbcUrlParser.parse(trimmed);
        }
        Matcher m = URL.matcher(trimmed);
        if (!m.lookingAt()) {
            return new Parsed(Optional.empty(), List.of(DbIssue.error(DbIssueCode.URL_INVALID,
                    "Could not parse SQLAlchemy URL from string '" + masked(trimmed) + "'")));
        }
        List<DbIssue> issues = new ArrayList<>();
        Integer port = null;
        String portText = m.group("port");
        if (portText != null) {
            // URL.create() calls int(port): even an empty "host:/db" port fails
            try {
                port = Integer.parseInt(portText.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                issues.add(DbIssue.error(DbIssueCode.URL_INVALID, "The port '" + portText
                        + "' is not a number (SQLAlchemy fails with: invalid literal for int() with base 10)."));
                return new Parsed(Optional.empty(), issues);
            }
        }
        String username = m.group("username") == null ? null : UrlCodec.unquote(m.group("username"));
        Secret password = m.group("password") == null ? null : Secret.of(UrlCodec.unquote(m.group("password")));
        String host = m.group("ipv4host") != null ? m.group("ipv4host") : m.group("ipv6host");
        Map<String, List<String>> query = m.group("query") == null ? Map.of() : parseQuery(m.group("query"));
        SqlAlchemyUrl url = new SqlAlchemyUrl(m.group("name"), username, password, host, port, m.group("database"),
                query);
        return new Parsed(Optional.of(url), issues);
    }

    /** Python's {@code parse_qsl(query)} (blank values dropped), grouped by key in first-seen order. */
    static Map<String, List<String>> parseQuery(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String field : text.split("&", -1)) {
            int eq = field.indexOf('=');
            if (field.isEmpty() || eq < 0 || eq == field.length() - 1) {
                continue;
            }
            String key = UrlCodec.unquotePlus(field.substring(0, eq));
            String value = UrlCodec.unquotePlus(field.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** {@code dialect+driver}, as written. */
    public String drivername() {
        return drivername;
    }

    /** The part before {@code +}: SQLAlchemy's {@code get_backend_name()}. */
    public String backendName() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? drivername : drivername.substring(0, plus);
    }

    /** The part after {@code +}, if written ({@code psycopg2}, {@code asyncpg}, ...). */
    public Optional<String> driverName() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? Optional.empty() : Optional.of(drivername.substring(plus + 1));
    }

    /**
     * The database kind Retort can connect to, if any. {@code postgres} (the pre-1.4 alias
     * Heroku still hands out) counts as PostgreSQL.
     */
    public Optional<DbKind> kind() {
        return switch (backendName().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> Optional.of(DbKind.POSTGRESQL);
            case "sqlite" -> Optional.of(DbKind.SQLITE);
            default -> Optional.empty();
        };
    }

    /** Percent-decoded user name; may be empty ({@code ://:pw@host}). */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The percent-decoded password; present but empty for {@code user:@host}. */
    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    /** The host, without IPv6 brackets; empty when not written. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** The port, when written. */
    public OptionalInt port() {
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    /** The database exactly as written (SQLAlchemy does not percent-decode it). */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** Query parameters in first-seen order; a key given twice keeps both values. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** The last value of a query parameter (what a driver expecting one value would act on). */
    public Optional<String> queryValue(String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** True for {@code sqlite://}, {@code sqlite:///} and {@code sqlite:///:memory:}. */
    public boolean isSqliteMemory() {
        return kind().filter(k -> k == DbKind.SQLITE).isPresent()
                && (database == null || database.isEmpty() || database.equals(":memory:"));
    }

    /**
     * The SQLite file this URL opens when alembic runs in {@code baseDirectory}: pysqlite's
     * {@code os.path.abspath(url.database)}. Empty for in-memory databases and non-SQLite URLs.
     * With {@code ?uri=true} the database is a {@code file:} URI whose query is dropped.
     */
    public Optional<Path> sqlitePath(Path baseDirectory) {
        if (kind().filter(k -> k == DbKind.SQLITE).isEmpty() || isSqliteMemory()) {
            return Optional.empty();
        }
        String file = database;
        if (queryValue("uri").map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false)
                && file.startsWith("file:")) {
            file = file.substring("file:".length());
            int q = file.indexOf('?');
            file = UrlCodec.unquote(q < 0 ? file : file.substring(0, q));
            if (file.isEmpty() || file.equals(":memory:")) {
                return Optional.empty();
            }
        }
        return Optional.of(baseDirectory.toAbsolutePath().resolve(file).normalize());
    }

    /**
     * SQLAlchemy's {@code render_as_string(hide_password=True)}: the password shown as
     * {@code ***}, query keys sorted and {@code quote_plus}-encoded.
     */
    public String displayString() {
        return render("***");
    }

    /**
     * What alembic prints in {@code current --verbose}: {@code obfuscate_url_pw}, which
     * replaces a non-empty password with {@code XXXXX}.
     */
    public String alembicObfuscated() {
        if (password != null && !password.isEmpty()) {
            return render("XXXXX");
        }
        return render("");
    }

    private String render(String passwordText) {
        StringBuilder s = new StringBuilder(drivername).append("://");
        if (username != null) {
            s.append(UrlCodec.sqlaQuote(username));
            if (password != null) {
                s.append(':').append(passwordText);
            }
            s.append('@');
        }
        if (host != null) {
            s.append(host.contains(":") ? "[" + host + "]" : host);
        }
        if (port != null) {
            s.append(':').append(port);
        }
        if (database != null) {
            s.append('/').append(database);
        }
        if (!query.isEmpty()) {
            List<String> parts = new ArrayList<>();
            // a libpq password passed as a query parameter is as secret as the one before '@'
            new TreeMap<>(query).forEach((k, values) -> values.forEach(v -> parts.add(UrlCodec.quotePlus(k) + "="
                    + (k.equals("password") ? "***" : UrlCodec.quotePlus(v)))));
            s.append('?').append(String.join("&", parts));
        }
        return s.toString();
    }

    /** The masked display form; never contains the password. */
    @Override
    public String toString() {
        return displayString();
    }

    /**
     * Masks whatever follows {@code user:} up to the last {@code @} of the authority, for
     * echoing text that did not parse. Errs on the side of hiding too much.
     */
    static String masked(String text) {
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return text;
        }
        int start = scheme + 3;
        int question = text.indexOf('?', start);
        int at = text.lastIndexOf('@', question < 0 ? text.length() - 1 : question - 1);
        int colon = text.indexOf(':', start);
        if (at < start || colon < 0 || colon > at) {
            return text;
        }
        return text.substring(0, colon + 1) + "***" + text.substring(at);
    }
}
