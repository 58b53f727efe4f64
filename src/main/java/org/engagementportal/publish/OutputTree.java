package org.engagementportal.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementportal.source.TextHash;

/**
 * What is in an output folder: every file with its size, time and identity, and every folder, read in one walk. An
 * incremental build reads it once, while the site is assembled, and then asks it rather than the disk: whether a
 * file it keeps is still there as the manifest lists it ({@link StagingFolder}), what the finished build no longer
 * lists and must be deleted ({@link Publisher}), and, kept up to date with what publishing moved in and deleted, the
 * digest of the folder as it is left, which the next build compares with a fresh walk to know that nothing in it
 * changed since ({@link #digest}). Before, each of those was a pass over the folder of its own: tens of thousands of
 * questions to the disk each, after a one-page edit.
 *
 * <p>Not safe for use by several threads at once, but for {@link #file}, once read.
 */
public final class OutputTree {
    /** One entry: a file's size, time (nanoseconds) and identity; a folder; or something else (a link). */
    record Stamp(Kind kind, long size, long modifiedNanos, Object key) {
        static final Stamp FOLDER = new Stamp(Kind.FOLDER, 0, 0, null);
        static final Stamp OTHER = new Stamp(Kind.OTHER, 0, 0, null);

        static Stamp of(BasicFileAttributes a) {
            if (a.isDirectory()) {
                return FOLDER;
            }
            if (!a.isRegularFile()) {
                return OTHER;
            }
            return new Stamp(Kind.FILE, a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey());
        }
    }

    enum Kind { FILE, FOLDER, OTHER }

    private final Path root;
    /**
     * Each top-level entry's name, with what is in it: its own path and every path under it, relative to the root
     * as the system writes them ("bulletins/", "bulletins/a/index.html"), a folder's with a separator at the end.
     */
    private final Map<String, NavigableMap<String, Stamp>> tops;
    private static final String SEPARATOR = java.io.File.separator;

    private OutputTree(Path root, Map<String, NavigableMap<String, Stamp>> tops) {
        this.root = root;
        this.tops = tops;
    }

    /**
     * Reads the folder {@code root}, its top-level entries on the build's threads; empty when some part of it cannot
     * be read, or it is not a folder.
     */
    public static Optional<OutputTree> read(Path root) {
        return read(root, MOST_ENTRIES);
    }

    /**
     * The most files and folders read into a tree: about 50,000 at 10,000 pages. It is held from the start of an
     * update to its end, through the build's peak of memory, so a larger folder (a site of over 30,000 pages, or one
     * with thousands of files put in it by hand) is not read, and each file is asked about instead.
     */
    static final int MOST_ENTRIES = 150_000;

    /** {@link #read}, giving up past {@code most} entries. */
    static Optional<OutputTree> read(Path root, int most) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Path> top;
        try (var list = Files.list(root)) {
            top = list.toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        Map<String, NavigableMap<String, Stamp>> tops = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(most);
        boolean whole = top.parallelStream().allMatch(p -> {
            NavigableMap<String, Stamp> entries = walk(root, p, left);
            if (entries == null) {
                return false;
            }
            return tops.putIfAbsent(p.getFileName().toString(), entries) == null;
        });
        return whole ? Optional.of(new OutputTree(root, new TreeMap<>(tops))) : Optional.empty();
    }

    /**
     * Everything at and under {@code start}, by its path relative to {@code root}; null if some of it cannot be read,
     * it holds more entries than {@code left} allows (the walk stops there), or a name the system gives cannot be
     * written as text and back (bytes that are not UTF-8, put there by hand): such a name would not lead back to its
     * file.
     */
    private static NavigableMap<String, Stamp> walk(Path root, Path start, java.util.concurrent.atomic.AtomicInteger left) {
        NavigableMap<String, Stamp> entries = new TreeMap<>();
        boolean[] whole = {true};
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                /** The path of each folder the walk is in, relative to the root, with a separator at the end. */
                private final java.util.ArrayDeque<String> folders = new java.util.ArrayDeque<>();

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // Each name added to its folder's path: quicker than working out every path relative to the root.
                    String rel = (folders.isEmpty() ? root.relativize(dir).toString() : folders.peek() + dir.getFileName())
                            + SEPARATOR;
                    folders.push(rel);
                    return put(rel, Stamp.FOLDER);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    return put(folders.isEmpty() ? root.relativize(file).toString() : folders.peek() + file.getFileName(),
                            Stamp.of(attrs));
                }

