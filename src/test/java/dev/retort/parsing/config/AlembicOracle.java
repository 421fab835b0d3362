package dev.retort.parsing.config;

import dev.retort.testsupport.AlembicAvailability;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's alembic ({@code /usr/bin/python3 -m alembic}) as the reference for differential
 * tests. Tests skip when it is missing, unless {@code RETORT_REQUIRE_ALEMBIC=1}, then they fail.
 *
 */
final class AlembicOracle {

    static final String PYTHON = "/usr/bin/python3";


    private AlembicOracle() {
    }

    /** Skips without alembic, or fails with RETORT_REQUIRE_ALEMBIC=1 (the shared rule). */
    static void assumeAvailable() {
        AlembicAvailability.assumeAlembic();
    }



    /**
     * Runs {@code python3 -c script args...} in {@code cwd} and parses its stdout as JSON.
     */
    static JsonElement python(Path cwd, String script, String... args) throws IOException {
        List<String> argv = new ArrayList<>(List.of(PYTHON, "-c", script));
        argv.addAll(List.of(args));
        Result r = run(cwd, argv);
        if (r.exitCode != 0) {
            fail("python failed (" + r.exitCode + "):\n" + r.stderr + r.stdout);
        }
        return JsonParser.parseString(r.stdout);
    }

    private static final class Result {
        final int exitCode;
        final String stdout;
        final String stderr;

        Result(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    private static Result run(Path cwd, List<String> argv) throws IOException {
        if (!Files.isExecutable(Path.of(argv.get(0)))) {
            return new Result(127, "", argv.get(0) + " not found");
        }
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().remove("ALEMBIC_CONFIG");
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        String out = drain(p.getInputStream());
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(124, out, "timeout");
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Result(130, out, "interrupted");
        }
    }

    private static String drain(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
