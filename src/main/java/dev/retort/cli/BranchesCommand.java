package dev.retort.cli;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.HistoryQuery;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.LoadedProject;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alembic branches}. */
@Command(name = "branches", description = "Show current branch points.")
final class BranchesCommand extends ProjectCommand {
    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output")
    boolean verbose;

    @Override
    int execute(LoadedProject project) {
        RevisionGraph graph = project.graph();
        ScriptFormat format = new ScriptFormat(graph);
        List<String> history = alembic(() -> new HistoryQuery(graph).all(),
                AlembicMessages.Overrides.range("base", "heads"));
        for (String id : history) {
            if (!graph.isBranchPoint(id)) {
                continue;
            }
            String indent = " ".repeat(PythonStrings.length(id));
            List<String> children = new ArrayList<>();
            for (String child : graph.children(id)) {
                children.add(indent + " -> " + format.oneLine(child, ScriptFormat.OneLine.branchChild(verbose)));
            }
            String first = verbose ? format.logEntry(id) : format.oneLine(id, ScriptFormat.OneLine.BRANCH_POINT);
            out().println(first + "\n" + String.join("\n", children) + "\n");
        }
        return 0;
    }
}
