package dev.retort.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers for tests. */
public final class TestFiles {
    private TestFiles() {
    }

    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

    /** Copies a folder tree (no {@code __pycache__}, no {@code demo.db}): a fresh copy of a project such as the demo. */
    public static Path copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                String relative = source.relativize(from).toString();
                if (relative.contains("__pycache__") || relative.equals("demo.db")) {
                    continue;
                }
                Path to = target.resolve(relative);
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    /** A copy of the bundled demo project ({@code assets/demo}) in {@code target}. */
    public static Path copyDemo(Path target) throws IOException {
        return copyTree(Path.of("assets/demo"), target);
    }
}
