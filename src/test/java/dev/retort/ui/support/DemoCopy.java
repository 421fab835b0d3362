package dev.retort.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A fresh copy of assets/demo (the incident: two heads over 016_add_security_constraints). */
public final class DemoCopy {
    public static final Path DEMO = Path.of("assets/demo");
    public static final String BRANCH_POINT = "016_add_security_constraints";
    public static final String HEAD_017 = "017_add_asset_id_to_questionnaire_responses";
    public static final String HEAD_MERGE = "1687c833bfcc";

    private DemoCopy() {
    }

    /** Copies the demo's files (not caches or a made database) into {@code target}; returns it. */
    public static Path into(Path target) throws IOException {
        Path source = DEMO.toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(from -> {
                String relative = source.relativize(from).toString();
                if (relative.contains("__pycache__") || relative.equals("demo.db")) {
                    return;
                }
                try {
                    Path to = target.resolve(relative);
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return target;
    }

    public static Path versions(Path copy) {
        return copy.resolve("migrations/versions");
    }
}
