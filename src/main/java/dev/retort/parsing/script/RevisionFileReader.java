package dev.retort.parsing.script;

import dev.retort.model.python.PythonStrings;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import dev.retort.model.revision.Revision;
import dev.retort.parsing.script.PyValue.PyBytes;
import dev.retort.parsing.script.PyValue.PyComputed;
import dev.retort.parsing.script.PyValue.PyNone;
import dev.retort.parsing.script.PyValue.PySeq;
import dev.retort.parsing.script.PyValue.PyStr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns one revision file into a {@link Revision} the way alembic 1.8.1 does in
 * {@code Script._from_filename} and {@code Revision.__init__}: the legacy all-hex file name when
 * {@code revision} is missing, {@code to_tuple} / {@code tuple_rev_as_scalar} normalisation, the
 * illegal-character and self-loop checks, and the stripped docstring.
 *
 * <p>Where alembic would stop with an error the problem becomes a diagnostic with alembic's
 * wording, and the revision is still produced whenever its id is known, so the rest of the
 * project can be shown. Stateless and thread-safe.
 */
public final class RevisionFileReader {
    private static final String ILLEGAL = "@-+";

    private final PythonModuleReader moduleReader;

    /** A reader with its own {@link PythonModuleReader}. */
    public RevisionFileReader() {
        this(new PythonModuleReader());
    }

    /** A reader that reads modules with {@code moduleReader}. */
    public RevisionFileReader(PythonModuleReader moduleReader) {
        this.moduleReader = moduleReader;
    }

    /** Reads {@code file}; alembic's file name rules apply to its last path element. */
    public RevisionFileResult read(Path file) {
        return read(file, fileName(file));
    }

    /**
     * Reads {@code file}, applying the file name rules (legacy id, module name) to {@code fileName}:
     * alembic &gt;= 1.10 uses the name of the symlink target, which may differ.
     */
    public RevisionFileResult read(Path file, String fileName) {
        return interpret(moduleReader.read(file), file, fileName);
    }

    /** Parses {@code source} as if it were the contents of {@code file}. */
    public RevisionFileResult parse(byte[] source, Path file) {
        return interpret(moduleReader.parse(source, file), file, fileName(file));
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Applies alembic's rules to an already read module. */
    public RevisionFileResult interpret(PythonModule module, Path file, String fileName) {
        List<Diagnostic> found = new ArrayList<>(module.diagnostics());
        if (!module.importable()) {
            return new RevisionFileResult(Optional.empty(), found);
        }
        String id = null;
        int line = 0;
        Optional<PyAssignment> revision = module.get(ModuleVariable.REVISION);
        if (revision.isEmpty()) {
            id = legacyId(fileName);
            if (id == null) {
                found.add(Diagnostic.error(DiagnosticCode.MISSING_REVISION,
                        "Could not determine revision id from filename " + fileName + ". "
                                + "Be sure the 'revision' variable is declared inside the script "
                                + "(please see 'Upgrading from Alembic 0.1 to 0.2' in the documentation).")
                        .at(SourceLocation.of(file)));
            }
        } else {
            line = revision.get().line();
            PyValue value = revision.get().value();
            if (value instanceof PyStr s) {
                id = s.value();
            } else if (value instanceof PyComputed c) {
                found.add(computed(ModuleVariable.REVISION, c, file, line,
                        "the revision is left out"));
            } else {
                found.add(Diagnostic.error(DiagnosticCode.NOT_A_STRING,
                        "revision must be a str, not " + value.typeName() + " (" + value.repr() + ")"
                                + typeErrorSuffix(value))
                        .at(new SourceLocation(file, line)));
            }
        }
        if (id == null) {
            return new RevisionFileResult(Optional.empty(), found);
        }

        List<String> down = downRevisions(module, id, file, fileName, found);
        List<String> deps = dependsOn(module, id, file, found);
        List<String> labels = branchLabels(module, file, found);
        checkCharacters(id, file, line, found);
        String longDoc = module.docstring().map(PythonStrings::strip).orElse("");

        List<Diagnostic> withId = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            withId.add(d.forRevision(id));
        }
        Revision result = new Revision(id, down, deps, labels, longDoc, file, line);
        return new RevisionFileResult(Optional.of(result), withId);
    }

    /** alembic's {@code _legacy_rev = re.compile(r"([a-f0-9]+)\.py$")} used with {@code match}. */
    static String legacyId(String fileName) {
        String name = fileName.endsWith("\n") ? fileName.substring(0, fileName.length() - 1) : fileName;
        if (!name.endsWith(".py") || name.length() == 3) {
            return null;
        }
        String stem = name.substring(0, name.length() - 3);
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        return stem;
    }

