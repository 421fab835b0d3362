package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away alembic project for differential tests: made by the real {@code alembic init},
 * with revision files written here and parsed back into {@link Revision} records by this class
 * (it knows exactly what it wrote; the real file parser lives elsewhere).
 */
final class AlembicProject {
    final Path root;
    final Path scriptDirectory;
    final Path versions;
    private final Map<String, Revision> byFileName = new LinkedHashMap<>();

    private AlembicProject(Path root) {
        this.root = root;
        this.scriptDirectory = root.resolve("migrations");
        this.versions = scriptDirectory.resolve("versions");
    }

    /** Runs {@code alembic init -t <template> migrations} in a new directory under {@code parent}. */
    static Path init(Path parent, String template) {
        Path root = parent.resolve(template);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RealAlembic.Output out = RealAlembic.run(root, List.of(RealAlembic.PYTHON, "-m", "alembic", "init", "-t",
                template, "migrations"));
        if (out.exitCode() != 0) {
            throw new IllegalStateException("alembic init failed: " + out.stdout() + out.stderr());
        }
        return root;
    }

    /** A fresh copy of an initialised project. */
    static AlembicProject copyOf(Path initialised, Path target) {
        try (Stream<Path> walk = Files.walk(initialised)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(initialised.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AlembicProject(target);
    }

    /** Adds {@code key = value} lines to the {@code [alembic]} section of alembic.ini. */
    AlembicProject ini(String... lines) {
        try {
            Path ini = root.resolve("alembic.ini");
            String text = Files.readString(ini);
            Files.writeString(ini, text.replaceFirst("\\[alembic]\n", "[alembic]\n" + String.join("\n", lines)
                    .replace("\\", "\\\\").replace("$", "\\$") + "\n"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AlembicProject template(String text) {
        try {
            Files.writeString(scriptDirectory.resolve("script.py.mako"), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AlembicProject revision(String id, String... down) {
        return revision(id, List.of(down), List.of(), List.of());
    }

    /** Writes a revision file the way an old alembic would have, and remembers its Revision. */
    AlembicProject revision(String id, List<String> down, List<String> labels, List<String> dependsOn) {
        String fileName = id + "_rev.py";
        String text = "\"\"\"revision " + id + "\n\nRevision ID: " + id + "\nRevises: " + String.join(", ", down)
                + "\nCreate Date: 2020-01-01 00:00:00\n\n\"\"\"\n"
                + "revision = " + PythonStrings.repr(id) + "\n"
                + "down_revision = " + literal(down) + "\n"
                + "branch_labels = " + literal(labels) + "\n"
                + "depends_on = " + literal(dependsOn) + "\n\n\n"
                + "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n";
        Path path = versions.resolve(fileName);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byFileName.put(fileName, new Revision(id, down, dependsOn, labels, "", path, 6));
        return this;
    }

    private static String literal(List<String> ids) {
        try {
            if (ids.isEmpty()) {
                return "None";
            }
            return ids.size() == 1 ? PyValues.repr(ids.get(0)) : PyValues.repr(PyTuple.ofStrings(ids));
        } catch (PyError | UnsupportedConstruct e) {
            throw new IllegalStateException(e);
        }
    }

    /** The graph in alembic 1.8.1's load order: {@code os.listdir} (readdir) order, which {@code File.list} shares. */
    RevisionGraph graph() {
        List<Revision> loadOrder = new ArrayList<>();
        String[] names = versions.toFile().list();
        for (String name : names == null ? new String[0] : names) {
            Revision revision = byFileName.get(name);
            if (revision != null) {
                loadOrder.add(revision);
            }
        }
        return RevisionGraph.build(loadOrder);
    }

    List<Path> versionFiles() {
        try (Stream<Path> files = Files.list(versions)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
