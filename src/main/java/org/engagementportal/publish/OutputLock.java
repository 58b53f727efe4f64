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
 *
 * <p>The build that holds the file deletes it as it finishes, so the temporary folder does not fill with one file for
 * every folder ever built into (the tests build into hundreds). Another build may have opened the file before it was
 * deleted and be waiting for its lock: when it has the lock, it checks that the file it holds has not been deleted
 * (which Linux tells), and starts again with a new file where it has. Only the holder of the file its name leads to
 * deletes it, so at most one build at a time holds that file. A build killed before it finishes leaves the file, which
 * the next build into the folder takes over. Where the system does not tell (macOS, Windows) the file is left, as it
 * always was. A build by a portal from before 3 December 2026 does not check: while one of those waits for the lock,
 * build into the folder with that version alone.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;
    private final java.util.concurrent.locks.ReentrantLock here;
    /** The lock's file, deleted when the lock is let go; null where it cannot be known to be the one held. */
    private final Path file;

    private OutputLock(FileChannel channel, FileLock lock, java.util.concurrent.locks.ReentrantLock here, Path file) {
        this.channel = channel;
        this.lock = lock;
        this.here = here;
        this.file = file;
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
        String key = realPath(out);
        java.util.concurrent.locks.ReentrantLock here = HERE.computeIfAbsent(key, k -> new java.util.concurrent.locks.ReentrantLock());
        boolean told = false;
        int unseen = 0;
        if (!here.tryLock()) {
            waiting.accept("another build is writing to " + out + ": waiting for it to finish");
            told = true;
            here.lock();
        }
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "portal-build-" + java.util.UUID.nameUUIDFromBytes(
                key.getBytes(StandardCharsets.UTF_8)) + ".lock");
        while (true) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                shared(file);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    if (!told) {
                        waiting.accept("another build is writing to " + out + ": waiting for it to finish");
                        told = true;
                    }
                    lock = channel.lock();
                }
                Held held = current(file);
                if (held == Held.CURRENT) {
                    return new OutputLock(channel, lock, here, file);
                }
                if (held == Held.UNTOLD || held == Held.UNSEEN && ++unseen > 3) {
                    return new OutputLock(channel, lock, here, null); // held, and left in place as it cannot be checked
                }
                // Deleted by the build that held it while this one waited (or, on a network disk, renamed away as it was
                // deleted while open, so not seen under its name): again, with the file the name leads to now.
                closeQuietly(channel);
            } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
                closeQuietly(channel);
                waiting.accept("note: could not take the lock that keeps two builds from writing to " + out + " at once (" + file
                        + "), so this build does not wait for another");
                return new OutputLock(null, null, here, null);
            }
        }
    }

    /**
     * The output folder's real path, links followed, so that two ways of naming one folder (through a linked folder, as
     * a home folder on another disk often is) take one lock: of the folder where it exists, or of the nearest folder
     * above it that does, with the rest of the name after it (a first build, whose folder is not made yet).
     */
    static String realPath(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute)).normalize().toString();
            } catch (IOException | SecurityException e) {
                // not there yet, or not to be read: the folder above
            }
        }
        return absolute.toString();
    }

    /** What Linux tells of the lock's file that a build holds ({@link #current}). */
    private enum Held {
        /** The file its name leads to. */
        CURRENT,
        /** Deleted since it was opened. */
        DELETED,
        /** Not among the files the process has open under that name, deleted or not (on a network disk, renamed away). */
        UNSEEN,
        /** The system does not tell (macOS, Windows). */
        UNTOLD
    }

    /**
     * Whether the file held through this process's open channel to {@code file} is the one {@code file} names now: not
     * deleted, as Linux tells of each file a process has open (in {@code /proc/self/fd}). Asked there because opening the
     * file again by its name, and closing it, would let go of the lock (a POSIX lock is the process's, on every descriptor
     * of the file). Only one channel to the file is open in the process at a time ({@link #HERE}).
     */
    private static Held current(Path file) {
        Path open = Path.of("/proc/self/fd");
        if (!java.nio.file.Files.isDirectory(open)) {
            return Held.UNTOLD;
        }
        String name;
        try {
            name = file.toRealPath().toString();
        } catch (java.nio.file.NoSuchFileException e) {
            return Held.DELETED; // and no other made since
        } catch (IOException | SecurityException e) {
            return Held.UNTOLD;
        }
        try (java.nio.file.DirectoryStream<Path> descriptors = java.nio.file.Files.newDirectoryStream(open)) {
            for (Path d : descriptors) {
                String target;
                try {
                    target = java.nio.file.Files.readSymbolicLink(d).toString();
                } catch (IOException | UnsupportedOperationException e) {
                    continue; // closed while listed (the listing's own)
                }
                if (target.equals(name)) {
                    return Held.CURRENT;
                }
                if (target.equals(name + " (deleted)")) {
                    return Held.DELETED;
                }
            }
        } catch (IOException | SecurityException e) {
            return Held.UNTOLD; // the lock is held all the same: only whether to delete its file is not known
        }
        return Held.UNSEEN;
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
        if (file != null) {
            try {
                if (current(file) == Held.CURRENT) { // not if something else (a cleaner of old files) deleted it meanwhile
                    java.nio.file.Files.deleteIfExists(file); // while it is held: see the class comment
                }
            } catch (IOException | SecurityException e) {
                // another user's file in a shared temporary folder: left for the next build, as before
            }
        }
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
