package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files of the version directories in alembic's order: {@code os.listdir} per
 * directory for 1.8.x ({@link LoadOrder#DIRECTORY}), or 1.10's {@code os.walk} loop with sorted
 * names ({@link LoadOrder#SORTED}), including the {@code __pycache__} additions of
 * {@code sourceless} mode. Selection by name happens later; every listed entry takes part in the
 * "loaded twice" check, as in alembic.
 */
final class VersionDirectoryLister {

    /**
     * One listed file.
     *
     * @param path the version location joined with the relative name (symlinks kept)
     * @param realPath {@code os.path.realpath} of it, for the "loaded twice" check
     * @param matchName the name alembic matches against its patterns
     * @param matchDir the directory alembic looks for sibling {@code .py}/{@code .pyc} files in
     * @param directory it is a directory (following symlinks)
     * @param exists it exists (following symlinks)
     * @param regular it is a regular file (following symlinks); reading a pipe could block forever
     * @param stamp size and modification time of a plain (non-symlink) file, for the parse cache;
     *     {@code null} when unknown
     */
    record Entry(Path path, String realPath, String matchName, Path matchDir, boolean directory, boolean exists,
            boolean regular, FileStamp stamp) {
    }

    /** Either an entry or a diagnostic, in load order. */
    record Item(Entry entry, Diagnostic diagnostic) {
    }

    private final ScriptLoadRequest request;
    private final boolean sorted;
    private final List<Item> items = new ArrayList<>();

    private VersionDirectoryLister(ScriptLoadRequest request) {
        this.request = request;
        this.sorted = request.order() == LoadOrder.SORTED;
    }

    static List<Item> list(ScriptLoadRequest request) {
        VersionDirectoryLister lister = new VersionDirectoryLister(request);
        for (Path location : request.versionLocations()) {
            lister.location(location.toAbsolutePath().normalize());
        }
        return lister.items;
    }

    private void location(Path dir) {
        if (!Files.exists(dir)) {
            if (!request.explicitLocations()) {
                problem(Diagnostic.error(DiagnosticCode.VERSIONS_DIR_MISSING,
                        "[Errno 2] No such file or directory: '" + dir + "' (alembic 1.8.1 fails with "
                                + "FileNotFoundError; alembic >= 1.10 shows no revisions)"), dir);
            }
            return;
        }
        if (request.order() == LoadOrder.DIRECTORY && !request.recursive()) {
            listdir(dir);
        } else {
            walk(dir);
        }
    }

    /** alembic 1.8.1: every {@code os.listdir} entry, plus orphaned {@code __pycache__} files. */
    private void listdir(Path dir) {
        List<String> names;
        try {
            names = readdir(dir);
        } catch (IOException e) {
            problem(Diagnostic.error(dir(e), "cannot list " + dir + ": " + describe(e)
                    + " (alembic 1.8.1 fails here)"), dir);
            return;
        }
        Path realDir = realPath(dir);
        for (String name : names) {
            add(dir.resolve(name), realDir.resolve(name), name, dir);
        }
        if (request.sourceless()) {
            Set<String> stems = new HashSet<>();
            for (String name : names) {
                stems.add(stem(name));
            }
            addCompiledCache(dir, realDir, stems, "__pycache__/");
        }
    }

    /**
     * alembic 1.10's loop over {@code os.walk(path)}: a root ending in {@code __pycache__} is
     * skipped with {@code continue} (so its subdirectories stay unsorted and the walk goes on even
     * when not recursive), the files of other roots are sorted, and without
     * {@code recursive_version_locations} the loop stops after the first processed root.
     */
    private void walk(Path top) {
        Deque<Path[]> pending = new ArrayDeque<>();
        pending.push(new Path[] {top, realPath(top)});
        while (!pending.isEmpty()) {
            Path[] next = pending.pop();
            Path root = next[0];
            Path realRoot = next[1];
            List<String> names;
            try {
                names = readdir(root);
            } catch (IOException e) {
                // os.walk ignores directories it cannot list.
                problem(Diagnostic.warning(dir(e), "cannot list " + root + ": " + describe(e)
                        + "; alembic skips it"), root);
                continue;
            }
            List<String> files = new ArrayList<>();
            List<BasicFileAttributes> fileAttrs = new ArrayList<>();
            List<String> dirs = new ArrayList<>();
            List<Boolean> dirIsLink = new ArrayList<>();
            for (String name : names) {
                Path p = root.resolve(name);
                BasicFileAttributes attrs = lstat(p);
                boolean link = attrs != null && attrs.isSymbolicLink();
                boolean isDir = attrs != null && (link ? Files.isDirectory(p) : attrs.isDirectory());
                if (isDir) {
                    dirs.add(name);
                    dirIsLink.add(link);
                } else {
                    files.add(name);
                    fileAttrs.add(attrs);
                }
            }
            boolean skipped = root.toString().endsWith("__pycache__");
            if (!skipped) {
                List<Integer> order = new ArrayList<>(files.size());
                for (int i = 0; i < files.size(); i++) {
                    order.add(i);
                }
                if (sorted) {
                    order.sort((a, b) -> PythonText.compareCodePoints(files.get(a), files.get(b)));
                }
                for (int i : order) {
                    String name = files.get(i);
                    add(root.resolve(name), realRoot.resolve(name), name, root, fileAttrs.get(i));
                }
                if (request.sourceless()) {
                    Set<String> stems = new HashSet<>();
                    for (String name : files) {
                        stems.add(stem(name));
                    }
                    addCompiledCache(root, realRoot, stems, "");
                }
                if (!request.recursive()) {
                    return;
                }
                if (sorted) {
                    sortTogether(dirs, dirIsLink);
                }
            }
            for (int i = dirs.size() - 1; i >= 0; i--) {
                if (!dirIsLink.get(i)) {   // os.walk does not follow symlinked directories
                    pending.push(new Path[] {root.resolve(dirs.get(i)), realRoot.resolve(dirs.get(i))});
                }
            }
        }
    }

    private static void sortTogether(List<String> dirs, List<Boolean> links) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> PythonText.compareCodePoints(dirs.get(a), dirs.get(b)));
        List<String> d = new ArrayList<>();
        List<Boolean> l = new ArrayList<>();
        for (int i : order) {
            d.add(dirs.get(i));
            l.add(links.get(i));
        }
        dirs.clear();
        dirs.addAll(d);
        links.clear();
        links.addAll(l);
    }

    /** {@code __pycache__} files whose stem is not the stem of a file in the directory. */
    private void addCompiledCache(Path dir, Path realDir, Set<String> stems, String relativePrefix) {
        Path cache = dir.resolve("__pycache__");
        if (!Files.exists(cache)) {
            return;
        }
        List<String> names;
        try {
            names = readdir(cache);
        } catch (IOException e) {
            return;
        }
        for (String name : names) {
            if (!stems.contains(stem(name))) {
                add(cache.resolve(name), realDir.resolve("__pycache__").resolve(name),
                        relativePrefix.isEmpty() ? name : relativePrefix + name, dir);
            }
        }
    }

    /** Records a listed path; {@code realGuess} is its real path unless it is a symlink itself. */
    private void add(Path path, Path realGuess, String name, Path dir) {
        add(path, realGuess, name, dir, lstat(path));
    }

    private void add(Path path, Path realGuess, String name, Path dir, BasicFileAttributes attrs) {
        boolean link = attrs == null || attrs.isSymbolicLink();
        Path real = link ? realPath(path) : realGuess;
        boolean directory = link ? Files.isDirectory(path) : attrs.isDirectory();
        boolean exists = !link || Files.exists(path);
        boolean regular = link ? Files.isRegularFile(path) : attrs.isRegularFile();
        String matchName = name;
        Path matchDir = dir;
        if (sorted) {
            // alembic >= 1.10 matches the real file's name, in the real directory.
            Path fileName = real.getFileName();
            matchName = fileName == null ? name : fileName.toString();
            matchDir = real.getParent() == null ? dir : real.getParent();
        }
        FileStamp stamp = link || !regular ? null : FileStamp.of(attrs);
        items.add(new Item(new Entry(path, real.toString(), matchName, matchDir, directory, exists, regular, stamp),
                null));
    }

    private void problem(Diagnostic diagnostic, Path where) {
        items.add(new Item(null, diagnostic.at(SourceLocation.of(where))));
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static List<String> readdir(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    private static BasicFileAttributes lstat(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code os.path.realpath}: resolves what it can and never fails. */
    static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            Path parent = p.getParent();
            Path realParent = parent == null ? null : realPath(parent);
            Path base = realParent == null ? p : realParent.resolve(p.getFileName());
            try {
                Path target = Files.readSymbolicLink(base);
                return (realParent == null ? target : realParent.resolve(target)).normalize();
            } catch (IOException | UnsupportedOperationException | SecurityException notALink) {
                return base;
            }
        }
    }

    private static DiagnosticCode dir(IOException e) {
        return e instanceof NotDirectoryException || e instanceof NoSuchFileException
                ? DiagnosticCode.VERSIONS_DIR_MISSING : DiagnosticCode.UNREADABLE_FILE;
    }

    private static String describe(IOException e) {
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
