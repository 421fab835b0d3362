package dev.retort.runner;

import dev.retort.model.release.AlembicRelease;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An alembic that answered {@code --version}.
 *
 * @param argvPrefix how to start it: {@code [/p/.venv/bin/alembic]} or
 *     {@code [/usr/bin/python3, -m, alembic]}; pass it to {@link AlembicCommand#builder}
 * @param release the version it reported; pick load-order semantics with
 *     {@link AlembicRelease#listsFilesSorted()}
 * @param versionText what it printed, e.g. {@code alembic 1.8.1}
 * @param source where it was found
 * @param program the executable that was run (the alembic script or the interpreter)
 */
public record AlembicInstallation(List<String> argvPrefix, AlembicRelease release, String versionText,
        Source source, Path program) {

    /** Where an alembic was found, in the order discovery looks. */
    public enum Source {
        /** The path set in Preferences (or {@code --alembic} on the command line). */
        PREFERENCES("explicitly set"),
        /** The project's virtualenv ({@code .venv} or {@code venv}, in the project folder or a parent). */
        VIRTUALENV("project virtualenv"),
        /** {@code alembic} on PATH. */
        PATH("alembic on PATH"),
        /** {@code python3 -m alembic}, with python3 from PATH or the system's. */
        PYTHON_MODULE("python3 -m alembic");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** Words for the UI: "project virtualenv". */
        public String label() {
            return label;
        }
    }

    public AlembicInstallation {
        argvPrefix = List.copyOf(argvPrefix);
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(versionText, "versionText");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(program, "program");
    }

    /** {@code alembic 1.8.1 (/usr/bin/python3 -m alembic, python3 -m alembic)}. */
    public String describe() {
        return "alembic " + release + " (" + String.join(" ", argvPrefix) + ", " + source.label() + ")";
    }
}
