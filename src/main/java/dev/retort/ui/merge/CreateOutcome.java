package dev.retort.ui.merge;

import dev.retort.ui.merge.MergeWizardModel.Route;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How creating ended.
 *
 * @param route who wrote (or tried to write) the file
 * @param revisionId the merge revision's id
 * @param file the file written, when known
 * @param message one line: alembic's "Generating ... done", or why it failed
 * @param output alembic's output (the route through alembic), or the generating line
 */
public record CreateOutcome(Route route, boolean succeeded, String revisionId, Optional<Path> file, String message,
        List<String> output) {
    public CreateOutcome {
        output = List.copyOf(output);
    }
}
