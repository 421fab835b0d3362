package dev.retort.ui.main;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.ui.problems.ProblemsView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The problems pane under the graph: its title with the count, then the project's diagnostics and the databases'. */
final class ProblemsPane {
    private final ProblemsView view;
    private final Label title = new Label("Problems");
    private final VBox box;
    private List<Diagnostic> project = List.of();
    private List<Diagnostic> databases = List.of();

    ProblemsPane(Consumer<Diagnostic> onActivate) {
        view = new ProblemsView(onActivate);
        title.getStyleClass().add("pane-title");
        box = new VBox(title, view.node());
        box.setId("problemsPane");
        VBox.setVgrow(view.node(), Priority.ALWAYS);
    }

    void showProject(List<Diagnostic> diagnostics) {
        project = List.copyOf(diagnostics);
        show();
    }

    /** Unreachable databases, rows no script defines...: listed after the project's own problems. */
    void showDatabases(List<Diagnostic> diagnostics) {
        databases = List.copyOf(diagnostics);
        show();
    }

    private void show() {
        List<Diagnostic> all = new ArrayList<>(project);
        all.addAll(databases);
        view.setDiagnostics(all);
        title.setText("Problems (" + all.size() + ")");
    }

    Node node() {
        return box;
    }
}
