package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk kept ({@link FileWalk}) and gone through again meets what walking the folder would, for a visitor that skips
 * folders and one that stops; a walk a visitor did not go through whole is not kept.
 */
class FileWalkTest {
    @TempDir
    Path dir;
    Path root;

    @BeforeEach
    void aFolderOfContent() throws IOException {
        root = dir.resolve("content");
        for (String f : List.of("index.md", "about.md", "_data/site.yml", ".hidden/x.md", "consultations/a.md",
                "consultations/a.easy-read.md", "consultations/deep/b.md", "consultations/_drafts/c.md", "bulletins/2025/d.md",
                "pictures/e.png")) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
    }

    /** Notes every folder and file met, with its size; skips folders starting with _ or ., and stops at {@code stopAt}. */
    private static class Noting extends SimpleFileVisitor<Path> {
        final List<String> met = new ArrayList<>();
        final String stopAt;

        Noting(String stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            met.add(d + "/");
            String name = d.getFileName().toString();
            return name.startsWith("_") || name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            met.add(f + " " + attrs.size());
            return f.getFileName().toString().equals(stopAt) ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }
    }

    private FileWalk kept() throws IOException {
        Noting all = new Noting(null) {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                met.add(d + "/");
                return FileVisitResult.CONTINUE;
            }
        };
        Optional<FileWalk> walk = FileWalk.keeping(root, all);
        assertTrue(walk.isPresent(), "a walk gone through whole is kept");
        assertEquals(19, all.met.size(), all.met.toString()); // 9 folders, 10 files
        return walk.get();
    }

    @Test
    void goneThroughAgainItMeetsWhatWalkingTheFolderWould() throws IOException {
        FileWalk walk = kept();
        Noting fresh = new Noting(null);
        Files.walkFileTree(root, fresh);
        Noting again = new Noting(null);
        walk.replay(again);
        assertEquals(fresh.met, again.met);
        assertTrue(again.met.stream().noneMatch(m -> m.contains("_drafts") && !m.endsWith("_drafts/")), "a skipped folder's files");
        assertEquals(root, walk.root());
    }

    @Test
    void aVisitorThatStopsStopsThereOnBothWalks() throws IOException {
        FileWalk walk = kept();
        Noting fresh = new Noting("a.md");
        Files.walkFileTree(root, fresh);
        Noting again = new Noting("a.md");
        walk.replay(again);
        assertEquals(fresh.met, again.met);
    }

    @Test
    void aWalkNotGoneThroughWholeIsNotKept() throws IOException {
        assertEquals(Optional.empty(), FileWalk.keeping(root, new Noting(null)), "it skipped folders");
        assertEquals(Optional.empty(), FileWalk.keeping(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                return FileVisitResult.TERMINATE;
            }
        }), "it stopped");
    }
}
