package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.DbKind;
import dev.retort.db.ProfileDraft;
import dev.retort.db.Secret;
import dev.retort.db.SqlAlchemyUrl;
import dev.retort.model.diagnostics.Severity;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.parsing.config.EnvPyHints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A profile prefilled for a project: from its {@code sqlalchemy.url} and the version table
 * env.py names literally, with notes on what could not be carried over.
 *
 * @param profile ready to edit; always present (a local PostgreSQL when the URL is no help)
 * @param notes what the URL or env.py left open, for the editor to show
 * @param sessionPassword the password written in the URL, kept for this session only
 */
public record NewProfile(ConnectionProfile profile, List<Note> notes, Optional<Secret> sessionPassword) {

    /** One line about the draft. */
    public record Note(Severity severity, String message) {
        @Override
        public String toString() {
            return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
        }
    }

    public NewProfile {
        notes = List.copyOf(notes);
    }

    /**
     * Drafts a profile for a project.
     *
     * @param config the project's configuration; empty when it could not be read
     * @param existing the project's profiles: the draft gets a name and colour none of them has
     */
    public static NewProfile draft(Optional<AlembicConfig> config, List<ConnectionProfile> existing) {
        List<Note> notes = new ArrayList<>();
        ConnectionProfile profile = null;
        Optional<Secret> password = Optional.empty();
        Optional<String> url = config.flatMap(AlembicConfig::sqlalchemyUrl).filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            notes.add(new Note(Severity.INFO, "The project's config has no sqlalchemy.url; starting from a local "
                    + "PostgreSQL. Enter the values env.py connects with."));
        } else {
            SqlAlchemyUrl.Parsed parsed = SqlAlchemyUrl.parse(url.get());
            parsed.issues().forEach(i -> notes.add(new Note(i.severity(), "sqlalchemy.url: " + i.message())));
            if (parsed.url().isPresent()) {
                Path base = config.get().workingDirectory();
                ProfileDraft draft = ConnectionProfile.fromUrl("database", parsed.url().get(), base);
                draft.issues().forEach(i -> notes.add(new Note(i.severity(), i.message())));
                profile = draft.profile().orElse(null);
                password = draft.sessionPassword();
                if (profile != null) {
                    notes.add(0, new Note(Severity.INFO, "Prefilled from sqlalchemy.url ("
                            + parsed.url().get().displayString() + ")."));
                }
            }
        }
        if (profile == null) {
            if (url.isPresent()) {
                notes.add(new Note(Severity.INFO, "Starting from a local PostgreSQL instead."));
            }
            profile = ConnectionProfile.postgres("database", "localhost", ConnectionProfile.DEFAULT_PG_PORT, "", "");
        }
        if (config.isPresent() && Files.isRegularFile(config.get().envPy())) {
            profile = withHints(profile, EnvPyHints.read(config.get().envPy()), notes);
        }
        Set<String> names = existing.stream().map(ConnectionProfile::name).collect(Collectors.toSet());
        profile = profile.withName(uniqueName(baseName(profile), names)).withColor(freeColor(existing));
        return new NewProfile(profile, notes, password);
    }

    private static ConnectionProfile withHints(ConnectionProfile profile, EnvPyHints hints, List<Note> notes) {
        ConnectionProfile out = profile;
        if (hints.versionTable().isPresent()) {
            out = out.withVersionTable(hints.versionTable().get());
        }
        if (hints.versionTableSchema().isPresent()) {
            out = out.withVersionTableSchema(hints.versionTableSchema().get());
        }
        if (hints.versionTable().isPresent() || hints.versionTableSchema().isPresent()) {
            notes.add(new Note(Severity.INFO, "Version table " + out.versionTableDisplay()
                    + " as env.py's context.configure(...) names it."));
        }
        hints.diagnostics().forEach(d -> notes.add(new Note(d.severity(), "env.py: " + d.message())));
        return out;
    }

    private static String baseName(ConnectionProfile p) {
        if (p.kind() == DbKind.SQLITE) {
            Path file = Path.of(p.database()).getFileName();
            String name = file == null ? "database" : file.toString().replaceFirst("\\.(db|sqlite3?)$", "");
            return name + " (SQLite)";
        }
        boolean local = p.host().equals("localhost") || p.host().equals("127.0.0.1") || p.host().equals("::1");
        return local ? "local" : p.host();
    }

    /** {@code base}, or {@code base 2}, {@code base 3}... whichever is free. */
    static String uniqueName(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(base + " " + n)) {
                return base + " " + n;
            }
        }
    }

    /** The first palette colour no profile uses yet. */
    static String freeColor(List<ConnectionProfile> existing) {
        Set<String> used = existing.stream().map(DatabaseTexts::color).collect(Collectors.toSet());
        for (int i = 0; i < 8; i++) {
            if (!used.contains(ConnectionProfile.defaultColor(i))) {
                return ConnectionProfile.defaultColor(i);
            }
        }
        return ConnectionProfile.defaultColor(existing.size());
    }
}
