package dev.retort.model.graph;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the revision map the way {@code RevisionMap._revision_map} does, but turns every
 * error alembic would crash on into a diagnostic and keeps going.
 */
final class RevisionGraphBuilder {
    private final List<RevisionNode> allNodes = new ArrayList<>();
    /** Revision ids in load order (a duplicate keeps the first position, the later node). */
    private final Map<String, RevisionNode> map = new LinkedHashMap<>();
    /** Branch label to the revision declaring it. */
    private final Map<String, RevisionNode> labels = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private List<RevisionNode> heads;
    private List<RevisionNode> realHeads;

    RevisionGraph build(List<Revision> loadOrder) {
        for (Revision revision : loadOrder) {
            addNode(revision);
        }
        mapBranchLabels();
        for (RevisionNode node : map.values()) {
            resolveParents(node);
            resolveDependencies(node);
        }
        linkChildren();
        reportDanglingReferences();
        List<RevisionNode> order = DagAssembly.topologicalOrder(map);
        if (order.size() < map.size()) {
            // some revisions never became ready: there is a cycle; report it as alembic would, then break it
            diagnostics.addAll(new CycleBreaker(map, allNodes, this::linkChildren, () -> heads, () -> realHeads)
                    .detectAndBreak());
            order = DagAssembly.topologicalOrder(map);
        }
        normalizeDependencies(order);
        new BranchLabelPropagation(map, order).apply();
        reportMultipleHeads();
        return new RevisionGraph(map, labels, allNodes, heads, realHeads, order, diagnostics);
    }

    /** Width of {@code alembic_version.version_num} as alembic creates it. */
    static final int VERSION_NUM_LENGTH = 32;

    private void addNode(Revision revision) {
        RevisionNode node = new RevisionNode(revision);
        int length = node.id.codePointCount(0, node.id.length());
        if (length > VERSION_NUM_LENGTH) {
            diagnostics.add(at(Diagnostic.warning(DiagnosticCode.REVISION_ID_TOO_LONG,
                    "Revision id " + node.id + " has " + length + " characters, but alembic creates "
                            + "alembic_version.version_num as VARCHAR(32): upgrading to it fails on PostgreSQL and "
                            + "MySQL (value too long) unless the project widened that column"), node));
        }
        allNodes.add(node);
        if (map.containsKey(node.id)) {
            diagnostics.add(at(Diagnostic.warning(DiagnosticCode.DUPLICATE_REVISION,
                    "Revision " + node.id + " is present more than once"), node));
        }
        map.put(node.id, node);
    }

    /** {@code _map_branch_labels}: alembic raises on a clash; we report it and skip the label. */
    private void mapBranchLabels() {
        for (RevisionNode node : map.values()) {
            for (String label : node.revision.branchLabels()) {
                RevisionNode owner = labels.containsKey(label) ? labels.get(label) : map.get(label);
                if (owner != null) {
                    diagnostics.add(at(Diagnostic.error(DiagnosticCode.DUPLICATE_BRANCH_LABEL,
                            "Branch name '" + label + "' in revision " + node.id + " already used by revision "
                                    + owner.id), node));
                    continue;
                }
                labels.put(label, node);
            }
        }
    }

    private void resolveParents(RevisionNode node) {
        for (String parent : node.revision.downRevisions()) {
            if (parent.equals(node.id)) {
                diagnostics.add(at(Diagnostic.error(DiagnosticCode.SELF_LOOP,
                        "Self-loop is detected in revisions (" + node.id + ")"), node));
            } else if (map.containsKey(parent)) {
                node.versionedDown.add(parent);
            }
        }
    }

    /** {@code _add_depends_on}: exact id or label only; alembic's KeyError becomes a diagnostic. */
    private void resolveDependencies(RevisionNode node) {
        for (String dep : node.revision.dependsOn()) {
            RevisionNode target = map.containsKey(dep) ? map.get(dep) : labels.get(dep);
            if (dep.equals(node.id)) {
                diagnostics.add(at(Diagnostic.error(DiagnosticCode.DEPENDENCY_SELF_LOOP,
                        "Dependency self-loop is detected in revisions (" + node.id + ")"), node));
            } else if (target == null) {
                diagnostics.add(at(Diagnostic.error(DiagnosticCode.DANGLING_DEPENDS_ON,
                        "Revision " + node.id + " depends on '" + dep + "', which is neither a revision id nor a "
                                + "branch label (alembic fails with KeyError: '" + dep + "'; depends_on needs an "
                                + "exact id or label)"), node));
            } else if (target != node && !node.resolvedDependencies.contains(target.id)) {
                node.resolvedDependencies.add(target.id);
            }
        }
    }

