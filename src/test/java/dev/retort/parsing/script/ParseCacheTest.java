package dev.retort.parsing.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
    @TempDir
    Path dir;

    private final List<Rev> revisions = ProjectGenerator.random(5, ProjectGenerator.Shape.rich(40));

    private LoadedScripts load(Path cache) {
        return new ScriptDirectoryLoader(new RevisionFileReader(), true, cache).load(
                ScriptLoadRequest.ofDefault(dir.resolve("project/migrations/versions")));
    }

    @Test
    void cachedLoadEqualsAFreshParse() throws IOException {
        ProjectGenerator.write(dir.resolve("project"), revisions);
        LoadedScripts fresh = load(null);
        LoadedScripts first = load(dir.resolve("cache"));
        LoadedScripts cached = load(dir.resolve("cache"));
        assertThat(first).isEqualTo(fresh);
        assertThat(cached).isEqualTo(fresh);
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("scripts-"))).hasSize(1);
        }
    }

    @Test
    void aChangedFileIsParsedAgain() throws IOException {
        ProjectGenerator.write(dir.resolve("project"), revisions);
        load(dir.resolve("cache"));
        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("project/migrations/versions"))) {
            file = files.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // same size, same modification time would fool it, as it fools Python's .pyc check; change both
        Files.writeString(file, "\"\"\"Edited: " + text.substring(3), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        LoadedScripts cached = load(dir.resolve("cache"));
        assertThat(cached).isEqualTo(load(null));
        assertThat(cached.revisions()).anyMatch(r -> r.longDoc().startsWith("Edited: "));
    }

    @Test
    void aCorruptOrUnwritableCacheIsIgnored() throws IOException {
        ProjectGenerator.write(dir.resolve("project"), revisions);
        LoadedScripts fresh = load(null);
        load(dir.resolve("cache"));
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
            }
        }
        assertThat(load(dir.resolve("cache"))).isEqualTo(fresh);
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        assertThat(load(notADirectory.resolve("cache"))).isEqualTo(fresh);
    }
}
