package dev.retort.model.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code RevisionMap.iterate_revisions} and what it stands on: parsing upgrade and downgrade
 * targets (absolute and relative), collecting the revisions between two points, and ordering
 * them with alembic's own topological sort.
 */
final class RevisionIterator {
    /** {@code _relative_destination}, used with {@code re.match}: anchored at the start only. */
    static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final RevisionGraph graph;
    private final Map<String, RevisionNode> map;
    private final RevisionResolver resolver;
    private final List<String> warnings = new ArrayList<>();

    RevisionIterator(RevisionGraph graph) {
        this.graph = graph;
        this.map = graph.nodeMap();
        this.resolver = graph.resolver();
    }

    /** Warnings alembic would print (e.g. an ambiguous {@code downgrade -1}). */
    List<String> warnings() {
        return warnings;
    }

    /** Revisions between {@code lower} and {@code upper}, newest first. */
    List<RevisionNode> iterate(Spec upper, Spec lower, boolean implicitBase, boolean inclusive,
            boolean assertRelativeLength, boolean selectForDowngrade) {
        Collected collected = selectForDowngrade
                ? collectDowngrade(upper, lower, inclusive, implicitBase, assertRelativeLength)
                : collectUpgrade(upper, lower, inclusive, implicitBase, assertRelativeLength);
        List<RevisionNode> out = new ArrayList<>();
        for (String id : new TopologicalSort(map).sort(collected.revisions(), collected.heads())) {
            out.add(map.get(id));
        }
        return out;
    }

    record Collected(Set<RevisionNode> revisions, List<RevisionNode> heads) {
    }

    Collected collectUpgrade(Spec upper, Spec lower, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength) {
        List<RevisionNode> targets = new ArrayList<>();
        for (RevisionNode t : parseUpgradeTarget(lower, upper, assertRelativeLength)) {
            targets.add(requireRevision(t));
        }
        if (lower.single() != null && lower.single().contains("@")) {
            String branch = lower.single().substring(0, lower.single().indexOf('@'));
            RevisionNode branchRev = resolver.getRevision(branch);
            if (branchRev != null && branchRev.id.equals(branch)) {
                // a revision id used as the label: take its one branch label instead
                if (branchRev.branchLabels.size() != 1) {
                    throw new RevisionException("AssertionError: revision " + branch + " used as a branch name has "
                            + branchRev.branchLabels.size() + " branch labels");
                }
                branch = branchRev.branchLabels.iterator().next();
            }
            String label = branch;
            targets = targets.stream().filter(n -> n.branchLabels.contains(label)).toList();
        }
        Set<RevisionNode> required = Traversal.identitySet(Traversal.ancestors(map, targets, true, true));
        required.addAll(targets);

        List<RevisionNode> current = lower.resolve(resolver);
        if (!implicitBase) {
            for (RevisionNode rev : current) {
                if (rev != null && !required.contains(rev)) {
                    throw new RangeNotAncestorException(lower.display(), upper.display());
                }
            }
        }
        Spec effectiveLower = lower;
        if (!current.isEmpty() && current.get(0) == null) {
            // the lower end is relative (e.g. -1): resolve it like a downgrade target
            RevisionNode rev = parseDowngradeTarget(upper, lower.single(), assertRelativeLength).revision();
            if (rev == null || rev.isBaseMarker()) {
                current = List.of();
                effectiveLower = Spec.none();
            } else {
                current = List.of(rev);
                effectiveLower = Spec.of(rev.id);
            }
        }
        List<RevisionNode> currentRevs = current.stream().filter(n -> n != null && !n.isBaseMarker()).toList();
        Set<RevisionNode> currentSet = Traversal.identitySet(Traversal.ancestors(map, currentRevs, true, true));
        currentSet.addAll(currentRevs);

        Set<RevisionNode> needs = Traversal.identitySet(required);
        needs.removeAll(currentSet);
        if (inclusive) {
            for (RevisionNode rev : effectiveLower.resolve(resolver)) {
                needs.add(requireRevision(rev));
            }
        }
        if (!currentRevs.isEmpty() && !implicitBase) {
            needs.retainAll(Traversal.identitySet(Traversal.descendants(map, currentRevs, false, true)));
        }
        return new Collected(needs, targets);
    }

