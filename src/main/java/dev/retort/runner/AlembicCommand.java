package dev.retort.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One alembic command line, ready to run: {@code <prefix> -c <config> [-n <section>] [-x ...]
 * <subcommand> <args>}, the directory it runs in and the variables added to its environment.
 * Immutable; built with {@link #builder(List, Path)}.
 *
 * <p><b>Working directory.</b> By default the folder of the config file. That is where users run
 * alembic (the incident runbook: {@code cd} to the project, {@code alembic upgrade head}), and
 * where the relative paths of a typical project resolve as its authors expect: a relative
 * {@code script_location}, {@code prepend_sys_path = .}, a relative SQLite URL. alembic itself
 * resolves those against its working directory, not the ini file's folder, so a caller that
 * loaded the project against another directory passes that one with
 * {@link Builder#workingDirectory(Path)}.
 *
 * <p><b>Environment.</b> The inherited environment, then {@code PYTHONIOENCODING=utf-8} and
 * {@code PYTHONUNBUFFERED=1} (Retort decodes UTF-8 and wants log lines as they happen, not when a
 * block buffer fills), then the profile's variables (e.g. {@code POSTGRES_PORT=5433}). Retort's
 * two settings win over the profile's, since they only change how output reaches Retort.
 */
public final class AlembicCommand {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private final List<String> prefix;
    private final Path configFile;
    private final Optional<String> section;
    private final List<String> xArguments;
    private final Map<String, String> variables;
    private final Path workingDirectory;
    private final AlembicSubcommand subcommand;

    private AlembicCommand(Builder b, AlembicSubcommand subcommand) {
        this.prefix = List.copyOf(b.prefix);
        this.configFile = b.configFile;
        this.section = b.section;
        this.xArguments = List.copyOf(b.xArguments);
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(b.variables));
        this.workingDirectory = b.workingDirectory != null ? b.workingDirectory : defaultDirectory(b.configFile);
        this.subcommand = Objects.requireNonNull(subcommand, "subcommand");
    }

    /**
     * @param prefix how to start alembic: {@code [/p/.venv/bin/alembic]} or
     *     {@code [/usr/bin/python3, -m, alembic]} ({@link AlembicInstallation#argvPrefix()})
     * @param configFile the config file the project was opened with; made absolute
     */
    public static Builder builder(List<String> prefix, Path configFile) {
        return new Builder(prefix, configFile);
    }

    /** The full argument vector. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>(prefix);
        argv.add("-c");
        argv.add(configFile.toString());
        section.ifPresent(s -> {
            argv.add("-n");
            argv.add(s);
        });
        for (String x : xArguments) {
            argv.add("-x");
            argv.add(x);
        }
        argv.add(subcommand.name());
        argv.addAll(subcommand.arguments());
        return argv;
    }

    /** The directory alembic runs in (see the class comment). */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** The config file, absolute ({@code -c}). */
    public Path configFile() {
        return configFile;
    }

    /** What alembic is asked to do. */
    public AlembicSubcommand subcommand() {
        return subcommand;
    }

    /** The variables added to the inherited environment (the profile's), in the order given. */
    public Map<String, String> variables() {
        return variables;
    }

    /** The same command with another subcommand (same alembic, config, environment). */
    public AlembicCommand with(AlembicSubcommand other) {
        Builder b = toBuilder();
        return b.build(other);
    }

    /** A builder holding everything but the subcommand. */
    public Builder toBuilder() {
        Builder b = new Builder(prefix, configFile);
        b.section = section;
        b.xArguments.addAll(xArguments);
        b.variables.putAll(variables);
        b.workingDirectory = workingDirectory;
        return b;
    }

    /** The complete environment of the process, from {@code inherited} (see the class comment). */
    public Map<String, String> environment(Map<String, String> inherited) {
        Map<String, String> env = new LinkedHashMap<>(inherited);
        env.putAll(variables);
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONUNBUFFERED", "1");
        return env;
    }

    /**
     * The command as a shell line a user could paste ({@code cd DIR && VAR=value ... argv}), with
     * secret variables and URL passwords masked. Only the profile's variables are shown.
     */
    public String display() {
        StringBuilder sb = new StringBuilder("cd ").append(quote(workingDirectory.toString())).append(" &&");
        variables.forEach((k, v) -> sb.append(' ').append(k).append('=').append(quote(Redaction.mask(k, v))));
        List<String> argv = argv();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (i > 0 && "-x".equals(argv.get(i - 1)) && arg.contains("=")) {
                String key = arg.substring(0, arg.indexOf('='));
                arg = key + "=" + Redaction.mask(key, arg.substring(arg.indexOf('=') + 1));
            } else {
                arg = Redaction.maskUrlPasswords(arg);
            }
            sb.append(' ').append(quote(arg));
        }
        return sb.toString();
    }

    /** What {@link ProcessRunner} runs: argv, working directory, the full environment, the masked display. */
    public ProcessSpec toProcessSpec(Map<String, String> inherited) {
        return new ProcessSpec(argv(), workingDirectory, environment(inherited), display());
    }

    @Override
    public String toString() {
        return "AlembicCommand[" + display() + "]";
    }

    private static Path defaultDirectory(Path configFile) {
        Path parent = configFile.getParent();
        return parent != null ? parent : configFile.toAbsolutePath().getParent();
    }

    private static String quote(String s) {
        if (!s.isEmpty() && SHELL_SAFE.matcher(s).matches()) {
            return s;
        }
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }

    /** Collects the parts of a command; {@link #build(AlembicSubcommand)} makes it. */
    public static final class Builder {
        private final List<String> prefix;
        private final Path configFile;
        private Optional<String> section = Optional.empty();
        private final List<String> xArguments = new ArrayList<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        private Path workingDirectory;

        private Builder(List<String> prefix, Path configFile) {
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("the alembic prefix names no program");
            }
            this.prefix = List.copyOf(prefix);
            this.configFile = configFile.toAbsolutePath().normalize();
        }

        /** {@code -n SECTION}: the ini section, as the project was opened with. */
        public Builder section(String name) {
            this.section = Optional.ofNullable(name).filter(s -> !s.isEmpty());
            return this;
        }

        /** Adds {@code -x KEY=VALUE} (read by env.py through {@code context.get_x_argument()}). */
        public Builder x(String argument) {
            xArguments.add(Objects.requireNonNull(argument, "argument"));
            return this;
        }

        /** Adds one environment variable (a later value for the same name replaces the earlier). */
        public Builder variable(String name, String value) {
            if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("not an environment variable: '" + name + "'");
            }
            variables.put(name, value);
            return this;
        }

        /** Adds environment variables, e.g. a connection profile's. */
        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        /** Runs alembic somewhere other than the config file's folder (see the class comment). */
        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory.toAbsolutePath().normalize();
            return this;
        }

        /** The command running {@code subcommand}. */
        public AlembicCommand build(AlembicSubcommand subcommand) {
            return new AlembicCommand(this, subcommand);
        }
    }
}
