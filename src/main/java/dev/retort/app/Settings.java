package dev.retort.app;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The few choices remembered between runs (the theme, the alembic to use, the revision-file
 * order, where the window was), as a small JSON file in the config folder.
 */
final class Settings {
    /** The file's shape; a missing field keeps its default. */
    static final class Values {
        boolean dark;
        /** Preferences > alembic path; null or empty to search. */
        String alembicPath;
        /** A {@code LoadOrderChoice} name; null for automatic. */
        String loadOrder;
        /** The window's last normal (not maximised) bounds; null until it was closed once. */
        Double windowX;
        Double windowY;
        Double windowWidth;
        Double windowHeight;
        boolean maximized;
    }

    private final Path file;

    Settings(Path file) {
        this.file = file;
    }

    Values load() {
        try {
            Values v = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), Values.class);
            return v == null ? new Values() : v;
        } catch (IOException | JsonSyntaxException e) {
            return new Values();
        }
    }

    void save(Values values) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, new Gson().toJson(values), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a preference is not worth an error; it just will not be remembered
        }
    }
}
