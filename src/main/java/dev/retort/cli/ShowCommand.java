package dev.retort.cli;

import dev.retort.parsing.LoadedProject;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alembic show REV}. */
@Command(name = "show", description = "Show the revision(s) denoted by the given symbol.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "0", paramLabel = "REV", description = "revision identifier")
    String rev;

    @Override
    int execute(LoadedProject project) {
        if ("current".equals(rev)) {
            throw new CommandFailedException("'current' needs a database; use `retort current --url URL`");
        }
        ScriptFormat format = new ScriptFormat(project.graph());
        List<String> ids = alembic(() -> project.graph().resolver().resolveIds(rev));
        for (String id : ids) {
            out().println(format.logEntry(id));
        }
        return 0;
    }
}
