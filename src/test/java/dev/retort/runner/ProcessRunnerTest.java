package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The process layer against small shell scripts: streams, states, failures, cancel and timeouts. */
@DisabledOnOs(OS.WINDOWS)
class ProcessRunnerTest {
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    private final ProcessRunner runner = new ProcessRunner();

    @AfterEach
    void close() {
        runner.close();
    }

    private AlembicRun prepare(String body, RunOptions options) throws IOException {
        Path script = FakeScripts.write(dir, "fake-" + System.nanoTime(), body);
        return runner.prepare(ProcessSpec.of(List.of(script.toString()), dir, ENV), options);
    }

    private AlembicRun prepare(String body) throws IOException {
        return prepare(body, RunOptions.DEFAULTS);
    }

    @Test
    void linesArriveWhileTheProcessStillRuns() throws Exception {
        AlembicRun run = prepare("echo first; sleep 1; echo second >&2; sleep 0.2; echo third");
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> aliveAtLine = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        run.addListener(new RunListener() {
            @Override
            public void lineRead(OutputLine line) {
                events.add(line.stream() + ":" + line.text());
                aliveAtLine.add(run.processHandle().orElseThrow().isAlive());
            }

            @Override
            public void stateChanged(RunState from, RunState to) {
                events.add(from + "->" + to);
                threads.add(Thread.currentThread().getName());
            }
        });
        assertThat(run.state()).isEqualTo(RunState.IDLE);
        run.start();
        RunResult result = run.await();

        assertThat(result.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(result.exitCode()).hasValue(0);
        assertThat(events).containsExactly("IDLE->RUNNING", "STDOUT:first", "STDERR:second", "STDOUT:third",
                "RUNNING->SUCCEEDED");
        assertThat(aliveAtLine.get(0)).as("the first line was delivered before the process ended").isTrue();
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1100));
        assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(threads).as("listeners run on the runner's threads, never the caller's")
                .allSatisfy(t -> assertThat(t).startsWith("retort-runner-"));
    }

    @Test
    void bothStreamsAreDrainedConcurrentlySoABigStderrCannotBlockTheProcess() throws Exception {
        // 20,000 lines (~200 KB) on stderr before stdout: more than a pipe buffer holds
        AlembicRun run = prepare("seq 1 20000 | sed 's/^/err /' >&2; seq 1 20000 | sed 's/^/out /'",
                RunOptions.DEFAULTS.withTimeout(Duration.ofSeconds(60)));
        run.start();
        RunResult result = run.await();
        assertThat(result.state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.log().total()).isEqualTo(40_000);
        assertThat(result.droppedLines()).isEqualTo(30_000);
        List<OutputLine> kept = run.log().lines();
        assertThat(kept).hasSize(10_000);
        assertThat(kept.get(kept.size() - 1).text()).isEqualTo("out 20000");
    }

    @Test
    void outputIsDecodedAsUtf8AndTheEnvironmentIsExactlyTheSpecs() throws Exception {
        Path script = FakeScripts.write(dir, "env", "printf 'müller & Söhne\\n'; echo \"foo=$FOO home=${HOME-unset}\"");
        AlembicRun run = runner.prepare(ProcessSpec.of(List.of(script.toString()), dir,
                Map.of("PATH", "/usr/bin:/bin", "FOO", "bär")));
        run.start();
        run.await();
        assertThat(run.log().text(StreamKind.STDOUT)).isEqualTo("müller & Söhne\nfoo=bär home=unset\n");
    }

    @Test
    void stdinIsTheNullDeviceSoReadingItEndsAtOnce() throws Exception {
        AlembicRun run = prepare("cat; echo after-cat", RunOptions.DEFAULTS.withTimeout(Duration.ofSeconds(20)));
        run.start();
        assertThat(run.await().state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.log().text(StreamKind.STDOUT)).isEqualTo("after-cat\n");
    }

    @Test
    void aTracebackFailsTheRunWithTheExceptionLineAsReason() throws Exception {
        AlembicRun run = prepare("""
                echo 'INFO  [alembic.runtime.migration] Running upgrade  -> 001, create things' >&2
                cat >&2 <<'TB'
                Traceback (most recent call last):
                  File "/x/env.py", line 5, in <module>
                    run()
                sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection failed
                DETAIL:  more
                
                (Background on this error at: https://sqlalche.me/e/14/e3q8)
                TB
                exit 1""");
        run.start();
        RunResult result = run.await();
        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.exitCode()).hasValue(1);
        RunFailure failure = result.failure().orElseThrow();
        assertThat(failure.kind()).isEqualTo(RunFailure.Kind.TRACEBACK);
        assertThat(failure.summary()).isEqualTo("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) "
                + "connection failed");
        assertThat(failure.details()).containsExactly("DETAIL:  more");
        assertThat(run.log().lines()).extracting(OutputLine::level).containsExactly(LineLevel.INFO,
                LineLevel.TRACEBACK, LineLevel.TRACEBACK, LineLevel.TRACEBACK, LineLevel.TRACEBACK,
                LineLevel.TRACEBACK, LineLevel.TRACEBACK, LineLevel.TRACEBACK);
    }

    @Test
    void alembicsFailedMessageIsTheReason() throws Exception {
        AlembicRun run = prepare("echo \"FAILED: Can't locate revision identified by 'zzzz'\"; exit 255");
        run.start();
        RunResult result = run.await();
        assertThat(result.failure()).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(RunFailure.Kind.ALEMBIC_FAILED);
            assertThat(f.summary()).isEqualTo("Can't locate revision identified by 'zzzz'");
        });
        assertThat(result.exitCode()).hasValue(255);
    }

    @Test
    void usageErrorsAndBareExitCodesAreDescribed() throws Exception {
        AlembicRun usage = prepare("echo 'usage: alembic upgrade [-h] [--sql] [--tag TAG] revision' >&2; "
                + "echo 'alembic upgrade: error: the following arguments are required: revision' >&2; exit 2");
        usage.start();
        assertThat(usage.await().failure().orElseThrow()).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RunFailure.Kind.USAGE);
            assertThat(f.summary()).isEqualTo("error: the following arguments are required: revision");
        });
        AlembicRun bare = prepare("exit 3");
        bare.start();
        assertThat(bare.await().failure().orElseThrow()).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(RunFailure.Kind.EXIT_CODE);
            assertThat(f.summary()).isEqualTo("alembic exited with code 3");
        });
    }

    @Test
    void aProgramThatCannotStartFailsWithoutExitCode() throws Exception {
        AlembicRun run = runner.prepare(ProcessSpec.of(List.of(dir.resolve("missing").toString()), dir, ENV));
        run.start();
        RunResult result = run.await();
        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.exitCode()).isEmpty();
        assertThat(result.failure().orElseThrow().kind()).isEqualTo(RunFailure.Kind.START_FAILED);
        assertThat(result.failure().orElseThrow().summary()).contains("missing");
    }

    @Test
    void cancelEndsATreeThatIgnoresSigterm() throws Exception {
        // the script and its child both ignore SIGTERM (an ignored signal stays ignored across exec)
        AlembicRun run = prepare("trap '' TERM\nsleep 300 &\necho started\nwait\necho never",
                RunOptions.DEFAULTS.withGrace(Duration.ofMillis(500)));
        CountDownLatch started = new CountDownLatch(1);
        run.addListener(new RunListener() {
            @Override
            public void lineRead(OutputLine line) {
                if (line.text().equals("started")) {
                    started.countDown();
                }
            }
        });
        run.start();
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        Set<ProcessHandle> tree = ProcessTree.snapshot(run.processHandle().orElseThrow());
        assertThat(tree).hasSizeGreaterThanOrEqualTo(2);

        assertThat(run.cancel()).isTrue();
        RunResult result = run.await();

        assertThat(result.state()).isEqualTo(RunState.CANCELLED);
        assertThat(result.failure()).isEmpty();
        assertThat(result.survivors()).isEmpty();
        assertThat(result.elapsed()).as("it waited the grace period before killing").isGreaterThan(Duration.ofMillis(500));
        assertThat(tree).allSatisfy(p -> assertThat(p.isAlive()).as("process " + p.pid()).isFalse());
        assertThat(run.log().text(StreamKind.STDOUT)).doesNotContain("never");
        assertThat(run.cancel()).as("cancelling a finished run does nothing").isFalse();
    }

    @Test
    void aTimeoutStopsTheTreeAndFails() throws Exception {
        AlembicRun run = prepare("sleep 300 & wait", RunOptions.DEFAULTS.withTimeout(Duration.ofMillis(300))
                .withGrace(Duration.ofMillis(200)));
        run.start();
        RunResult result = run.await();
        assertThat(result.state()).isEqualTo(RunState.FAILED);
        assertThat(result.failure().orElseThrow().kind()).isEqualTo(RunFailure.Kind.TIMED_OUT);
        assertThat(result.survivors()).isEmpty();
        assertThat(run.processHandle().orElseThrow().isAlive()).isFalse();
    }

    @Test
    void cancelBeforeStartAndStartTwice() throws Exception {
        AlembicRun idle = prepare("echo hi");
        assertThat(idle.cancel()).isTrue();
        assertThat(idle.await().state()).isEqualTo(RunState.CANCELLED);
        assertThatThrownBy(idle::start).isInstanceOf(IllegalStateException.class);

        AlembicRun once = prepare("echo hi");
        once.start();
        once.await();
        assertThatThrownBy(once::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aThrowingListenerDoesNotStopTheDraining() throws Exception {
        AlembicRun run = prepare("seq 1 5000");
        run.addListener(new RunListener() {
            @Override
            public void lineRead(OutputLine line) {
                throw new IllegalStateException("listener bug");
            }
        });
        run.start();
        assertThat(run.await().state()).isEqualTo(RunState.SUCCEEDED);
        assertThat(run.log().total()).isEqualTo(5000);
    }

    @Test
    void endlessLinesAreCut() throws Exception {
        AlembicRun run = prepare("head -c 5000 /dev/zero | tr '\\0' x; printf '\\r\\nnext\\r\\n'",
                RunOptions.DEFAULTS.withMaxLineChars(1000));
        run.start();
        run.await();
        List<OutputLine> lines = run.log().lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).startsWith("x".repeat(1000) + " [... 4000 more characters cut");
        assertThat(lines.get(1).text()).isEqualTo("next");
    }

    @Test
    void closingTheRunnerCancelsWhatStillRuns() throws Exception {
        AlembicRun run = prepare("sleep 300", RunOptions.DEFAULTS.withGrace(Duration.ofMillis(200)));
        run.start();
        ProcessHandle handle = run.processHandle().orElseThrow();
        runner.close();
        assertThat(run.result()).hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(RunState.CANCELLED));
        assertThat(handle.isAlive()).isFalse();
        assertThatThrownBy(() -> prepare("echo")).isInstanceOf(IllegalStateException.class);
    }
}
