package dev.retort.app;

import dev.retort.cli.CliMain;

/**
 * The main class. Not a JavaFX {@code Application}, so the jar runs from a plain class path:
 * with a command it runs the headless CLI; with none (or {@code open PATH}) it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "open".equals(args[0])) {
            System.err.println("The Retort window is not part of this build yet; try `retort --help`.");
            System.exit(2);
        }
        System.exit(CliMain.run(args));
    }
}