                private FileVisitResult put(String rel, Stamp stamp) {
                    if (left.decrementAndGet() < 0 || rel.indexOf('\uFFFD') >= 0) {
                        whole[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    entries.put(rel, stamp);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    folders.pop();
                    if (e != null) {
                        whole[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    whole[0] = false;
                    return FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            return null;
        }
        return whole[0] ? entries : null;
    }

    /** A site path ("/a/index.html") as this tree names it ("a/index.html"). */
    private static String rel(String sitePath) {
        String rel = sitePath.substring(1);
        return SEPARATOR.equals("/") ? rel : rel.replace("/", SEPARATOR);
    }

    private static String topOf(String rel) {
        int at = rel.indexOf(SEPARATOR);
        return at < 0 ? rel : rel.substring(0, at);
    }

    /** The file at a site path as read, if it was a plain file: its size, time and identity. */
    Optional<Stamp> file(String sitePath) {
        String rel = rel(sitePath);
        NavigableMap<String, Stamp> entries = tops.get(topOf(rel));
        Stamp s = entries == null ? null : entries.get(rel);
        return s != null && s.kind() == Kind.FILE ? Optional.of(s) : Optional.empty();
    }

    /**
     * Deletes from the folder, and from this tree, everything that is neither a file in {@code listed} nor a folder in
     * {@code folders} (site paths, folders with a slash at the end): what {@link Publisher} would find listing every
     * folder, found without asking the disk again.
     */
    void prune(java.util.Set<String> listed, java.util.Set<String> folders) throws IOException {
        for (String top : new ArrayList<>(tops.keySet())) {
            NavigableMap<String, Stamp> entries = tops.get(top);
            List<String> gone = new ArrayList<>();
            String within = null; // a folder deleted whole: what is under it goes with it
            for (Map.Entry<String, Stamp> e : entries.entrySet()) {
                String rel = e.getKey();
                if (within != null && rel.startsWith(within)) {
                    continue;
                }
                within = null;
                String sitePath = "/" + (SEPARATOR.equals("/") ? rel : rel.replace(SEPARATOR, "/"));
                if (e.getValue().kind() == Kind.FOLDER) {
                    if (folders.contains(sitePath)) {
                        continue;
                    }
                    String asFile = sitePath.substring(0, sitePath.length() - 1);
                    if (listed.contains(asFile)) {
                        continue; // a folder where a file now goes: replaced when the file is moved in (Publisher)
                    }
                    within = rel;
                } else if (listed.contains(sitePath)) {
                    continue;
                }
                Folders.delete(root.resolve(rel));
                gone.add(rel);
            }
            for (String rel : gone) {
                removed(rel);
            }
        }
    }

    /** Forgets a path and, for a folder (its path ending with a separator), everything under it. */
    private void removed(String rel) {
        String top = topOf(rel);
        NavigableMap<String, Stamp> entries = tops.get(top);
        if (entries == null) {
            return;
        }
        if (rel.endsWith(SEPARATOR)) {
            entries.subMap(rel, true, rel + Character.MAX_VALUE, false).clear();
        } else {
            entries.remove(rel);
        }
        if (entries.isEmpty()) {
            tops.remove(top);
        }
    }

    /** A folder at this site path ("/a/b/") was deleted, with all in it. */
    void folderDeleted(String sitePathOfFolder) {
        removed(rel(sitePathOfFolder));
    }

    /** Whether it no longer knows what the folder holds (a file moved in could not be stamped): no digest then. */
    private boolean lost;

    /**
     * A file was put at this site path (moved in): its stamp read now, and the folders above it noted. If it cannot
     * be read, the tree gives no digest (the next build walks the folder) rather than fail a publication half done.
     */
    void placed(String sitePath) {
        String rel = rel(sitePath);
        Path file = root.resolve(rel);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            lost = true;
            return;
        }
        NavigableMap<String, Stamp> entries = tops.computeIfAbsent(topOf(rel), t -> new TreeMap<>());
        for (int at = rel.indexOf(SEPARATOR); at >= 0; at = rel.indexOf(SEPARATOR, at + 1)) {
            entries.put(rel.substring(0, at + 1), Stamp.FOLDER);
        }
        entries.put(rel, Stamp.of(a));
    }

    /**
     * A digest of every entry's path and stamp, a folder's path alone (its time changes with its listing, which its
     * entries give), in order: equal for two readings of a folder in which nothing was added, deleted, replaced or
     * changed. Empty when it holds anything but files and folders (a link), whose target could change unseen.
     */
    public Optional<String> digest() {
        if (lost) {
            return Optional.empty();
        }
        List<Path> order = new ArrayList<>();
        tops.keySet().forEach(t -> order.add(root.resolve(t)));
        order.sort(null); // as the system lists paths
        List<String> parts = new ArrayList<>();
        for (Path p : order) {
            String part = digest(tops.get(p.getFileName().toString()));
            if (part == null) {
                return Optional.empty();
            }
            parts.add(part);
        }
        return Optional.of(combined(parts));
    }

    /**
     * {@link #digest} of the folder {@code root} as it is now, read a top-level entry at a time on the build's threads
     * and nothing kept: at 100,000 pages the whole tree would be a hundred megabytes, and even one top-level entry's
     * (the consultations', 160,000 entries) came at the end of a cold build, at its peak of memory. So each folder's
     * entries are listed, sorted and hashed as the walk goes ({@link #mix}), in the order {@link #digest} takes them.
     */
    public static Optional<String> digestOf(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Path> order;
        try (var list = Files.list(root)) {
            order = list.sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        List<String> parts = order.parallelStream().map(p -> {
            TextHash h = new TextHash();
            try {
                Stamp s = Stamp.of(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                return mix(h, p, root.relativize(p).toString(), s) ? h.hex() : null;
            } catch (IOException | java.io.UncheckedIOException e) {
                return null;
            }
        }).toList();
        return parts.contains(null) ? Optional.empty() : Optional.of(combined(parts));
    }

    /** An entry of a folder by its name, a folder's with the separator after it (the order of entries), and its stamp. */
    private record Named(String key, Stamp stamp) {
    }

    /**
     * Mixes into {@code h} the entry at {@code path} ({@code rel} from the root) as {@link #digest(NavigableMap)} does
     * and, for a folder, everything under it, in the order of their paths relative to the root: the order of a sorted
     * map of those paths, as its entries under a folder come together, straight after the folder's own ("a/", "a/b"),
     * and its entries' order is that of their names, a folder's with the separator after it ("a-b" before "a/"). False,
     * as {@link #walk} gives up, for what cannot be read, a name that is not text, or what is neither file nor folder.
     * A folder's entries are held, as names and stamps, only until what is under them is hashed.
     */
    private static boolean mix(TextHash h, Path path, String rel, Stamp stamp) throws IOException {
        if (rel.indexOf('\uFFFD') >= 0 || stamp.kind() == Kind.OTHER) {
            return false;
        }
        if (stamp.kind() == Kind.FILE) {
            add(h, rel);
            addStamp(h, stamp);
            return true;
        }
        String folder = rel + SEPARATOR;
        add(h, folder);
        List<Named> names = new ArrayList<>();
        try (var in = Files.newDirectoryStream(path)) {
            for (Path p : in) {
                Stamp s = Stamp.of(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                String name = p.getFileName().toString();
                names.add(new Named(s.kind() == Kind.FOLDER ? name + SEPARATOR : name, s));
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            return false;
        }
        names.sort(java.util.Comparator.comparing(Named::key));
        for (Named n : names) {
            String name = n.stamp().kind() == Kind.FOLDER ? n.key().substring(0, n.key().length() - SEPARATOR.length()) : n.key();
            if (!mix(h, path.resolve(name), folder + name, n.stamp())) {
                return false;
            }
        }
        return true;
    }

    /** The digest of one top-level entry and what is under it; null if it holds what cannot be stamped. */
    private static String digest(NavigableMap<String, Stamp> entries) {
        TextHash h = new TextHash();
        for (Map.Entry<String, Stamp> e : entries.entrySet()) {
            Stamp s = e.getValue();
            if (s.kind() == Kind.OTHER) {
                return null;
            }
            add(h, e.getKey()); // a folder's ends with the separator, a file's does not: then its stamp
            if (s.kind() == Kind.FILE) {
                addStamp(h, s);
            }
        }
        return h.hex();
    }

    private static void addStamp(TextHash h, Stamp s) {
        add(h, Long.toString(s.size()));
        add(h, Long.toString(s.modifiedNanos()));
        add(h, String.valueOf(s.key()));
    }

    /** A string, then its length as something no character is: no string can run into the next. */
    private static void add(TextHash h, String s) {
        h.mix(s).mark(0x10000L + s.length());
    }

    private static String combined(List<String> parts) {
        TextHash all = new TextHash();
        add(all, "output stamps");
        add(all, Integer.toString(parts.size()));
        parts.forEach(p -> add(all, p));
        return all.hex();
    }
}
