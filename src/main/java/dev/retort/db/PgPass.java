package dev.retort.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL password file, read exactly as libpq's {@code passwordFromFile}
 * ({@code fe-connect.c}) reads it.
 *
 * <ul>
 *   <li>{@code PGPASSFILE} if set, else {@code ~/.pgpass};</li>
 *   <li>lines {@code hostname:port:database:username:password}; a field that is exactly
 *       {@code *} matches anything; {@code \:} and {@code \\} escape; lines starting with
 *       {@code #} are comments; the first matching line wins;</li>
 *   <li>an empty host matches {@code localhost}, an empty port {@code 5432};</li>
 *   <li>the file is ignored, with libpq's warning, if it is not a plain file or if group or
 *       others have any access to it.</li>
 * </ul>
 */
public final class PgPass {
    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;

    private PgPass(Path file) {
        this.file = file;
    }

    /**
     * The result of a lookup.
     *
     * @param password the first matching line's password, if any
     * @param issues why the file was ignored, in libpq's words
     */
    public record Lookup(Optional<Secret> password, List<DbIssue> issues) {
        public Lookup {
            issues = List.copyOf(issues);
        }

        static Lookup none() {
            return new Lookup(Optional.empty(), List.of());
        }
    }

    /** The password file this process would use: {@code PGPASSFILE}, else {@code $HOME/.pgpass}. */
    public static PgPass standard() {
        String home = System.getenv("HOME");
        return at(defaultFile(System.getenv(), Path.of(home != null && !home.isEmpty() ? home
                : System.getProperty("user.home"))));
    }

    /** A specific file, e.g. in tests. */
    public static PgPass at(Path file) {
        return new PgPass(file);
    }

    /** libpq's choice: {@code PGPASSFILE} when set and non-empty, else {@code home/.pgpass}. */
    public static Path defaultFile(Map<String, String> environment, Path home) {
        String explicit = environment.get("PGPASSFILE");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        return home.resolve(".pgpass");
    }

    /** The file looked at (it may not exist). */
    public Path file() {
        return file;
    }

    /**
     * Finds the password for a connection.
     *
     * @param host the host connected to; empty means {@code localhost}
     * @param port the port; 0 means {@code 5432}
     * @param database the database (libpq's effective name: the user name when not given)
     * @param user the role
     */
    public Lookup lookup(String host, int port, String database, String user) {
        if (database == null || database.isEmpty() || user == null || user.isEmpty()) {
            return Lookup.none();
        }
        // libpq stat()s the file, following links; a missing file is silently skipped
        if (!Files.exists(file)) {
            return Lookup.none();
        }
        Optional<DbIssue> unsafe = checkFile();
        if (unsafe.isPresent()) {
            return new Lookup(Optional.empty(), List.of(unsafe.get()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Lookup.none();
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        Arrays.fill(bytes, (byte) 0);
        String effectiveHost = host == null || host.isEmpty() ? "localhost" : host;
        String effectivePort = port <= 0 ? "5432" : Integer.toString(port);
        return new Lookup(find(content, effectiveHost, effectivePort, database, user), List.of());
    }

    /** libpq's two refusals, with its warning texts. */
    private Optional<DbIssue> checkFile() {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            // Windows: libpq trusts the protected profile directory and checks nothing
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.of(DbIssue.warning(DbIssueCode.PGPASS_IGNORED,
                    "password file \"" + file + "\" is not a plain file"));
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(attributes.permissions());
        permissions.retainAll(GROUP_OR_OTHER);
        if (!permissions.isEmpty()) {
            return Optional.of(DbIssue.warning(DbIssueCode.PGPASS_IGNORED, "password file \"" + file
                    + "\" has group or world access; permissions should be u=rw (0600) or less"));
        }
        return Optional.empty();
    }

    /** The password of the first line whose four fields match, de-escaped. Package-private for tests. */
    static Optional<Secret> find(String content, String host, String port, String database, String user) {
        for (String raw : content.split("\n", -1)) {
            String line = stripCrLf(raw);
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int pos = matchField(line, 0, host);
            pos = pos < 0 ? -1 : matchField(line, pos, port);
            pos = pos < 0 ? -1 : matchField(line, pos, database);
            pos = pos < 0 ? -1 : matchField(line, pos, user);
            if (pos >= 0) {
                return Optional.of(password(line, pos));
            }
        }
        return Optional.empty();
    }

    /** {@code pg_strip_crlf}: every trailing CR and LF goes. */
    private static String stripCrLf(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * {@code pwdfMatchesString}: the field at {@code pos} matches {@code token} if it is exactly
     * {@code *} or equals the token after de-escaping; returns where the next field starts, or -1.
     */
    static int matchField(String line, int pos, String token) {
        if (line.startsWith("*:", pos)) {
            return pos + 2;
        }
        int t = pos;
        int k = 0;
        boolean escaped = false;
        while (t < line.length()) {
            if (line.charAt(t) == '\\' && !escaped) {
                t++;
                escaped = true;
            }
            char c = t < line.length() ? line.charAt(t) : '\0';
            if (c == ':' && k == token.length() && !escaped) {
                return t + 1;
            }
            escaped = false;
            if (k == token.length() || c != token.charAt(k)) {
                return -1;
            }
            t++;
            k++;
        }
        return -1;
    }

    /** libpq's de-escaping loop: up to the first unescaped {@code :}, a backslash takes the next character. */
    private static Secret password(String line, int pos) {
        List<Character> out = new ArrayList<>();
        int p = pos;
        while (p < line.length() && line.charAt(p) != ':') {
            if (line.charAt(p) == '\\' && p + 1 < line.length()) {
                p++;
            }
            out.add(line.charAt(p));
            p++;
        }
        char[] chars = new char[out.size()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = out.get(i);
        }
        Secret secret = Secret.of(chars);
        Arrays.fill(chars, '\0');
        return secret;
    }

    @Override
    public String toString() {
        return "PgPass[" + file + "]";
    }
}
