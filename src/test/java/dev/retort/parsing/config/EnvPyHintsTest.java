package dev.retort.parsing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** version_table / version_table_schema literals in env.py's context.configure(...) calls. */
class EnvPyHintsTest {

    private static final Path ENV = Path.of("/p/migrations/env.py");

    private static EnvPyHints parse(String source) {
        return EnvPyHints.parse(source, ENV);
    }

    @Test
    void standardEnvPyHasNoHints() {
        EnvPyHints h = parse(String.join("\n",
                "from alembic import context",
                "def run_migrations_offline():",
                "    url = config.get_main_option(\"sqlalchemy.url\")",
                "    context.configure(",
                "        url=url,",
                "        target_metadata=target_metadata,",
                "        literal_binds=True,",
                "        dialect_opts={\"paramstyle\": \"named\"},",
                "    )",
                "def run_migrations_online():",
                "    with connectable.connect() as connection:",
                "        context.configure(connection=connection, target_metadata=target_metadata)",
                ""));
        assertEquals(Optional.empty(), h.versionTable());
        assertEquals(Optional.empty(), h.versionTableSchema());
        assertEquals("alembic_version", h.effectiveVersionTable());
        assertEquals(List.of(), h.diagnostics());
    }

    @Test
    void literalsInBothCalls() {
        EnvPyHints h = parse(String.join("\n",
                "context.configure(url=url, version_table='my_version', version_table_schema=\"audit\")",
                "context.configure(",
                "    connection=connection,",
                "    version_table = (",
                "        'my_'  # implicit concatenation",
                "        \"version\"",
                "    ),",
                "    version_table_schema=r'audit',",
                ")",
                ""));
        assertEquals(Optional.of("my_version"), h.versionTable());
        assertEquals(Optional.of("audit"), h.versionTableSchema());
        assertEquals(List.of(), h.diagnostics());
    }

    @Test
    void escapesAndTripleQuotes() {
        EnvPyHints h = parse("context.configure(version_table=\"\"\"v\\x5ft\"\"\", version_table_schema='\\N{LATIN SMALL LETTER E WITH ACUTE}')\n");
        assertEquals(Optional.of("v_t"), h.versionTable());
        assertEquals(Optional.of("é"), h.versionTableSchema());
    }

    @Test
    void computedValuesAreReportedAsInfo() {
        EnvPyHints h = parse(String.join("\n",
                "VERSION_TABLE = 'custom'",
                "context.configure(connection=c, version_table=VERSION_TABLE,",
                "                  version_table_schema=f'{schema}', include_schemas=True)",
                ""));
        assertEquals(Optional.empty(), h.versionTable());
        assertEquals(Optional.empty(), h.versionTableSchema());
        assertEquals(2, h.diagnostics().size());
        Diagnostic d = h.diagnostics().get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals(DiagnosticCode.COMPUTED_VALUE, d.code());
        assertEquals(2, d.location().orElseThrow().line());
        assertTrue(d.message().startsWith("version_table=VERSION_TABLE in context.configure(...) is not a string "
                + "literal"), d.message());
        assertTrue(h.diagnostics().get(1).message().contains("f'{schema}'"));
        assertEquals(3, h.diagnostics().get(1).location().orElseThrow().line());
    }

    @Test
    void bytesAreNotAString() {
        EnvPyHints h = parse("context.configure(version_table=b'x')\n");
        assertEquals(Optional.empty(), h.versionTable());
        assertEquals(1, h.diagnostics().size());
    }

    @Test
    void noneMeansTheDefault() {
        EnvPyHints h = parse("context.configure(version_table_schema=None)\n");
        assertEquals(Optional.empty(), h.versionTableSchema());
        assertEquals(List.of(), h.diagnostics());
    }

    @Test
    void differentLiteralsAreAWarningAndTheFirstWins() {
        EnvPyHints h = parse("context.configure(version_table='a')\ncontext.configure(version_table='b')\n");
        assertEquals(Optional.of("a"), h.versionTable());
        assertEquals(Severity.WARNING, h.diagnostics().get(0).severity());
        assertTrue(h.diagnostics().get(0).message().contains("'a' (line 1), 'b' (line 2)"));
    }

    @Test
    void commentsStringsAndOtherCallsAreIgnored() {
        EnvPyHints h = parse(String.join("\n",
                "# context.configure(version_table='commented')",
                "s = \"context.configure(version_table='in a string')\"",
                "other.configure(version_table='other')",
                "context.configure(opts={'version_table': 'dict'}, x=f(version_table='nested'), version_table='real')",
                ""));
        assertEquals(Optional.of("real"), h.versionTable());
        assertEquals(List.of(), h.diagnostics());
    }

    @Test
    void comparisonIsNotAKeyword() {
        EnvPyHints h = parse("context.configure(version_table == 'x')\n");
        assertEquals(Optional.empty(), h.versionTable());
    }

    @Test
    void noConfigureCallIsNoted() {
        EnvPyHints h = parse("print('hello')\n");
        assertEquals(1, h.diagnostics().size());
        assertEquals(Severity.INFO, h.diagnostics().get(0).severity());
    }

    @Test
    void unterminatedSourceNeverThrows() {
        parse("context.configure(version_table='abc");
        parse("context.configure(version_table=");
        parse("context.configure(");
        parse("'''");
        parse("context.configure(version_table='\\x4')");
    }

    @Test
    void readsFilesIncludingBomAndCodingLine(@TempDir Path tmp) throws IOException {
        Path env = tmp.resolve("env.py");
        Files.write(env, "\uFEFFcontext.configure(version_table='v')\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("v"), EnvPyHints.read(env).versionTable());
        Files.write(env, "# -*- coding: iso-8859-1 -*-\ncontext.configure(version_table='caf\u00e9')\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Optional.of("café"), EnvPyHints.read(env).versionTable());
    }

    @Test
    void missingFileIsAWarning(@TempDir Path tmp) {
        EnvPyHints h = EnvPyHints.read(tmp.resolve("env.py"));
        assertEquals(Optional.empty(), h.versionTable());
        assertEquals(DiagnosticCode.UNREADABLE_FILE, h.diagnostics().get(0).code());
    }
}