    Collected collectDowngrade(Spec upper, Spec target, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength) {
        DowngradeTarget parsed = parseDowngradeTarget(upper, target.single(), assertRelativeLength);
        RevisionNode targetRevision = parsed.revision() != null && parsed.revision().isBaseMarker()
                ? null : parsed.revision();
        String branchLabel = parsed.branchLabel();
        List<RevisionNode> roots;
        if (targetRevision == null) {
            roots = map.values().stream().filter(RevisionNode::isBase).toList();
        } else if (inclusive) {
            roots = List.of(targetRevision);
        } else {
            roots = resolver.getRevisions(targetRevision.nextrev);
        }
        if (branchLabel != null && roots.size() > 1) {
            Set<String> ancestors = Traversal.ids(
                    Traversal.ancestors(map, List.of(resolver.resolveBranch(branchLabel)), false, false));
            List<String> keep = new ArrayList<>();
            for (RevisionNode root : roots) {
                if (ancestors.contains(root.id)) {
                    keep.add(root.id);
                }
            }
            roots = resolver.getRevisions(keep);
            if (roots.isEmpty()) {
                throw new RevisionException("Not a valid downgrade target from current heads");
            }
        }
        List<RevisionNode> heads = upper.resolve(resolver);
        Set<RevisionNode> drop = Traversal.identitySet(Traversal.descendants(map, roots, true, false));
        Set<RevisionNode> active = Traversal.identitySet(Traversal.ancestors(map, nonNull(heads), true, false));
        drop.retainAll(active);
        if (implicitBase) {
            Set<RevisionNode> rootAncestors = Traversal.identitySet(Traversal.ancestors(map, roots, true, false));
            for (RevisionNode a : active) {
                if (!rootAncestors.contains(a)) {
                    drop.add(a);
                }
            }
        }
        if (targetRevision != null && drop.isEmpty() && !heads.contains(targetRevision)) {
            throw new RangeNotAncestorException("Nothing to drop", upper.display());
        }
        return new Collected(drop, heads);
    }

    /** {@code _parse_upgrade_target}. */
    List<RevisionNode> parseUpgradeTarget(Spec current, Spec target, boolean assertRelativeLength) {
        Matcher m = target.single() == null ? null : RELATIVE.matcher(target.single());
        if (m == null || !m.lookingAt()) {
            return target.resolve(resolver);
        }
        String branchLabel = m.group(1);
        String symbol = m.group(2);
        String relativeText = m.group(3);
        long relative = Long.parseLong(relativeText);
        if (relative > 0) {
            if (symbol != null) {
                return singleton(resolver.walk(resolver.getRevision(symbol), (int) relative, branchLabel,
                        assertRelativeLength));
            }
            List<RevisionNode> startRevs = current.isEmpty() ? nullList() : current.resolve(resolver);
            if (branchLabel != null) {
                startRevs = resolver.filterNodesForLineage(nonNull(current.resolve(resolver)), branchLabel, false);
                if (startRevs.isEmpty()) {
                    startRevs = branchTips(current, branchLabel);
                }
            }
            if (startRevs.size() > 1) {
                throw new RevisionException("Ambiguous upgrade from multiple current revisions");
            }
            RevisionNode rev = resolver.walk(startRevs.get(0), (int) relative, branchLabel, assertRelativeLength);
            if (rev == null) {
                throw new RevisionException("Relative revision " + relativeText + " didn't produce "
                        + Math.abs(relative) + " migrations");
            }
            return List.of(rev);
        }
        if (symbol == null) {
            throw new RevisionException("Relative revision " + relative + " didn't produce " + Math.abs(relative)
                    + " migrations");
        }
        RevisionNode start = branchLabel == null ? resolver.getRevision(symbol)
                : resolver.getRevision(branchLabel + "@" + symbol);
        return singleton(resolver.walk(start, (int) relative, null, assertRelativeLength));
    }

    /** The branch is not at a current row: start from the newest revisions on it below the rows. */
    private List<RevisionNode> branchTips(Spec current, String branchLabel) {
        List<RevisionNode> active = resolver.filterNodesForLineage(
                Traversal.ancestors(map, nonNull(current.resolve(resolver)), true, false), branchLabel, false);
        Set<String> below = new HashSet<>();
        for (RevisionNode rev : active) {
            below.addAll(rev.normalizedDown());
        }
        List<RevisionNode> tips = active.stream().filter(n -> !below.contains(n.id)).toList();
        return tips.isEmpty() ? nullList() : tips;
    }

    record DowngradeTarget(String branchLabel, RevisionNode revision) {
    }

