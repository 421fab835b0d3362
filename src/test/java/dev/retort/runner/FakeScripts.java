package dev.retort.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Small POSIX shell scripts standing in for alembic in process tests. */
final class FakeScripts {
    private FakeScripts() {
    }

    /** Writes {@code body} as an executable {@code #!/bin/sh} script named {@code name} in {@code dir}. */
    static Path write(Path dir, String name, String body) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** A fake alembic that answers {@code --version} with {@code alembic VERSION}. */
    static Path alembic(Path dir, String name, String version) throws IOException {
        return write(dir, name, """
                if [ "$1" = "--version" ]; then echo "alembic %s"; exit 0; fi
                echo "args: $*"
                """.formatted(version));
    }

    /** A fake python whose {@code -m alembic --version} answers {@code alembic VERSION}. */
    static Path python(Path dir, String name, String version) throws IOException {
        return write(dir, name, """
                if [ "$1" = "--version" ]; then echo "Python 3.11.2"; exit 0; fi
                if [ "$1" = "-m" ] && [ "$2" = "alembic" ] && [ "$3" = "--version" ]; then echo "alembic %s"; exit 0; fi
                if [ "$1" = "-m" ] && [ "$2" = "alembic" ]; then shift 2; echo "args: $*"; exit 0; fi
                echo "/usr/bin/python3: No module named $2" >&2; exit 1
                """.formatted(version));
    }
}
