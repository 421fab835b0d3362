package dev.retort.cli;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.LoadedProject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A gate for CI pipelines: fails when the project has several heads (the deployment would
 * fail with "Multiple head revisions are present") or graph errors alembic would crash on.
 */
@Command(name = "check", description = {
    "Check the revision graph: one head, no dangling references, cycles or unreadable files.",
    "Exit 0 clean, 1 multiple heads or graph errors, 2 unreadable project."})
final class CheckCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int UNREADABLE = 2;

    enum Format { TEXT, JSON }

    @ParentCommand
    RetortCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
        LoadedProject project = parent.load();
        Verdict verdict = Verdict.of(project);
        if (format == Format.JSON) {
            parent.context().out().println(Json.GSON.toJson(json(project, verdict)));
        } else {
            printText(project, verdict);
        }
        return verdict.exitCode();
    }

    /** The outcome and its exit code. */
    record Verdict(String status, int exitCode, String summary) {
        static Verdict of(LoadedProject project) {
            if (project.config().isEmpty()) {
                return new Verdict("unreadable", UNREADABLE,
                        "the project cannot be read: " + project.fatalMessage().orElse("no configuration"));
            }
            List<String> heads = project.graph().heads();
            boolean errors = project.diagnostics().stream().anyMatch(Diagnostic::isError);
            if (heads.size() > 1) {
                return new Verdict("multiple-heads", PROBLEMS, heads.size() + " heads (" + String.join(", ", heads)
                        + "): `alembic upgrade head` will fail. Merge them: alembic merge -m \"merge heads\" "
                        + String.join(" ", heads));
            }
            if (errors) {
                return new Verdict("errors", PROBLEMS, "the revision graph has errors alembic would fail on");
            }
            if (heads.isEmpty() && !project.graph().isEmpty()) {
                return new Verdict("errors", PROBLEMS, "no head revision");
            }
            return new Verdict("ok", CLEAN, heads.isEmpty() ? "no revisions yet" : "one head: " + heads.get(0));
        }
    }

    private void printText(LoadedProject project, Verdict verdict) {
        var out = parent.context().out();
        project.config().ifPresent(c -> out.println("Project: " + c.configFile()));
        if (project.config().isPresent()) {
            RevisionGraph graph = project.graph();
            out.println("Revisions: " + graph.size() + " (" + graph.heads().size() + " head(s), "
                    + graph.bases().size() + " base(s), " + graph.branchPoints().size() + " branch point(s), "
                    + graph.mergePoints().size() + " merge point(s))");
        }
        for (Diagnostic d : project.diagnostics()) {
            if (d.code() != DiagnosticCode.MULTIPLE_HEADS) {
                out.println(d);
            }
        }
        out.println((verdict.exitCode() == CLEAN ? "OK: " : "FAIL: ") + verdict.summary());
    }

    private static Map<String, Object> json(LoadedProject project, Verdict verdict) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("status", verdict.status());
        root.put("exitCode", verdict.exitCode());
        root.put("summary", verdict.summary());
        project.config().ifPresent(c -> root.put("config", c.configFile().toString()));
        if (project.config().isPresent()) {
            root.put("revisions", project.graph().size());
            root.put("heads", project.graph().heads());
            root.put("bases", project.graph().bases());
        }
        List<Map<String, Object>> diagnostics = new ArrayList<>();
        for (Diagnostic d : project.diagnostics()) {
            diagnostics.add(Json.diagnostic(d));
        }
        root.put("diagnostics", diagnostics);
        return root;
    }
}
