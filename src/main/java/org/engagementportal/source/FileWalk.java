package org.engagementportal.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A walk of a folder ({@link Files#walkFileTree}) kept as it went, to be gone through again by another visitor without
 * asking the disk: a build stamps every file of {@code content/} before it reads anything (to know next time whether
 * anything changed), and the content loader then walks the same folder. With this, the second walk is the first one's,
 * ten thousand questions to the disk fewer at 10,000 pages. Each folder and file in the order the walk met them, with
 * its details as they were then.
 */
public final class FileWalk {
    private record Step(Path path, BasicFileAttributes attrs, boolean folder) {
    }

    private final Path root;
    private final List<Step> steps;

    private FileWalk(Path root, List<Step> steps) {
        this.root = root;
        this.steps = steps;
    }

    public Path root() {
        return root;
    }

    /**
     * Walks {@code root} with {@code visitor}, keeping what it met: the walk, when the visitor went through all of it
     * (never skipping nor stopping) and nothing failed; otherwise empty, and whatever the visitor did stands.
     */
    public static java.util.Optional<FileWalk> keeping(Path root, FileVisitor<Path> visitor) throws IOException {
        List<Step> steps = new ArrayList<>();
        boolean[] whole = {true};
        Files.walkFileTree(root, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                steps.add(new Step(dir, attrs, true));
                return kept(visitor.preVisitDirectory(dir, attrs));
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                steps.add(new Step(file, attrs, false));
                return kept(visitor.visitFile(file, attrs));
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                whole[0] = false;
                return visitor.visitFileFailed(file, exc);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    whole[0] = false;
                }
                return kept(visitor.postVisitDirectory(dir, exc));
            }

            private FileVisitResult kept(FileVisitResult r) {
                if (r != FileVisitResult.CONTINUE) {
                    whole[0] = false;
                }
                return r;
            }
        });
        return whole[0] ? java.util.Optional.of(new FileWalk(root, List.copyOf(steps))) : java.util.Optional.empty();
    }

    /**
     * Goes through the walk again with {@code visitor}, as {@link Files#walkFileTree} would have on the folder as it was:
     * a folder it skips is skipped with all in it, and it may stop. Folders are not visited after their contents
     * ({@code postVisitDirectory} is not called), and skipping siblings is not supported.
     */
    public void replay(FileVisitor<Path> visitor) throws IOException {
        Path skipping = null;
        for (Step s : steps) {
            if (skipping != null && s.path().startsWith(skipping)) {
                continue;
            }
            skipping = null;
            FileVisitResult r = s.folder() ? visitor.preVisitDirectory(s.path(), s.attrs()) : visitor.visitFile(s.path(), s.attrs());
            if (r == FileVisitResult.TERMINATE) {
                return;
            }
            if (r == FileVisitResult.SKIP_SIBLINGS) {
                throw new UnsupportedOperationException("a walk gone through again does not skip siblings");
            }
            if (r == FileVisitResult.SKIP_SUBTREE && s.folder()) {
                skipping = s.path();
            }
        }
    }
}
