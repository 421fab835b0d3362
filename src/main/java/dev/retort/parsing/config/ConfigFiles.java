package dev.retort.parsing.config;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which ini and pyproject files alembic would use, and reading their text.
 *
 * <p>Mirrors {@code CommandLine._inis_from_config} (alembic 1.16+; 1.8.1 is the same
 * without the pyproject part).
 */
final class ConfigFiles {

    /** Config files are small; anything bigger is refused rather than read into memory. */
    static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

    static final String DEFAULT_INI = "alembic.ini";
    static final String PYPROJECT = "pyproject.toml";

    /**
     * The files alembic would open.
     *
     * @param iniName the ini file name as alembic got it (quoted in its messages)
     * @param iniFile the ini file, absolute; empty if the name is not a valid path
     * @param pyprojectFile the pyproject.toml, absolute; empty if the name is not a valid path
     */
    record Located(String iniName, Optional<Path> iniFile, Optional<Path> pyprojectFile) {
    }

    /**
     * Decoded file text.
     *
     * @param text the text, BOM removed, undecodable bytes replaced by U+FFFD
     * @param hadBom whether the file started with a UTF-8 byte order mark
     */
    record Text(String text, boolean hadBom) {
    }

    private ConfigFiles() {
    }

    static Located locate(ConfigRequest request, Path workingDirectory) {
        String env = request.environment().getOrDefault("ALEMBIC_CONFIG", "");
        String defaultIni = DEFAULT_INI;
        String defaultToml = PYPROJECT;
        if (!env.isEmpty() && basename(env).equals(PYPROJECT)) {
            defaultToml = env;
        } else if (!env.isEmpty()) {
            defaultIni = env;
        }
        String ini = defaultIni;
        String toml = defaultToml;
        if (request.configFile().isPresent()) {
            String given = request.configFile().get().toString();
            if (basename(given).equals(PYPROJECT)) {
                toml = given;
            } else {
                ini = given;
            }
        }
        return new Located(ini, absolute(workingDirectory, ini, true), absolute(workingDirectory, toml, false));
    }

    /** {@code os.path.basename}: the text after the last separator. */
    private static String basename(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(java.io.File.separatorChar));
        return name.substring(slash + 1);
    }

    /**
     * The file made absolute. The ini path is normalised ({@code os.path.abspath}, as 1.8.1
     * computes {@code here}); the pyproject path is not ({@code Path.absolute()} in 1.16+),
     * apart from dropping {@code .} segments as pathlib does.
     */
    private static Optional<Path> absolute(Path workingDirectory, String name, boolean normalize) {
        try {
            Path p = workingDirectory.resolve(name);
            if (normalize) {
                return Optional.of(p.normalize());
            }
            Path out = p.getRoot() == null ? Path.of("") : p.getRoot();
            for (Path part : p) {
                if (!part.toString().equals(".")) {
                    out = out.resolve(part);
                }
            }
            return Optional.of(out);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a config file as UTF-8 (Python uses the locale encoding, UTF-8 on the systems
     * alembic runs on). A missing or unreadable file gives empty, like {@code ConfigParser.read}
     * which skips files it cannot open; the reason is added as an INFO diagnostic.
     */
    static Optional<Text> read(Path file, String label, List<Diagnostic> diagnostics) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                diagnostics.add(Diagnostic.info(DiagnosticCode.CONFIG_NOT_FOUND, label + " " + file
                        + " is not a regular file; alembic skips it").at(SourceLocation.of(file)));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_FILE_SIZE) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.CONFIG_BAD_VALUE, label + " " + file + " is " + size
                        + " bytes; Retort does not read config files over " + MAX_FILE_SIZE + " bytes")
                        .at(SourceLocation.of(file)));
                return Optional.empty();
            }
            return Optional.of(decode(Files.readAllBytes(file), file, label, diagnostics));
        } catch (IOException | SecurityException e) {
            diagnostics.add(Diagnostic.info(DiagnosticCode.CONFIG_NOT_FOUND, label + " " + file
                    + " cannot be read (" + e.getMessage() + "); alembic skips it").at(SourceLocation.of(file)));
            return Optional.empty();
        }
    }

    private static Text decode(byte[] bytes, Path file, String label, List<Diagnostic> diagnostics) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Text(strict.decode(buffer.duplicate()).toString(), bom);
        } catch (CharacterCodingException e) {
            String where = "";
            if (e instanceof MalformedInputException) {
                where = " near byte offset " + firstBadByte(bytes, bom ? 3 : 0);
            }
            diagnostics.add(Diagnostic.error(DiagnosticCode.ENCODING, label + " is not valid UTF-8" + where
                    + "; Python fails with UnicodeDecodeError when reading it").at(SourceLocation.of(file)));
            String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
            return new Text(text, bom);
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
