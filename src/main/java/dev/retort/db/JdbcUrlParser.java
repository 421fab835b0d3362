package dev.retort.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the JDBC URLs people paste ({@code jdbc:postgresql://host:port/db?user=..},
 * {@code jdbc:sqlite:path}) into the equivalent {@link SqlAlchemyUrl}, so the rest of the
 * {@code db} layer has one input form. Follows pgjdbc's and xerial's own URL rules.
 */
final class JdbcUrlParser {
    private static final String PG = "jdbc:postgresql:";
    private static final String SQLITE = "jdbc:sqlite:";

    private JdbcUrlParser() {
    }

    static SqlAlchemyUrl.Parsed parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith(PG)) {
            return postgres(text.substring(PG.length()));
        }
        if (lower.startsWith(SQLITE)) {
            return sqlite(text.substring(SQLITE.length()));
        }
        int colon = text.indexOf(':', 5);
        String sub = colon < 0 ? text.substring(5) : text.substring(5, colon);
        return failed(DbIssue.error(DbIssueCode.URL_UNSUPPORTED_BACKEND, "JDBC URLs for '" + sub
                + "' are not supported: Retort reads PostgreSQL and SQLite databases."));
    }

    /** pgjdbc's {@code parseURL}: {@code //host:port,host2/db?params}, {@code /}, or a bare database. */
    private static SqlAlchemyUrl.Parsed postgres(String rest) {
        List<DbIssue> issues = new ArrayList<>();
        String params = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            params = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        String host = null;
        Integer port = null;
        String database;
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            if (slash < 0) {
                return failed(DbIssue.error(DbIssueCode.URL_INVALID,
                        "A jdbc:postgresql://host URL needs a '/' before the database name."));
            }
            String hosts = rest.substring(0, slash);
            database = rest.substring(slash + 1);
            String[] each = hosts.split(",");
            if (each.length > 1) {
                issues.add(DbIssue.warning(DbIssueCode.URL_APPROXIMATED,
                        "The URL lists several hosts; Retort connects to the first one only."));
            }
            String first = each[0];
            String portText = null;
            if (first.startsWith("[")) {
                int close = first.indexOf(']');
                host = first.substring(1, Math.max(close, 1));
                if (close >= 0 && close + 1 < first.length() && first.charAt(close + 1) == ':') {
                    portText = first.substring(close + 2);
                }
            } else {
                int c = first.lastIndexOf(':');
                host = c < 0 ? first : first.substring(0, c);
                portText = c < 0 ? null : first.substring(c + 1);
            }
            if (host.isEmpty()) {
                host = null;
            }
            if (portText != null && !portText.isEmpty()) {
                try {
                    port = Integer.parseInt(portText);
                } catch (NumberFormatException e) {
                    return failed(DbIssue.error(DbIssueCode.URL_INVALID, "The port '" + portText + "' is not a number."));
                }
            }
        } else {
            database = rest.startsWith("/") ? rest.substring(1) : rest;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        String user = null;
        Secret password = null;
        for (String field : params.split("&")) {
            int eq = field.indexOf('=');
            if (field.isEmpty()) {
                continue;
            }
            String key = UrlCodec.unquotePlus(eq < 0 ? field : field.substring(0, eq));
            String value = eq < 0 ? "" : UrlCodec.unquotePlus(field.substring(eq + 1));
            switch (key) {
                case "user" -> user = value;
                case "password" -> password = Secret.of(value);
                case "currentSchema" -> appendOption(query, "-csearch_path=" + value);
                default -> query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        SqlAlchemyUrl url = new SqlAlchemyUrl("postgresql", user, password, host, port,
                UrlCodec.unquotePlus(database), query);
        return new SqlAlchemyUrl.Parsed(Optional.of(url), issues);
    }

    private static void appendOption(Map<String, List<String>> query, String option) {
        List<String> options = query.computeIfAbsent("options", k -> new ArrayList<>());
        if (options.isEmpty()) {
            options.add(option);
        } else {
            options.set(options.size() - 1, options.get(options.size() - 1) + " " + option);
        }
    }

    /** xerial's forms: empty or {@code :memory:}, a path, or a {@code file:} URI; {@code ?...} are pragmas. */
    private static SqlAlchemyUrl.Parsed sqlite(String rest) {
        List<DbIssue> issues = new ArrayList<>();
        String path = rest;
        int question = path.indexOf('?');
        if (question >= 0) {
            path = path.substring(0, question);
            issues.add(DbIssue.info(DbIssueCode.URL_APPROXIMATED,
                    "SQLite JDBC parameters after '?' are ignored; Retort always opens the file read-only."));
        }
        if (path.startsWith("file:")) {
            path = UrlCodec.unquote(path.substring("file:".length()));
            if (path.startsWith("//")) {
                // file://host/path: only the local host is meaningful
                int slash = path.indexOf('/', 2);
                path = slash < 0 ? "" : path.substring(slash);
            }
        }
        String database = path.isEmpty() || path.equals(":memory:") ? null : path;
        SqlAlchemyUrl url = new SqlAlchemyUrl("sqlite", null, null, null, null, database, Map.of());
        return new SqlAlchemyUrl.Parsed(Optional.of(url), issues);
    }

    private static SqlAlchemyUrl.Parsed failed(DbIssue issue) {
        return new SqlAlchemyUrl.Parsed(Optional.empty(), List.of(issue));
    }
}
