package dev.retort.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real alembic (Debian's {@code python3-alembic}, run as {@code /usr/bin/python3 -m
 * alembic}) for differential tests, and runs it.
 *
 * <p>Tests call {@link #assumeAlembic()} (or {@link #assumePython()} when plain Python is
 * enough): they are skipped when it is missing, unless the environment variable
 * {@code RETORT_REQUIRE_ALEMBIC=1} is set (CI), in which case they fail.
 * The interpreter can be overridden with the environment variable {@code RETORT_PYTHON}.
 */
public final class AlembicAvailability {
    private static final String REQUIRE_VARIABLE = "RETORT_REQUIRE_ALEMBIC";
    private static final long TIMEOUT_SECONDS = 120;

    private static Boolean pythonWorks;
    private static String alembicVersion;
    private static boolean alembicChecked;

    private AlembicAvailability() {
    }

    /** The interpreter that has alembic installed: {@code /usr/bin/python3} unless overridden. */
    public static Path python() {
        String override = System.getenv("RETORT_PYTHON");
        return Path.of(override != null && !override.isBlank() ? override : "/usr/bin/python3");
    }

    /** Skips (or, with {@code RETORT_REQUIRE_ALEMBIC=1}, fails) the calling test when alembic cannot run. */
    public static void assumeAlembic() {
        if (alembicVersion().isEmpty()) {
            unavailable("alembic is not available as '" + python() + " -m alembic'");
        }
    }

    /** Like {@link #assumeAlembic()} for tests that only need the Python interpreter. */
    public static void assumePython() {
        if (!pythonWorks()) {
            unavailable("no Python interpreter at " + python());
        }
    }

    /** The output of {@code alembic --version} (e.g. {@code alembic 1.8.1}), or "" when it does not run. */
    public static synchronized String alembicVersion() {
        if (!alembicChecked) {
            alembicChecked = true;
            alembicVersion = "";
            try {
                Result r = run(Path.of(System.getProperty("java.io.tmpdir")), Map.of(), "-m", "alembic", "--version");
                if (r.exitCode() == 0) {
                    alembicVersion = r.stdout().strip();
                }
            } catch (IOException e) {
                alembicVersion = "";
            }
        }
        return alembicVersion;
    }

    private static synchronized boolean pythonWorks() {
        if (pythonWorks == null) {
            try {
                pythonWorks = run(Path.of(System.getProperty("java.io.tmpdir")), Map.of(), "-c", "pass").exitCode() == 0;
            } catch (IOException e) {
                pythonWorks = false;
            }
        }
        return pythonWorks;
    }

    private static void unavailable(String why) {
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            fail(why + ", and " + REQUIRE_VARIABLE + "=1 requires it");
        }
        Assumptions.assumeTrue(false, why + " (set " + REQUIRE_VARIABLE + "=1 to make this a failure)");
    }

    /** What a finished process printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Runs {@code python args...} in {@code workDir} with stdin from {@code /dev/null} (alembic
     * wraps its messages when stdin is a terminal), UTF-8 I/O and the extra environment.
     */
    public static Result run(Path workDir, Map<String, String> env, String... args) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(python().toString());
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workDir.toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("retort-py-out", ".txt");
        Path err = Files.createTempFile("retort-py-err", ".txt");
        try {
            pb.redirectInput(new File("/dev/null"));
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            Process process = pb.start();
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException("timed out: " + argv);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted: " + argv, e);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
