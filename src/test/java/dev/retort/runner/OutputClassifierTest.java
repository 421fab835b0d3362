package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Levels of alembic's output lines (reference 4.6, 4.7) and the failure reasons drawn from them. */
class OutputClassifierTest {

    private static List<OutputLine> classify(StreamKind stream, String... lines) {
        OutputClassifier c = new OutputClassifier(stream);
        long[] n = {0};
        return java.util.Arrays.stream(lines).map(l -> c.classify(n[0]++, l, Duration.ZERO)).toList();
    }

    @Test
    void alembicLogFormat() {
        List<OutputLine> lines = classify(StreamKind.STDERR,
                "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
                "INFO  [alembic.runtime.migration] Running upgrade  -> 001, create t",
                "WARNI [alembic.env] careful",
                "ERROR [alembic.util.messaging] Can't locate revision identified by 'x'",
                "CRITI [root] bad",
                "DEBUG [sqlalchemy.engine] x",
                "/usr/lib/python3/dist-packages/alembic/script/revision.py:608: UserWarning: Revision x is present "
                        + "more than once",
                "  util.warn(",
                "plain text");
        assertThat(lines).extracting(OutputLine::level).containsExactly(LineLevel.INFO, LineLevel.INFO,
                LineLevel.WARNING, LineLevel.ERROR, LineLevel.CRITICAL, LineLevel.DEBUG, LineLevel.WARNING,
                LineLevel.TEXT, LineLevel.TEXT);
        assertThat(lines.get(1).logger()).hasValue("alembic.runtime.migration");
        assertThat(lines.get(1).message()).isEqualTo("Running upgrade  -> 001, create t");
        assertThat(lines.get(8).logger()).isEmpty();
        assertThat(lines.get(8).message()).isEqualTo("plain text");
    }

    @Test
    void stdoutIsOutputExceptFailed() {
        List<OutputLine> lines = classify(StreamKind.STDOUT, "cef530e273d4 (head)",
                "FAILED: Multiple head revisions are present for given argument 'head'; please specify a specific "
                        + "target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
                "INFO  [x] not a log line on stdout");
        assertThat(lines).extracting(OutputLine::level).containsExactly(LineLevel.OUTPUT, LineLevel.FAILED,
                LineLevel.OUTPUT);
        assertThat(lines.get(1).message()).startsWith("Multiple head revisions are present");
    }

    @Test
    void chainedTracebackGivesTheLastExceptionWithItsMessageLines() {
        String[] text = {
            "INFO  [alembic.runtime.migration] Running upgrade 001 -> 002, boom",
            "Traceback (most recent call last):",
            "  File \"/p/pool/base.py\", line 3361, in _wrap_pool_connect",
            "    return fn()",
            "           ^^^^",
            "psycopg2.OperationalError: connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  role \"x\" "
                    + "does not exist",
            "",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            "  File \"<frozen runpy>\", line 198, in _run_module_as_main",
            "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"127.0.0.1\", "
                    + "port 5432 failed: FATAL:  role \"x\" does not exist",
            "",
            "(Background on this error at: https://sqlalche.me/e/14/e3q8)"};
        List<OutputLine> lines = classify(StreamKind.STDERR, text);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.level()).isEqualTo(LineLevel.TRACEBACK));
        FailureEvidence evidence = new FailureEvidence();
        lines.forEach(evidence::accept);
        RunFailure failure = evidence.explain(1);
        assertThat(failure.kind()).isEqualTo(RunFailure.Kind.TRACEBACK);
        assertThat(failure.summary()).startsWith("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError)")
                .endsWith("role \"x\" does not exist");
        assertThat(failure.details()).isEmpty();
    }

    @Test
    void failedWinsOverTheErrorLogLineAndExitCodesAreExplained() {
        FailureEvidence evidence = new FailureEvidence();
        classify(StreamKind.STDERR, "ERROR [alembic.util.messaging] Can't locate revision identified by 'x'")
                .forEach(evidence::accept);
        assertThat(evidence.explain(255).summary()).isEqualTo("Can't locate revision identified by 'x' "
                + "(exited with code 255)");
        classify(StreamKind.STDOUT, "FAILED: Can't locate revision identified by 'x'").forEach(evidence::accept);
        assertThat(evidence.explain(255)).isEqualTo(new RunFailure(RunFailure.Kind.ALEMBIC_FAILED,
                "Can't locate revision identified by 'x'", List.of()));
        assertThat(new FailureEvidence().explain(137).summary()).isEqualTo("alembic exited with code 137 (killed by "
                + "signal 9)");
    }

    @Test
    void aLogLineEndsATraceback() {
        List<OutputLine> lines = classify(StreamKind.STDERR, "Traceback (most recent call last):",
                "  File \"x\", line 1", "ValueError: v", "INFO  [alembic.env] carrying on", "plain");
        assertThat(lines).extracting(OutputLine::level).containsExactly(LineLevel.TRACEBACK, LineLevel.TRACEBACK,
                LineLevel.TRACEBACK, LineLevel.INFO, LineLevel.TEXT);
    }
}
