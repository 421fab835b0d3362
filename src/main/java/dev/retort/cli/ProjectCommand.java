package dev.retort.cli;

import dev.retort.model.graph.AlembicMessages;
import dev.retort.model.graph.RevisionException;
import dev.retort.parsing.LoadedProject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ParentCommand;

/** A subcommand that reads the project named by the top-level options. */
abstract class ProjectCommand implements Callable<Integer> {
    @ParentCommand
    RetortCommand parent;

    @Override
    public final Integer call() {
        return execute(parent.loadProject());
    }

    abstract int execute(LoadedProject project);

    PrintWriter out() {
        return parent.context().out();
    }

    PrintWriter err() {
        return parent.context().err();
    }

    /** Runs a graph query, turning alembic errors into alembic's CLI wording. */
    static <T> T alembic(Supplier<T> query, AlembicMessages.Overrides overrides) {
        try {
            return query.get();
        } catch (RevisionException e) {
            throw new CommandFailedException(AlembicMessages.commandText(e, overrides));
        }
    }

    static <T> T alembic(Supplier<T> query) {
        return alembic(query, AlembicMessages.Overrides.NONE);
    }
}
