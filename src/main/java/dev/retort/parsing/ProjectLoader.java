package dev.retort.parsing;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.graph.GraphSummary;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.parsing.config.AlembicConfig;
import dev.retort.parsing.config.AlembicConfigReader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.config.ConfigResult;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.parsing.script.LoadedScripts;
import dev.retort.parsing.script.ParseCache;
import dev.retort.parsing.script.RevisionFileReader;
import dev.retort.parsing.script.ScriptDirectoryLoader;
import dev.retort.parsing.script.ScriptLoadRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole project: configuration, then revision files in alembic's load order, then the graph. */
public final class ProjectLoader {
    private final ScriptDirectoryLoader scriptLoader;

    /** A loader that parses every file each time. */
    public ProjectLoader() {
        this(Optional.empty());
    }

    /**
     * @param cacheDirectory where to keep parse results between runs (see {@link ParseCache});
     *     unchanged files are then not parsed again
     */
    public ProjectLoader(Optional<Path> cacheDirectory) {
        this.scriptLoader = new ScriptDirectoryLoader(new RevisionFileReader(), true, cacheDirectory.orElse(null));
    }

    /** Never throws on bad input; problems end up in {@link LoadedProject#diagnostics()}. */
    public LoadedProject load(ConfigRequest request, LoadOrder order) {
        long t0 = System.nanoTime();
        ConfigResult configResult = AlembicConfigReader.read(request);
        long t1 = System.nanoTime();
        List<Diagnostic> diagnostics = new ArrayList<>(configResult.diagnostics());
        Optional<AlembicConfig> config = configResult.config();
        if (config.isEmpty()) {
            Duration configTime = Duration.ofNanos(t1 - t0);
            RevisionGraph empty = RevisionGraph.build(List.of());
            return new LoadedProject(config, empty, GraphSummary.of(empty), diagnostics,
                    new LoadTimings(configTime, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        }
        LoadedScripts scripts = scriptLoader.load(scriptRequest(config.get(), order));
        diagnostics.addAll(scripts.diagnostics());
        long t2 = System.nanoTime();
        RevisionGraph graph = RevisionGraph.build(scripts.revisions());
        diagnostics.addAll(graph.diagnostics());
        long t3 = System.nanoTime();
        GraphSummary summary = GraphSummary.of(graph);
        long t4 = System.nanoTime();
        return new LoadedProject(config, graph, summary, diagnostics, new LoadTimings(Duration.ofNanos(t1 - t0),
                Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2), Duration.ofNanos(t4 - t3)));
    }

    /** The version directories and options of a configuration as the script loader takes them. */
    public static ScriptLoadRequest scriptRequest(AlembicConfig config, LoadOrder order) {
        return new ScriptLoadRequest(config.versionLocations(), config.versionLocationsExplicit(),
                config.recursiveVersionLocations(), config.sourceless(), order);
    }
}
