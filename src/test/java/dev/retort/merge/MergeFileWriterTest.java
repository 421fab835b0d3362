package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeFileWriterTest {
    @TempDir
    Path dir;

    private static MergePlan plan(Path target, String text) {
        return new MergePlan(target, target.getFileName().toString(), "abc", List.of("a", "b"), text,
                text.getBytes(StandardCharsets.UTF_8), List.of());
    }

    private static List<Path> contents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).sorted().toList();
        }
    }

    @Test
    void writesTheBytesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("abc_merge.py");
        Attempt<Path> written = new MergeFileWriter().write(plan(target, "revision = 'abc'\n"));
        assertThat(written.value()).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo("revision = 'abc'\n");
        assertThat(contents(dir)).containsExactly(target);
    }

    @Test
    void neverOverwrites() throws IOException {
        Path target = dir.resolve("abc_merge.py");
        Files.writeString(target, "original");
        Attempt<Path> written = new MergeFileWriter().write(plan(target, "new"));
        assertThat(written.isOk()).isFalse();
        assertThat(written.error()).contains("already exists").contains(target.toString());
        assertThat(Files.readString(target)).isEqualTo("original");
        assertThat(contents(dir)).containsExactly(target);
    }

    @Test
    void danglingSymlinkCountsAsExisting() throws IOException {
        Path target = dir.resolve("abc_merge.py");
        Files.createSymbolicLink(target, dir.resolve("nowhere"));
        assertThat(new MergeFileWriter().write(plan(target, "new")).isOk()).isFalse();
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }

    @Test
    void createsSubdirectories() throws IOException {
        Path target = dir.resolve("versions/2024/01/abc_merge.py");
        assertThat(new MergeFileWriter().write(plan(target, "x")).value()).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void unwritableLocationFailsAndLeavesNothing() {
        Path target = Path.of("/sys/retort-merge-test/sub/abc_merge.py");
        Attempt<Path> written = new MergeFileWriter().write(plan(target, "x"));
        assertThat(written.isOk()).isFalse();
        assertThat(written.error()).startsWith("Cannot write " + target);
        assertThat(Files.exists(Path.of("/sys/retort-merge-test"))).isFalse();
    }

    @Test
    void readOnlyFolderFailsAndLeavesNothing() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = false;
        try {
            if (Files.isWritable(readOnly)) {
                // root ignores permissions; the immutable attribute stops root too, where allowed
                immutable = new ProcessBuilder("chattr", "+i", readOnly.toString()).start().waitFor() == 0;
                Assumptions.assumeTrue(immutable, "cannot make a folder read-only for this user");
            }
            Path target = readOnly.resolve("new/abc_merge.py");
            Attempt<Path> nested = new MergeFileWriter().write(plan(target, "x"));
            assertThat(nested.error()).startsWith("Cannot write " + target);
            Attempt<Path> flat = new MergeFileWriter().write(plan(readOnly.resolve("abc_merge.py"), "x"));
            assertThat(flat.isOk()).isFalse();
            assertThat(contents(readOnly)).isEmpty();
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", readOnly.toString()).start().waitFor();
            }
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failureRemovesDirectoriesItCreated() throws IOException {
        // a name longer than the file system allows fails only after the directories were made
        Path target = dir.resolve("new/sub/" + "x".repeat(250) + ".py");
        Attempt<Path> written = new MergeFileWriter().write(plan(target, "x"));
        assertThat(written.isOk()).isFalse();
        assertThat(written.error()).startsWith("Cannot write ");
        assertThat(contents(dir)).isEmpty();
    }

    @Test
    void existingTargetAsDirectoryIsNotTouched() throws IOException {
        Path target = Files.createDirectories(dir.resolve("abc_merge.py"));
        assertThat(new MergeFileWriter().write(plan(target, "x")).error()).contains("already exists");
        assertThat(Files.isDirectory(target)).isTrue();
    }
}
