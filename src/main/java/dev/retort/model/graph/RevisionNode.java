package dev.retort.model.graph;

import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mutable twin of alembic's {@code Revision} object while the map is built. Each loaded
 * file gets its own node, so a duplicate id yields two nodes of which the map keeps the later
 * (alembic keeps both in its head sets).
 */
final class RevisionNode {
    /** Stands for alembic's {@code "base"} result of a downward walk past a base. */
    static final RevisionNode BASE_MARKER = new RevisionNode(Revision.of("base", List.of()));

    final Revision revision;
    final String id;
    /** {@code _versioned_down_revisions}: declared parents that exist, in tuple order, duplicates kept. */
    final List<String> versionedDown = new ArrayList<>();
    /** {@code _resolved_dependencies}: depends_on entries mapped to revision ids. */
    final List<String> resolvedDependencies = new ArrayList<>();
    /** {@code _normalized_resolved_dependencies}: minus those an ancestor already declares. */
    final List<String> normalizedDependencies = new ArrayList<>();
    /** {@code nextrev}: children over down_revision edges, in load order. */
    final Set<String> nextrev = new LinkedHashSet<>();
    /** {@code _all_nextrev}: children over both kinds of edge. */
    final Set<String> allNextrev = new LinkedHashSet<>();
    /**
     * Labels after alembic's propagation; starts as the declared ones. An unmodifiable set that
     * may be shared with other nodes (a long branch carries one set, not one copy per revision).
     */
    Set<String> branchLabels;

    /** Scratch counter of {@link DagAssembly#topologicalOrder}. */
    int pendingParents;

    /** Set once the graph is built; the derived lists are cached only from then on. */
    private boolean frozen;
    private List<String> allDownCache;
    private List<String> normalizedDownCache;

    RevisionNode(Revision revision) {
        this.revision = revision;
        this.id = revision.id();
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(revision.branchLabels()));
    }

    /** {@code _all_down_revisions}: versioned parents then resolved dependencies, de-duplicated. */
    List<String> allDown() {
        if (!frozen) {
            return dedupe(versionedDown, resolvedDependencies);
        }
        if (allDownCache == null) {
            allDownCache = dedupe(versionedDown, resolvedDependencies);
        }
        return allDownCache;
    }

    /** {@code _normalized_down_revisions}: the edges upgrades and the version table follow. */
    List<String> normalizedDown() {
        if (!frozen) {
            return dedupe(versionedDown, normalizedDependencies);
        }
        if (normalizedDownCache == null) {
            normalizedDownCache = dedupe(versionedDown, normalizedDependencies);
        }
        return normalizedDownCache;
    }

    void freeze() {
        frozen = true;
    }

    /** alembic's {@code is_base}: {@code down_revision is None} as declared. */
    boolean isBase() {
        return revision.isBase();
    }

    /** A base for walks: no parent that exists (a dangling parent counts as none). */
    boolean isEffectiveBase() {
        return versionedDown.isEmpty();
    }

    boolean isRealBase() {
        return versionedDown.isEmpty() && resolvedDependencies.isEmpty();
    }

    boolean isHead() {
        return nextrev.isEmpty();
    }

    boolean isRealHead() {
        return allNextrev.isEmpty();
    }

    boolean isBranchPoint() {
        return nextrev.size() > 1;
    }

    boolean isRealBranchPoint() {
        return allNextrev.size() > 1;
    }

    boolean isMergePoint() {
        return revision.downRevisions().size() > 1;
    }

    boolean hasNormalizedDependencies() {
        return !normalizedDependencies.isEmpty();
    }

    boolean isBaseMarker() {
        return this == BASE_MARKER;
    }

    private static List<String> dedupe(List<String> first, List<String> second) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return id;
    }
}
