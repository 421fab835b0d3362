package dev.retort.cli;

import dev.retort.testsupport.AlembicAvailability;
import dev.retort.testsupport.AlembicOracle;
import dev.retort.testsupport.AlembicOracle.Command;
import dev.retort.testsupport.AlembicOracle.Result;
import dev.retort.testsupport.ProjectGenerator;
import dev.retort.testsupport.ProjectGenerator.Rev;
import dev.retort.testsupport.ProjectGenerator.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retort's heads, branches, history, show and plan against the real alembic 1.8.1 on generated
 * projects (linear, branches, merges of two and three, labels, depends_on on ids and labels,
 * classic, typed and hand-written headers). Retort reads files in directory order here, as
 * 1.8.1 does; set-ordered parts of the output are compared as sets (reference 4.7).
 */
class CliDifferentialTest {
    private static final int PROJECTS = 12;

    @TempDir
    static Path root;

    private static final List<Case> CASES = new ArrayList<>();

    /** One generated project and the commands run on it. */
    record Case(Path dir, List<Rev> revisions, List<List<String>> commands) {
    }

    @BeforeAll
    static void generate() throws IOException {
        AlembicAvailability.assumeAlembic();
        for (int seed = 1; seed <= PROJECTS; seed++) {
            Shape shape = seed <= 2 ? Shape.linear(6 + seed) : Shape.rich(15 + seed * 3);
            List<Rev> revs = ProjectGenerator.random(seed * 7919L, shape);
            Path dir = root.resolve("p" + seed);
            ProjectGenerator.write(dir, revs);
            CASES.add(new Case(dir, revs, commandsFor(revs, new Random(seed))));
        }
    }

    private static List<List<String>> commandsFor(List<Rev> revs, Random random) {
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("heads"), List.of("heads", "--verbose"), List.of("heads", "--resolve-dependencies"),
                List.of("branches"), List.of("branches", "--verbose"),
                List.of("history"), List.of("history", "--verbose"),
                List.of("show", "heads"), List.of("show", "base"), List.of("show", "nosuchrev"),
                List.of("history", "-r", "base:head"), List.of("history", "-r", "nocolon")));
        List<String> ids = ProjectGenerator.ids(revs);
        for (int i = 0; i < 4; i++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            commands.add(List.of("show", a));
            commands.add(List.of("show", a.substring(0, Math.min(a.length(), 4 + random.nextInt(4)))));
            commands.add(List.of("history", "-r", a + ":" + b));
            commands.add(List.of("history", "-r", a + ":"));
            commands.add(List.of("history", "-r", ":" + b));
        }
        return commands;
    }

    @Test
    void cliOutputMatchesAlembic() {
        List<Command> oracle = new ArrayList<>();
        for (Case c : CASES) {
            c.commands().forEach(argv -> oracle.add(new Command(c.dir(), argv)));
        }
        List<Result> expected = AlembicOracle.runAll(oracle);
        SoftAssertions soft = new SoftAssertions();
        int i = 0;
        for (Case c : CASES) {
            for (List<String> argv : c.commands()) {
                Result alembic = expected.get(i++);
                List<String> args = new ArrayList<>(List.of("--load-order", "directory"));
                args.addAll(argv);
                RetortRun retort = RetortRun.in(c.dir(), args.toArray(String[]::new));
                String what = c.dir().getFileName() + ": alembic " + String.join(" ", argv);
                if (alembic.exit() == 1) {
                    // a traceback: alembic crashed (e.g. the AssertionError of reference 3.6); Retort must fail too
                    soft.assertThat(retort.exit()).as(what + "\n" + alembic.stderr()).isNotZero();
                    continue;
                }
                soft.assertThat(retort.exit()).as(what + "\nretort stderr: " + retort.stderr())
                        .isEqualTo(alembic.exit());
                soft.assertThat(OutputNormalizer.normalize(retort.stdout())).as(what)
                        .isEqualTo(OutputNormalizer.normalize(alembic.stdout()));
            }
        }
        soft.assertAll();
    }

    @Test
    void upgradeOrderMatchesAlembicsOfflineSql() {
        List<Command> oracle = new ArrayList<>();
        List<String[]> retortArgs = new ArrayList<>();
        for (Case c : CASES) {
            Random random = new Random(c.dir().hashCode());
            List<String> ids = ProjectGenerator.ids(c.revisions());
            String start = ids.get(random.nextInt(ids.size()));
            oracle.add(Command.of(c.dir(), "upgrade", "--sql", "heads"));
            retortArgs.add(new String[] {"plan", "heads", "--format", "sql"});
            oracle.add(Command.of(c.dir(), "upgrade", "--sql", start + ":heads"));
            retortArgs.add(new String[] {"plan", "heads", "--from", start, "--format", "sql"});
        }
        List<Result> expected = AlembicOracle.runAll(oracle);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < oracle.size(); i++) {
            Command command = oracle.get(i);
            Result alembic = expected.get(i);
            List<String> args = new ArrayList<>(List.of("--load-order", "directory"));
            args.addAll(List.of(retortArgs.get(i)));
            RetortRun retort = RetortRun.in(command.cwd(), args.toArray(String[]::new));
            String what = command.cwd().getFileName() + ": alembic " + String.join(" ", command.argv());
            if (alembic.exit() != 0) {
                soft.assertThat(retort.exit()).as(what + "\n" + alembic.stdout() + alembic.stderr()).isNotZero();
                continue;
            }
            soft.assertThat(runningLines(retort.stdout())).as(what).isEqualTo(runningLines(alembic.stdout()));
            // which parent row a merge keeps is Python set order when other rows exist (reference 3.8),
            // so compare the version table after every step rather than the statements themselves
            soft.assertThat(rowsAfterEachStep(retort.stdout())).as(what + " (version table after each step)")
                    .isEqualTo(rowsAfterEachStep(alembic.stdout()));
        }
        soft.assertAll();
    }

    private static List<String> runningLines(String out) {
        return out.lines().filter(l -> l.startsWith("-- Running upgrade")).collect(Collectors.toList());
    }

    private static final Pattern INSERT = Pattern.compile("^INSERT INTO alembic_version \\(version_num\\) "
            + "VALUES \\('(.*)'\\);$");
    private static final Pattern DELETE = Pattern.compile("^DELETE FROM alembic_version WHERE "
            + "alembic_version.version_num = '(.*)';$");
    private static final Pattern UPDATE = Pattern.compile("^UPDATE alembic_version SET version_num='(.*)' WHERE "
            + "alembic_version.version_num = '(.*)';$");

    /** Replays the version-table statements and records the table after each step. */
    static List<Set<String>> rowsAfterEachStep(String out) {
        List<Set<String>> after = new ArrayList<>();
        Set<String> rows = new TreeSet<>();
        boolean inStep = false;
        for (String line : out.lines().toList()) {
            Matcher m;
            if (line.startsWith("-- Running upgrade")) {
                if (inStep) {
                    after.add(new TreeSet<>(rows));
                }
                inStep = true;
            } else if ((m = INSERT.matcher(line)).matches()) {
                rows.add(m.group(1));
            } else if ((m = DELETE.matcher(line)).matches()) {
                rows.remove(m.group(1));
            } else if ((m = UPDATE.matcher(line)).matches()) {
                rows.remove(m.group(2));
                rows.add(m.group(1));
            }
        }
        if (inStep) {
            after.add(new TreeSet<>(rows));
        }
        return after;
    }
}
