package dev.retort.parsing.config;

/** Decoding of backslash escapes in a non-raw Python {@code str} literal. */
final class PyEscapes {

    private PyEscapes() {
    }

    /**
     * The value of a literal's body, or null when Python would reject it (a bad x, u, U or N escape).
     * Unknown escapes keep their backslash, as in Python.
     */
    static String decode(String body) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n': break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'a': out.append('\u0007'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'v': out.append('\u000B'); break;
                case 'x':
                case 'u':
                case 'U': {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len > body.length() || !body.substring(i, i + len).matches("[0-9A-Fa-f]+")) {
                        return null;
                    }
                    long cp = Long.parseLong(body.substring(i, i + len), 16);
                    if (cp > 0x10FFFF) {
                        return null;
                    }
                    out.appendCodePoint((int) cp);
                    i += len;
                    break;
                }
                case 'N': {
                    int close = body.indexOf('}', i);
                    if (i >= body.length() || body.charAt(i) != '{' || close < 0) {
                        return null;
                    }
                    try {
                        out.appendCodePoint(Character.codePointOf(body.substring(i + 1, close)));
                    } catch (IllegalArgumentException ex) {
                        return null;
                    }
                    i = close + 1;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int end = i - 1;
                        while (end < body.length() && end < i + 2 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.appendCodePoint(Integer.parseInt(body.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        out.append('\\').append(e);
                    }
            }
        }
        return out.toString();
    }
}
