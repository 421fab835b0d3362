package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the statically knowable parts of a Python module without running it: the module
 * docstring and the last module-level binding of each {@link ModuleVariable}.
 *
 * <p>The source is decoded as CPython 3.11 does (PEP 263 coding cookie, UTF-8 BOM, universal
 * newlines). Bad input never throws: undecodable bytes, NUL bytes, unterminated strings or
 * brackets, too deep nesting and indentation errors become diagnostics, and reading goes on as
 * far as it sensibly can. The reader is not a full Python validator: it reports the syntax errors
 * it notices on the way, and only the first one, as Python does.
 *
 * <p>Time is linear in the file size; instances are stateless and safe to share between threads.
 */
public final class PythonModuleReader {

    /** Reads and parses {@code file}; an I/O failure becomes an {@code UNREADABLE_FILE} diagnostic. */
    public PythonModule read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return new PythonModule(Optional.empty(), Map.of(),
                    List.of(Diagnostic.error(DiagnosticCode.UNREADABLE_FILE,
                                    "cannot read " + file + ": " + describe(e))
                            .at(SourceLocation.of(file))),
                    false);
        }
        return parse(bytes, file);
    }

    /**
     * Parses module source.
     *
     * @param source the raw bytes of the file
     * @param file the file the bytes came from, used in diagnostics only
     */
    public PythonModule parse(byte[] source, Path file) {
        ProblemSink problems = new ProblemSink(file);
        SourceDecoder.Decoded decoded = SourceDecoder.decode(source, file);
        problems.addAll(decoded.diagnostics());
        if (!decoded.importable()) {
            return new PythonModule(Optional.empty(), Map.of(), problems.diagnostics(), false);
        }
        String text = decoded.text();
        StatementAnalyzer analyzer = new StatementAnalyzer(text, problems);
        int invalid = new ModuleScanner(text, decoded.invalidUtf8(), problems, analyzer).scan();
        if (invalid >= 0) {
            int line = SourceDecoder.lineOfChar(text, invalid);
            problems.add(Diagnostic.error(DiagnosticCode.ENCODING,
                            "Non-UTF-8 code on line " + line + ", but no encoding declared (see PEP 263); "
                                    + "Python refuses to import the file. Read with replacement characters.")
                    .at(new SourceLocation(file, line)));
        }
        return new PythonModule(analyzer.docstring(), analyzer.bindings(), problems.diagnostics(), true);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