    private List<String> downRevisions(PythonModule module, String id, Path file, String fileName,
            List<Diagnostic> found) {
        Optional<PyAssignment> assignment = module.get(ModuleVariable.DOWN_REVISION);
        if (assignment.isEmpty()) {
            found.add(Diagnostic.error(DiagnosticCode.MISSING_DOWN_REVISION,
                    "module '" + PythonText.moduleId(fileName) + "' has no attribute 'down_revision'")
                    .at(SourceLocation.of(file)));
            return List.of();
        }
        int line = assignment.get().line();
        PyValue value = assignment.get().value();
        if (value instanceof PyStr s && s.value().isEmpty()) {
            // tuple_rev_as_scalar('') is None in 1.8.1; 1.12.1 stopped treating '' as None.
            found.add(Diagnostic.warning(DiagnosticCode.EMPTY_DOWN_REVISION,
                    "down_revision is '': alembic 1.8.1 treats it as None (a base revision), "
                            + "alembic >= 1.12.1 fails with KeyError: ''")
                    .at(new SourceLocation(file, line)));
            return List.of();
        }
        List<String> down = strings(ModuleVariable.DOWN_REVISION, assignment.get(), file, found);
        if (down.contains(id)) {
            found.add(Diagnostic.error(DiagnosticCode.SELF_LOOP,
                    "Self-loop is detected in revisions (" + id + ")").at(new SourceLocation(file, line)));
            down.removeIf(id::equals);
        }
        return down;
    }

    private List<String> dependsOn(PythonModule module, String id, Path file, List<Diagnostic> found) {
        Optional<PyAssignment> assignment = module.get(ModuleVariable.DEPENDS_ON);
        if (assignment.isEmpty()) {
            return List.of();
        }
        List<String> deps = strings(ModuleVariable.DEPENDS_ON, assignment.get(), file, found);
        if (deps.contains(id)) {
            found.add(Diagnostic.error(DiagnosticCode.DEPENDENCY_SELF_LOOP,
                    "Dependency self-loop is detected in revisions (" + id + ")")
                    .at(new SourceLocation(file, assignment.get().line())));
            deps.removeIf(id::equals);
        }
        // tuple_rev_as_scalar turns ('',) into '', and alembic skips falsy dependencies.
        if (deps.size() == 1 && deps.get(0).isEmpty()) {
            return List.of();
        }
        return deps;
    }

    private List<String> branchLabels(PythonModule module, Path file, List<Diagnostic> found) {
        Optional<PyAssignment> assignment = module.get(ModuleVariable.BRANCH_LABELS);
        if (assignment.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(strings(ModuleVariable.BRANCH_LABELS, assignment.get(), file, found)));
    }

    /**
     * {@code util.to_tuple}: None is empty, a str is one element, a sequence its items; every
     * element must be a str for the graph to make sense.
     */
    private List<String> strings(ModuleVariable variable, PyAssignment assignment, Path file, List<Diagnostic> found) {
        PyValue value = assignment.value();
        SourceLocation where = new SourceLocation(file, assignment.line());
        List<String> out = new ArrayList<>();
        if (value instanceof PyNone) {
            return out;
        }
        if (value instanceof PyStr s) {
            out.add(s.value());
            return out;
        }
        if (value instanceof PyComputed c) {
            found.add(computed(variable, c, file, assignment.line(), variable == ModuleVariable.DOWN_REVISION
                    ? "the revision is shown as a base" : "it is read as empty"));
            return out;
        }
        if (value instanceof PyBytes b && b.length() == 0) {
            return out;   // iterating b'' gives nothing: the same as ()
        }
        if (value instanceof PySeq seq) {
            for (PyValue item : seq.items()) {
                if (item instanceof PyStr s) {
                    out.add(s.value());
                } else {
                    found.add(Diagnostic.error(DiagnosticCode.NOT_A_STRING, variable.pythonName()
                            + " must hold str values, not " + item.typeName() + " (" + item.repr() + "); it is ignored")
                            .at(where));
                }
            }
            return out;
        }
        found.add(Diagnostic.error(DiagnosticCode.NOT_A_STRING, variable.pythonName()
                + " must be a str, a tuple or list of str, or None, not " + value.typeName()
                + " (" + value.repr() + "); it is ignored").at(where));
        return out;
    }

    private static Diagnostic computed(ModuleVariable variable, PyComputed value, Path file, int line,
            String consequence) {
        return Diagnostic.warning(DiagnosticCode.COMPUTED_VALUE,
                        "`" + variable.pythonName() + "` is not a literal (" + value.reason()
                                + "); Retort reads files without running them, so " + consequence)
                .at(new SourceLocation(file, line));
    }

    private static String typeErrorSuffix(PyValue value) {
        boolean iterable = value instanceof PySeq || value instanceof PyBytes;
        return iterable ? "" : "; alembic fails with TypeError: '" + value.typeName() + "' object is not iterable";
    }

    /** {@code Revision.verify_rev_id}. */
    private static void checkCharacters(String id, Path file, int line, List<Diagnostic> found) {
        TreeSet<Character> illegal = new TreeSet<>();
        for (int i = 0; i < id.length(); i++) {
            if (ILLEGAL.indexOf(id.charAt(i)) >= 0) {
                illegal.add(id.charAt(i));
            }
        }
        if (!illegal.isEmpty()) {
            StringBuilder chars = new StringBuilder();
            for (char c : illegal) {
                chars.append(chars.length() == 0 ? "" : ", ").append(c);
            }
            found.add(Diagnostic.error(DiagnosticCode.ILLEGAL_CHARACTERS,
                    "Character(s) '" + chars + "' not allowed in revision identifier '" + id + "'")
                    .at(new SourceLocation(file, line)));
        }
    }
}
