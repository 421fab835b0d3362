package dev.retort.ui.find;

import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds revisions by id prefix, branch label or message text, case-insensitively. Matches come
 * in drawing order (top row first), so "next" walks down the picture.
 */
public final class RevisionSearch {
    private RevisionSearch() {
    }

    public static List<String> find(RevisionGraph graph, LayoutResult layout, String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> matches = new ArrayList<>();
        for (NodePlacement place : layout.nodes()) {
            Optional<Revision> rev = graph.revision(place.id());
            if (rev.isPresent() && matches(graph, rev.get(), q)) {
                matches.add(place.id());
            }
        }
        return matches;
    }

    static boolean matches(RevisionGraph graph, Revision rev, String q) {
        if (rev.id().toLowerCase(Locale.ROOT).startsWith(q)) {
            return true;
        }
        for (String label : graph.branchLabels(rev.id())) {
            if (label.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return rev.longDoc().toLowerCase(Locale.ROOT).contains(q);
    }
}
