package dev.retort.app;

import dev.retort.cli.CliMain;
import javafx.application.Application;

/**
 * The main class. Not a JavaFX {@code Application}, so the jar runs from a plain class path:
 * with no arguments, or {@code open PATH}, it opens the window; otherwise it runs the CLI.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "open".equals(args[0])) {
            if (args.length > 2) {
                System.err.println("usage: retort open [FOLDER | alembic.ini | pyproject.toml]");
                System.exit(2);
            }
            System.setProperty("org.graphstream.ui", "javafx");
            Application.launch(RetortApplication.class, args);
            return;
        }
        System.exit(CliMain.run(args));
    }
}
