package dev.retort.ui.main;

import dev.retort.ui.project.ProjectOpener;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Dropping a project folder, an alembic.ini or a pyproject.toml on the window opens it. */
final class ProjectDrop {
    private ProjectDrop() {
    }

    static void install(Scene scene, Consumer<Path> open) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Optional<Path> target = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream()
                    .map(java.io.File::toPath).filter(ProjectOpener::isOpenable).findFirst() : Optional.empty();
            target.ifPresent(open);
            e.setDropCompleted(target.isPresent());
            e.consume();
        });
    }
}
