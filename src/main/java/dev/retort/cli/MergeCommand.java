package dev.retort.cli;

import dev.retort.merge.AlembicFlavor;
import dev.retort.merge.Attempt;
import dev.retort.merge.MergeFailure;
import dev.retort.merge.MergeFileWriter;
import dev.retort.merge.MergeOutcome;
import dev.retort.merge.MergePlan;
import dev.retort.merge.MergePlanner;
import dev.retort.merge.MergeRequest;
import dev.retort.merge.MergeSettings;
import dev.retort.merge.MergeWarning;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.config.AlembicConfig;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alembic merge}, written by Retort from the project's own script.py.mako. */
@Command(name = "merge", description = {"Merge two revisions together. Creates a new migration file.",
    "Writes the same file `alembic merge` would, from the project's script.py.mako; never overwrites."})
final class MergeCommand extends ProjectCommand {
    @Parameters(arity = "1..*", paramLabel = "REVS", description = "revisions to merge: ids, prefixes, "
            + "labels, label@head, or heads")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Message string to use with "
            + "'revision'")
    String message;

    @Option(names = "--branch-label", paramLabel = "BRANCH_LABEL", description = "Specify a branch label to "
            + "apply to the new revision")
    String branchLabel;

    @Option(names = "--rev-id", paramLabel = "REV_ID", description = "Specify a hardcoded revision id instead "
            + "of generating one")
    String revisionId;

    @Option(names = "--dry-run", description = "Print the file name and text instead of writing the file")
    boolean dryRun;

    @Override
    int execute(LoadedProject project) {
        AlembicConfig config = project.config().orElseThrow();
        MergeRequest request = new MergeRequest(revisions, Optional.ofNullable(message),
                Optional.ofNullable(branchLabel), Optional.ofNullable(revisionId));
        MergeOutcome outcome = MergePlanner.systemDefault().plan(project.graph(), request, settings(config));
        if (outcome instanceof MergeFailure failure) {
            throw new CommandFailedException(failure.message());
        }
        MergePlan plan = (MergePlan) outcome;
        for (MergeWarning warning : plan.warnings()) {
            err().println("warning: " + warning.message());
        }
        if (dryRun) {
            out().println("Would generate " + plan.target());
            out().print(new String(plan.bytes(), Charset.forName(config.outputEncoding())));
            out().flush();
            return 0;
        }
        Attempt<Path> written = new MergeFileWriter().write(plan);
        if (!written.isOk()) {
            out().println("Generating " + plan.target() + " ...  FAILED");
            throw new CommandFailedException(written.error());
        }
        out().println(plan.generatingLine());
        return 0;
    }

    private MergeSettings settings(AlembicConfig config) {
        AlembicFlavor flavor = parent.release().passesConfigToMergeTemplates()
                ? AlembicFlavor.LATEST : AlembicFlavor.ALEMBIC_1_8;
        return new MergeSettings(config.scriptTemplate(), config.versionLocations(), config.fileTemplate(),
                config.truncateSlugLength(), config.timezone(), config.outputEncoding(), flavor,
                config.mainOptions());
    }
}
