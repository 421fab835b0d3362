package dev.retort.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AlembicDiscovery} found, and what it tried on the way.
 *
 * @param installation the first alembic that worked, if any
 * @param attempts every candidate looked at, in order, with its outcome
 * @param message one paragraph for the user: which alembic will be used, or that none was found
 *     and how to fix it
 */
public record DiscoveryResult(Optional<AlembicInstallation> installation, List<Attempt> attempts, String message) {

    public DiscoveryResult {
        Objects.requireNonNull(installation, "installation");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(message, "message");
    }

    /** True when an alembic was found. */
    public boolean found() {
        return installation.isPresent();
    }

    /** How one candidate fared. */
    public enum Outcome {
        /** It answered {@code --version} with an alembic version. */
        FOUND,
        /** No such file. */
        MISSING,
        /** The file exists but cannot be executed. */
        NOT_EXECUTABLE,
        /** It ran and failed (no module named alembic, broken virtualenv, ...). */
        FAILED,
        /** It did not answer within the timeout and was stopped. */
        TIMED_OUT,
        /** It answered, but not as alembic does. */
        NOT_ALEMBIC
    }

    /**
     * One candidate and its outcome.
     *
     * @param argvPrefix the command that was (or would have been) run before {@code --version}
     * @param source the discovery step it belongs to
     * @param program the file looked at
     * @param outcome what happened
     * @param detail the version text, or why it did not work
     */
    public record Attempt(List<String> argvPrefix, AlembicInstallation.Source source, Path program, Outcome outcome,
            String detail) {
        public Attempt {
            argvPrefix = List.copyOf(argvPrefix);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
        }

        /** {@code /usr/bin/python3 -m alembic: No module named alembic}. */
        @Override
        public String toString() {
            return String.join(" ", argvPrefix) + ": " + detail;
        }
    }
}
