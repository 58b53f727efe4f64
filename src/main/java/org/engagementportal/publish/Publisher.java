package org.engagementportal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished staging folder in the output folder's place. The old output is renamed aside, the
 * staging folder renamed into place, then the old output deleted: the output folder is always either
 * the complete old site or the complete new one, never a mixture. If the swap fails half way, the old
 * output is put back.
 */
public final class Publisher {
    private Publisher() {
    }

    public static void publish(StagingFolder staging, Path out) {
        Path target = out.toAbsolutePath();
        Path previous = target.resolveSibling(target.getFileName() + ".previous-" + ProcessHandle.current().pid());
        try {
            Folders.delete(previous);
            boolean hadOutput = Files.exists(target);
            if (hadOutput) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging.root(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadOutput) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            staging.markPublished();
            Folders.delete(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
