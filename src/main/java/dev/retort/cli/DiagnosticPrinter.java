package dev.retort.cli;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/** Prints load diagnostics to stderr, compiler-style, so they never mix with command output. */
final class DiagnosticPrinter {
    private final PrintWriter err;

    DiagnosticPrinter(PrintWriter err) {
        this.err = err;
    }

    /**
     * Advice about the project rather than a problem with reading it: `check` and the window
     * report these; repeating them on every query would only bury alembic's own warnings.
     */
    private static final Set<DiagnosticCode> ADVICE = Set.of(DiagnosticCode.MULTIPLE_HEADS,
            DiagnosticCode.REVISION_ID_TOO_LONG);

    void printAll(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (!ADVICE.contains(d.code())) {
                err.println(d);
            }
        }
    }
}
