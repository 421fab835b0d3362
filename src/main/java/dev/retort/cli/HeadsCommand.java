package dev.retort.cli;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.LoadedProject;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alembic heads}. */
@Command(name = "heads", description = "Show current available heads in the script directory.")
final class HeadsCommand extends ProjectCommand {
    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Treat dependency versions as down revisions")
    boolean resolveDependencies;

    @Override
    int execute(LoadedProject project) {
        RevisionGraph graph = project.graph();
        ScriptFormat format = new ScriptFormat(graph);
        List<String> heads = resolveDependencies ? graph.realHeads() : graph.headsAsListed();
        for (String head : heads) {
            out().println(verbose ? format.logEntry(head) : format.oneLine(head, ScriptFormat.OneLine.HEADS));
        }
        return 0;
    }
}
