package dev.retort.ui.merge;

import dev.retort.db.VersionState;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.ui.db.DatabaseStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the diverging revisions one connected database already has: everything at or below
 * the rows of its version table (depends_on included, as upgrades apply them).
 *
 * @param name the profile's name
 * @param color the profile's colour
 * @param current what {@code alembic current} shows for it
 * @param has diverging revisions it already has, newest first
 * @param lacks diverging revisions it does not have yet, newest first
 * @param problem why it cannot be told (not read yet, unreadable table); empty when known
 */
public record DatabaseCoverage(String name, String color, List<String> current, List<String> has, List<String> lacks,
        Optional<String> problem) {

    public DatabaseCoverage {
        current = List.copyOf(current);
        has = List.copyOf(has);
        lacks = List.copyOf(lacks);
    }

    /** The coverage of every database, in the list's order. */
    public static List<DatabaseCoverage> of(RevisionGraph graph, MergeAnalysis analysis, List<DatabaseStatus> statuses) {
        List<DatabaseCoverage> out = new ArrayList<>();
        for (DatabaseStatus status : statuses) {
            out.add(of(graph, analysis, status));
        }
        return out;
    }

    static DatabaseCoverage of(RevisionGraph graph, MergeAnalysis analysis, DatabaseStatus status) {
        String name = status.profile().name().isEmpty() ? status.profile().target() : status.profile().name();
        String color = status.profile().color();
        if (status.state().isEmpty()) {
            String why = status.reading() && status.table().isEmpty() ? "still being read"
                    : status.table().map(t -> t.message()).filter(m -> !m.isBlank()).orElse("its version table could not be read");
            return new DatabaseCoverage(name, color, List.of(), List.of(), List.of(), Optional.of(why));
        }
        VersionState state = status.state().get();
        Set<String> applied = new HashSet<>();
        for (String row : state.knownRows()) {
            applied.add(row);
            applied.addAll(graph.ancestors(row, true));
        }
        List<String> has = new ArrayList<>();
        List<String> lacks = new ArrayList<>();
        for (String id : analysis.divergent()) {
            (applied.contains(id) ? has : lacks).add(id);
        }
        Optional<String> problem = state.unknownRows().isEmpty() ? Optional.empty()
                : Optional.of("its version table names revisions the project does not have: "
                        + String.join(", ", state.unknownRows()));
        return new DatabaseCoverage(name, color, state.current(), has, lacks, problem);
    }
}
