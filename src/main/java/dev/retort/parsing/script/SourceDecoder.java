package dev.retort.parsing.script;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a Python source file into text the way CPython 3.11's tokenizer does
 * ({@code decode_str} in {@code Parser/tokenizer.c}): NUL bytes are refused, a UTF-8 BOM is
 * dropped, a PEP 263 coding cookie on line 1 (or on line 2 after a comment-only or blank line 1)
 * picks the codec, and CR LF / lone CR become LF before anything else looks at the text.
 *
 * <p>Decoding is always lenient (replacement characters) so the rest of the file can still be
 * read; a problem Python would refuse the file for becomes a diagnostic instead.
 */
final class SourceDecoder {

    /** Codec names Python knows under a name Java does not. Keys are Python-normalised. */
    private static final Map<String, String> PYTHON_ALIASES = Map.of(
            "latin", "ISO-8859-1",
            "u8", "UTF-8",
            "utf", "UTF-8",
            "mac_roman", "x-MacRoman",
            "macroman", "x-MacRoman",
            "cp65001", "UTF-8");

    private SourceDecoder() {
    }

    /**
     * The decoded text of a file.
     *
     * @param text the source with LF line ends only
     * @param invalidUtf8 offsets in {@code text} where undecodable UTF-8 was replaced; Python only
     *     objects to those outside comments, which only the scanner can tell
     * @param diagnostics problems found while decoding
     * @param importable false when Python refuses the file before tokenizing (NUL bytes)
     */
    record Decoded(String text, int[] invalidUtf8, List<Diagnostic> diagnostics, boolean importable) {
    }

    static Decoded decode(byte[] bytes, Path file) {
        List<Diagnostic> diagnostics = new ArrayList<>(0);
        int nul = indexOf(bytes, (byte) 0, 0);
        if (nul >= 0) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.SYNTAX_ERROR,
                            "source code string cannot contain null bytes (a binary file?); "
                                    + "Python refuses to import it")
                    .at(new SourceLocation(file, lineOfByte(bytes, nul))));
            return new Decoded("", new int[0], diagnostics, false);
        }
        byte[] b = indexOf(bytes, (byte) '\r', 0) >= 0 ? translateNewlines(bytes) : bytes;
        int start = 0;
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }

        int end1 = lineEnd(b, start);
        int cookieLine = 1;
        String cookie = codingSpec(b, start, end1);
        if (cookie == null && end1 < b.length && isBlankOrComment(b, start, end1)) {
            cookieLine = 2;
            cookie = codingSpec(b, end1 + 1, lineEnd(b, end1 + 1));
        }

        Charset charset = StandardCharsets.UTF_8;
        if (cookie != null) {
            String normal = normalName(cookie);
            SourceLocation where = new SourceLocation(file, cookieLine);
            if (bom && !normal.equals("utf-8")) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.ENCODING,
                        "encoding problem: " + normal + " with BOM").at(where));
            } else {
                Charset resolved = resolveCharset(normal);
                if (resolved == null) {
                    diagnostics.add(Diagnostic.error(DiagnosticCode.ENCODING,
                            "unknown encoding: " + cookie).at(where));
                } else {
                    charset = resolved;
                }
            }
        }

        if (charset.equals(StandardCharsets.UTF_8)) {
            if (isAscii(b, start)) {
                return new Decoded(new String(b, start, b.length - start, StandardCharsets.ISO_8859_1),
                        new int[0], diagnostics, true);
            }
            int[][] invalid = new int[1][];
            String text = decodeCollecting(b, start, StandardCharsets.UTF_8, invalid);
            return new Decoded(text, invalid[0], diagnostics, true);
        }
        int[][] invalid = new int[1][];
        String text = decodeCollecting(b, start, charset, invalid);
        if (invalid[0].length > 0) {
            // With a cookie Python decodes the whole file up front, comments included.
            int line = lineOfChar(text, invalid[0][0]);
            diagnostics.add(Diagnostic.error(DiagnosticCode.ENCODING,
                            "'" + cookie + "' codec can't decode the bytes on line " + line
                                    + "; Python refuses to import the file")
                    .at(new SourceLocation(file, line)));
        }
        return new Decoded(text, new int[0], diagnostics, true);
    }

    /** The 1-based line of a character offset in LF-only text. */
    static int lineOfChar(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private static int lineOfByte(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int indexOf(byte[] b, byte value, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAscii(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** CR LF and lone CR become LF, on bytes (safe for every ASCII-compatible codec). */
    private static byte[] translateNewlines(byte[] in) {
        byte[] out = new byte[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '\r') {
                out[n++] = '\n';
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int lineEnd(byte[] b, int from) {
        int nl = indexOf(b, (byte) '\n', from);
        return nl < 0 ? b.length : nl;
    }

    /** CPython's {@code get_coding_spec}: the cookie must be in a comment that is the whole line. */
    static String codingSpec(byte[] b, int start, int end) {
        int size = end - start;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = b[start + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = start + i;
            if (b[t] == 'c' && b[t + 1] == 'o' && b[t + 2] == 'd' && b[t + 3] == 'i' && b[t + 4] == 'n'
                    && b[t + 5] == 'g') {
                t += 6;
                if (b[t] != ':' && b[t] != '=') {
                    continue;
                }
                do {
                    t++;
                } while (t < end && (b[t] == ' ' || b[t] == '\t'));
                int begin = t;
                while (t < end && isNameByte(b[t])) {
                    t++;
                }
                if (begin < t) {
                    return new String(b, begin, t - begin, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    private static boolean isNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.';
    }

    /** Line 2 is only consulted when line 1 holds nothing but blanks or a comment. */
    private static boolean isBlankOrComment(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code get_normal_name}. */
    static String normalName(String spec) {
        String buf = spec.length() > 12 ? spec.substring(0, 12) : spec;
        buf = buf.replace('_', '-').toLowerCase(Locale.ROOT);
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return spec;
    }

    static Charset resolveCharset(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String pyNormal = lower.replaceAll("[^a-z0-9.]+", "_");
        for (String candidate : new String[] {
                name, pyNormal, pyNormal.replace('_', '-'), PYTHON_ALIASES.get(pyNormal)}) {
            if (candidate == null) {
                continue;
            }
            try {
                return Charset.forName(candidate);
            } catch (IllegalArgumentException e) {
                // not a name Java knows; try the next spelling
            }
        }
        return null;
    }

    /** Decodes leniently, recording where undecodable input was replaced by U+FFFD. */
    private static String decodeCollecting(byte[] b, int start, Charset charset, int[][] invalidOut) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil((b.length - start) * (double) decoder.maxCharsPerByte()) + 16);
        CharBuffer out = CharBuffer.allocate(capacity);
        int[] invalid = new int[0];
        int count = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (count == invalid.length) {
                    invalid = java.util.Arrays.copyOf(invalid, Math.max(8, count * 2));
                }
                invalid[count++] = out.position();
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        invalidOut[0] = java.util.Arrays.copyOf(invalid, count);
        return out.toString();
    }
}
