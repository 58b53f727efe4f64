package org.engagementportal.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementportal.source.Problems;

/**
 * A new folder beside the output folder that a build writes into. Each text file over 1 KB gets its
 * {@code .gz} and {@code .br} copies as it is written, and every file its line in {@code manifest.json}.
 * Only when the whole build has succeeded does {@link Publisher} put the folder in the output folder's
 * place; a failed build deletes it, so the previous output is never touched.
 *
 * <p>{@link #updating} makes one that holds only what changed: a file the previous build published with the
 * same contents (its manifest says so, and the file and its copies are still there at the sizes it lists) is
 * left where it is, and {@link Publisher} then moves the changed files into the output folder and deletes
 * what the build no longer makes. After a one-page edit that is a handful of files instead of every file of
 * the site linked into a new folder.
 */
public final class StagingFolder extends TrackingOutput implements AutoCloseable {
    /** The file that marks a staging folder as the portal's; removed just before the folder is published. */
    static final String MARKER = ".portal-staging";
    /** Text files copied from content/ are compressed when they are at most this size (larger ones are rare). */
    static final long COMPRESS_COPIES_UP_TO = 32L * 1024 * 1024;

    private final Path root;
    private final Path previousOutput;
    private final Map<String, Manifest.Entry> previous;
    /** The folders made, by their site paths ("/a/b"): as text, not as absolute paths (90,000 at 100,000 pages). */
    private final ConcurrentHashMap<String, Boolean> folders = new ConcurrentHashMap<>();
    private final Manifest manifest = new Manifest(Precompressed.SETTINGS);
    /** Whether only what changed is written here, to be moved into the output folder ({@link #updating}). */
    private final boolean updating;
    /** What this folder holds, when it holds only what changed: the site paths, compressed copies included. */
    private final java.util.Set<String> staged = ConcurrentHashMap.newKeySet();
    /**
     * What the output folder held when the build began, for an update, when it could be read whole: what is still
     * there is asked of it rather than of the disk, and it is kept up to date as the update is published. Null: the
     * disk is asked.
     */
    private final OutputTree tree;
    /**
     * When the previous output's manifest was written (nanoseconds), the last file a build writes: a file changed since, by
     * hand or by another program, is written again even when its size is the same. Long.MIN_VALUE when not known.
     */
    private final long publishedNanos;
    private boolean published;

    private StagingFolder(Path root, Path previousOutput, Map<String, Manifest.Entry> previous, boolean updating,
                          OutputTree tree, Problems problems) {
        super(problems);
        this.root = root;
        this.previousOutput = previousOutput;
        this.previous = previous;
        this.updating = updating;
        this.tree = updating ? tree : null;
        this.publishedNanos = updating ? manifestTime(previousOutput, this.tree) : Long.MIN_VALUE;
    }

