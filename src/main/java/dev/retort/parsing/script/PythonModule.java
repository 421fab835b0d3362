package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PythonModuleReader} learned about one module without running it.
 *
 * @param docstring the module's {@code __doc__} when it is a plain string literal, unstripped
 * @param assignments the last module-level binding of each {@link ModuleVariable} that is bound
 * @param diagnostics encoding and syntax problems noticed while scanning (located, no revision id)
 * @param importable false when Python could not even start compiling the file (NUL bytes); the
 *     other fields are then empty
 */
public record PythonModule(
        Optional<String> docstring,
        Map<ModuleVariable, PyAssignment> assignments,
        List<Diagnostic> diagnostics,
        boolean importable) {

    public PythonModule {
        Objects.requireNonNull(docstring, "docstring");
        assignments = assignments.isEmpty()
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(assignments));
        diagnostics = List.copyOf(diagnostics);
    }

    /** The effective binding of {@code variable}, if the module binds it at all. */
    public Optional<PyAssignment> get(ModuleVariable variable) {
        return Optional.ofNullable(assignments.get(variable));
    }
}
