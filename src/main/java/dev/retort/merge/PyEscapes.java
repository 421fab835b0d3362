package dev.retort.merge;

/** Decoding of backslash escapes in non-raw Python string literals. */
final class PyEscapes {
    private PyEscapes() {
    }

    /**
     * Decodes the escape starting at the backslash at {@code pos} into {@code out}.
     *
     * @return the position after the escape
     */
    static int decode(String src, int pos, StringBuilder out) throws UnsupportedConstruct {
        char e = src.charAt(pos + 1);
        switch (e) {
            case '\n':
                return pos + 2;
            case '\\', '\'', '"':
                out.append(e);
                return pos + 2;
            case 'a':
                out.append('\u0007');
                return pos + 2;
            case 'b':
                out.append('\b');
                return pos + 2;
            case 'f':
                out.append('\f');
                return pos + 2;
            case 'n':
                out.append('\n');
                return pos + 2;
            case 'r':
                out.append('\r');
                return pos + 2;
            case 't':
                out.append('\t');
                return pos + 2;
            case 'v':
                out.append('\u000b');
                return pos + 2;
            case 'x':
                return hex(src, pos, 2, out);
            case 'u':
                return hex(src, pos, 4, out);
            case 'U':
                return hex(src, pos, 8, out);
            case 'N':
                return named(src, pos, out);
            default:
                if (e >= '0' && e <= '7') {
                    int end = pos + 1;
                    while (end < src.length() && end < pos + 4 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
                        end++;
                    }
                    out.appendCodePoint(Integer.parseInt(src.substring(pos + 1, end), 8));
                    return end;
                }
                // unknown escapes keep the backslash (Python only warns)
                out.append('\\');
                return pos + 1;
        }
    }

    private static int hex(String src, int pos, int digits, StringBuilder out) throws UnsupportedConstruct {
        int start = pos + 2;
        if (start + digits > src.length()) {
            throw new UnsupportedConstruct("truncated \\" + src.charAt(pos + 1) + " escape");
        }
        try {
            int cp = Integer.parseUnsignedInt(src.substring(start, start + digits), 16);
            out.appendCodePoint(cp);
        } catch (IllegalArgumentException ex) {
            throw new UnsupportedConstruct("invalid \\" + src.charAt(pos + 1) + " escape");
        }
        return start + digits;
    }

    private static int named(String src, int pos, StringBuilder out) throws UnsupportedConstruct {
        int close = src.indexOf('}', pos);
        if (pos + 2 >= src.length() || src.charAt(pos + 2) != '{' || close < 0) {
            throw new UnsupportedConstruct("malformed \\N escape");
        }
        try {
            out.appendCodePoint(Character.codePointOf(src.substring(pos + 3, close)));
        } catch (IllegalArgumentException ex) {
            throw new UnsupportedConstruct("\\N{" + src.substring(pos + 3, close) + "} escape");
        }
        return close + 1;
    }
}
