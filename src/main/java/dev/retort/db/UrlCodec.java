package dev.retort.db;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The percent-coding functions SQLAlchemy's URL code uses, ported from Python's
 * {@code urllib.parse} so that odd input decodes the same way ({@code java.net.URLDecoder}
 * differs: it throws on a bad escape and always turns {@code +} into a space).
 */
final class UrlCodec {
    private static final String ALWAYS_SAFE =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    private UrlCodec() {
    }

    /** Python's {@code unquote}: {@code %XX} to UTF-8 bytes, bad escapes kept, bad UTF-8 replaced. */
    static String unquote(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                pending.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                flush(pending, out);
                out.append(c);
                i++;
            }
        }
        flush(pending, out);
        return out.toString();
    }

    /** Python's {@code unquote_plus}: as {@link #unquote}, with {@code +} meaning a space. */
    static String unquotePlus(String text) {
        return unquote(text.replace('+', ' '));
    }

    /** Python's {@code quote_plus(text, safe='')}. */
    static String quotePlus(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == ' ') {
                out.append('+');
            } else if (c < 0x80 && ALWAYS_SAFE.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** SQLAlchemy's {@code _sqla_url_quote}: only {@code : @ /} are escaped in user names. */
    static String sqlaQuote(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ':' || c == '@' || c == '/') {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void flush(ByteArrayOutputStream pending, StringBuilder out) {
        if (pending.size() == 0) {
            return;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(pending.toByteArray())));
        } catch (CharacterCodingException e) {
            // cannot happen with REPLACE; keep the raw escapes rather than lose text
            out.append(new String(pending.toByteArray(), StandardCharsets.ISO_8859_1));
        }
        pending.reset();
    }
}
