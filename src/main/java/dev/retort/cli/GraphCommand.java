package dev.retort.cli;

import dev.retort.model.graph.DotExport;
import dev.retort.model.graph.EdgeKind;
import dev.retort.model.graph.RevisionEdge;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import dev.retort.parsing.LoadedProject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The revision DAG in a machine-readable form: Graphviz DOT or JSON. */
@Command(name = "graph", description = "Print the revision graph as Graphviz DOT or JSON.")
final class GraphCommand extends ProjectCommand {
    enum Format { DOT, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", description = "dot (default) or json")
    Format format = Format.DOT;

    @Override
    int execute(LoadedProject project) {
        RevisionGraph graph = project.graph();
        out().print(format == Format.DOT ? DotExport.write(graph) : Json.GSON.toJson(json(project)) + "\n");
        return 0;
    }

    private static Map<String, Object> json(LoadedProject project) {
        RevisionGraph graph = project.graph();
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Revision rev : graph.revisions()) {
            String id = rev.id();
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", id);
            n.put("message", rev.doc());
            n.put("createDate", rev.createDateText().orElse(null));
            n.put("downRevisions", rev.downRevisions());
            n.put("dependsOn", rev.dependsOn());
            n.put("branchLabels", List.copyOf(graph.branchLabels(id)));
            n.put("declaredBranchLabels", rev.branchLabels());
            n.put("head", graph.isHead(id));
            n.put("effectiveHead", graph.isEffectiveHead(id));
            n.put("base", graph.isBase(id));
            n.put("branchPoint", graph.isBranchPoint(id));
            n.put("mergePoint", graph.isMergePoint(id));
            n.put("path", rev.path().toString());
            nodes.add(n);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (RevisionEdge e : graph.asGraph().edgeSet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parent", e.parent());
            m.put("child", e.child());
            m.put("kind", e.kind() == EdgeKind.DOWN_REVISION ? "down_revision" : "depends_on");
            edges.add(m);
        }
        root.put("revisions", nodes);
        root.put("edges", edges);
        root.put("heads", graph.heads());
        root.put("bases", graph.bases());
        List<Map<String, Object>> diagnostics = new ArrayList<>();
        project.diagnostics().forEach(d -> diagnostics.add(Json.diagnostic(d)));
        root.put("diagnostics", diagnostics);
        return root;
    }
}
