/**
 * Reading alembic revision scripts without running Python.
 *
 * <ul>
 *   <li>{@link dev.retort.parsing.script.PythonModuleReader} reads a module's docstring and the
 *       last module-level binding of {@code revision}, {@code down_revision},
 *       {@code branch_labels} and {@code depends_on} as {@link dev.retort.parsing.script.PyValue}s.
 *       Internally a fast scanner ({@code ModuleScanner}) finds the interesting logical lines and
 *       a small parser ({@code StatementAnalyzer}, {@code ExpressionParser}) reads only those.</li>
 *   <li>{@link dev.retort.parsing.script.RevisionFileReader} applies alembic 1.8.1's rules
 *       ({@code Script._from_filename}, {@code Revision.__init__}) to produce a
 *       {@link dev.retort.model.revision.Revision}.</li>
 *   <li>{@link dev.retort.parsing.script.ScriptDirectoryLoader} finds the files the way
 *       {@code ScriptDirectory._load_revisions} does and returns them in alembic's load order.</li>
 * </ul>
 *
 * <p>Nothing here throws on bad input: problems are {@link dev.retort.model.diagnostics.Diagnostic}s,
 * using alembic's own wording where it has one.
 */
package dev.retort.parsing.script;
