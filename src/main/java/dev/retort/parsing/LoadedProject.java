package dev.retort.parsing;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.graph.GraphSummary;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.config.AlembicConfig;
import java.util.List;
import java.util.Optional;

/**
 * An Alembic project as read from disk: its configuration, its revision graph, and every
 * problem found on the way (configuration, files, graph), in that order.
 *
 * @param config empty when the configuration cannot be read at all; the graph is then empty
 * @param graph the revision graph (never null)
 * @param summary heads, bases, branch and merge points of the graph
 * @param diagnostics everything worth telling the user
 * @param timings how long each phase took
 */
public record LoadedProject(Optional<AlembicConfig> config, RevisionGraph graph, GraphSummary summary,
        List<Diagnostic> diagnostics,
        LoadTimings timings) {

    public LoadedProject {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Why the project could not be read: the first error, in alembic's words. */
    public Optional<String> fatalMessage() {
        if (config.isPresent()) {
            return Optional.empty();
        }
        return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst();
    }
}
