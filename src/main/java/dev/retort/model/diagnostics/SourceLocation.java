package dev.retort.model.diagnostics;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a file a diagnostic points at.
 *
 * @param file the file
 * @param line 1-based line number, or 0 when the whole file is meant
 */
public record SourceLocation(Path file, int line) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
