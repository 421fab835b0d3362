package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import dev.retort.model.diagnostics.SourceLocation;
import dev.retort.model.revision.Revision;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parse results of a project's revision files kept between runs, so a cold start does not parse
 * every file again: what alembic gets from {@code __pycache__}. An entry is used only while the
 * file's size and modification time are unchanged (Python's own test for a {@code .pyc}), and the
 * whole cache is dropped when Retort itself changes. A cache that cannot be read or written is
 * simply not used; it never changes what is loaded.
 */
public final class ParseCache {
    private static final int MAGIC = 0x52545343; // "RTSC"
    private static final int FORMAT = 1;

    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Entry> used = new HashMap<>();
    private boolean dirty;

    private record Entry(FileStamp stamp, RevisionFileResult result) {
    }

    private ParseCache(Path file) {
        this.file = file;
    }

    /**
     * Where parse results are kept for the current user: {@code $XDG_CACHE_HOME/retort/scripts},
     * else {@code $HOME/.cache/retort/scripts}; empty when the environment names neither.
     */
    public static Optional<Path> defaultDirectory(Map<String, String> environment) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "retort", "scripts"));
        }
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home, ".cache", "retort", "scripts"));
        }
        return Optional.empty();
    }

    /**
     * The cache of one script directory request, kept under {@code cacheDirectory}.
     *
     * @param cacheDirectory e.g. {@code ~/.cache/retort/scripts}
     */
    public static ParseCache open(Path cacheDirectory, ScriptLoadRequest request) {
        ParseCache cache = new ParseCache(cacheDirectory.resolve("scripts-" + key(request) + ".bin"));
        cache.read();
        return cache;
    }

    Optional<RevisionFileResult> get(Path path, FileStamp stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        Entry entry = entries.get(path.toString());
        if (entry == null || !entry.stamp().equals(stamp)) {
            return Optional.empty();
        }
        used.put(path.toString(), entry);
        return Optional.of(entry.result());
    }

    void put(Path path, FileStamp stamp, RevisionFileResult result) {
        if (stamp != null) {
            used.put(path.toString(), new Entry(stamp, result));
            dirty = true;
        }
    }

    /** Writes the entries of this load (dropping files that are gone), if anything changed. */
    void save() {
        if (!dirty && used.size() == entries.size()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".scripts-", ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        Files.newOutputStream(temp), 1 << 16))) {
                    write(out);
                }
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // an unwritable cache only costs the next run some parsing
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !readString(in).equals(codeVersion())) {
                return;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = readString(in);
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
                entries.put(path, new Entry(stamp, readResult(in)));
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writeString(out, codeVersion());
        out.writeInt(used.size());
        for (Map.Entry<String, Entry> e : used.entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue().stamp().size());
            out.writeLong(e.getValue().stamp().modifiedNanos());
            writeResult(out, e.getValue().result());
        }
    }

    private static void writeResult(DataOutputStream out, RevisionFileResult result) throws IOException {
        out.writeBoolean(result.revision().isPresent());
        if (result.revision().isPresent()) {
            Revision r = result.revision().get();
            writeString(out, r.id());
            writeList(out, r.downRevisions());
            writeList(out, r.dependsOn());
            writeList(out, r.branchLabels());
            writeString(out, r.longDoc());
            writeString(out, r.path().toString());
            out.writeInt(r.line());
        }
        out.writeInt(result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            writeString(out, d.severity().name());
            writeString(out, d.code().name());
            writeString(out, d.message());
            out.writeBoolean(d.location().isPresent());
            if (d.location().isPresent()) {
                writeString(out, d.location().get().file().toString());
                out.writeInt(d.location().get().line());
            }
            writeString(out, d.revisionId().orElse(""));
            out.writeBoolean(d.revisionId().isPresent());
        }
    }

    private static RevisionFileResult readResult(DataInputStream in) throws IOException {
        Optional<Revision> revision = Optional.empty();
        if (in.readBoolean()) {
            revision = Optional.of(new Revision(readString(in), readList(in), readList(in), readList(in),
                    readString(in), Path.of(readString(in)), in.readInt()));
        }
        int count = in.readInt();
        List<Diagnostic> diagnostics = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Severity severity = Severity.valueOf(readString(in));
            DiagnosticCode code = DiagnosticCode.valueOf(readString(in));
            String message = readString(in);
            Optional<SourceLocation> location = Optional.empty();
            if (in.readBoolean()) {
                location = Optional.of(new SourceLocation(Path.of(readString(in)), in.readInt()));
            }
            String revisionId = readString(in);
            Optional<String> rev = in.readBoolean() ? Optional.of(revisionId) : Optional.empty();
            diagnostics.add(new Diagnostic(severity, code, message, location, rev));
        }
        return new RevisionFileResult(revision, diagnostics);
    }

    private static void writeList(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String s : items) {
            writeString(out, s);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(readString(in));
        }
        return items;
    }

    /** Length-prefixed UTF-8: {@code writeUTF} stops at 64 KiB, docstrings need not. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 28)) {
            throw new IOException("corrupt cache");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Which request this cache belongs to: the directories, options and load order. */
    private static String key(ScriptLoadRequest request) {
        StringBuilder text = new StringBuilder();
        request.versionLocations().forEach(p -> text.append(p.toAbsolutePath().normalize()).append('\n'));
        text.append(request.explicitLocations()).append(request.recursive()).append(request.sourceless())
                .append(request.order());
        return fnv64(text.toString());
    }

    /** Identifies the code that produced the entries: the jar (or classes folder) and its timestamp. */
    private static String codeVersion() {
        try {
            Path code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "@" + Files.getLastModifiedTime(code.resolve(Files.isDirectory(code)
                    ? "dev/retort/parsing/script/PythonModuleReader.class" : "")).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * FNV-1a, 64 bits: cheap on a cold JVM (no security provider). A clash between two projects
     * would only cost cache misses, since entries are checked by path, size and time.
     */
    private static String fnv64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}
