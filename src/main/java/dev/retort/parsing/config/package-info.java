/**
 * Reading an alembic configuration statically, the way alembic itself reads it.
 *
 * <p>Entry points: {@link dev.retort.parsing.config.AlembicConfigReader#read} turns a
 * {@link dev.retort.parsing.config.ConfigRequest} (the {@code -c}, {@code -n}, working
 * directory and environment alembic would get) into a
 * {@link dev.retort.parsing.config.ConfigResult}; {@link dev.retort.parsing.config.EnvPyHints#read}
 * picks the literal {@code version_table}/{@code version_table_schema} out of env.py.
 *
 * <p>The ini reader mirrors Python's {@code configparser.ConfigParser} (strict, BasicInterpolation,
 * no inline comments), the TOML reader covers what a pyproject.toml holds, and option handling
 * follows {@code ScriptDirectory.from_config} of alembic 1.8.1 plus the pyproject.toml and
 * {@code path_separator} additions of 1.16+. Nothing here throws on bad input: problems become
 * diagnostics carrying alembic's (or Python's) own wording where there is one.
 */
package dev.retort.parsing.config;
