package dev.retort.parsing.config;

import static dev.retort.parsing.config.TestFiles.mkdirs;
import static dev.retort.parsing.config.TestFiles.real;
import static dev.retort.parsing.config.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where alembic must run to see the scripts Retort read. */
class RunDirectoryTest {
    @TempDir
    Path tmp;
    Path project;
    Path elsewhere;

    @BeforeEach
    void setUp() {
        project = real(tmp).resolve("project");
        elsewhere = real(tmp).resolve("elsewhere");
        mkdirs(project.resolve("migrations/versions"));
        mkdirs(elsewhere.resolve("migrations/versions"));
    }

    private AlembicConfig read(Path workingDirectory, String scriptLocation) {
        write(project.resolve("alembic.ini"), "[alembic]\nscript_location = " + scriptLocation + "\n");
        return AlembicConfigReader.read(ConfigRequest.in(workingDirectory).withConfigFile(project.resolve("alembic.ini")))
                .config().orElseThrow();
    }

    @Test
    void theConfigFilesFolderWhenRetortReadItFromThere() {
        assertThat(read(project, "migrations").runDirectory()).isEqualTo(project);
    }

    @Test
    void theWorkingDirectoryARelativeScriptLocationWasResolvedAgainst() {
        AlembicConfig config = read(elsewhere, "migrations");
        assertThat(config.scriptLocation()).isEqualTo(elsewhere.resolve("migrations"));
        assertThat(config.runDirectory()).isEqualTo(elsewhere);
    }

    @Test
    void theConfigFilesFolderForAnAbsoluteLocation() {
        assertThat(read(elsewhere, "%(here)s/migrations").runDirectory()).isEqualTo(project);
    }
}
