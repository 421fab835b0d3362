package dev.retort.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Splits a UTF-8 stream into lines as they arrive ({@code \n}, {@code \r\n} or {@code \r}, like
 * {@code BufferedReader}), but never holds more than {@code maxLineChars} of one line: the rest is
 * skipped and the cut is marked. Malformed bytes become U+FFFD rather than an error.
 */
final class LineSplitter {
    private final int maxLineChars;

    LineSplitter(int maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    /** Reads to the end of {@code in}, handing each line to {@code sink}. */
    void pump(InputStream in, Consumer<String> sink) throws IOException {
        // InputStreamReader returns what is available, so lines of a live process arrive live
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buffer = new char[8192];
        StringBuilder line = new StringBuilder();
        long cut = 0;
        boolean afterCr = false;
        int n;
        while ((n = reader.read(buffer)) != -1) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    sink.accept(finish(line, cut));
                    line.setLength(0);
                    cut = 0;
                } else if (line.length() < maxLineChars) {
                    line.append(c);
                } else {
                    cut++;
                }
            }
        }
        if (line.length() > 0 || cut > 0) {
            sink.accept(finish(line, cut));
        }
    }

    private static String finish(StringBuilder line, long cut) {
        return cut == 0 ? line.toString() : line + " [... " + cut + " more characters cut by Retort]";
    }
}
