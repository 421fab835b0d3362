package dev.retort.runner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines of a run, bounded by a line count and a character count so that a chatty
 * migration (or {@code --sql} of a big history) cannot exhaust memory. The oldest lines are
 * dropped first and counted. Thread-safe.
 */
public final class BoundedLog {
    /** The default number of lines kept. */
    public static final int DEFAULT_MAX_LINES = 10_000;
    /** The default number of characters kept (about 32 MB of {@code char}s). */
    public static final long DEFAULT_MAX_CHARS = 16_000_000L;

    private final int maxLines;
    private final long maxChars;
    private final ArrayDeque<OutputLine> lines = new ArrayDeque<>();
    private long chars;
    private long dropped;
    private long total;

    /** A log with the default bounds. */
    public BoundedLog() {
        this(DEFAULT_MAX_LINES, DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxLines how many lines to keep, at least 1
     * @param maxChars how many characters to keep, at least 1 (the newest line is always kept)
     */
    public BoundedLog(int maxLines, long maxChars) {
        if (maxLines < 1 || maxChars < 1) {
            throw new IllegalArgumentException("bounds must be positive: " + maxLines + ", " + maxChars);
        }
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /** Adds a line, dropping the oldest ones beyond the bounds. */
    public synchronized void add(OutputLine line) {
        lines.addLast(line);
        chars += line.text().length();
        total++;
        while (lines.size() > maxLines || (chars > maxChars && lines.size() > 1)) {
            OutputLine old = lines.removeFirst();
            chars -= old.text().length();
            dropped++;
        }
    }

    /** The lines kept, oldest first. */
    public synchronized List<OutputLine> lines() {
        return List.copyOf(lines);
    }

    /** The kept lines of one stream, oldest first. */
    public synchronized List<OutputLine> lines(StreamKind stream) {
        List<OutputLine> out = new ArrayList<>();
        for (OutputLine line : lines) {
            if (line.stream() == stream) {
                out.add(line);
            }
        }
        return out;
    }

    /** How many lines were dropped to stay within the bounds. */
    public synchronized long dropped() {
        return dropped;
    }

    /** How many lines were added in all, kept or dropped. */
    public synchronized long total() {
        return total;
    }

    /** The kept lines of one stream joined with {@code \n}, each line terminated. */
    public String text(StreamKind stream) {
        StringBuilder sb = new StringBuilder();
        for (OutputLine line : lines(stream)) {
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Saves the log as UTF-8 text, one line per output line prefixed by its stream
     * ({@code out|}/{@code err|}), with a first line saying how many lines were dropped, if any.
     */
    public void writeTo(Path file) throws IOException {
        List<OutputLine> copy;
        long droppedNow;
        synchronized (this) {
            copy = List.copyOf(lines);
            droppedNow = dropped;
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            if (droppedNow > 0) {
                w.write("# " + droppedNow + " earlier line(s) dropped\n");
            }
            for (OutputLine line : copy) {
                w.write(line.stream() == StreamKind.STDOUT ? "out| " : "err| ");
                w.write(line.text());
                w.write('\n');
            }
        }
    }
}
