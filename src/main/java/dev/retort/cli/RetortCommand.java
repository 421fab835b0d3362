package dev.retort.cli;

import dev.retort.model.release.AlembicRelease;
import dev.retort.parsing.LoadTimings;
import dev.retort.parsing.LoadedProject;
import dev.retort.parsing.ProjectLoader;
import dev.retort.parsing.config.ConfigRequest;
import dev.retort.parsing.script.LoadOrder;
import dev.retort.parsing.script.ParseCache;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command; its options apply to every subcommand, before or after its name. */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = RetortVersion.class,
        description = "Reads an Alembic project without running it and answers like the alembic CLI.%n"
                + "Without a command, opens the Retort window.",
        footer = {"", "Exit codes: 0 success, 255 alembic-style FAILED (message on stdout), 2 bad usage;",
            "check: 0 clean, 1 multiple heads or graph errors, 2 unreadable project;",
            "current: 3 when the database cannot be read; status: 0 at heads, 1 behind, 3 database unavailable;",
            "upgrade, downgrade, stamp: alembic's exit code, 127 when no alembic is found."})
final class RetortCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Alternate config file (alembic.ini or pyproject.toml); default: $ALEMBIC_CONFIG, "
                    + "else alembic.ini in the current directory")
    Path config;

    @Option(names = {"-n", "--name"}, scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Name of the ini section to use (default: alembic)")
    String name;

    @Option(names = "--alembic-version", scope = ScopeType.INHERIT, paramLabel = "VERSION",
            description = "Behave like this alembic release where releases differ (load order, merge "
                    + "templates), e.g. 1.8.1 for Debian 12's python3-alembic; default: the newest")
    String alembicVersion;

    @Option(names = "--load-order", scope = ScopeType.INHERIT, paramLabel = "ORDER",
            description = "Order revision files are read in, which breaks ties as in alembic: sorted "
                    + "(alembic >= 1.10) or directory (1.8/1.9: raw directory order); default: per "
                    + "--alembic-version")
    LoadOrder loadOrder;

    @Option(names = "--timings", scope = ScopeType.INHERIT, hidden = true,
            description = "Print how long each loading phase took (stderr)")
    boolean timings;

    private final Optional<ProjectPrefetch> prefetch;

    /** The release of the alembic a command is about to run, used when --alembic-version is not given. */
    private AlembicRelease runningRelease;

    RetortCommand(CliContext context, Optional<ProjectPrefetch> prefetch) {
        this.context = context;
        this.prefetch = prefetch;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }

    CliContext context() {
        return context;
    }

    /** The alembic release to emulate. */
    AlembicRelease release() {
        if (alembicVersion == null) {
            return runningRelease != null ? runningRelease : AlembicRelease.LATEST;
        }
        return AlembicRelease.parse(alembicVersion).orElseThrow(() -> new CommandFailedException(
                "--alembic-version expects a version such as 1.8.1, not '" + alembicVersion + "'", 2));
    }

    /**
     * Makes Retort read the project as the alembic about to run does, unless the user chose with
     * --alembic-version or --load-order.
     */
    void preferRelease(AlembicRelease release) {
        runningRelease = release;
    }

    LoadOrder effectiveLoadOrder() {
        if (loadOrder != null) {
            return loadOrder;
        }
        return release().listsFilesSorted() ? LoadOrder.SORTED : LoadOrder.DIRECTORY;
    }

    /** Loads the project the options name, whatever state it is in. */
    LoadedProject load() {
        ConfigRequest request = new ConfigRequest(Optional.ofNullable(config).map(this::absolute),
                Optional.ofNullable(name), context.workingDirectory(), context.environment());
        ProjectPrefetch.Request wanted = new ProjectPrefetch.Request(request, effectiveLoadOrder(),
                ParseCache.defaultDirectory(context.environment()));
        LoadedProject project = prefetch.flatMap(p -> p.take(wanted))
                .orElseGet(() -> new ProjectLoader(wanted.cache()).load(request, wanted.order()));
        if (timings) {
            LoadTimings t = project.timings();
            context.err().printf(java.util.Locale.ROOT, "timings: config %.1f ms, scan+parse %.1f ms, graph %.1f ms, "
                    + "analysis %.1f ms, JVM up %d ms%n", t.config().toNanos() / 1e6, t.scan().toNanos() / 1e6,
                    t.graph().toNanos() / 1e6, t.analysis().toNanos() / 1e6,
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return project;
    }

    /** Loads the project the options name; fails like alembic when its configuration cannot be read. */
    LoadedProject loadProject() {
        LoadedProject project = load();
        DiagnosticPrinter printer = new DiagnosticPrinter(context.err());
        if (project.config().isEmpty()) {
            throw new CommandFailedException(project.fatalMessage().orElse("The project cannot be read"));
        }
        printer.printAll(project.diagnostics());
        return project;
    }

    private Path absolute(Path p) {
        return p.isAbsolute() ? p : context.workingDirectory().resolve(p);
    }
}
