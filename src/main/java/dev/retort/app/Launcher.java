package dev.retort.app;

import dev.retort.cli.CliMain;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
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
            noDisplayMessage(System.getenv(), System.getProperty("os.name", "")).ifPresent(message -> {
                System.err.println(message);
                System.exit(1);
            });
            // Retort runs JavaFX from the class path on purpose (no module-info: GraphStream has no
            // module names); JavaFX's start-up warning about that only confuses users
            Logger.getLogger("javafx").setLevel(Level.SEVERE);
            System.setProperty("org.graphstream.ui", "javafx");
            Application.launch(RetortApplication.class, args);
            return;
        }
        System.exit(CliMain.run(args));
    }

    /**
     * On Linux and other X11/Wayland systems the window needs a display; without one JavaFX
     * fails with a stack trace, so say what to do instead.
     */
    static java.util.Optional<String> noDisplayMessage(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return java.util.Optional.empty();
        }
        if (has(env, "DISPLAY") || has(env, "WAYLAND_DISPLAY")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("retort: the window needs a graphical display (DISPLAY or WAYLAND_DISPLAY is "
                + "not set). Run it in a desktop session, or use the command line: retort --help (e.g. retort heads, "
                + "retort check, retort status).");
    }

    private static boolean has(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
