package dev.retort.runner;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to start one process: no shell is involved, the arguments are passed as
 * they are.
 *
 * @param argv program and arguments
 * @param workingDirectory the directory the process runs in
 * @param environment the complete environment of the process (not added to Retort's own)
 * @param display the command line for messages, with secret values masked; never run
 */
public record ProcessSpec(List<String> argv, Path workingDirectory, Map<String, String> environment, String display) {

    public ProcessSpec {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must name a program");
        }
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        Objects.requireNonNull(display, "display");
    }

    /** A spec for tests and simple tools: the given environment, the argv as display text. */
    public static ProcessSpec of(List<String> argv, Path workingDirectory, Map<String, String> environment) {
        return new ProcessSpec(argv, workingDirectory, environment, String.join(" ", argv));
    }

    /** Masks the environment, since {@code display} is what may be shown or logged. */
    @Override
    public String toString() {
        return "ProcessSpec[" + display + " in " + workingDirectory + "]";
    }
}
