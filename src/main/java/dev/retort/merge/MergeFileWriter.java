package dev.retort.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Writes a {@link MergePlan} to disk: into a temporary file in the target directory, then
 * published under the final name without ever replacing an existing file. On failure nothing
 * is left behind, not even directories it created. Prints nothing; the caller reports
 * {@link MergePlan#generatingLine()}.
 */
public final class MergeFileWriter {

    /**
     * Writes the plan's bytes to {@link MergePlan#target()}, creating missing directories.
     *
     * @return the written path, or why nothing was written
     */
    public Attempt<Path> write(MergePlan plan) {
        Path target = plan.target().toAbsolutePath();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Attempt.failed("A file already exists at " + target + "; Retort never overwrites files");
        }
        Deque<Path> createdDirectories = new ArrayDeque<>();
        Path temp = null;
        try {
            createDirectories(target.getParent(), createdDirectories);
            temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            // CREATE_NEW gives the umask's permissions, like Python's open(path, "wb") in alembic
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(plan.bytes());
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            publish(temp, target);
            deleteQuietly(temp);
            return Attempt.ok(target);
        } catch (FileAlreadyExistsException e) {
            cleanUp(temp, createdDirectories);
            return Attempt.failed("A file already exists at " + target + "; Retort never overwrites files");
        } catch (AccessDeniedException e) {
            cleanUp(temp, createdDirectories);
            return Attempt.failed("Cannot write " + target + ": permission denied (" + e.getFile() + ")");
        } catch (IOException | RuntimeException e) {
            cleanUp(temp, createdDirectories);
            return Attempt.failed("Cannot write " + target + ": " + describe(e));
        }
    }

    /**
     * A hard link is an atomic create-if-absent; where links are not supported, an atomic move
     * after a fresh existence check (a small window in which another writer could slip in).
     */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof AccessDeniedException denied) {
                throw denied;
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void createDirectories(Path dir, Deque<Path> created) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            Files.createDirectory(next);
            created.push(next);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // best effort: the temp name starts with '.' and does not end in .py, so alembic ignores it
        }
    }

    private static void cleanUp(Path temp, Deque<Path> createdDirectories) {
        deleteQuietly(temp);
        for (Path dir : createdDirectories) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // not empty (someone else wrote there) or not permitted: leave it
            }
        }
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException fse) {
            String reason = fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
            return reason + (fse.getFile() != null ? " (" + fse.getFile() + ")" : "");
        }
        return e.toString();
    }
}
