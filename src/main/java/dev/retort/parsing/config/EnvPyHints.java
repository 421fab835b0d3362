package dev.retort.parsing.config;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What env.py says about the version table, read statically: the {@code version_table} and
 * {@code version_table_schema} keyword arguments of its {@code context.configure(...)} calls,
 * when they are string literals.
 *
 * <p>Anything else (names, calls, f-strings) cannot be known without running env.py; such
 * values are left out and reported as INFO, and the user can override them.
 *
 * @param versionTable the literal {@code version_table}, if env.py gives one
 * @param versionTableSchema the literal {@code version_table_schema}, if env.py gives one
 * @param diagnostics what was noticed while reading
 */
public record EnvPyHints(Optional<String> versionTable, Optional<String> versionTableSchema,
        List<Diagnostic> diagnostics) {

    /** alembic's default version table. */
    public static final String DEFAULT_VERSION_TABLE = "alembic_version";

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    public EnvPyHints {
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(versionTableSchema, "versionTableSchema");
        diagnostics = List.copyOf(diagnostics);
    }

    /** The table alembic would use: the literal from env.py, else {@value #DEFAULT_VERSION_TABLE}. */
    public String effectiveVersionTable() {
        return versionTable.orElse(DEFAULT_VERSION_TABLE);
    }

    /** Reads {@code envPy}; a missing or unreadable file gives no hints and a warning. */
    public static EnvPyHints read(Path envPy) {
        byte[] bytes;
        try {
            if (Files.size(envPy) > ConfigFiles.MAX_FILE_SIZE) {
                return new EnvPyHints(Optional.empty(), Optional.empty(), List.of(Diagnostic.warning(
                        DiagnosticCode.UNREADABLE_FILE, envPy + " is larger than " + ConfigFiles.MAX_FILE_SIZE
                                + " bytes; not read").at(SourceLocation.of(envPy))));
            }
            bytes = Files.readAllBytes(envPy);
        } catch (IOException | SecurityException e) {
            return new EnvPyHints(Optional.empty(), Optional.empty(), List.of(Diagnostic.warning(
                    DiagnosticCode.UNREADABLE_FILE, "cannot read " + envPy + ": " + e)
                    .at(SourceLocation.of(envPy))));
        }
        return parse(decode(bytes), envPy);
    }

    /** Python source decoding: UTF-8 (BOM allowed) unless a PEP 263 coding line says otherwise. */
    private static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        Charset charset = StandardCharsets.UTF_8;
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length) && !bom; i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    // an unknown codec is a SyntaxError for Python; UTF-8 is the best guess left
                }
                break;
            }
        }
        int skip = bom ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    /** Scans env.py source text; {@code envPy} is only used for diagnostic locations. */
    public static EnvPyHints parse(String source, Path envPy) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        EnvPyScanner scanner = new EnvPyScanner(envPy, source, PyTokenizer.tokenize(source), diagnostics);
        scanner.scan();
        Optional<String> table = scanner.pick("version_table", "the default '" + DEFAULT_VERSION_TABLE + "'");
        Optional<String> schema = scanner.pick("version_table_schema", "the connection's default schema");
        return new EnvPyHints(table, schema, diagnostics);
    }
}
