package dev.retort.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file with the desktop's default application: {@code $VISUAL}/{@code $EDITOR} are
 * terminal programs, so we ask the desktop instead ({@code xdg-open}, {@code open}, or
 * Windows' {@code explorer}). An argv list, never a shell string: paths may hold spaces or
 * quotes.
 */
public final class SystemFileOpener implements FileOpener {
    @Override
    public void open(Path file) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> argv;
        if (os.contains("mac")) {
            argv = List.of("open", file.toString());
        } else if (os.contains("win")) {
            argv = List.of("explorer.exe", file.toString());
        } else {
            argv = List.of("xdg-open", file.toString());
        }
        new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
