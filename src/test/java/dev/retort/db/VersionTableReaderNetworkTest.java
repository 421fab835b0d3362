package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.db.VersionTableState.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures that need no database at all: nothing listening, a server that never answers. */
class VersionTableReaderNetworkTest {
    private static final Timeouts ONE_SECOND = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final VersionTableReader reader = new VersionTableReader(ONE_SECOND, PgPass.at(Path.of("/nonexistent")));

    @Test
    void closedPortFailsFastAsUnreachable() {
        ConnectionProfile profile = ConnectionProfile.postgres("p", "127.0.0.1", 1, "app", "alice")
                .withEnvironment(Map.of("POSTGRES_PORT", "5433"));
        long start = System.nanoTime();
        VersionTableState state = reader.read(profile, Secret.of("Pa55-unreachable"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(state.status()).isEqualTo(Status.SERVER_UNREACHABLE);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(state.message())
                .startsWith("Cannot reach PostgreSQL at 127.0.0.1:1: connection refused. Is the server running? "
                        + "Check host/port or the profile's environment variables")
                .contains("POSTGRES_PORT=5433")
                .doesNotContain("Pa55-unreachable")
                .doesNotContain("Exception");
    }

    @Test
    void unknownHostIsUnreachable() {
        VersionTableState state = reader.read(
                ConnectionProfile.postgres("p", "no-such-host.invalid", 5432, "app", "alice"), Secret.none());
        assertThat(state.status()).isEqualTo(Status.SERVER_UNREACHABLE);
        assertThat(state.message()).contains("unknown host");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        // the kernel completes the handshake from the backlog, and then nothing is ever said, like a hung server or a black-holing proxy
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ConnectionProfile profile = ConnectionProfile.postgres("p", "127.0.0.1", silent.getLocalPort(), "app",
                    "alice");
            long start = System.nanoTime();
            VersionTableState state = reader.read(profile, Secret.none());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(state.status()).isEqualTo(Status.SERVER_UNREACHABLE);
            assertThat(state.message()).startsWith("Cannot reach PostgreSQL at 127.0.0.1:" + silent.getLocalPort());
            assertThat(took).isLessThan(Duration.ofSeconds(6));
        }
    }
}
