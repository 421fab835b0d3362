package dev.retort.model.graph;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The revision DAG of one project, with alembic's notions of heads, bases, branch points,
 * merge points and branch labels.
 *
 * <p>Built once from the revisions in load order (the order decides ties everywhere, as in
 * alembic) and immutable afterwards. Problems alembic would crash on (dangling references,
 * cycles, clashing labels) are in {@link #diagnostics()}; the graph leaves the offending
 * edges out, so it is always acyclic.
 */
public final class RevisionGraph {
    private final Map<String, RevisionNode> map;
    private final Map<String, RevisionNode> labels;
    private final List<RevisionNode> allNodes;
    private final List<RevisionNode> headNodes;
    private final List<RevisionNode> realHeadNodes;
    private final List<Diagnostic> diagnostics;
    private final List<String> topologicalOrder;
    /** Built on first use: the CLI's common commands never need it, and a cold JVM pays for JGraphT. */
    private Graph<String, RevisionEdge> dag;

    RevisionGraph(Map<String, RevisionNode> map, Map<String, RevisionNode> labels, List<RevisionNode> allNodes,
            List<RevisionNode> heads, List<RevisionNode> realHeads, List<RevisionNode> topologicalOrder,
            List<Diagnostic> diagnostics) {
        this.map = Collections.unmodifiableMap(map);
        this.labels = Collections.unmodifiableMap(labels);
        this.allNodes = List.copyOf(allNodes);
        this.headNodes = List.copyOf(heads);
        this.realHeadNodes = List.copyOf(realHeads);
        this.diagnostics = List.copyOf(diagnostics);
        allNodes.forEach(RevisionNode::freeze);
        this.topologicalOrder = Traversal.idsList(topologicalOrder);
    }

    /** Builds the graph from revisions in alembic's load order. Never throws on bad input. */
    public static RevisionGraph build(List<Revision> loadOrder) {
        return new RevisionGraphBuilder().build(loadOrder);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public int size() {
        return map.size();
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** One revision per id, in load order (a duplicated id: the later file, at the earlier position). */
    public List<Revision> revisions() {
        List<Revision> out = new ArrayList<>(map.size());
        for (RevisionNode node : map.values()) {
            out.add(node.revision);
        }
        return out;
    }

    public boolean contains(String id) {
        return map.containsKey(id);
    }

    public Optional<Revision> revision(String id) {
        RevisionNode node = map.get(id);
        return node == null ? Optional.empty() : Optional.of(node.revision);
    }

    /** The revision declaring a branch label. */
    public Optional<String> labelOwner(String label) {
        RevisionNode node = labels.get(label);
        return node == null ? Optional.empty() : Optional.of(node.id);
    }

    /** Every declared branch label that maps to a revision. */
    public Set<String> labels() {
        return labels.keySet();
    }

    /** Versioned heads (what {@code alembic heads} lists), distinct, in load order. */
    public List<String> heads() {
        return List.copyOf(Traversal.ids(headNodes));
    }

    /**
     * The heads exactly as alembic's {@code heads} tuple holds them: a duplicated revision id
     * can appear twice.
     */
    public List<String> headsAsListed() {
        return headNodes.stream().map(n -> n.id).toList();
    }

    /** Heads counting depends_on edges too: what the argument {@code heads} means. */
    public List<String> realHeads() {
        return List.copyOf(Traversal.ids(realHeadNodes));
    }

    /** Revisions declaring {@code down_revision = None}, in load order. */
    public List<String> bases() {
        List<String> out = new ArrayList<>();
        for (RevisionNode node : map.values()) {
            if (node.isBase()) {
                out.add(node.id);
            }
        }
        return out;
    }

    public List<String> branchPoints() {
        return map.values().stream().filter(RevisionNode::isBranchPoint).map(n -> n.id).toList();
    }

    public List<String> mergePoints() {
        return map.values().stream().filter(RevisionNode::isMergePoint).map(n -> n.id).toList();
    }

    public boolean isHead(String id) {
        return node(id).isHead();
    }

    public boolean isRealHead(String id) {
        return node(id).isRealHead();
    }

    /** A head only because something {@code depends_on} it. */
    public boolean isEffectiveHead(String id) {
        RevisionNode node = node(id);
        return node.isHead() && !node.isRealHead();
    }

    public boolean isBase(String id) {
        return node(id).isBase();
    }

    public boolean isBranchPoint(String id) {
        return node(id).isBranchPoint();
    }

    public boolean isMergePoint(String id) {
        return node(id).isMergePoint();
    }

    /** Parents over down_revision that exist, in tuple order. */
    public List<String> parents(String id) {
        return List.copyOf(new LinkedHashSet<>(node(id).versionedDown));
    }

    /** depends_on entries resolved to revision ids. */
    public List<String> dependencies(String id) {
        return List.copyOf(node(id).resolvedDependencies);
    }

    /** The parents upgrades and the version table follow: down revisions plus new dependencies. */
    public List<String> normalizedParents(String id) {
        return node(id).normalizedDown();
    }

    /** Children over down_revision ({@code nextrev}), in load order. */
    public Set<String> children(String id) {
        return Collections.unmodifiableSet(node(id).nextrev);
    }

    /** Children over both kinds of edge. */
    public Set<String> allChildren(String id) {
        return Collections.unmodifiableSet(node(id).allNextrev);
    }

    /** Branch labels after alembic's propagation. */
    public Set<String> branchLabels(String id) {
        return node(id).branchLabels;
    }

    /** Ancestors, the revision itself excluded. */
    public Set<String> ancestors(String id, boolean includeDependencies) {
        Set<String> ids = Traversal.ids(Traversal.ancestors(map, List.of(node(id)), includeDependencies, false));
        ids.remove(id);
        return ids;
    }

    /** Descendants, the revision itself excluded. */
    public Set<String> descendants(String id, boolean includeDependencies) {
        Set<String> ids = Traversal.ids(Traversal.descendants(map, List.of(node(id)), includeDependencies, false));
        ids.remove(id);
        return ids;
    }

    /** Every revision after all its parents (down_revision and depends_on), bases first, ties in load order. */
    public List<String> topologicalOrder() {
        return topologicalOrder;
    }

    /** The DAG as a read-only JGraphT graph; edges point from parent to child. */
    public synchronized Graph<String, RevisionEdge> asGraph() {
        if (dag == null) {
            List<RevisionNode> order = new ArrayList<>(topologicalOrder.size());
            topologicalOrder.forEach(id -> order.add(map.get(id)));
            dag = new AsUnmodifiableGraph<>(DagAssembly.assemble(map, order));
        }
        return dag;
    }

    /** Resolves alembic revision specs ({@code heads}, {@code label@head}, prefixes, ...) against this graph. */
    public RevisionResolver resolver() {
        return new RevisionResolver(this);
    }

    RevisionNode node(String id) {
        RevisionNode node = map.get(id);
        if (node == null) {
            throw new IllegalArgumentException("No revision " + id);
        }
        return node;
    }

    Map<String, RevisionNode> nodeMap() {
        return map;
    }

    Map<String, RevisionNode> labelMap() {
        return labels;
    }

    List<RevisionNode> headNodes() {
        return headNodes;
    }

    List<RevisionNode> realHeadNodes() {
        return realHeadNodes;
    }

    List<RevisionNode> allNodes() {
        return allNodes;
    }
}
