package dev.retort.testsupport;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real alembic (Debian's 1.8.1, {@code /usr/bin/python3 -m alembic}) as the oracle of
 * differential tests: many commands in one interpreter, each through alembic's own CLI entry
 * point, with {@code PYTHONHASHSEED=0} and stdin from {@code /dev/null} as the reference
 * recommends.
 */
public final class AlembicOracle {
    public static final String PYTHON = "/usr/bin/python3";

    /** One alembic invocation: {@code alembic ARGV} run in {@code cwd}. */
    public record Command(Path cwd, List<String> argv) {
        public static Command of(Path cwd, String... argv) {
            return new Command(cwd, List.of(argv));
        }
    }

    /** What one invocation printed, and its exit code (alembic: 255 for FAILED, 1 for a traceback). */
    public record Result(int exit, String stdout, String stderr) {
    }

    private AlembicOracle() {
    }

    public static Result run(Command command) {
        return runAll(List.of(command)).get(0);
    }

    public static List<Result> runAll(List<Command> commands) {
        try {
            Path work = Files.createTempDirectory("alembic-oracle");
            Path script = work.resolve("alembic_batch.py");
            try (InputStream in = AlembicOracle.class.getResourceAsStream("alembic_batch.py")) {
                Files.copy(in, script);
            }
            List<Map<String, Object>> json = new ArrayList<>();
            for (Command c : commands) {
                json.add(Map.of("cwd", c.cwd().toString(), "argv", c.argv()));
            }
            Path commandsFile = work.resolve("commands.json");
            Path resultsFile = work.resolve("results.json");
            Files.writeString(commandsFile, new Gson().toJson(json), StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString(), commandsFile.toString(),
                    resultsFile.toString());
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().remove("ALEMBIC_CONFIG");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.redirectErrorStream(true);
            pb.redirectOutput(work.resolve("driver.log").toFile());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("alembic oracle timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("alembic oracle failed: " + Files.readString(work.resolve("driver.log")));
            }
            List<Result> results = new Gson().fromJson(Files.readString(resultsFile, StandardCharsets.UTF_8),
                    new TypeToken<List<Result>>() { }.getType());
            TestFiles.deleteRecursively(work);
            return results;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
