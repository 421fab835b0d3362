package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import dev.retort.model.revision.Revision;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Loads every revision file of a script directory the way alembic's
 * {@code ScriptDirectory._load_revisions} finds them: which directories, which file names, which
 * order, and the "loaded twice" check by real path.
 *
 * <p>Files are read and parsed in parallel (on the common fork-join pool) but returned in load
 * order, which is semantics for alembic: it breaks ties for heads, merges and history. A bad file
 * or directory never stops the load; it becomes a diagnostic.
 */
public final class ScriptDirectoryLoader {
    /** Below this many files the fork-join overhead is not worth it. */
    private static final int PARALLEL_THRESHOLD = 64;

    private final RevisionFileReader reader;
    private final boolean parallel;
    private final Path cacheDirectory;

    /** A loader that parses on the common fork-join pool. */
    public ScriptDirectoryLoader() {
        this(new RevisionFileReader(), true);
    }

    /**
     * @param reader how single files are read
     * @param parallel whether to parse files on several threads (false gives a same-thread loader for tests)
     */
    public ScriptDirectoryLoader(RevisionFileReader reader, boolean parallel) {
        this(reader, parallel, null);
    }

    /**
     * @param cacheDirectory where to keep parse results between runs ({@link ParseCache}); null for none
     */
    public ScriptDirectoryLoader(RevisionFileReader reader, boolean parallel, Path cacheDirectory) {
        this.reader = reader;
        this.parallel = parallel;
        this.cacheDirectory = cacheDirectory;
    }

    /** Loads the revisions {@code request} describes. */
    public LoadedScripts load(ScriptLoadRequest request) {
        List<Object> events = new ArrayList<>();
        List<VersionDirectoryLister.Entry> jobs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (VersionDirectoryLister.Item item : VersionDirectoryLister.list(request)) {
            if (item.diagnostic() != null) {
                events.add(item.diagnostic());
                continue;
            }
            VersionDirectoryLister.Entry entry = item.entry();
            if (!seen.add(entry.realPath())) {
                events.add(Diagnostic.warning(DiagnosticCode.FILE_LOADED_TWICE,
                                "File " + entry.realPath() + " loaded twice! ignoring. "
                                        + "Please ensure version_locations is unique.")
                        .at(SourceLocation.of(entry.path())));
                continue;
            }
            Diagnostic problem = select(entry, request.sourceless());
            if (problem == SKIP) {
                continue;
            }
            if (problem != null) {
                events.add(problem);
                continue;
            }
            events.add(jobs.size());
            jobs.add(entry);
        }

        RevisionFileResult[] results = readAll(request, jobs);

        List<Revision> revisions = new ArrayList<>(jobs.size());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof Diagnostic d) {
                diagnostics.add(d);
            } else {
                RevisionFileResult result = results[(Integer) event];
                result.revision().ifPresent(revisions::add);
                diagnostics.addAll(result.diagnostics());
            }
        }
        return new LoadedScripts(revisions, diagnostics);
    }

    /** Parses every job, taking unchanged files from the cache when there is one. */
    private RevisionFileResult[] readAll(ScriptLoadRequest request, List<VersionDirectoryLister.Entry> jobs) {
        RevisionFileResult[] results = new RevisionFileResult[jobs.size()];
        ParseCache cache = cacheDirectory == null ? null : ParseCache.open(cacheDirectory, request);
        List<Integer> misses = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            VersionDirectoryLister.Entry job = jobs.get(i);
            results[i] = cache == null ? null : cache.get(job.path(), job.stamp()).orElse(null);
            if (results[i] == null) {
                misses.add(i);
            }
        }
        IntStream indices = misses.stream().mapToInt(Integer::intValue);
        if (parallel && misses.size() >= PARALLEL_THRESHOLD) {
            indices = indices.parallel();
        }
        indices.forEach(i -> results[i] = readSafely(jobs.get(i)));
        if (cache != null) {
            for (int i : misses) {
                cache.put(jobs.get(i).path(), jobs.get(i).stamp(), results[i]);
            }
            cache.save();
        }
        return results;
    }

    private static final Diagnostic SKIP = Diagnostic.info(DiagnosticCode.UNREADABLE_FILE, "skip");

    /**
     * {@code Script._from_filename} and {@code load_python_file} up to reading the source: null
     * when the file is to be read, {@link #SKIP} when alembic ignores it, else the problem.
     */
    private static Diagnostic select(VersionDirectoryLister.Entry entry, boolean sourceless) {
        FileSelection.Match match = FileSelection.match(entry.matchName(), sourceless);
        if (match == null) {
            return SKIP;
        }
        SourceLocation where = SourceLocation.of(entry.path());
        if (match.compiled()) {
            Path dir = entry.matchDir();
            if (Files.exists(dir.resolve(match.pyName()))
                    || (match.optimized() && Files.exists(dir.resolve(match.pyName() + "c")))) {
                return SKIP;
            }
            return sourcelessUnsupported(entry.path()).at(where);
        }
        if (match.trailingNewline()) {
            return Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                    "the file name ends with a newline; alembic selects the file but cannot load it "
                            + "(UnboundLocalError)").at(where);
        }
        if (entry.directory()) {
            return Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                    "[Errno 21] Is a directory: '" + entry.path() + "' (alembic 1.8.1 fails with "
                            + "IsADirectoryError; alembic >= 1.10 ignores directories)").at(where);
        }
        if (!entry.exists()) {
            if (hasCompiledFallback(entry.path())) {
                return sourcelessUnsupported(entry.path()).at(where);
            }
            return Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                    "Can't find Python file " + entry.path() + " (a broken symbolic link?)").at(where);
        }
        if (!entry.regular()) {
            return Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                    "not a regular file (a pipe or a device?); Retort does not read it").at(where);
        }
        return null;
    }

    private static Diagnostic sourcelessUnsupported(Path path) {
        return Diagnostic.warning(DiagnosticCode.SOURCELESS_UNSUPPORTED,
                "alembic loads the compiled file " + path + " as a revision (sourceless mode); "
                        + "Retort cannot read bytecode, so this revision is missing here");
    }

    /** {@code pyc_file_from_path}: a cached {@code .pyc} for a {@code .py} that is not there. */
    private static boolean hasCompiledFallback(Path py) {
        Path dir = py.getParent();
        String name = py.getFileName().toString();
        String stem = name.substring(0, name.length() - 3);
        if (dir == null) {
            return false;
        }
        if (Files.exists(dir.resolve(stem + ".pyc"))) {
            return true;
        }
        Path cache = dir.resolve("__pycache__");
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(cache, stem + ".*.pyc")) {
            return stream.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private RevisionFileResult readSafely(VersionDirectoryLister.Entry entry) {
        try {
            return reader.read(entry.path(), entry.matchName());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the reader must not hide the rest of the project.
            return new RevisionFileResult(java.util.Optional.empty(), List.of(
                    Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                            "internal error while reading the file: " + e).at(SourceLocation.of(entry.path()))));
        }
    }
}
