package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCopyTest {
    @TempDir
    Path dir;

    @Test
    void copyingNeverOverwritesTheUsersFiles() throws Exception {
        Path source = dir.resolve("source");
        Files.createDirectories(source.resolve("migrations/versions/__pycache__"));
        Files.writeString(source.resolve("alembic.ini"), "shipped");
        Files.writeString(source.resolve("migrations/versions/a.py"), "shipped a");
        Files.writeString(source.resolve("migrations/versions/__pycache__/a.cpython-311.pyc"), "bytecode");
        Path target = dir.resolve("copy");
        Files.createDirectories(target);
        Files.writeString(target.resolve("alembic.ini"), "changed by the user");
        DemoProject.copyMissing(source, target);
        assertThat(Files.readString(target.resolve("alembic.ini"))).isEqualTo("changed by the user");
        assertThat(Files.readString(target.resolve("migrations/versions/a.py"))).isEqualTo("shipped a");
        assertThat(target.resolve("migrations/versions/__pycache__")).doesNotExist();
    }

    @Test
    void onceCopiedTheDemoFolderIsLeftAlone() throws Exception {
        Path demo = dir.resolve("demo");
        Files.createDirectories(demo);
        Files.writeString(demo.resolve(DemoProject.MARKER), "");
        assertThat(DemoProject.prepare(dir)).contains(demo);
        assertThat(demo).isDirectoryNotContaining("glob:**.ini");
    }
}
