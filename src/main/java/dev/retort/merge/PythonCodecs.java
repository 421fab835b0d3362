package dev.retort.merge;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Python codec names ({@code output_encoding}, coding comments) to Java charsets. */
final class PythonCodecs {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("utf", "UTF-8"), Map.entry("u8", "UTF-8"),
            Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"), Map.entry("l1", "ISO-8859-1"),
            Map.entry("iso88591", "ISO-8859-1"), Map.entry("8859", "ISO-8859-1"),
            Map.entry("ascii", "US-ASCII"), Map.entry("usascii", "US-ASCII"), Map.entry("646", "US-ASCII"),
            Map.entry("cp1252", "windows-1252"), Map.entry("windows1252", "windows-1252"),
            Map.entry("utf16", "UTF-16"), Map.entry("utf32", "UTF-32"),
            Map.entry("iso885915", "ISO-8859-15"), Map.entry("latin9", "ISO-8859-15"));

    private PythonCodecs() {
    }

    /** The charset for a Python codec name, normalised as Python does ({@code -} and {@code _} ignored, case-insensitive). */
    static Optional<Charset> charset(String pythonName) {
        String key = pythonName.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        String javaName = ALIASES.get(key);
        if (javaName == null) {
            // other names (cp1251, koi8_r, ...) usually match a Java alias once normalised
            javaName = pythonName.replace('_', '-');
        }
        try {
            return Optional.of(Charset.forName(javaName));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
