package dev.retort.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bundled demo project (the two-heads incident), shipped as class-path resources under
 * {@code demo/} so it works from {@code mvn javafx:run} and from the jar alike. On first use it
 * is copied to a folder of the user's, where alembic can run and the user can change it; once
 * copied it is never written again, so the user's changes survive upgrades.
 */
public final class DemoProject {
    static final String RESOURCE_ROOT = "/demo/";
    static final String MARKER = ".retort-demo";

    private DemoProject() {
    }

    /** The user's copy of the demo, made now if needed; empty when this build has no demo. */
    public static Optional<Path> prepare(Path dataDir) throws IOException {
        Path target = dataDir.resolve("demo");
        if (Files.exists(target.resolve(MARKER))) {
            return Optional.of(target);
        }
        URL root = DemoProject.class.getResource(RESOURCE_ROOT);
        if (root == null) {
            return Optional.empty();
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    copyMissing(jar.getPath(RESOURCE_ROOT), target);
                }
            } else {
                copyMissing(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("Bad demo location " + root, e);
        }
        Files.writeString(target.resolve(MARKER), "Copied by Retort; delete this file to get the demo back.\n");
        return Optional.of(target);
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            FileSystems.getFileSystem(uri);
            // Someone else holds it open; a second one of our own is not allowed, so copy through theirs.
            throw new IOException("The application jar is already open as a file system");
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    /** Copies every file that does not exist yet; existing files are the user's and stay. */
    static void copyMissing(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(from -> {
                String relative = source.relativize(from).toString();
                if (relative.isEmpty() || relative.contains("__pycache__")) {
                    return;
                }
                Path to = target.resolve(relative);
                try {
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else if (!Files.exists(to)) {
                        Files.createDirectories(to.getParent());
                        Files.copy(from, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