    /** {@code _parse_downgrade_target}. */
    DowngradeTarget parseDowngradeTarget(Spec current, String target, boolean assertRelativeLength) {
        if (target == null) {
            return new DowngradeTarget(null, null);
        }
        Matcher m = RELATIVE.matcher(target);
        if (!m.lookingAt()) {
            int at = target.lastIndexOf('@');
            String label = at > 0 ? target.substring(0, at) : null;
            return new DowngradeTarget(label, resolver.getRevision(target.substring(at + 1)));
        }
        String branchLabel = m.group(1);
        String symbol = m.group(2);
        String relativeText = m.group(3);
        long relative = Long.parseLong(relativeText);
        String relativeError = "Relative revision " + relativeText + " didn't produce " + Math.abs(relative)
                + " migrations";
        if (relative >= 0) {
            if (symbol == null) {
                throw new RevisionException(relativeError);
            }
            RevisionNode rev = resolver.walk(resolver.getRevision(symbol), (int) relative, branchLabel,
                    assertRelativeLength);
            if (rev == null) {
                throw new RevisionException("Walked too far");
            }
            return new DowngradeTarget(branchLabel, rev);
        }
        boolean relativeToCurrent = symbol == null;
        if (relativeToCurrent) {
            List<String> rows = current.ids();
            if (branchLabel != null) {
                List<String> onBranch = resolver.filterForLineage(rows, branchLabel, false);
                if (onBranch.isEmpty()) {
                    onBranch = resolver.filterForLineage(Traversal.idsList(allCurrent(rows)), branchLabel, false);
                }
                if (onBranch.size() != 1) {
                    throw new RevisionException("AssertionError: " + onBranch.size()
                            + " current revisions on branch " + branchLabel);
                }
                symbol = onBranch.get(0);
            } else {
                if (rows.isEmpty()) {
                    throw new RevisionException(relativeError);
                }
                if (new HashSet<>(rows).size() > 1) {
                    warnings.add("downgrade -1 from multiple heads is ambiguous; this usage will be disallowed "
                            + "in a future release.");
                }
                symbol = rows.get(0);
                branchLabel = symbol;
            }
        }
        RevisionNode start = branchLabel == null ? resolver.getRevision(symbol)
                : resolver.getRevision(branchLabel + "@" + symbol);
        RevisionNode rev = resolver.walk(start, (int) relative, null, assertRelativeLength);
        if (rev == null) {
            throw new RevisionException(relativeToCurrent ? relativeError : "Walked too far");
        }
        return new DowngradeTarget(branchLabel, rev);
    }

    /** {@code _get_all_current}: the rows plus their ancestors, keeping only branch tips. */
    List<RevisionNode> allCurrent(Collection<String> rows) {
        Set<RevisionNode> top = Traversal.identitySet(nonNull(resolver.getRevisions(rows)));
        top.addAll(Traversal.ancestors(map, new ArrayList<>(top), true, false));
        List<RevisionNode> ordered = new ArrayList<>();
        for (RevisionNode node : map.values()) {
            if (top.contains(node)) {
                ordered.add(node);
            }
        }
        // Alembic walks all descendants of each node (quadratic: seconds at 10,000 revisions). The
        // set is closed under ancestors, so a descendant in it means a direct child in it.
        List<RevisionNode> kept = new ArrayList<>();
        for (RevisionNode rev : ordered) {
            boolean hasDescendantInSet = false;
            for (String child : rev.nextrev) {
                RevisionNode c = map.get(child);
                if (c != null && c != rev && top.contains(c)) {
                    hasDescendantInSet = true;
                    break;
                }
            }
            if (!hasDescendantInSet) {
                kept.add(rev);
            }
        }
        return kept;
    }

    private static RevisionNode requireRevision(RevisionNode node) {
        if (node == null || node.isBaseMarker()) {
            throw new RevisionException("Walked too far");
        }
        return node;
    }

    private static List<RevisionNode> nonNull(List<RevisionNode> nodes) {
        return nodes.stream().filter(n -> n != null && !n.isBaseMarker()).toList();
    }

    private static List<RevisionNode> singleton(RevisionNode node) {
        List<RevisionNode> out = new ArrayList<>(1);
        out.add(node);
        return out;
    }

    private static List<RevisionNode> nullList() {
        return singleton(null);
    }

    static Set<String> idSet(Collection<RevisionNode> nodes) {
        return new LinkedHashSet<>(Traversal.idsList(nodes));
    }
}
