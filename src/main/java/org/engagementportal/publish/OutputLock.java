package org.engagementportal.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One build at a time into an output folder. Two at once (a scheduled rebuild and the build of a merged change on one
 * machine, or two terminals) each read the folder as it was and updated it, and left a mix of both sites that both
 * called a success, with a manifest that no longer described it. The second now waits for the first to finish, then
 * builds over what it published. The lock is the system's (released when the command ends, however it ends), on a
 * file in the temporary folder named after the output folder's real path, so it holds whichever site is built into it
 * and leaves nothing in the site's or the output's folder.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final java.util.concurrent.locks.ReentrantLock here;

    private OutputLock(FileChannel channel, FileLock lock, java.util.concurrent.locks.ReentrantLock here) {
        this.channel = channel;
        this.lock = lock;
        this.here = here;
    }

    /** The folders this process is building into, each held by one build at a time (the system's lock is the process's). */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> HERE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Takes the lock of {@code out}, waiting, after telling {@code waiting}, while another build holds it, in this process or
     * another. Where the system's lock cannot be had (a temporary folder that cannot be written), the build goes on without
     * it, and {@code waiting} is told so.
     */
    public static OutputLock of(Path out, Consumer<String> waiting) {
        String key = out.toAbsolutePath().normalize().toString();
        java.util.concurrent.locks.ReentrantLock here = HERE.computeIfAbsent(key, k -> new java.util.concurrent.locks.ReentrantLock());
        if (!here.tryLock()) {
            waiting.accept("another build is writing to " + out + ": waiting for it to finish");
            here.lock();
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "portal-build-" + java.util.UUID.nameUUIDFromBytes(
                key.getBytes(StandardCharsets.UTF_8)) + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            shared(file);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.accept("another build is writing to " + out + ": waiting for it to finish");
                lock = channel.lock();
            }
            return new OutputLock(channel, lock, here);
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(channel);
            waiting.accept("note: could not take the lock that keeps two builds from writing to " + out + " at once (" + file
                    + "), so this build does not wait for another");
            return new OutputLock(null, null, here);
        }
    }

    /** Lets every user open the lock file, so a build run by another (a scheduled job's) waits as well. */
    private static void shared(Path file) {
        try {
            java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // another user's file, already shared, or a disk without such permissions
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // released when the command ends
        }
        closeQuietly(channel);
        here.unlock();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held
            }
        }
    }
}
