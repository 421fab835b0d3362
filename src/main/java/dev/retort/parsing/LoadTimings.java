package dev.retort.parsing;

import java.time.Duration;

/**
 * How long each phase of loading a project took; printed by the benchmark.
 *
 * @param config reading alembic.ini / pyproject.toml
 * @param scan listing the version directories and parsing every revision file
 * @param graph building the revision graph (map, edges, cycle check, labels)
 * @param analysis the graph summary every view shows first: heads, bases, branch and merge points
 */
public record LoadTimings(Duration config, Duration scan, Duration graph, Duration analysis) {
    public Duration total() {
        return config.plus(scan).plus(graph).plus(analysis);
    }
}
