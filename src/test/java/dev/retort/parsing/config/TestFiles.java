package dev.retort.parsing.config;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for writing test projects and picking diagnostics. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real path, as alembic (os.getcwd) would see a temporary directory. */
    static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Diagnostic> withCode(List<Diagnostic> diagnostics, DiagnosticCode code) {
        return diagnostics.stream().filter(d -> d.code() == code).collect(Collectors.toList());
    }

    static List<String> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::message).collect(Collectors.toList());
    }
}
