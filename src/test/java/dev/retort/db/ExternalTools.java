package dev.retort.db;

import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.PostgresAvailability;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Checks for the real PostgreSQL and alembic the integration tests use. Missing tools skip the
 * tests, unless {@code RETORT_REQUIRE_POSTGRES=1} / {@code RETORT_REQUIRE_ALEMBIC=1} say they
 * must be there (CI), in which case the tests fail.
 */
final class ExternalTools {
    static final String PG_HOST = "127.0.0.1";
    static final int PG_PORT = 5432;
    static final String PYTHON = "/usr/bin/python3";

    private static Boolean sqlalchemy;

    private ExternalTools() {
    }

    /** Skips when PostgreSQL is not reachable, or fails with RETORT_REQUIRE_POSTGRES=1 (the shared rule). */
    static void requirePostgres() {
        PostgresAvailability.assumePostgres();
    }

    /** Skips without alembic, or fails with RETORT_REQUIRE_ALEMBIC=1 (the shared rule). */
    static void requireAlembic() {
        AlembicAvailability.assumeAlembic();
    }

    /** SQLAlchemy comes with alembic; the URL differential test needs only it. */
    static synchronized void requireSqlAlchemy() {
        if (sqlalchemy == null) {
            sqlalchemy = run(Path.of("."), Map.of(), List.of(PYTHON, "-c", "import sqlalchemy")).exitCode() == 0;
        }
        require(sqlalchemy, "RETORT_REQUIRE_ALEMBIC", PYTHON + " cannot import sqlalchemy");
    }

    private static void require(boolean available, String variable, String why) {
        if (!available && "1".equals(System.getenv(variable))) {
            fail(why + " but " + variable + "=1");
        }
        assumeTrue(available, why);
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a program with stdin from /dev/null (alembic wraps messages when stdin is a terminal). */
    static Result run(Path directory, Map<String, String> environment, List<String> argv) {
        Path errors = null;
        try {
            errors = Files.createTempFile("retort-stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(argv)).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(errors.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, out, "timed out");
            }
            return new Result(process.exitValue(), out, Files.readString(errors));
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", e.toString());
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
