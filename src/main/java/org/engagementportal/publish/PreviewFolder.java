package org.engagementportal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.engagementportal.source.Problems;

/**
 * The folder {@code portal serve} builds its preview into, changed in place: after a save only the files that
 * changed are written, each replaced in one step (written beside it, then renamed over it), so the server never
 * sends half a file, and nothing else is touched. A build's files are held until it has finished without errors
 * ({@link Build#apply}); a build with errors leaves the folder as it was, so the last good pages stay served.
 * No compressed copies and no manifest: the preview's server has no use for them, and {@code portal build}
 * makes them for the CDN.
 *
 * <p>It knows what it holds (each file's SHA-256 and size, or for a copied file its source's size, time and
 * identity), so it does not read the folder back. It starts by emptying the folder, which belongs to it.
 */
public final class PreviewFolder {
    private final Path root;
    private Map<String, Held> held = new HashMap<>();

    /** What a file in the folder holds: a digest of its contents, and its size. */
    private record Held(String digest, long size) {
    }

    public PreviewFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        empty(this.root);
    }

    /** Removes the folder {@code root} and all it holds, as a preview starting does: the last preview's pages are not its own. */
    public static void discard(Path root) {
        try {
            Folders.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the folder {@code root} (made when missing), as a preview starting afresh does. */
    private static void empty(Path root) {
        try {
            Folders.delete(root);
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the folder still holds what it is known to: it, and the two files every build writes, are there. Cleaning
     * the site's cache ({@code git clean -fdX}) while the preview runs took the folder away, and each save then wrote
     * back only the files it changed. When it does not, the preview starts again with a new folder ({@code Pipeline}).
     */
    public synchronized boolean intact() {
        return Files.isDirectory(root) && (!held.containsKey("/404.html") || Files.isRegularFile(root.resolve("404.html")))
                && (!held.containsKey("/robots.txt") || Files.isRegularFile(root.resolve("robots.txt")));
    }

    public Path root() {
        return root;
    }

    /** The output of one build into the folder. */
    public synchronized Build begin(Problems problems) {
        return new Build(problems, Map.copyOf(held));
    }

    /** A build's files, held until it has finished; safe to use from many threads, as every output is. */
    public final class Build extends TrackingOutput {
        private final Map<String, Held> before;
        private final ConcurrentMap<String, byte[]> written = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Path> copied = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Held> kept = new ConcurrentHashMap<>();

        private Build(Problems problems, Map<String, Held> before) {
            super(problems);
            this.before = before;
        }

        @Override
        public void write(String sitePath, byte[] bytes, Origin origin) {
            if (claim(sitePath, bytes.length, origin)) {
                written.put(sitePath, bytes);
            }
        }

        @Override
        public void copy(String sitePath, Path source, Origin origin) {
            try {
                if (claim(sitePath, Files.size(source), origin)) {
                    copied.put(sitePath, source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Leaves the file the last build put in the folder, whose inputs have not changed, as it is. */
        @Override
        public boolean reuse(String sitePath, Origin origin) {
            Held h = before.get(sitePath);
            if (h == null) {
                return false;
            }
            if (claim(sitePath, h.size(), origin)) {
                kept.put(sitePath, h);
            }
            return true;
        }

        /**
         * Leaves every file the last build put in the folder that this build has not written, copied or reused, as
         * it is: for a build that makes again only what a change can have changed ({@code portal serve} after a
         * save that changed only the text of pages), everything else being made of what has not changed. Call it
         * last: their paths are not claimed again (the last build claimed them, and this one makes no new one), so
         * {@link #paths} and {@link #writtenBy} know only the files this build made. Files {@code keep} refuses are
         * not kept: those of outputs the build made whole (every file of it it still has made or reused), so a file
         * it no longer has is removed.
         */
        public void keepTheRest(java.util.function.Predicate<String> keep) {
            int files = 0;
            long size = 0;
            for (var e : before.entrySet()) {
                if (writtenBy(e.getKey()).isEmpty() && keep.test(e.getKey())) {
                    kept.put(e.getKey(), e.getValue());
                    files++;
                    size += e.getValue().size();
                }
            }
            kept(files, size);
        }

        /**
         * Puts this build's files in the folder and removes those it no longer has.
         *
         * @return the site paths whose contents changed: added, changed or removed
         */
        public SortedSet<String> apply() {
            synchronized (PreviewFolder.this) {
                Map<String, Held> now = new HashMap<>(kept);
                SortedSet<String> changed = new TreeSet<>();
                try {
                    // The files it no longer has first, so a file can take the place of a folder that held them.
                    for (String gone : held.keySet()) {
                        if (!kept.containsKey(gone) && !written.containsKey(gone) && !copied.containsKey(gone)) {
                            remove(gone);
                            changed.add(gone);
                        }
                    }
                    for (var e : written.entrySet()) {
                        Held h = new Held(Manifest.sha256(e.getValue()), e.getValue().length);
                        if (!h.equals(held.get(e.getKey()))) {
                            replace(e.getKey(), e.getValue(), null);
                            changed.add(e.getKey());
                        }
                        now.put(e.getKey(), h);
                    }
                    for (var e : copied.entrySet()) {
                        BasicFileAttributes a = Files.readAttributes(e.getValue(), BasicFileAttributes.class);
                        Held h = new Held("copy of " + e.getValue() + " " + a.lastModifiedTime() + " " + a.fileKey(), a.size());
                        if (!h.equals(held.get(e.getKey()))) {
                            replace(e.getKey(), null, e.getValue());
                            changed.add(e.getKey());
                        }
                        now.put(e.getKey(), h);
                    }
                } catch (IOException e) {
                    held = new HashMap<>(); // not known any more: the next build writes every file again
                    throw new UncheckedIOException(e);
                }
                held = now;
                return changed;
            }
        }
    }

    private Path file(String sitePath) {
        return root.resolve(sitePath.substring(1));
    }

    /** Replaces a file in one step, with these bytes or a copy of {@code source}. */
    private void replace(String sitePath, byte[] bytes, Path source) throws IOException {
        Path target = file(sitePath);
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Folders.delete(target); // a folder of pages where a file now is
        }
        Path temp = target.resolveSibling(".portal-" + target.getFileName() + ".part");
        if (bytes != null) {
            Files.write(temp, bytes);
        } else {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a file, and the folders it leaves empty. */
    private void remove(String sitePath) throws IOException {
        Path target = file(sitePath);
        Files.deleteIfExists(target);
        for (Path dir = target.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root)
                && Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(dir);
        }
    }
}
