package dev.retort.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesAndAtMostTen() {
        RecentProjects recent = new RecentProjects(dir.resolve("sub/recent.json"));
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("p" + i));
        }
        recent.add(dir.resolve("p5"));
        var list = new RecentProjects(dir.resolve("sub/recent.json")).load();
        assertThat(list).hasSize(RecentProjects.MAX);
        assertThat(list.get(0)).isEqualTo(dir.resolve("p5"));
        assertThat(list.get(1)).isEqualTo(dir.resolve("p11"));
        assertThat(list).doesNotHaveDuplicates().doesNotContain(dir.resolve("p0"));
    }

    @Test
    void aBrokenFileIsAnEmptyList() throws Exception {
        Path file = dir.resolve("recent.json");
        Files.writeString(file, "{not json");
        assertThat(new RecentProjects(file).load()).isEmpty();
        assertThat(new RecentProjects(dir.resolve("missing.json")).load()).isEmpty();
    }
}
