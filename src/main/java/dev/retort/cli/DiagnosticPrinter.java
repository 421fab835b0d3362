package dev.retort.cli;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.io.PrintWriter;
import java.util.List;

/** Prints load diagnostics to stderr, compiler-style, so they never mix with command output. */
final class DiagnosticPrinter {
    private final PrintWriter err;

    DiagnosticPrinter(PrintWriter err) {
        this.err = err;
    }

    void printAll(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            // multiple heads are the normal state of a branched project; `check` reports them
            if (d.code() != DiagnosticCode.MULTIPLE_HEADS) {
                err.println(d);
            }
        }
    }
}
