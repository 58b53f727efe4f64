package org.engagementportal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new folder beside the output folder that a build writes into. Only when the whole build has
 * succeeded does {@link Publisher} put it in the output folder's place; a failed build deletes it, so
 * the previous output is never touched.
 */
public final class StagingFolder extends TrackingOutput implements AutoCloseable {
    private final Path root;
    private final ConcurrentHashMap<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean published;

    private StagingFolder(Path root) {
        this.root = root;
    }

    /** Creates an empty staging folder next to {@code out} (on the same disk, so the final move is a rename). */
    public static StagingFolder beside(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        Path root = parent.resolve(out.getFileName() + ".staging-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            Folders.delete(root);
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StagingFolder(root);
    }

    public Path root() {
        return root;
    }

    private Path target(String sitePath) {
        Path file = root.resolve(sitePath.substring(1));
        // computeIfAbsent makes a second thread wanting the same folder wait until it exists: with a plain
        // "add to a set, then create" the second thread could write before the folder was there.
        folders.computeIfAbsent(file.getParent(), dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        });
        return file;
    }

    @Override
    public void write(String sitePath, byte[] bytes) {
        claim(sitePath, bytes.length);
        try {
            Files.write(target(sitePath), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void copy(String sitePath, Path source) {
        try {
            claim(sitePath, Files.size(source));
            Files.copy(source, target(sitePath), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void markPublished() {
        published = true;
    }

    /** Deletes the staging folder unless it was published. */
    @Override
    public void close() {
        if (!published) {
            try {
                Folders.delete(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
