package dev.retort.ui.support;

import dev.retort.app.DemoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A private copy of the bundled demo (assets/demo) with its demo.db built, as the app prepares it. */
public final class DemoCopy {
    public static final String MERGE = "1687c833bfcc";
    public static final String HEAD_017 = "017_add_asset_id_to_questionnaire_responses";
    public static final String FORK = "016_add_security_constraints";

    private DemoCopy() {
    }

    /** Copies the demo into {@code dir}/demo; returns the folder (its real path, as alembic sees it). */
    public static Path create(Path dir) throws IOException {
        Path demo = dir.resolve("demo");
        Path source = Path.of("assets/demo").toAbsolutePath();
        try (var files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = demo.resolve(source.relativize(from).toString());
                if (from.toString().contains("__pycache__") || from.getFileName().toString().equals("demo.db")) {
                    continue;
                }
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        DemoDatabase.ensure(demo);
        return demo.toRealPath();
    }

    /** A copy of demo.db whose version table holds {@code rows} instead (a second database). */
    public static Path databaseAt(Path demo, String fileName, String... rows) throws Exception {
        Path copy = demo.resolve(fileName);
        Files.copy(demo.resolve(DemoDatabase.DATABASE), copy);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM alembic_version");
            for (String row : rows) {
                s.executeUpdate("INSERT INTO alembic_version (version_num) VALUES ('" + row + "')");
            }
        }
        return copy;
    }
}
