package dev.retort.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that run the user's alembic ({@code upgrade}, {@code downgrade}, {@code stamp}). */
final class AlembicRunOptions {
    @Option(names = "--sql", description = "Don't emit SQL to database - dump to standard output instead")
    boolean sql;

    @Option(names = "--alembic", paramLabel = "PATH", description = "the alembic to run: an alembic executable, a "
            + "Python interpreter that has alembic, or a virtualenv folder (default: the project's .venv/venv, "
            + "alembic on PATH, python3 -m alembic)")
    Path alembic;

    @Option(names = "--env", paramLabel = "KEY=VALUE", description = "an environment variable for alembic, e.g. "
            + "POSTGRES_PORT=5433; repeatable; added to the profile's (--profile) and the inherited environment")
    List<String> env = new ArrayList<>();

    @Option(names = {"-x"}, paramLabel = "ARG", description = "additional arguments consumed by custom env.py "
            + "scripts, e.g. -x tenant=acme; passed to alembic as they are")
    List<String> x = new ArrayList<>();

    /** The {@code --env} values in order; a bad entry is a usage error. */
    Map<String, String> environment() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : env) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new CommandFailedException("--env expects KEY=VALUE, not '" + entry + "'", 2);
            }
            out.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return out;
    }
}
