package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the Retort CLI in-process and captures what it prints. */
record RetortRun(int exit, String stdout, String stderr) {

    static RetortRun in(Path workingDirectory, String... args) {
        return in(workingDirectory, Map.of(), args);
    }

    static RetortRun in(Path workingDirectory, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(env);
        int code = CliMain.run(args, new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                workingDirectory, environment));
        return new RetortRun(code, out.toString(), err.toString());
    }
}