    /** The {@code add_nextrev} loop plus the head sets, recomputed from the parent lists. */
    private void linkChildren() {
        for (RevisionNode node : allNodes) {
            node.nextrev.clear();
            node.allNextrev.clear();
        }
        Set<RevisionNode> notHead = Traversal.identitySet(List.of());
        Set<RevisionNode> notRealHead = Traversal.identitySet(List.of());
        for (RevisionNode node : map.values()) {
            for (String parentId : node.allDown()) {
                RevisionNode parent = map.get(parentId);
                parent.allNextrev.add(node.id);
                notRealHead.add(parent);
                if (node.versionedDown.contains(parentId)) {
                    parent.nextrev.add(node.id);
                    notHead.add(parent);
                }
            }
        }
        heads = new ArrayList<>();
        realHeads = new ArrayList<>();
        for (RevisionNode node : allNodes) {
            if (!notHead.contains(node)) {
                heads.add(node);
            }
            if (!notRealHead.contains(node)) {
                realHeads.add(node);
            }
        }
    }

    /** alembic warns with this text and then crashes with a KeyError. */
    private void reportDanglingReferences() {
        for (RevisionNode node : map.values()) {
            for (String parent : node.revision.downRevisions()) {
                if (!map.containsKey(parent) && !parent.equals(node.id)) {
                    diagnostics.add(at(Diagnostic.error(DiagnosticCode.DANGLING_DOWN_REVISION,
                            "Revision " + parent + " referenced from " + ScriptText.describe(node) + " is not present"),
                            node));
                }
            }
        }
    }

    /**
     * {@code _normalize_depends_on}: drop dependencies that a versioned ancestor already declares.
     * alembic walks all ancestors of each revision; here the set of dependencies declared below
     * each revision is carried up the graph once, in topological order, sharing unchanged sets.
     */
    private void normalizeDependencies(List<RevisionNode> topologicalOrder) {
        Map<RevisionNode, Set<String>> declaredBelow = new IdentityHashMap<>();
        for (RevisionNode node : topologicalOrder) {
            Set<String> below = Set.of();
            for (String parentId : node.versionedDown) {
                RevisionNode parent = map.get(parentId);
                below = union(below, declaredBelow.get(parent), parent.resolvedDependencies);
            }
            declaredBelow.put(node, below);
            node.normalizedDependencies.clear();
            for (String dep : node.resolvedDependencies) {
                if (!below.contains(dep)) {
                    node.normalizedDependencies.add(dep);
                }
            }
        }
    }

    /** {@code a ∪ b ∪ c}, returning an existing set when nothing new is added. */
    private static Set<String> union(Set<String> a, Set<String> b, List<String> c) {
        Set<String> base = a.size() >= b.size() ? a : b;
        Set<String> other = base == a ? b : a;
        if (base.containsAll(other) && base.containsAll(c)) {
            return base;
        }
        Set<String> out = new HashSet<>(base);
        out.addAll(other);
        out.addAll(c);
        return out;
    }

    private void reportMultipleHeads() {
        List<String> distinct = new ArrayList<>(Traversal.ids(heads));
        if (distinct.size() > 1) {
            diagnostics.add(Diagnostic.warning(DiagnosticCode.MULTIPLE_HEADS,
                    "Multiple head revisions are present (" + String.join(", ", distinct) + "): `alembic upgrade head` "
                            + "fails with \"Multiple head revisions are present for given argument 'head'\"; merge "
                            + "them (alembic merge heads) or upgrade to a specific head"));
        }
    }

    static Diagnostic at(Diagnostic diagnostic, RevisionNode node) {
        Diagnostic placed = diagnostic.forRevision(node.id);
        return placed.at(new SourceLocation(node.revision.path(), node.revision.line()));
    }

    static Collection<String> idsOf(Collection<RevisionNode> nodes) {
        return Traversal.ids(nodes);
    }
}
