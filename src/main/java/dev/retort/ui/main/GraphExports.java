package dev.retort.ui.main;

import dev.retort.model.diagnostics.Severity;
import dev.retort.ui.export.GraphExporter;
import dev.retort.ui.graph.GraphView;
import dev.retort.ui.project.ProjectSnapshot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;

/** File > Export Graph: asks for a file and writes the graph as PNG, SVG or DOT in the background. */
final class GraphExports {
    private final ExplorerViewModel model;
    private final GraphView graph;
    private final StatusBar statusBar;
    private final Dialogs dialogs;
    private final Supplier<Optional<Window>> window;

    GraphExports(ExplorerViewModel model, GraphView graph, StatusBar statusBar, Dialogs dialogs,
            Supplier<Optional<Window>> window) {
        this.model = model;
        this.graph = graph;
        this.statusBar = statusBar;
        this.dialogs = dialogs;
        this.window = window;
    }

    /**
     * Writes an export: {@code png} (the whole graph), {@code png-view} (what the view shows
     * now), {@code svg} or {@code dot}.
     */
    void export(String kind) {
        Optional<ProjectSnapshot> snapshot = model.snapshot();
        if (snapshot.isEmpty()) {
            return;
        }
        String name = String.valueOf(snapshot.get().folder().getFileName()) + "-revisions";
        String extension = kind.startsWith("png") ? "png" : kind;
        dialogs.chooseExportFile(window.get().orElse(null), extension, name).ifPresent(file -> exportTo(kind, file));
    }

    /** Exports without asking (the file dialog's answer, or a test's); {@code kind} as in {@link #export}. */
    void exportTo(String kind, Path file) {
        Optional<ProjectSnapshot> snapshot = model.snapshot();
        if (snapshot.isEmpty()) {
            return;
        }
        ProjectSnapshot s = snapshot.get();
        Set<String> problemIds = ExplorerViewModel.revisionsWith(s.project().diagnostics(), Severity.ERROR);
        var palette = graph.palette();
        javafx.scene.image.Image image = kind.equals("png-view") ? graph.snapshot() : null;
        model.tasks().submit("Exporting " + file.getFileName(), () -> {
            double scale = 1;
            switch (kind) {
                case "png" -> scale = GraphExporter.writeWholePng(s, palette, problemIds, file);
                case "png-view" -> GraphExporter.writePng(image, file);
                case "svg" -> GraphExporter.writeSvg(s, palette, problemIds, file);
                default -> GraphExporter.writeDot(s, file);
            }
            // a history too big for one image at full size is shrunk: say so rather than surprise
            return scale < 1 ? file.getFileName() + " (scaled to " + Math.round(scale * 100) + "% to fit)"
                    : file.getFileName().toString();
        }, done -> statusBar.say("Exported to " + done),
                failure -> dialogs.showError(window.get().orElse(null), "Export failed",
                        "Could not write " + file + ": " + failure.getMessage()));
    }

}
