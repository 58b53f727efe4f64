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

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code out}, waiting, after telling {@code waiting}, while another build holds it. Where no lock
     * can be had (a temporary folder that cannot be written), the build goes on without one.
     */
    public static OutputLock of(Path out, Consumer<String> waiting) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "portal-build-" + java.util.UUID.nameUUIDFromBytes(
                out.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)) + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.accept("another build is writing to " + out + ": waiting for it to finish");
                lock = channel.lock();
            }
            return new OutputLock(channel, lock);
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(channel);
            return new OutputLock(null, null);
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
