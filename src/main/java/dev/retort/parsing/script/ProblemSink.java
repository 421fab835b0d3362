package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading one module. Like Python, only the first syntax
 * error is reported: whatever follows it is guesswork about a file Python would not import.
 */
final class ProblemSink {
    private final Path file;
    private final List<Diagnostic> diagnostics = new ArrayList<>(0);
    private boolean syntaxErrorSeen;

    ProblemSink(Path file) {
        this.file = file;
    }

    void syntaxError(int line, String message) {
        if (!syntaxErrorSeen) {
            syntaxErrorSeen = true;
            diagnostics.add(Diagnostic.error(DiagnosticCode.SYNTAX_ERROR, message)
                    .at(new SourceLocation(file, Math.max(line, 0))));
        }
    }

    void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    Path file() {
        return file;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
