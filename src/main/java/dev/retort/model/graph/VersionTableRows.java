package dev.retort.model.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * alembic's {@code HeadMaintainer} with the rules of {@code RevisionStep}: how each step of a
 * migration changes the rows of the version table.
 *
 * <p>Where alembic picks from a Python set (a merge while unrelated rows exist, an unmerge),
 * the result depends on the interpreter's hash seed; Retort takes the tuple order instead.
 */
final class VersionTableRows {
    private final Map<String, RevisionNode> map;
    private final LinkedHashSet<String> rows;

    VersionTableRows(Map<String, RevisionNode> map, List<String> initialRows) {
        this.map = map;
        this.rows = new LinkedHashSet<>(initialRows);
    }

    List<String> rows() {
        return new ArrayList<>(rows);
    }

    List<RowChange> applyUpgrade(RevisionNode rev) {
        List<String> down = rev.normalizedDown();
        List<RowChange> changes = new ArrayList<>();
        List<String> present = down.stream().filter(rows::contains).toList();
        if (down.isEmpty() || present.isEmpty()) {
            changes.add(insert(rev.id));
        } else if (down.size() > 1 && present.size() > 1) {
            List<String> from = mergeSources(rev, down);
            for (String deleted : from.subList(0, from.size() - 1)) {
                changes.add(delete(deleted));
            }
            changes.add(update(from.get(from.size() - 1), rev.id));
        } else {
            String from = down.size() == 1 ? down.get(0) : single(present, rev);
            changes.add(update(from, rev.id));
        }
        return changes;
    }

    List<RowChange> applyDowngrade(RevisionNode rev) {
        List<String> down = rev.normalizedDown();
        List<RowChange> changes = new ArrayList<>();
        if (rows.contains(rev.id) && (down.isEmpty() || unmergeTargets(rev).isEmpty())) {
            changes.add(delete(rev.id));
        } else if (rows.contains(rev.id) && down.size() > 1) {
            List<String> to = unmergeTargets(rev);
            for (String inserted : to.subList(0, to.size() - 1)) {
                changes.add(insert(inserted));
            }
            changes.add(update(rev.id, to.get(to.size() - 1)));
        } else {
            String to = down.size() == 1 ? down.get(0) : single(down.stream().filter(rows::contains).toList(), rev);
            changes.add(update(rev.id, to));
        }
        return changes;
    }

    /** {@code merge_branch_idents}: the parents that are rows and not below another row. */
    private List<String> mergeSources(RevisionNode rev, List<String> down) {
        Set<String> others = new LinkedHashSet<>(rows);
        others.removeAll(down);
        if (others.isEmpty()) {
            return down;
        }
        Set<String> covered = belowRows(others);
        return down.stream().filter(d -> !covered.contains(d)).toList();
    }

    /** {@code _unmerge_to_revisions}: the parents to restore that no other row already implies. */
    private List<String> unmergeTargets(RevisionNode rev) {
        Set<String> others = new LinkedHashSet<>(rows);
        others.remove(rev.id);
        if (others.isEmpty()) {
            return rev.normalizedDown();
        }
        Set<String> covered = belowRows(others);
        return rev.normalizedDown().stream().filter(d -> !covered.contains(d)).toList();
    }

    private Set<String> belowRows(Set<String> rowIds) {
        List<RevisionNode> nodes = rowIds.stream().map(map::get).filter(n -> n != null).toList();
        return new HashSet<>(Traversal.ids(Traversal.ancestors(map, nodes, true, false)));
    }

    private static String single(List<String> candidates, RevisionNode rev) {
        if (candidates.size() != 1) {
            throw new RevisionException("Can't do an UPDATE because downrevision is ambiguous (revision " + rev.id
                    + ")");
        }
        return candidates.get(0);
    }

    private RowChange insert(String id) {
        if (!rows.add(id)) {
            throw new RevisionException("AssertionError: " + id + " is already in the version table");
        }
        return RowChange.insert(id);
    }

    private RowChange delete(String id) {
        if (!rows.remove(id)) {
            throw new RevisionException("Online migration expected to match one row when deleting '" + id
                    + "'; 0 found");
        }
        return RowChange.delete(id);
    }

    private RowChange update(String from, String to) {
        if (rows.contains(to)) {
            throw new RevisionException("AssertionError: " + to + " is already in the version table");
        }
        if (!rows.contains(from)) {
            throw new RevisionException("Online migration expected to match one row when updating '" + from
                    + "' to '" + to + "'; 0 found");
        }
        // keep the row's position: the table is a set, but stable output reads better
        List<String> order = new ArrayList<>(rows);
        order.set(order.indexOf(from), to);
        rows.clear();
        rows.addAll(order);
        return RowChange.update(from, to);
    }
}