    private static long manifestTime(Path output, OutputTree tree) {
        if (tree != null) {
            return tree.file(Manifest.PATH).map(OutputTree.Stamp::modifiedNanos).orElse(Long.MIN_VALUE);
        }
        try {
            return Files.getLastModifiedTime(output.resolve(Manifest.PATH.substring(1)), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    .to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Creates an empty staging folder next to {@code out} (on the same disk, so the final move is a rename). */
    public static StagingFolder beside(Path out, Problems problems) {
        Path target = out.toAbsolutePath();
        return new StagingFolder(create(target), target, Manifest.previous(target, Precompressed.SETTINGS), false, null, problems);
    }

    /**
     * A staging folder for only the files that differ from the output folder's, when that holds a build this
     * version of the portal published with the same compression (its manifest says so); otherwise one for the
     * whole site, as {@link #beside}.
     */
    public static StagingFolder updating(Path out, Problems problems) {
        return updatingAhead(out).apply(problems);
    }

    /**
     * {@link #updating}, with the output folder's manifest and what the folder holds ({@link OutputTree}) read as tasks
     * of the build's pool, forked now, so other threads read them while this one works (the site assembled, on one
     * thread); applying it waits for them.
     */
    public static java.util.function.Function<Problems, StagingFolder> updatingAhead(Path out) {
        return updatingAhead(out, true);
    }

    /** {@link #updatingAhead}; with {@code mayReadTree} false, each file is asked about as for a large folder (for tests). */
    static java.util.function.Function<Problems, StagingFolder> updatingAhead(Path out, boolean mayReadTree) {
        Path target = out.toAbsolutePath();
        java.util.concurrent.ForkJoinTask<Map<String, Manifest.Entry>> read = java.util.concurrent.ForkJoinTask.adapt(
                () -> Manifest.previous(target, Precompressed.SETTINGS)).fork();
        // Only an output with a manifest can be updated: without, nothing in it is asked about. One too large to hold
        // (OutputTree.MOST_ENTRIES) is given up part way, and then each file is asked about.
        boolean readTree = mayReadTree && Files.isRegularFile(target.resolve(Manifest.PATH.substring(1)));
        java.util.concurrent.ForkJoinTask<Optional<OutputTree>> walk = readTree
                ? java.util.concurrent.ForkJoinTask.adapt(() -> OutputTree.read(target)).fork() : null;
        return problems -> {
            Map<String, Manifest.Entry> previous = read.join();
            // Not waited for when there is nothing to update (a manifest of another version): then it is not used.
            OutputTree tree = walk == null || previous.isEmpty() ? null : walk.join().orElse(null);
            return new StagingFolder(create(target), target, previous, !previous.isEmpty(), tree, problems);
        };
    }

    private static Path create(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        Path root = parent.resolve(out.getFileName() + ".staging-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            Folders.delete(root);
            Files.createDirectories(root);
            // Says the folder is the portal's, so a later build may delete it if this one never finishes.
            Files.createFile(root.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    public Path root() {
        return root;
    }

    /** Whether the folder holds only what changed, for {@link Publisher} to move into the output folder. */
    boolean isUpdate() {
        return updating;
    }

    /** What the output folder holds, as read when the build began and kept up to date by publishing; null if not read. */
    OutputTree tree() {
        return tree;
    }

    /**
     * Once published, a digest of what the output folder holds ({@link OutputTree#digest}), worked out from what the
     * build read of it and what publishing changed; empty when it was not read, or holds what cannot be stamped.
     */
    public Optional<String> publishedDigest() {
        return published && tree != null ? tree.digest() : Optional.empty();
    }

    /** The files written here, compressed copies included (only kept track of for an update), sorted. */
    java.util.SortedSet<String> staged() {
        return new java.util.TreeSet<>(staged);
    }

    /** Every file the finished build has, from its manifest: kept, written or reused. */
    java.util.Set<String> listed() {
        return manifest.paths();
    }

    private Path target(String sitePath) {
        Path file = root.resolve(sitePath.substring(1));
        // computeIfAbsent makes a second thread wanting the same folder wait until it exists: with a plain
        // "add to a set, then create" the second thread could write before the folder was there.
        folders.computeIfAbsent(sitePath.substring(0, sitePath.lastIndexOf('/')), dir -> {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        });
        return file;
    }

    @Override
    public void write(String sitePath, byte[] bytes, Origin origin) {
        if (claim(sitePath, bytes.length, origin)) {
            String sha = null;
            if (updating) {
                sha = Manifest.sha256(bytes);
                if (keep(sitePath, bytes.length, sha)) {
                    return;
                }
            }
            putWithCopies(sitePath, bytes, sha);
        }
    }

    /**
     * For an update: leaves the output folder's file as it is when it has these contents by the previous
     * manifest, and it and its compressed copies are still there at the sizes listed. False when it must be
     * written.
     */
    private boolean keep(String sitePath, long size, String sha) {
        Manifest.Entry before = previous.get(sitePath);
        if (before == null || before.size() != size || !before.hasDigest(sha) || !stillThere(sitePath)) {
            return false;
        }
        for (String path : List.of(sitePath, sitePath + ".gz", sitePath + ".br")) {
            Manifest.Entry entry = previous.get(path);
            if (entry != null) {
                manifest.add(path, entry);
            }
        }
        return true;
    }

    /**
     * Whether the previous output's file and its compressed copies are there at the sizes its manifest lists, unchanged
     * since it was written ({@link #publishedNanos}): as the folder was read when the build began, for an update, else as
     * the disk says now.
     */
    private boolean stillThere(String sitePath) {
        for (String path : List.of(sitePath, sitePath + ".gz", sitePath + ".br")) {
            Manifest.Entry entry = previous.get(path);
            if (entry == null) {
                continue;
            }
            if (tree != null) {
                if (tree.file(path).filter(s -> s.size() == entry.size() && s.modifiedNanos() <= publishedNanos).isEmpty()) {
                    return false;
                }
                continue;
            }
            try { // one look at the disk for both
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(previousOutput.resolve(path.substring(1)),
                        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile() || a.size() != entry.size()
                        || a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) > publishedNanos) {
                    return false; // changed or gone since it was published: made afresh
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Writes a file and, for text over 1 KB, its compressed copies: the earlier build's when unchanged. */
    private void putWithCopies(String sitePath, byte[] bytes, String known) {
        String sha = put(sitePath, bytes, known);
        if (!Precompressed.worthCopies(sitePath, bytes.length)) {
            return;
        }
        Manifest.Entry before = previous.get(sitePath);
        boolean unchanged = !updating && before != null && before.hasDigest(sha) && before.size() == bytes.length;
        if (!unchanged || !reuse(sitePath + ".gz", sitePath)) {
            Precompressed.gzip(bytes).ifPresent(gz -> put(sitePath + ".gz", gz, null));
        }
        if (!unchanged || !reuse(sitePath + ".br", sitePath)) {
            Precompressed.brotli(bytes).ifPresent(br -> put(sitePath + ".br", br, null));
        }
    }

    /** Writes a file and adds it to the manifest; returns its SHA-256 ({@code known}, when not null). */
    private String put(String sitePath, byte[] bytes, String known) {
        try {
            Files.write(target(sitePath), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = known != null ? known : Manifest.sha256(bytes);
        manifest.add(sitePath, new Manifest.Entry(bytes.length, sha));
        if (updating) {
            staged.add(sitePath);
        }
        return sha;
    }

    /**
     * Takes a compressed copy from the earlier build's output, when its manifest lists it and the file still
     * has the listed contents (it is linked, not copied, where the disk allows). False when it cannot be.
     */
    private boolean reuse(String sitePath, String original) {
        Manifest.Entry listed = previous.get(sitePath);
        if (listed == null) {
            return false;
        }
        Path old = previousOutput.resolve(sitePath.substring(1));
        try {
            byte[] bytes = Files.readAllBytes(old);
            if (bytes.length != listed.size() || !listed.hasDigest(Manifest.sha256(bytes))) {
                return false;
            }
            Path target = target(sitePath);
            try {
                Files.createLink(target, old);
            } catch (IOException | UnsupportedOperationException e) {
                Files.write(target, bytes);
            }
            // Exactly as new as the file it is a copy of, as servers that send compressed copies expect (the old
            // output's link shares the time, and is deleted anyway). The clock is not used: it is coarser than the
            // disk's times, so "now" can be earlier than the file just written.
            Files.setLastModifiedTime(target, Files.getLastModifiedTime(target(original)));
            manifest.add(sitePath, listed);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Links (or copies, where the disk cannot link) the previous output's file and its compressed copies, as
     * its manifest lists them. The file is trusted to be what the manifest says when its size agrees: reading
     * every unchanged file to hash it again would cost what reusing it saves.
     */
    @Override
    public boolean reuse(String sitePath, Origin origin) {
        Manifest.Entry listed = previous.get(sitePath);
        if (listed == null || !stillThere(sitePath)) {
            return false;
        }
        if (!claim(sitePath, listed.size(), origin)) {
            return true; // two files at one address: reported by claim
        }
        for (String path : List.of(sitePath, sitePath + ".gz", sitePath + ".br")) {
            Manifest.Entry entry = previous.get(path);
            if (entry == null) {
                continue;
            }
            if (!updating) { // an update leaves it where it is
                Path from = previousOutput.resolve(path.substring(1));
                Path to = target(path);
                try {
                    try {
                        Files.createLink(to, from);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            manifest.add(path, entry);
        }
        return true;
    }

    @Override
    public void copy(String sitePath, Path source, Origin origin) {
        try {
            long size = Files.size(source);
            if (!claim(sitePath, size, origin)) {
                return;
            }
            if (size <= COMPRESS_COPIES_UP_TO && Precompressed.isText(sitePath)) {
                putWithCopies(sitePath, Files.readAllBytes(source), null);
                return;
            }
            if (updating) {
                MessageDigest digest = Manifest.digest();
                try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                if (keep(sitePath, size, java.util.HexFormat.of().formatHex(digest.digest()))) {
                    return;
                }
                staged.add(sitePath);
            }
            MessageDigest digest = Manifest.digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, target(sitePath), StandardCopyOption.REPLACE_EXISTING);
            }
            manifest.add(sitePath, size, digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code manifest.json}, listing every file written so far; the last thing a build writes. */
    public void finish() {
        if (!claim(Manifest.PATH, 0, Origin.portal("the portal's manifest of files"))) {
            return;
        }
        try {
            manifest.write(target(Manifest.PATH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files the folder holds, compressed copies and the manifest included. */
    public int filesWritten() {
        return manifest.size() + 1;
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
