package dev.retort.db;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a version-table read may take. A database that does not answer must not freeze a
 * refresh, so every phase is bounded.
 *
 * @param connect TCP connect and, doubled, the whole login (PostgreSQL {@code connectTimeout},
 *     {@code loginTimeout}); SQLite's busy timeout for a locked file
 * @param query each statement, and each socket read while it runs ({@code socketTimeout},
 *     {@code Statement.setQueryTimeout})
 */
public record Timeouts(Duration connect, Duration query) {
    /** 5 s to connect, 10 s per query. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(query, "query");
        if (connect.isNegative() || connect.isZero() || query.isNegative() || query.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** Whole seconds, at least 1: pgjdbc's timeouts are in seconds and 0 would mean "forever". */
    int connectSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, connect.toSeconds()));
    }

    int querySeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, query.toSeconds()));
    }
}
