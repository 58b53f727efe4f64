package org.engagementportal.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deleting a folder and everything in it. */
final class Folders {
    private Folders() {
    }

    /**
     * Deletes a folder the portal marked as its own with the file {@code marker} at its top: that file last, so a
     * deletion stopped half way (the command ended) leaves the folder still marked, for a later one to finish.
     */
    static void deleteMarkedLast(Path folder, String marker) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path mark = folder.resolve(marker);
        try (var entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.equals(mark)) {
                    delete(entry);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.deleteIfExists(mark);
        Files.delete(folder);
    }

    /** Deletes a file, a link (not what it points to, even when that is gone) or a folder with everything in it. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
