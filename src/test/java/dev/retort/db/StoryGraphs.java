package dev.retort.db;

import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.List;

/** Small graphs for the tests, modelled on the incident in DESIGN.md. */
final class StoryGraphs {
    static final String R015 = "015_initial";
    static final String R016 = "016_add_security_constraints";
    static final String A = "a1b2c3d4e5f6";
    static final String B = "b2c3d4e5f6a7";
    static final String R1687 = "1687c833bfcc";
    static final String R017 = "017_add_asset_id";
    static final String MERGE = "cef530e273d4";

    private StoryGraphs() {
    }

    /**
     * {@code 015 -> 016 -> {a, b, 017}}, {@code 1687 = merge(a, b)}, and with {@code withMerge}
     * also {@code cef5 = merge(017, 1687)}.
     */
    static RevisionGraph incident(boolean withMerge) {
        List<Revision> revisions = new ArrayList<>(List.of(
                Revision.of(R015, List.of()),
                Revision.of(R016, List.of(R015)),
                Revision.of(A, List.of(R016)),
                Revision.of(B, List.of(R016)),
                Revision.of(R1687, List.of(A, B)),
                Revision.of(R017, List.of(R016))));
        if (withMerge) {
            revisions.add(Revision.of(MERGE, List.of(R017, R1687)));
        }
        return RevisionGraph.build(revisions);
    }

    /** Two branches, where {@code b} also depends on {@code a}: {@code a} is an effective head. */
    static RevisionGraph dependsOn() {
        return RevisionGraph.build(List.of(
                Revision.of("aaaa", List.of()),
                Revision.of("bbbb", List.of()).withDependsOn(List.of("aaaa"))));
    }
}
