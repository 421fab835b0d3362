package dev.retort.model.diagnostics;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a project or building its graph.
 *
 * <p>Parsers return diagnostics instead of throwing, so one bad file never hides the rest
 * of the project. Where alembic has its own wording for the problem, {@link #message()}
 * uses it verbatim.
 *
 * @param severity how bad it is
 * @param code a stable machine-readable identifier, see {@link DiagnosticCode}
 * @param message the human text, alembic's wording where it has one
 * @param location where in which file, when known
 * @param revisionId the revision the problem belongs to, when known
 */
public record Diagnostic(
        Severity severity,
        DiagnosticCode code,
        String message,
        Optional<SourceLocation> location,
        Optional<String> revisionId) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(revisionId, "revisionId");
    }

    public static Diagnostic error(DiagnosticCode code, String message) {
        return new Diagnostic(Severity.ERROR, code, message, Optional.empty(), Optional.empty());
    }

    public static Diagnostic warning(DiagnosticCode code, String message) {
        return new Diagnostic(Severity.WARNING, code, message, Optional.empty(), Optional.empty());
    }

    public static Diagnostic info(DiagnosticCode code, String message) {
        return new Diagnostic(Severity.INFO, code, message, Optional.empty(), Optional.empty());
    }

    public Diagnostic at(SourceLocation where) {
        return new Diagnostic(severity, code, message, Optional.of(where), revisionId);
    }

    public Diagnostic forRevision(String revision) {
        return new Diagnostic(severity, code, message, location, Optional.of(revision));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: severity: message}, as compilers print it. */
    @Override
    public String toString() {
        String where = location.map(l -> l + ": ").orElse("");
        return where + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
