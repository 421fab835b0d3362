package dev.retort.runner;

import dev.retort.model.release.AlembicRelease;
import dev.retort.runner.AlembicInstallation.Source;
import dev.retort.runner.DiscoveryResult.Attempt;
import dev.retort.runner.DiscoveryResult.Outcome;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the user's alembic, in this order:
 * <ol>
 * <li>an explicit path (Preferences, {@code --alembic}): an {@code alembic} executable, a Python
 *     interpreter (then {@code python -m alembic}), or a virtualenv folder;</li>
 * <li>the project's virtualenv: {@code .venv/bin/alembic}, {@code venv/bin/alembic},
 *     {@code .venv/bin/python -m alembic}, {@code venv/bin/python -m alembic}, in the project
 *     folder and then its parents, up to {@link Settings#parentLevels()} levels up;</li>
 * <li>{@code alembic} on PATH;</li>
 * <li>{@code python3 -m alembic}, with python3 from PATH, then the fallback interpreters
 *     ({@code /usr/bin/python3}: Debian's {@code python3-alembic}).</li>
 * </ol>
 * Each existing candidate is asked {@code --version} (with a timeout, in the project folder so
 * that per-folder interpreter selection such as pyenv's applies); the first that answers like
 * alembic wins. Probing is sequential and blocking: call it from a background task.
 */
public final class AlembicDiscovery {
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^alembic (\\d+\\.\\d+(?:\\.\\d+)?\\S*)\\s*$");
    /** In a NOT_ALEMBIC detail ({@code answered --version with 'Python 3.11.2'}): it is an interpreter. */
    private static final Pattern PYTHON_VERSION = Pattern.compile("'Python \\d");
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final ProcessRunner runner;
    private final Settings settings;

    /**
     * How discovery looks.
     *
     * @param environment the environment to search PATH in and to run the probes with
     * @param fallbackPythons interpreters tried last with {@code -m alembic}
     * @param parentLevels how many parent folders of the project to search for a virtualenv
     * @param timeout how long one {@code --version} may take
     * @param overrideHint how the user sets the path explicitly, for the "not found" message
     */
    public record Settings(Map<String, String> environment, List<Path> fallbackPythons, int parentLevels,
            Duration timeout, String overrideHint) {
        public Settings {
            environment = Map.copyOf(environment);
            fallbackPythons = List.copyOf(fallbackPythons);
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(overrideHint, "overrideHint");
        }

        /** PATH from {@code environment}, {@code /usr/bin/python3} as fallback, 3 parent levels, 20 s. */
        public static Settings defaults(Map<String, String> environment) {
            return new Settings(environment, WINDOWS ? List.of() : List.of(Path.of("/usr/bin/python3")), 3,
                    Duration.ofSeconds(20), "set the path to alembic in Preferences");
        }

        /** The same settings with other last-resort interpreters. */
        public Settings withFallbackPythons(List<Path> pythons) {
            return new Settings(environment, pythons, parentLevels, timeout, overrideHint);
        }

        /** The same settings with another {@code --version} timeout. */
        public Settings withTimeout(Duration value) {
            return new Settings(environment, fallbackPythons, parentLevels, value, overrideHint);
        }

        /** The same settings searching more or fewer parent folders for a virtualenv. */
        public Settings withParentLevels(int value) {
            return new Settings(environment, fallbackPythons, value, timeout, overrideHint);
        }

        /** The same settings with another "how to set the path" hint. */
        public Settings withOverrideHint(String value) {
            return new Settings(environment, fallbackPythons, parentLevels, timeout, value);
        }
    }

    private record Candidate(List<String> prefix, Source source, Path program) {
    }

    /**
     * @param runner runs the {@code --version} probes
     * @param settings where and how long to look
     */
    public AlembicDiscovery(ProcessRunner runner, Settings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /**
     * Looks for alembic for the project in {@code projectDirectory}. A preferred path that does
     * not work is reported in the attempts and the search goes on, so the result's message says
     * both what failed and what is used instead.
     */
    public DiscoveryResult discover(Optional<Path> preferred, Path projectDirectory) throws InterruptedException {
        List<Candidate> candidates = new ArrayList<>();
        preferred.ifPresent(p -> candidates.addAll(explicitCandidates(p)));
        candidates.addAll(virtualenvCandidates(projectDirectory));
        candidates.addAll(pathCandidates());
        return probeAll(candidates, projectDirectory, preferred);
    }

    /**
     * Uses only {@code path} (an {@code alembic} executable, a Python interpreter, or a virtualenv
     * folder): for an explicit override that must not silently fall back to another alembic.
     */
    public DiscoveryResult discoverExplicit(Path path, Path projectDirectory) throws InterruptedException {
        return probeAll(explicitCandidates(path), projectDirectory, Optional.of(path));
    }

    private DiscoveryResult probeAll(List<Candidate> candidates, Path projectDirectory, Optional<Path> preferred)
            throws InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            if (!seen.add(c.prefix())) {
                continue;
            }
            Attempt attempt = probe(c, projectDirectory);
            // an explicit interpreter answers "Python 3.x": retry it as python -m alembic
            if (attempt.outcome() == Outcome.NOT_ALEMBIC && c.prefix().size() == 1 && c.source() == Source.PREFERENCES
                    && PYTHON_VERSION.matcher(attempt.detail()).find()) {
                Candidate module = new Candidate(List.of(c.prefix().get(0), "-m", "alembic"), c.source(), c.program());
                seen.add(module.prefix());
                attempt = probe(module, projectDirectory);
            }
            attempts.add(attempt);
            if (attempt.outcome() == Outcome.FOUND) {
                AlembicRelease release = AlembicRelease.parse(attempt.detail()).orElseThrow();
                AlembicInstallation found = new AlembicInstallation(attempt.argvPrefix(), release, attempt.detail(),
                        c.source(), c.program());
                return new DiscoveryResult(Optional.of(found), attempts, foundMessage(found, attempts, preferred));
            }
        }
        return new DiscoveryResult(Optional.empty(), attempts, notFoundMessage(attempts, preferred));
    }

    private Attempt probe(Candidate c, Path projectDirectory) throws InterruptedException {
        if (!Files.exists(c.program())) {
            return attempt(c, Outcome.MISSING, "not found");
        }
        if (!Files.isRegularFile(c.program()) || !Files.isExecutable(c.program())) {
            return attempt(c, Outcome.NOT_EXECUTABLE, "not an executable file");
        }
        List<String> argv = new ArrayList<>(c.prefix());
        argv.add("--version");
        Map<String, String> env = new LinkedHashMap<>(settings.environment());
        env.put("PYTHONIOENCODING", "utf-8");
        Path cwd = Files.isDirectory(projectDirectory) ? projectDirectory : Path.of(System.getProperty("java.io.tmpdir"));
        RunOptions options = RunOptions.DEFAULTS.withTimeout(settings.timeout()).withGrace(Duration.ofMillis(500))
                .withLog(200, 100_000);
        ProcessRunner.RunResultWithLog done = runner.runAndWait(ProcessSpec.of(argv, cwd, env), options);
        RunResult result = done.result();
        String output = done.log().lines().stream().map(OutputLine::text).reduce((a, b) -> a + "\n" + b).orElse("");
        if (result.failure().map(f -> f.kind() == RunFailure.Kind.TIMED_OUT).orElse(false)) {
            return attempt(c, Outcome.TIMED_OUT, "no answer to --version within " + settings.timeout().toSeconds()
                    + " s");
        }
        if (result.failure().map(f -> f.kind() == RunFailure.Kind.START_FAILED).orElse(false)) {
            return attempt(c, Outcome.FAILED, result.failure().get().summary());
        }
        Matcher m = VERSION_LINE.matcher(output);
        if (result.succeeded() && m.find() && AlembicRelease.parse(m.group(1)).isPresent()) {
            return attempt(c, Outcome.FOUND, "alembic " + m.group(1));
        }
        if (result.succeeded()) {
            return attempt(c, Outcome.NOT_ALEMBIC, "answered --version with '" + firstLine(output) + "'");
        }
        return attempt(c, Outcome.FAILED, "exit code " + result.exitCodeOr(-1) + ": " + lastLine(output));
    }

    private static Attempt attempt(Candidate c, Outcome outcome, String detail) {
        return new Attempt(c.prefix(), c.source(), c.program(), outcome, detail);
    }

    private List<Candidate> explicitCandidates(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return List.of(new Candidate(List.of(binary(p, "alembic").toString()), Source.PREFERENCES,
                    binary(p, "alembic")), new Candidate(List.of(binary(p, "python").toString(), "-m", "alembic"),
                    Source.PREFERENCES, binary(p, "python")));
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.matches("(?i)python[0-9.]*(\\.exe)?")) {
            return List.of(new Candidate(List.of(p.toString(), "-m", "alembic"), Source.PREFERENCES, p));
        }
        return List.of(new Candidate(List.of(p.toString()), Source.PREFERENCES, p));
    }

    private List<Candidate> virtualenvCandidates(Path projectDirectory) {
        List<Candidate> out = new ArrayList<>();
        Path dir = projectDirectory.toAbsolutePath().normalize();
        for (int level = 0; level <= settings.parentLevels() && dir != null; level++, dir = dir.getParent()) {
            for (String venv : List.of(".venv", "venv")) {
                Path alembic = binary(dir.resolve(venv), "alembic");
                out.add(new Candidate(List.of(alembic.toString()), Source.VIRTUALENV, alembic));
            }
            for (String venv : List.of(".venv", "venv")) {
                Path python = binary(dir.resolve(venv), "python");
                out.add(new Candidate(List.of(python.toString(), "-m", "alembic"), Source.VIRTUALENV, python));
            }
        }
        return out;
    }

    private List<Candidate> pathCandidates() {
        List<Candidate> out = new ArrayList<>();
        List<Path> path = pathDirectories();
        for (Path dir : path) {
            Path alembic = dir.resolve(WINDOWS ? "alembic.exe" : "alembic");
            if (Files.isRegularFile(alembic)) {
                out.add(new Candidate(List.of(alembic.toString()), Source.PATH, alembic));
                break;
            }
        }
        for (Path dir : path) {
            Path python = dir.resolve(WINDOWS ? "python.exe" : "python3");
            if (Files.isRegularFile(python)) {
                out.add(new Candidate(List.of(python.toString(), "-m", "alembic"), Source.PYTHON_MODULE, python));
                break;
            }
        }
        for (Path python : settings.fallbackPythons()) {
            out.add(new Candidate(List.of(python.toString(), "-m", "alembic"), Source.PYTHON_MODULE, python));
        }
        return out;
    }

    private List<Path> pathDirectories() {
        String path = settings.environment().getOrDefault("PATH", "");
        List<Path> out = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            // an empty entry means the current directory: never run programs found there
            if (entry.isBlank()) {
                continue;
            }
            try {
                Path dir = Path.of(entry);
                if (dir.isAbsolute()) {
                    out.add(dir);
                }
            } catch (InvalidPathException e) {
                // not a path on this system: skip it like a shell would fail to find anything there
            }
        }
        return out;
    }

    private static Path binary(Path venv, String name) {
        return WINDOWS ? venv.resolve("Scripts").resolve(name + ".exe") : venv.resolve("bin").resolve(name);
    }

    private String foundMessage(AlembicInstallation found, List<Attempt> attempts, Optional<Path> preferred) {
        String message = "Using " + found.describe() + ".";
        if (preferred.isPresent() && found.source() != Source.PREFERENCES) {
            String why = attempts.stream().filter(a -> a.source() == Source.PREFERENCES).map(Attempt::detail)
                    .reduce((a, b) -> b).orElse("it did not work");
            message = "The alembic set in preferences (" + preferred.get() + ") did not work (" + why + "). " + message;
        }
        return message;
    }

    private String notFoundMessage(List<Attempt> attempts, Optional<Path> preferred) {
        StringBuilder sb = new StringBuilder("No working alembic was found");
        preferred.ifPresent(p -> sb.append(" (").append(p).append(" did not work)"));
        sb.append(". Install alembic in the project's virtualenv (.venv/bin/pip install alembic), or `apt install "
                + "python3-alembic`, or ").append(settings.overrideHint()).append(
                        ". Exploring and merging still work without it.");
        List<Attempt> ran = attempts.stream().filter(a -> a.outcome() != Outcome.MISSING).toList();
        if (!ran.isEmpty()) {
            sb.append(" Tried: ");
            sb.append(String.join("; ", ran.stream().map(Attempt::toString).toList()));
            sb.append('.');
        }
        return sb.toString();
    }

    private static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String lastLine(String text) {
        String s = text.strip();
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? s : s.substring(nl + 1);
    }
}
