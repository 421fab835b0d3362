package dev.retort.model.python;

/**
 * Python's escape processing for the body of a non-raw string or bytes literal
 * ({@code _PyUnicode_DecodeUnicodeEscapeInternal} / {@code _PyBytes_DecodeEscape}): one
 * implementation for revision files, env.py hints and merge templates.
 */
public final class PythonEscapes {
    private PythonEscapes() {
    }

    /**
     * The decoded text (invalid escapes kept as written), and the first error in Python's words.
     *
     * @param value the decoded text
     * @param error the first error, or null when Python accepts the literal
     * @param errorAt index in the source of the backslash that starts the bad escape, -1 for none
     */
    public record Result(String value, String error, int errorAt) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Decodes {@code src[from, to)}.
     *
     * @param bytes a bytes literal: {@code \\u}, {@code \\U} and {@code \\N} are not escapes there
     */
    public static Result decode(String src, int from, int to, boolean bytes) {
        if (indexOf(src, '\\', from, to) < 0) {
            return new Result(src.substring(from, to), null, -1);
        }
        StringBuilder sb = new StringBuilder(to - from);
        String error = null;
        int errorAt = -1;
        int p = from;
        while (p < to) {
            char c = src.charAt(p);
            if (c != '\\') {
                sb.append(c);
                p++;
                continue;
            }
            if (p + 1 >= to) {
                // Cannot happen for a terminated literal (the tokenizer pairs backslashes).
                sb.append(c);
                break;
            }
            char e = src.charAt(p + 1);
            p += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && p < to && src.charAt(p) >= '0' && src.charAt(p) <= '7'; k++) {
                        value = value * 8 + (src.charAt(p++) - '0');
                    }
                    sb.append((char) value);
                }
                case 'x' -> {
                    int value = hex(src, p, to, 2);
                    if (value < 0) {
                        if (error == null) {
                            error = "truncated \\xXX escape";
                            errorAt = p - 2;
                        }
                        sb.append("\\x");
                    } else {
                        sb.append((char) value);
                        p += 2;
                    }
                }
                case 'u', 'U' -> {
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    int digits = e == 'u' ? 4 : 8;
                    long value = hexLong(src, p, to, digits);
                    if (value < 0) {
                        if (error == null) {
                            error = (e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                            errorAt = p - 2;
                        }
                        sb.append('\\').append(e);
                    } else if (value > Character.MAX_CODE_POINT) {
                        if (error == null) {
                            error = "illegal Unicode character";
                            errorAt = p - 2;
                        }
                        sb.append('\\').append(e);
                    } else {
                        sb.appendCodePoint((int) value);
                        p += digits;
                    }
                }
                case 'N' -> {
                    if (bytes) {
                        sb.append("\\N");
                        break;
                    }
                    int close = p < to && src.charAt(p) == '{' ? indexOf(src, '}', p, to) : -1;
                    if (close < 0 || close == p + 1) {
                        if (error == null) {
                            error = "malformed \\N character escape";
                            errorAt = p - 2;
                        }
                        sb.append("\\N");
                        break;
                    }
                    int cp = UnicodeNames.lookup(src.substring(p + 1, close));
                    if (cp < 0) {
                        if (error == null) {
                            error = "unknown Unicode character name";
                            errorAt = p - 2;
                        }
                        sb.append("\\N");
                        break;
                    }
                    sb.appendCodePoint(cp);
                    p = close + 1;
                }
                default -> sb.append('\\').append(e);   // unknown escapes keep the backslash
            }
        }
        return new Result(sb.toString(), error == null ? null
                : "(unicode error) '" + (bytes ? "bytes" : "unicodeescape") + "' codec can't decode bytes: " + error,
                errorAt);
    }

    /** {@code indexOf} bounded by {@code to}: searching past the literal would make big files quadratic. */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int hex(String s, int p, int to, int digits) {
        long v = hexLong(s, p, to, digits);
        return (int) v;
    }

    private static long hexLong(String s, int p, int to, int digits) {
        if (p + digits > to) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(s.charAt(p + i), 16);
            if (d < 0 || s.charAt(p + i) > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
