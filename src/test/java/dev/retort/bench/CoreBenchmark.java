package dev.retort.bench;

import dev.retort.parsing.LoadTimings;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.ProjectLoader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Shape;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Loading speed of the core, printed as a table; run by {@code scripts/bench.sh}, not by the
 * tests (figures, not assertions).
 *
 * <p>For 1,000 / 10,000 / 100,000 revisions (a main line with short branches, merges, labels
 * and depends_on, as real projects grow) it prints Retort's in-process phase times (median of
 * warm runs), the peak heap used, and the wall time of the whole process {@code retort heads}
 * next to {@code alembic heads} on the same project when alembic is installed.
 *
 * <p>Arguments: {@code WORKDIR RETORT_JAR [SIZES...]}.
 */
public final class CoreBenchmark {
    private static final int WARM_RUNS = 5;

    private CoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        boolean alembic = alembicPresent();
        System.out.printf(Locale.ROOT, "%-8s %9s %9s %9s %9s %9s %9s | %12s %12s%n", "revs", "config", "scan+parse",
                "graph", "analysis", "total", "heap MiB", "retort heads", "alembic heads");
        for (int size : sizes) {
            Path project = work.resolve("project-" + size);
            if (!Files.exists(project.resolve("alembic.ini"))) {
                ProjectGenerator.write(project, ProjectGenerator.random(size, shapeOf(size)));
            }
            List<LoadTimings> timings = new ArrayList<>();
            LoadedProject loaded = null;
            for (int run = 0; run < WARM_RUNS + 2; run++) {
                System.gc();
                loaded = new ProjectLoader().load(ConfigRequest.in(project), LoadOrder.SORTED);
                if (run >= 2) {
                    timings.add(loaded.timings());
                }
            }
            if (loaded.graph().size() != size) {
                throw new IllegalStateException("loaded " + loaded.graph().size() + " of " + size);
            }
            long heap = peakHeapMiB();
            String retort = String.format(Locale.ROOT, "%9.0f ms", millis(wall(List.of("java", "-Xmx1g", "-jar",
                    jar.toString(), "heads"), project)));
            String alembicTime = alembic ? String.format(Locale.ROOT, "%9.0f ms", millis(wall(List.of(
                    "/usr/bin/python3", "-m", "alembic", "heads"), project))) : "n/a";
            System.out.printf(Locale.ROOT, "%-8d %6.1f ms %6.1f ms %6.1f ms %6.1f ms %6.1f ms %9d | %12s %12s%n",
                    size, median(timings, t -> t.config().toNanos()), median(timings, t -> t.scan().toNanos()),
                    median(timings, t -> t.graph().toNanos()), median(timings, t -> t.analysis().toNanos()),
                    median(timings, t -> t.total().toNanos()), heap, retort, alembicTime);
        }
    }

    /** Realistic growth: a main line with a short branch now and then, merged back. */
    private static Shape shapeOf(int size) {
        return new Shape(size, 0.02, 0.5, 0.0005, 0.001, 0.01, true);
    }

    private static double median(List<LoadTimings> timings, ToLongFunction<LoadTimings> phase) {
        List<Long> values = new ArrayList<>();
        timings.forEach(t -> values.add(phase.applyAsLong(t)));
        Collections.sort(values);
        return values.get(values.size() / 2) / 1e6;
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** Median wall time of five runs of a whole process after one untimed run (caches warm), stdin from /dev/null. */
    private static Duration wall(List<String> command, Path dir) throws IOException, InterruptedException {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            if (i > 0) {
                runs.add(System.nanoTime() - start);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed in " + dir);
            }
        }
        Collections.sort(runs);
        return Duration.ofNanos(runs.get(runs.size() / 2));
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }

    private static boolean alembicPresent() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-m", "alembic", "--version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
