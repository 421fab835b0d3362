package dev.retort.merge;

import dev.retort.testsupport.AlembicAvailability;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code /usr/bin/python3} with the real alembic 1.8.1 for differential tests.
 * Tests call {@link #assumeAvailable()}: they skip without alembic, unless
 * {@code RETORT_REQUIRE_ALEMBIC=1}, in which case its absence fails them.
 */
final class RealAlembic {
    static final String PYTHON = "/usr/bin/python3";

    private RealAlembic() {
    }

    /** The output of a finished process. */
    record Output(int exitCode, String stdout, String stderr) {
    }

    /** Skips without alembic, or fails with RETORT_REQUIRE_ALEMBIC=1 (the shared rule). */
    static void assumeAvailable() {
        AlembicAvailability.assumeAlembic();
    }

    /** Runs a command with stdin from /dev/null (alembic must not see a terminal). */
    static Output run(Path workingDirectory, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Output(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a test resource script to a directory and returns its path. */
    static Path script(Path directory, String name) {
        try (InputStream in = RealAlembic.class.getResourceAsStream(name)) {
            Path target = directory.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code alembic <args>} with the fixed create date of alembic-semantics.md 2.6. */
    static Output alembicFixedClock(Path projectDirectory, Path scratch, List<String> args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, script(scratch, "alembic_fixed_clock.py").toString()));
        command.addAll(args);
        return run(projectDirectory, command);
    }
}
