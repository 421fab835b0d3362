package dev.retort.ui.main;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The most recently opened projects, newest first, kept in a small JSON file (a list of
 * paths) so it survives restarts and can be read or cleared by hand. A missing or broken file
 * is an empty list: a history is never worth an error dialog.
 */
public final class RecentProjects {
    public static final int MAX = 10;
    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    public List<Path> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            String[] paths = new Gson().fromJson(Files.readString(file, StandardCharsets.UTF_8), String[].class);
            if (paths == null) {
                return List.of();
            }
            return Arrays.stream(paths).filter(p -> p != null && !p.isBlank()).map(Path::of).distinct().limit(MAX)
                    .toList();
        } catch (IOException | JsonSyntaxException | java.nio.file.InvalidPathException e) {
            return List.of();
        }
    }

    /** Puts a project at the top of the list and saves; returns the new list. */
    public List<Path> add(Path project) {
        List<Path> list = new ArrayList<>(load());
        Path normal = project.toAbsolutePath().normalize();
        list.remove(normal);
        list.add(0, normal);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        save(list);
        return List.copyOf(list);
    }

    public List<Path> remove(Path project) {
        List<Path> list = new ArrayList<>(load());
        list.remove(project);
        save(list);
        return List.copyOf(list);
    }

    private void save(List<Path> list) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String json = new Gson().toJson(list.stream().map(Path::toString).toArray(String[]::new));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Not fatal: the list just will not survive this run.
        }
    }
}
