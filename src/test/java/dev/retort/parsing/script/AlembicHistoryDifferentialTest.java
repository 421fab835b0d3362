package dev.retort.parsing.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.revision.Revision;
import dev.retort.testsupport.AlembicAvailability;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes revision files in every format people use into a project made by the real
 * {@code alembic init}, and checks that {@code alembic history -v} lists the same revisions,
 * parents, dependencies, paths and docstrings as the loader.
 */
class AlembicHistoryDifferentialTest {
    @TempDir
    Path project;

    private Path versions;

    private void write(String name, String source) throws IOException {
        Files.write(versions.resolve(name), source.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String name, byte[] source) throws IOException {
        Files.write(versions.resolve(name), source);
    }

    @Test
    void historyAgreesWithTheLoader() throws IOException {
        AlembicAvailability.assumeAlembic();
        AlembicAvailability.Result init = AlembicAvailability.run(project, Map.of(), "-m", "alembic", "init", "migrations");
        assertEquals(0, init.exitCode(), init.stdout() + init.stderr());
        versions = project.resolve("migrations/versions");
        writeRevisions();

        Map<String, String> env = Map.of("PYTHONHASHSEED", "0");
        AlembicAvailability.Result history = AlembicAvailability.run(project, env, "-m", "alembic", "history", "-v");
        assertEquals(0, history.exitCode(), history.stdout() + history.stderr());
        Map<String, Entry> alembic = parseHistory(history.stdout());

        LoadOrder order = AlembicAvailability.alembicVersion().matches("alembic 1\\.[0-9]\\..*")
                ? LoadOrder.DIRECTORY : LoadOrder.SORTED;
        LoadedScripts ours = new ScriptDirectoryLoader().load(ScriptLoadRequest.ofDefault(versions).withOrder(order));
        assertEquals(List.of(), ours.diagnostics().stream().map(Diagnostic::toString).toList());

        assertEquals(alembic.keySet(), new LinkedHashSet<>(ours.revisions().stream().map(Revision::id).toList()));
        assertEquals(9, alembic.size());
        for (Revision r : ours.revisions()) {
            Entry e = alembic.get(r.id());
            assertEquals(e.parents(), r.downRevisions(), r.id() + " parents");
            assertEquals(e.dependsOn(), r.dependsOn(), r.id() + " depends_on");
            assertEquals(e.path(), r.path().toString(), r.id() + " path");
            assertEquals(e.docLines(), r.longDoc().isEmpty() ? List.of() : r.longDoc().lines().toList(), r.id() + " doc");
            assertTrue(e.branchNames().containsAll(r.branchLabels()), r.id() + " labels " + e.branchNames());
        }
    }

    private void writeRevisions() throws IOException {
        write("1111aaaa0001_classic_base.py", """
                \"""create account table

                Revision ID: 1111aaaa0001
                Revises:\s
                Create Date: 2024-01-15 09:30:00.123456

                \"""
                from alembic import op
                import sqlalchemy as sa


                # revision identifiers, used by Alembic.
                revision = '1111aaaa0001'
                down_revision = None
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                    revision = 'not-this'
                    pass


                def downgrade() -> None:
                    pass
                """);
        write("2222bbbb0002_typed_header.py", """
                \"""typed header (alembic 1.11+)

                Revision ID: 2222bbbb0002
                Revises: 1111aaaa0001
                Create Date: 2024-01-16 10:00:00

                \"""
                from typing import Sequence, Union

                from alembic import op
                import sqlalchemy as sa


                # revision identifiers, used by Alembic.
                revision: str = '2222bbbb0002'
                down_revision: Union[str, Sequence[str], None] = '1111aaaa0001'
                branch_labels: Union[str, Sequence[str], None] = None
                depends_on: Union[str, Sequence[str], None] = None


                def upgrade() -> None:
                    \"""Upgrade schema.\"""
                    pass
                """);
        write("3333cccc0003_double_quotes.py", """
                \"\"\"double quotes and a list of labels\"\"\"
                revision = "3333cccc0003"
                down_revision = "1111aaaa0001"
                branch_labels = ["feature"]
                depends_on = None
                """);
        write("4444dddd0004_merge.py", """
                \"""merge with a list

                and implicit concatenation
                \"""
                revision = '4444dddd0004'
                down_revision = [
                    '2222bbbb0002',  # typed
                    '3333' 'cccc0003',
                ]
                branch_labels = None
                depends_on = 'feature'
                """);
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("# -*- coding: latin-1 -*-\n\"\"\"Ajout de la colonne \u00e9t\u00e9\n\nRevision ID: 5555eeee0005\n\"\"\"\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        latin1.writeBytes("revision = '5555eeee0005'\ndown_revision = '4444dddd0004'\n".getBytes(StandardCharsets.ISO_8859_1));
        writeBytes("5555eeee0005_latin1.py", latin1.toByteArray());
        write("6666ffff0006_crlf.py", String.join("\r\n",
                "'''windows line ends",
                "",
                "second paragraph",
                "'''",
                "revision = '6666ffff0006'",
                "down_revision = (",
                "    '5555eeee0005',",
                ")",
                ""));
        write("abcdef12.py", "\"\"\"legacy id from the file name\"\"\"\ndown_revision = \"6666ffff0006\"\n");
        write(".8888aaaa0008_hidden.py", """
                \"""escapes: tab\\there \\N{EM DASH} \\u00e9 \\x41\\
                 continued\"""
                revision = '8888aaaa0008'
                down_revision = r"abcdef12"
                branch_labels = ()
                """);
        write("_9999bbbb0009_underscore.py", """
                ("annotated, parenthesised"
                 " and concatenated docstring")
                revision: str | None = (
                    '9999bbbb' \\
                    '0009')
                down_revision: tuple[str, ...] = ('abcdef12',)
                """);
        for (String ignored : Arrays.asList("__init__.py", "README", "x.py~", ".#lock.py")) {
            write(ignored, "revision = 'ignored'\ndown_revision = None\n");
        }
    }

    /** One revision block of {@code alembic history -v}. */
    record Entry(List<String> parents, List<String> dependsOn, Set<String> branchNames, String path, List<String> docLines) {
    }

    private static Map<String, Entry> parseHistory(String out) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = out.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("Rev: ")) {
                continue;
            }
            String id = lines.get(i).substring(5).split(" ")[0];
            List<String> parents = List.of();
            List<String> deps = List.of();
            Set<String> labels = Set.of();
            String path = null;
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).isEmpty(); j++) {
                String l = lines.get(j);
                if (l.startsWith("Parent: ") || l.startsWith("Merges: ")) {
                    String v = l.substring(8);
                    parents = v.equals("<base>") ? List.of() : List.of(v.split(", "));
                } else if (l.startsWith("Also depends on: ")) {
                    deps = List.of(l.substring(17).split(", "));
                } else if (l.startsWith("Branch names: ")) {
                    labels = Set.of(l.substring(14).split(", "));
                } else if (l.startsWith("Path: ")) {
                    path = l.substring(6);
                }
            }
            List<String> doc = new ArrayList<>();
            for (j = j + 1; j < lines.size() && lines.get(j).startsWith("    "); j++) {
                doc.add(lines.get(j).substring(4));
            }
            entries.put(id, new Entry(parents, deps, labels, path, doc));
        }
        return entries;
    }
}
