/**
 * Runs the user's own alembic as a subprocess: Retort never executes migration code itself.
 *
 * <ul>
 * <li>{@link dev.retort.runner.AlembicDiscovery} finds alembic (preferences, the project's
 *     virtualenv, PATH, {@code python3 -m alembic}) and reports its version
 *     ({@link dev.retort.runner.AlembicInstallation}), or how to install one.</li>
 * <li>{@link dev.retort.runner.AlembicCommand} builds the argv ({@code -c}, {@code -n}, {@code -x},
 *     a typed {@link dev.retort.runner.AlembicSubcommand}), working directory and environment.</li>
 * <li>{@link dev.retort.runner.ProcessRunner} owns the threads; an
 *     {@link dev.retort.runner.AlembicRun} is one run with the state model
 *     {@code IDLE -> RUNNING -> SUCCEEDED | FAILED | CANCELLED}, classified
 *     {@link dev.retort.runner.OutputLine}s, a {@link dev.retort.runner.BoundedLog}, a
 *     {@link dev.retort.runner.RunFailure} reason, and a cancel that ends the whole process tree.</li>
 * <li>{@link dev.retort.runner.UpgradeProgress} matches alembic's "Running upgrade A -> B" lines
 *     against Retort's {@link dev.retort.model.graph.MigrationPlan} (step k of n, disagreements);
 *     {@link dev.retort.runner.SqlPreview} asks alembic for the SQL offline.</li>
 * </ul>
 *
 * <p>A wizard drives it like this (on a background task; listeners are called on runner threads):
 * <pre>{@code
 * DiscoveryResult found = new AlembicDiscovery(runner, Settings.defaults(System.getenv()))
 *         .discover(preferencesPath, projectDir);
 * AlembicCommand upgrade = AlembicCommand.builder(found.installation().orElseThrow().argvPrefix(), configFile)
 *         .section(config.section()).variables(profile.environment())
 *         .build(AlembicSubcommand.upgrade("head"));
 * AlembicRun run = runner.prepare(upgrade.toProcessSpec(System.getenv()), RunOptions.DEFAULTS);
 * UpgradeProgress progress = new UpgradeProgress(plan);
 * run.addListener(progress);
 * run.addListener(viewModel);      // lines, state changes
 * run.start();                     // IDLE -> RUNNING
 * ...  run.cancel();               // -> CANCELLED, tree gone
 * RunResult result = run.await();  // then re-read the version table
 * }</pre>
 *
 * <p>This package depends only on {@code dev.retort.model} and the JDK.
 */
package dev.retort.runner;
