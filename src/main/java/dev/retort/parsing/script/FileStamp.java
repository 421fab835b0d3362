package dev.retort.parsing.script;

import java.nio.file.attribute.BasicFileAttributes;

/**
 * What says a file has not changed since it was parsed: its size and modification time, the
 * same test Python applies before it trusts a {@code .pyc}.
 *
 * @param size bytes
 * @param modifiedNanos modification time, nanoseconds since the epoch
 */
record FileStamp(long size, long modifiedNanos) {
    static FileStamp of(BasicFileAttributes attrs) {
        java.time.Instant t = attrs.lastModifiedTime().toInstant();
        return new FileStamp(attrs.size(), t.getEpochSecond() * 1_000_000_000L + t.getNano());
    }
}
