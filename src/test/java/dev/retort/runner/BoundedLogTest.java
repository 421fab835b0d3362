package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedLogTest {
    private static OutputLine line(long n, StreamKind s, String text) {
        return new OutputLine(n, s, text, s == StreamKind.STDOUT ? LineLevel.OUTPUT : LineLevel.TEXT, Optional.empty(),
                text, Duration.ZERO);
    }

    @Test
    void keepsTheLastLinesAndCountsDropped() {
        BoundedLog log = new BoundedLog(3, 1_000);
        for (int i = 0; i < 10; i++) {
            log.add(line(i, StreamKind.STDOUT, "l" + i));
        }
        assertThat(log.lines()).extracting(OutputLine::text).containsExactly("l7", "l8", "l9");
        assertThat(log.dropped()).isEqualTo(7);
        assertThat(log.total()).isEqualTo(10);
    }

    @Test
    void boundsCharactersTooButAlwaysKeepsTheNewestLine() {
        BoundedLog log = new BoundedLog(100, 10);
        log.add(line(0, StreamKind.STDOUT, "aaaa"));
        log.add(line(1, StreamKind.STDOUT, "bbbb"));
        log.add(line(2, StreamKind.STDOUT, "cccc"));
        assertThat(log.lines()).extracting(OutputLine::text).containsExactly("bbbb", "cccc");
        log.add(line(3, StreamKind.STDOUT, "x".repeat(50)));
        assertThat(log.lines()).extracting(OutputLine::text).containsExactly("x".repeat(50));
        assertThat(log.dropped()).isEqualTo(3);
    }

    @Test
    void perStreamTextAndSaving(@TempDir Path dir) throws Exception {
        BoundedLog log = new BoundedLog(2, 1_000);
        log.add(line(0, StreamKind.STDOUT, "dropped"));
        log.add(line(1, StreamKind.STDERR, "INFO  [x] ü"));
        log.add(line(2, StreamKind.STDOUT, "out"));
        assertThat(log.text(StreamKind.STDOUT)).isEqualTo("out\n");
        Path file = dir.resolve("run.log");
        log.writeTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "# 1 earlier line(s) dropped\nerr| INFO  [x] ü\nout| out\n");
    }
}
