package dev.retort.db;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Saves and loads the connection profiles of each project as a JSON file in one directory
 * (the application's settings directory), one file per project.
 *
 * <p>No password is ever written: profiles have no password field, and environment variables
 * that look secret ({@code POSTGRES_PASSWORD}, a URL with a password) are saved by name only and
 * come back empty. A {@code password} key found in a hand-edited file is ignored.
 */
public final class ProfileStore {
    private static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path directory;

    /**
     * Where Retort keeps profiles for the current user: {@code $XDG_CONFIG_HOME/retort/profiles},
     * else {@code ~/.config/retort/profiles}. The window and the CLI share it.
     */
    public static Path defaultDirectory(java.util.Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("retort").resolve("profiles");
    }

    /** @param directory where the profile files live; created on first save */
    public ProfileStore(Path directory) {
        this.directory = directory;
    }

    /**
     * The outcome of {@link #load}.
     *
     * @param profiles the profiles that could be read, in saved order
     * @param issues what was skipped or could not be read
     */
    public record Loaded(List<ConnectionProfile> profiles, List<DbIssue> issues) {
        public Loaded {
            profiles = List.copyOf(profiles);
            issues = List.copyOf(issues);
        }
    }

    /** The file holding {@code projectRoot}'s profiles: its folder name plus a hash of its absolute path. */
    public Path fileFor(Path projectRoot) {
        Path absolute = projectRoot.toAbsolutePath().normalize();
        String base = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
        base = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return directory.resolve(base + "-" + hash(absolute.toString()) + ".json");
    }

    /** Loads the profiles of a project; no file means no profiles. Never throws. */
    public Loaded load(Path projectRoot) {
        Path file = fileFor(projectRoot);
        if (!Files.exists(file)) {
            return new Loaded(List.of(), List.of());
        }
        List<DbIssue> issues = new ArrayList<>();
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                return failed(file, "it is not a JSON object");
            }
            root = parsed.getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            return failed(file, e.getClass().getSimpleName());
        }
        JsonElement array = root.get("profiles");
        if (array == null || !array.isJsonArray()) {
            return failed(file, "it has no \"profiles\" list");
        }
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (JsonElement element : array.getAsJsonArray()) {
            if (element.isJsonObject()) {
                ProfileJson.read(element.getAsJsonObject(), issues).ifPresent(profiles::add);
            }
        }
        return new Loaded(profiles, issues);
    }

    /**
     * Writes the profiles of a project, replacing the previous file atomically. On POSIX systems
     * the file is readable by its owner only.
     *
     * @return what was left out (secret environment values); an error if the file could not be written
     */
    public List<DbIssue> save(Path projectRoot, List<ConnectionProfile> profiles) {
        List<DbIssue> issues = new ArrayList<>();
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("project", projectRoot.toAbsolutePath().normalize().toString());
        JsonArray array = new JsonArray();
        for (ConnectionProfile profile : profiles) {
            array.add(ProfileJson.write(profile, issues));
        }
        root.add("profiles", array);
        Path file = fileFor(projectRoot);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, ".profiles", ".tmp");
            try {
                restrictToOwner(temp);
                Files.writeString(temp, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            issues.add(DbIssue.error(DbIssueCode.PROFILE_STORE, "Could not save the connection profiles to " + file
                    + ": " + e.getClass().getSimpleName() + " " + Optional.ofNullable(e.getMessage()).orElse("")));
        }
        return issues;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's profile directory protects it
        }
    }

    private static Loaded failed(Path file, String why) {
        return new Loaded(List.of(), List.of(DbIssue.error(DbIssueCode.PROFILE_STORE,
                "Could not read the connection profiles in " + file + ": " + why + ".")));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The JSON shape of one profile, kept separate so the format is visible in one place. */
    private static final class ProfileJson {
        private ProfileJson() {
        }

        static JsonObject write(ConnectionProfile p, List<DbIssue> issues) {
            JsonObject o = new JsonObject();
            o.addProperty("name", p.name());
            o.addProperty("kind", p.kind().name());
            o.addProperty("host", p.host());
            o.addProperty("port", p.port());
            o.addProperty("database", p.database());
            o.addProperty("user", p.user());
            o.addProperty("passwordSource", p.passwordSource().name());
            o.addProperty("sslMode", p.sslMode());
            o.addProperty("options", p.options());
            p.versionTableSchema().ifPresent(s -> o.addProperty("versionTableSchema", s));
            o.addProperty("versionTable", p.versionTable());
            JsonObject env = new JsonObject();
            JsonArray secretNames = new JsonArray();
            p.environment().forEach((k, v) -> {
                if (SecretEnvironment.isSecret(k, v)) {
                    secretNames.add(k);
                    issues.add(DbIssue.info(DbIssueCode.SECRET_NOT_SAVED, "The value of " + k + " in profile \""
                            + p.name() + "\" looks like a secret and is not saved; it will be asked for."));
                } else {
                    env.addProperty(k, v);
                }
            });
            o.add("environment", env);
            o.add("secretEnvironment", secretNames);
            o.addProperty("color", p.color().toLowerCase(Locale.ROOT));
            return o;
        }

        static Optional<ConnectionProfile> read(JsonObject o, List<DbIssue> issues) {
            String name = string(o, "name");
            Optional<DbKind> kind = enumValue(DbKind.class, string(o, "kind"));
            if (kind.isEmpty()) {
                issues.add(DbIssue.warning(DbIssueCode.PROFILE_STORE, "Skipped profile \"" + name
                        + "\": unknown database kind '" + string(o, "kind") + "'."));
                return Optional.empty();
            }
            if (o.has("password")) {
                issues.add(DbIssue.warning(DbIssueCode.PROFILE_STORE, "Ignored a password in profile \"" + name
                        + "\": Retort never reads stored passwords; it will ask, or use ~/.pgpass."));
            }
            Map<String, String> env = new LinkedHashMap<>();
            JsonElement envElement = o.get("environment");
            if (envElement != null && envElement.isJsonObject()) {
                envElement.getAsJsonObject().entrySet().forEach(e -> {
                    if (e.getValue().isJsonPrimitive()) {
                        env.put(e.getKey(), e.getValue().getAsString());
                    }
                });
            }
            JsonElement secrets = o.get("secretEnvironment");
            if (secrets != null && secrets.isJsonArray()) {
                secrets.getAsJsonArray().forEach(s -> env.put(s.getAsString(), ""));
            }
            int port = 0;
            JsonElement portElement = o.get("port");
            if (portElement != null && portElement.isJsonPrimitive() && portElement.getAsJsonPrimitive().isNumber()) {
                port = portElement.getAsInt();
            }
            String schema = string(o, "versionTableSchema");
            return Optional.of(new ConnectionProfile(name, kind.get(), string(o, "host"), port, string(o, "database"),
                    string(o, "user"), enumValue(PasswordSource.class, string(o, "passwordSource"))
                            .orElse(PasswordSource.PROMPT),
                    string(o, "sslMode"), string(o, "options"), Optional.ofNullable(schema),
                    string(o, "versionTable"), env, string(o, "color")));
        }

        private static String string(JsonObject o, String key) {
            JsonElement e = o.get(key);
            return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
        }

        private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
            if (text == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Enum.valueOf(type, text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
