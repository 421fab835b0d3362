package dev.retort.cli;

import dev.retort.model.release.AlembicRelease;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.ProjectLoader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.parsing.script.ParseCache;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts reading the project while picocli is still building its command model, which takes a
 * cold JVM about as long as loading a thousand revisions: on two cores the two overlap. The
 * arguments are only skimmed here; the command uses the result only when its own, fully parsed
 * request turns out identical, and loads again otherwise.
 */
final class ProjectPrefetch implements AutoCloseable {
    /** Commands that read the project first thing. */
    private static final Set<String> PROJECT_COMMANDS = Set.of("heads", "branches", "history", "show", "check",
            "plan", "graph", "merge", "current", "status");

    private final ExecutorService executor;
    private final Request request;
    private final Future<LoadedProject> result;

    /** What a load depends on; compared with the command's own request before the result is used. */
    record Request(ConfigRequest config, LoadOrder order, Optional<Path> cache) {
    }

    private ProjectPrefetch(Request request) {
        this.request = request;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "retort-prefetch");
            t.setDaemon(true);
            return t;
        });
        this.result = executor.submit(() -> new ProjectLoader(request.cache()).load(request.config(),
                request.order()));
    }

    /** Starts loading when the arguments clearly name a project command; empty otherwise. */
    static Optional<ProjectPrefetch> start(String[] args, CliContext context) {
        Path config = null;
        String name = null;
        String version = null;
        LoadOrder order = null;
        String command = null;
        for (int i = 0; i < args.length && command == null; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "-c", "--config" -> config = value == null ? null : Path.of(value);
                case "-n", "--name" -> name = value;
                case "--alembic-version" -> version = value;
                case "--load-order" -> order = value == null ? null : parseOrder(value);
                default -> {
                    if (arg.startsWith("-")) {
                        // --timings and other flags take no value
                        continue;
                    }
                    command = arg;
                    continue;
                }
            }
            i++;
        }
        if (command == null || !PROJECT_COMMANDS.contains(command)) {
            return Optional.empty();
        }
        if (order == null) {
            AlembicRelease release = version == null ? AlembicRelease.LATEST
                    : AlembicRelease.parse(version).orElse(null);
            if (release == null) {
                return Optional.empty();
            }
            order = release.listsFilesSorted() ? LoadOrder.SORTED : LoadOrder.DIRECTORY;
        }
        Path wd = context.workingDirectory();
        ConfigRequest configRequest = new ConfigRequest(Optional.ofNullable(config).map(p -> p.isAbsolute() ? p
                : wd.resolve(p)), Optional.ofNullable(name), wd, context.environment());
        return Optional.of(new ProjectPrefetch(new Request(configRequest, order,
                ParseCache.defaultDirectory(context.environment()))));
    }

    private static LoadOrder parseOrder(String value) {
        for (LoadOrder o : LoadOrder.values()) {
            if (o.name().equalsIgnoreCase(value)) {
                return o;
            }
        }
        return null;
    }

    /** The prefetched project, if it was loaded for exactly this request. */
    Optional<LoadedProject> take(Request wanted) {
        if (!request.equals(wanted)) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
