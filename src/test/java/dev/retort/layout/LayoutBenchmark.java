package dev.retort.layout;

import dev.retort.model.graph.RevisionGraph;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times {@link DagLayout} on generated histories of 1,000, 10,000 and 100,000 revisions: a main
 * line with a short branch about every 50 revisions (create dates in the docstrings, shuffled
 * load order), and, harder, random DAGs (many heads and bases, merges of up to four parents,
 * depends_on edges). Not a test: run it by hand from the project root and copy the figures into
 * the notes. Target: under 200 ms for 10,000 revisions.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.retort.layout.LayoutBenchmark
 * </pre>
 *
 * Each size is laid out a few times to warm the JIT up, then timed; the median and the best of
 * the timed runs are printed. Building the {@link RevisionGraph} is timed apart (it is not layout).
 */
public final class LayoutBenchmark {
    private static final int[] SIZES = {1_000, 10_000, 100_000};

    private LayoutBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-8s %-10s %8s %12s %12s %12s %6s%n", "history", "revisions", "merges", "build (ms)",
                "layout med", "layout min", "lanes");
        for (int size : SIZES) {
            time("branches", size, () -> RevisionGraph.build(Histories.historyWithShortBranches(size, 2024, true)));
        }
        for (int size : SIZES) {
            time("random", size, () -> RevisionGraph.build(Histories.randomDag(size, 2024)));
        }
    }

    private static void time(String name, int size, Supplier<RevisionGraph> generator) {
        DagLayout layout = new DagLayout();
        long buildStart = System.nanoTime();
        RevisionGraph graph = generator.get();
        double buildMs = (System.nanoTime() - buildStart) / 1e6;
        int warmUps = size >= 100_000 ? 5 : 20;
        int runs = size >= 100_000 ? 7 : 15;
        LayoutResult result = null;
        for (int i = 0; i < warmUps; i++) {
            result = layout.layout(graph);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = layout.layout(graph);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%-8s %-10d %8d %12.1f %12.1f %12.1f %6d%n", name, size, graph.mergePoints().size(), buildMs,
                times[runs / 2], times[0], result.laneCount());
    }
}
