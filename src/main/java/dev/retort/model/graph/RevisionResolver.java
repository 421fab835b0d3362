package dev.retort.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the identifiers users type into revisions, porting {@code RevisionMap}'s
 * {@code get_revisions}, {@code get_revision}, {@code _resolve_revision_number},
 * {@code _revision_for_ident}, {@code _resolve_branch}, {@code filter_for_lineage} and
 * {@code _walk}. Failures are {@link RevisionException}s carrying alembic's raw texts.
 */
public final class RevisionResolver {
    private static final Pattern PYTHON_INT = Pattern.compile("\\s*[+-]?\\d+(?:_\\d+)*\\s*");

    private final RevisionGraph graph;
    private final Map<String, RevisionNode> map;
    private final Map<String, RevisionNode> labels;

    RevisionResolver(RevisionGraph graph) {
        this.graph = graph;
        this.map = graph.nodeMap();
        this.labels = graph.labelMap();
    }

    /** {@code _resolve_revision_number}: ids plus the branch label given before {@code @}. */
    record Resolved(List<String> ids, String branchLabel) {
    }

    /**
     * Every revision a spec names ({@code heads}, {@code head}, {@code base}, ids, prefixes,
     * labels, {@code label@...}, {@code -N}), in alembic's order. {@code base} gives an empty list.
     */
    public List<String> resolveIds(String spec) {
        List<String> ids = new ArrayList<>();
        for (RevisionNode node : getRevisions(spec)) {
            if (node != null && !node.isBaseMarker()) {
                ids.add(node.id);
            }
        }
        return ids;
    }

    /** A spec that must name at most one revision; empty for {@code base}. */
    public java.util.Optional<String> resolveOne(String spec) {
        RevisionNode node = getRevision(spec);
        return node == null || node.isBaseMarker() ? java.util.Optional.empty() : java.util.Optional.of(node.id);
    }

    Resolved resolveRevisionNumber(String spec) {
        String label = null;
        String id = spec;
        if (spec != null && spec.contains("@")) {
            int at = spec.indexOf('@');
            label = spec.substring(0, at);
            id = spec.substring(at + 1);
        }
        if ("heads".equals(id)) {
            if (label != null && !label.isEmpty()) {
                return new Resolved(filterForLineage(graph.headsAsListed(), label, false), label);
            }
            return new Resolved(Traversal.idsList(graph.realHeadNodes()), label);
        }
        if ("head".equals(id)) {
            String current = currentHead(label);
            return new Resolved(current == null ? List.of() : List.of(current), label);
        }
        if (id == null || "base".equals(id)) {
            return new Resolved(List.of(), label);
        }
        return new Resolved(List.of(id), label);
    }

    /** {@code get_current_head}: the single versioned head, optionally within a branch. */
    String currentHead(String branchLabel) {
        List<String> heads = graph.headsAsListed();
        if (branchLabel != null && !branchLabel.isEmpty()) {
            heads = filterForLineage(heads, branchLabel, false);
        }
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads,
                    branchLabel != null && !branchLabel.isEmpty() ? branchLabel + "@head" : "head");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** {@code get_revisions} for one spec; may contain {@code null} (a walk past the end). */
    List<RevisionNode> getRevisions(String spec) {
        Resolved resolved = resolveRevisionNumber(spec);
        if (resolved.ids().size() == 1 && PYTHON_INT.matcher(resolved.ids().get(0)).matches()) {
            long steps = parsePythonInt(resolved.ids().get(0));
            if (steps < 0) {
                List<RevisionNode> selectHeads = getRevisions(List.of("heads"));
                List<RevisionNode> out = new ArrayList<>();
                for (RevisionNode head : selectHeads) {
                    if (resolved.branchLabel() == null || head.branchLabels.contains(resolved.branchLabel())) {
                        out.add(walk(head, (int) Math.max(steps, Integer.MIN_VALUE + 1), null, true));
                    }
                }
                return out;
            }
        }
        List<RevisionNode> out = new ArrayList<>();
        for (String id : resolved.ids()) {
            out.add(revisionForIdent(id, resolved.branchLabel()));
        }
        return out;
    }

    /** {@code get_revisions} for a collection: the concatenation. */
    List<RevisionNode> getRevisions(Collection<String> specs) {
        List<RevisionNode> out = new ArrayList<>();
        for (String spec : specs) {
            out.addAll(getRevisions(spec));
        }
        return out;
    }

    /** {@code get_revision}: at most one; several is MultipleHeads. */
    RevisionNode getRevision(String spec) {
        Resolved resolved = resolveRevisionNumber(spec);
        if (resolved.ids().size() > 1) {
            throw new MultipleHeadsException(resolved.ids(), spec);
        }
        if (resolved.ids().isEmpty()) {
            if (resolved.branchLabel() != null && !resolved.branchLabel().isEmpty()) {
                resolveBranch(resolved.branchLabel());
            }
            return null;
        }
        return revisionForIdent(resolved.ids().get(0), resolved.branchLabel());
    }

