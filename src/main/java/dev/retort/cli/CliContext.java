package dev.retort.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command prints and what it runs in.
 *
 * @param out command output (alembic's stdout)
 * @param err warnings and diagnostics
 * @param workingDirectory the directory alembic would run in: relative paths resolve here
 * @param environment the process environment ({@code ALEMBIC_CONFIG}, ...)
 */
public record CliContext(PrintWriter out, PrintWriter err, Path workingDirectory, Map<String, String> environment) {
}
