package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbIssue;
import dev.retort.db.DbKind;
import dev.retort.db.VersionState;
import dev.retort.db.VersionTableState;
import dev.retort.db.VersionTableState.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The words for a database's state: short for the status bar, whole for the Databases panel. */
public final class DatabaseTexts {
    /** The start of the message of a profile whose password has not been asked for yet. */
    static final String PASSWORD_NEEDED = "Password needed";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String FALLBACK_COLOR = "#0a7ea4";

    private DatabaseTexts() {
    }

    /** A few words: "database at 1687c833bfcc (1 pending to heads)", "server unreachable"... */
    public static String shortText(DatabaseStatus status) {
        String text = status.table().map(t -> shortText(t, status.state())).orElse(status.reading() ? "reading…"
                : "not read yet");
        return status.reading() && status.table().isPresent() ? text + " · reading…" : text;
    }

    private static String shortText(VersionTableState table, Optional<VersionState> state) {
        return switch (table.status()) {
            case CONNECTED, EMPTY_TABLE -> state.map(VersionState::summary).orElse("read");
            case VERSION_TABLE_MISSING -> "not under alembic control";
            case SERVER_UNREACHABLE -> "server unreachable";
            case AUTHENTICATION_FAILED -> passwordNeeded(table) ? "password needed (Ctrl+R)" : "login refused";
            case DATABASE_MISSING -> "database missing";
            case PERMISSION_DENIED -> "permission denied";
            case INVALID_PROFILE -> "profile incomplete";
            case DRIVER_ERROR -> "cannot read the version table";
        };
    }

    /** Everything the user should know, with what to do: the reader's message, then the graph's verdict. */
    public static String message(DatabaseStatus status) {
        if (status.table().isEmpty()) {
            return status.reading() ? "Reading " + status.profile().versionTableDisplay() + " at "
                    + status.profile().target() + "…" : "Not read yet: press Refresh (Ctrl+R).";
        }
        VersionTableState table = status.table().get();
        List<String> parts = new ArrayList<>();
        if (table.status() != Status.CONNECTED) {
            parts.add(table.message());
        }
        status.state().filter(s -> table.status() != Status.VERSION_TABLE_MISSING).ifPresent(s -> {
            parts.add(capitalize(s.summary()) + ".");
            s.issues().stream().map(DbIssue::message).filter(m -> !s.summary().contains(m))
                    .forEach(m -> parts.add(capitalize(m) + "."));
        });
        return String.join(" ", parts);
    }

    /** True when the state says a password is wanted and was never given (not: was refused). */
    public static boolean passwordNeeded(VersionTableState table) {
        return table.status() == Status.AUTHENTICATION_FAILED && table.message().startsWith(PASSWORD_NEEDED);
    }

    /** The state of a profile whose password this session does not have yet. */
    static VersionTableState passwordNeededState(ConnectionProfile profile) {
        return new VersionTableState(Status.AUTHENTICATION_FAILED, List.of(), PASSWORD_NEEDED + " for \""
                + profile.effectiveUser() + "\" at " + profile.target() + ": press Refresh (Ctrl+R) or Test "
                + "connection to enter it. It is kept in memory until Retort closes, never saved.",
                Optional.empty(), profile.target(), profile.versionTableDisplay());
    }

    /**
     * What Retort will connect to, as a URL without password, and which table it reads:
     * {@code postgresql://app@localhost:5433/app, table public.alembic_version}.
     */
    public static String willConnectTo(ConnectionProfile p) {
        String url;
        if (p.kind() == DbKind.SQLITE) {
            url = "sqlite:///" + p.database();
        } else {
            String host = p.host().contains(":") ? "[" + p.host() + "]" : p.host();
            url = "postgresql://" + p.effectiveUser() + "@" + host + ":" + p.port() + "/" + p.effectiveDatabase()
                    + (p.sslMode().isEmpty() || p.sslMode().equals(ConnectionProfile.DEFAULT_SSL_MODE) ? ""
                            : "?sslmode=" + p.sslMode());
        }
        return url + ", table " + p.versionTableDisplay();
    }

    /** The variables alembic runs with, secrets masked: {@code POSTGRES_HOST=localhost POSTGRES_PORT=5433}. */
    public static String environment(ConnectionProfile p) {
        List<String> parts = new ArrayList<>();
        p.environment().forEach((k, v) -> parts.add(k + "=" + (ConnectionProfile.isSecretVariable(k, v) ? "***" : v)));
        return String.join(" ", parts);
    }

    /** The profile's colour if it is a valid {@code #rrggbb}, lower-cased; a default otherwise. */
    public static String color(ConnectionProfile p) {
        return COLOR.matcher(p.color()).matches() ? p.color().toLowerCase(Locale.ROOT) : FALLBACK_COLOR;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