    /** {@code _resolve_branch}: an exact key (label or id), else any identifier. */
    RevisionNode resolveBranch(String branchLabel) {
        RevisionNode exact = lookupKey(branchLabel);
        if (exact != null) {
            return exact;
        }
        try {
            return revisionForIdent(branchLabel, null);
        } catch (ResolutionException e) {
            throw new ResolutionException("No such branch: '" + branchLabel + "'", branchLabel);
        }
    }

    /** {@code _revision_for_ident}: exact key first, then a unique prefix of a key longer than 3. */
    RevisionNode revisionForIdent(String id, String checkBranch) {
        RevisionNode branchRev = null;
        if (checkBranch != null && !checkBranch.isEmpty()) {
            branchRev = resolveBranch(checkBranch);
        }
        RevisionNode revision = lookupKey(id);
        if (revision == null) {
            List<String> candidates = new ArrayList<>();
            for (String key : keys()) {
                if (key.length() > 3 && key.startsWith(id)) {
                    candidates.add(key);
                }
            }
            if (branchRev != null) {
                candidates = filterForLineage(candidates, checkBranch, false);
            }
            if (candidates.isEmpty()) {
                throw new ResolutionException("No such revision or branch '" + id + "'"
                        + (id.codePointCount(0, id.length()) < 4
                                ? "; please ensure at least four characters are present for partial revision "
                                        + "identifier matches"
                                : ""), id);
            }
            if (candidates.size() > 1) {
                List<String> shown = candidates.subList(0, Math.min(3, candidates.size()));
                throw new ResolutionException("Multiple revisions start with '" + id + "': "
                        + String.join(", ", shown.stream().map(c -> "'" + c + "'").toList()) + "...", id);
            }
            revision = lookupKey(candidates.get(0));
        }
        if (branchRev != null && !sharesLineage(revision, List.of(branchRev), false)) {
            throw new ResolutionException("Revision " + revision.id + " is not a member of branch '" + checkBranch
                    + "'", id);
        }
        return revision;
    }

    /** {@code filter_for_lineage}: the targets sharing ancestry or descent with the spec. */
    List<String> filterForLineage(Collection<String> targets, String checkAgainst, boolean includeDependencies) {
        Resolved resolved = resolveRevisionNumber(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (resolved.branchLabel() != null && !resolved.branchLabel().isEmpty()) {
            shares.add(resolved.branchLabel());
        }
        shares.addAll(resolved.ids());
        List<RevisionNode> against = new ArrayList<>();
        for (String s : shares) {
            against.add(revisionForIdent(s, null));
        }
        List<String> out = new ArrayList<>();
        for (String target : targets) {
            if (shares.isEmpty() || sharesLineage(revisionForIdent(target, null), against, includeDependencies)) {
                out.add(target);
            }
        }
        return out;
    }

    List<RevisionNode> filterNodesForLineage(Collection<RevisionNode> targets, String checkAgainst,
            boolean includeDependencies) {
        List<String> ids = filterForLineage(Traversal.idsList(targets), checkAgainst, includeDependencies);
        Set<String> keep = new HashSet<>(ids);
        return targets.stream().filter(n -> keep.contains(n.id)).toList();
    }

    /** {@code _shares_lineage}: is any of {@code against} an ancestor, descendant or the target itself. */
    boolean sharesLineage(RevisionNode target, Collection<RevisionNode> against, boolean includeDependencies) {
        if (against.isEmpty()) {
            return true;
        }
        Set<RevisionNode> related = Traversal.identitySet(
                Traversal.descendants(map, List.of(target), includeDependencies, false));
        related.addAll(Traversal.ancestors(map, List.of(target), includeDependencies, false));
        for (RevisionNode a : against) {
            if (related.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code _walk}: {@code steps} up (positive) or down (negative) from {@code start}
     * ({@code null} means "from nothing"). Returns {@code null} when the walk runs out and
     * {@code noOverwalk} is set, {@link RevisionNode#BASE_MARKER} past a base.
     */
    RevisionNode walk(RevisionNode start, int steps, String branchLabel, boolean noOverwalk) {
        RevisionNode initial = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<RevisionNode> children;
            if (steps > 0) {
                List<RevisionNode> up = initial == null ? getRevisions(graph.bases())
                        : getRevisions(initial.nextrev);
                children = branchLabel != null && !branchLabel.isEmpty()
                        ? filterNodesForLineage(up, branchLabel, false) : up;
            } else if (initial != null && initial.isBaseMarker()) {
                children = List.of();
            } else {
                children = initial == null ? getRevisions(graph.headsAsListed())
                        : getRevisions(initial.revision.downRevisions());
                if (children.isEmpty()) {
                    children = List.of(RevisionNode.BASE_MARKER);
                }
            }
            if (children.isEmpty()) {
                return noOverwalk ? null : initial;
            }
            if (children.size() > 1) {
                throw new RevisionException("Ambiguous walk");
            }
            initial = children.get(0);
        }
        return initial;
    }

    /** A map key: a revision id first, then a branch label. */
    RevisionNode lookupKey(String key) {
        RevisionNode node = map.get(key);
        return node != null ? node : labels.get(key);
    }

    private Iterable<String> keys() {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.addAll(labels.keySet());
        return keys;
    }

    static long parsePythonInt(String text) {
        String digits = text.strip().replace("_", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
