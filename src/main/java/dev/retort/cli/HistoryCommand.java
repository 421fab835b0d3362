package dev.retort.cli;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.HistoryQuery;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.LoadedProject;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alembic history}. */
@Command(name = "history", description = "List changeset scripts in chronological order.")
final class HistoryCommand extends ProjectCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Specify a revision range; format is [start]:[end]")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Use more verbose output")
    boolean verbose;

    @Override
    int execute(LoadedProject project) {
        String base = null;
        String head = null;
        if (range != null) {
            if (!range.contains(":")) {
                throw new CommandFailedException("History range requires [start]:[end], [start]:, or :[end]");
            }
            String[] ends = range.strip().split(":", -1);
            if (ends.length != 2) {
                throw new CommandFailedException("History range requires [start]:[end], [start]:, or :[end] "
                        + "(one colon; alembic fails on '" + range + "' with a ValueError)");
            }
            base = ends[0];
            head = ends[1];
            if ("current".equals(base) || "current".equals(head)) {
                throw new CommandFailedException("'current' needs a database; Retort's history reads only the "
                        + "scripts (use `retort status` with a database URL)");
            }
        }
        RevisionGraph graph = project.graph();
        String lower = base == null || base.isEmpty() ? "base" : base;
        String upper = head == null || head.isEmpty() ? "heads" : head;
        List<String> ids = alembic(() -> new HistoryQuery(graph).walk(lower, upper),
                AlembicMessages.Overrides.range(lower, upper));
        ScriptFormat format = new ScriptFormat(graph);
        for (String id : ids) {
            out().println(verbose ? format.logEntry(id) : format.oneLine(id, ScriptFormat.OneLine.HISTORY));
        }
        return 0;
    }
}
