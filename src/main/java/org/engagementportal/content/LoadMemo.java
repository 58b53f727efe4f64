package org.engagementportal.content;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.source.Problem;

/**
 * What the loader made of each file last time, kept between the builds of one process ({@code portal serve}),
 * so a build after a save reads only the files that changed; or kept by one {@code portal build} for the next, in a
 * file in {@code .portal-cache/} ({@link #kept}, {@link #save}), so a build after a one-file change does not read
 * and parse every other file again. A file is read again when its size or time
 * changed, when the site's data or any other file under content/ changed (a document's attachments are checked
 * against them), on a new day, or when one of its moments has passed since (a consultation's checks depend on
 * whether it is open). The problems found reading it are kept with it and reported again.
 */
public final class LoadMemo {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Entries as the last build saved them, each read only when its file is asked for ({@link #kept}). */
    private final Map<String, Saved> saved = new ConcurrentHashMap<>();
    /** Whether it is kept in a file for the next build rather than in memory for the next save of the preview. */
    private final boolean inFile;
    /** What the loader reads documents in the saved entries with: the content folder, and the types by id. */
    private volatile java.nio.file.Path contentRoot;
    private volatile java.util.function.Function<String, Optional<ContentKind<?>>> kinds;

    /** An empty memo, kept in memory between the builds of one process. */
    public LoadMemo() {
        this(false);
    }

    private LoadMemo(boolean inFile) {
        this.inFile = inFile;
    }

    /** An empty memo for a build, to be {@linkplain #save saved} for the next ({@code --no-cache}: read nothing, keep all). */
    public static LoadMemo forNextBuild() {
        return new LoadMemo(true);
    }

    /** One file's entry as saved: its stamp, and the rest as {@link DocumentCodec} bytes, with their digest. */
    private record Saved(String stamp, byte[] bytes, String digest) {
    }

    /** The entries read back from the file, with their bytes, which are saved again as they are while the entry holds. */
    private final Map<String, Map.Entry<Entry, Saved>> readBack = new ConcurrentHashMap<>();
    /** What the last walk of content/ found, and the files changed since, if known. */
    private ContentLoader.Walked walked;
    private java.util.Collection<java.nio.file.Path> changed;

    /** The last walk and the files changed since it. */
    record Changes(ContentLoader.Walked walked, java.util.Collection<java.nio.file.Path> paths) {
    }

    /**
     * Tells the memo which files changed since the last load, as a watcher saw them (absolute paths; a folder
     * for everything in it); null when it is not known, and the next load walks every folder.
     */
    public synchronized void changed(java.util.Collection<java.nio.file.Path> paths) {
        changed = paths == null ? null : List.copyOf(paths);
    }

    /** The walk of content/: the last one brought up to date with the changes, when that can be done, else a new one. */
    synchronized ContentLoader.Walked walked(java.util.function.Function<Changes, Optional<ContentLoader.Walked>> update,
                                            java.util.function.Supplier<ContentLoader.Walked> walk) {
        Optional<ContentLoader.Walked> w = walked != null && changed != null ? update.apply(new Changes(walked, changed)) : Optional.empty();
        ContentLoader.Walked now = w.orElseGet(walk);
        changed = null; // used once: a load without news walks again
        // Kept for the preview's next load; a build's memo serves one load, and held to the end of the build the walk
        // of 100,000 files was 26 MB at its peak of memory.
        walked = inFile ? null : now;
        return now;
    }

    record Entry(String stamp, LocalDate day, List<Boolean> passed, Optional<Document> document, List<Problem> problems) {
    }

    /** Whether it is a build's, kept in a file for the next, rather than the preview's. */
    boolean inFile() {
        return inFile;
    }

    /** Whether the load it was given to did not use it, and {@link #save} deletes the file instead. */
    private volatile boolean unused;

    /**
     * Not used for this load: the site has so much Markdown that its texts are kept in their files (see Body), where
     * memory is what counts, and what a memo holds of every file (at 100,000 pages, a tenth of a gigabyte more at the
     * end of the build, when it holds the most) is not kept; every file is read.
     */
    void notUsed() {
        unused = true;
        entries.clear();
        saved.clear();
        readBack.clear();
    }

    /** What every file was read with in the last load (the site's data and the other files). */
    private String context;
    /** The clock of the last load that finished: every entry was found valid at it, or read again, then. */
    private ZonedDateTime clock;
    /** When this load began, by the system's clock. */
    private long began;
    /** When the newest of the other files under content/ (part of the context: a PDF's facts) last changed. */
    private long contextChanged;
    /**
     * How recently before a load a file may have changed and still be trusted to be seen changing again: a file saved
     * twice within the disk's tick, at the same size, keeps its stamp. An entry of a file changed later than this
     * before the load is not saved, and the next build reads the file again.
     */
    static final long RACY_MILLIS = 2_000;
    /** Whether this load's clock is that one. */
    private volatile boolean sameClock;

    /**
     * Starts a load with this context (the site's data and the other files: when it changed, every file is read
     * again) at this time.
     */
    synchronized void begin(String context, long contextChanged, ZonedDateTime now, java.nio.file.Path contentRoot,
                            java.util.function.Function<String, Optional<ContentKind<?>>> kinds) {
        if (!context.equals(this.context)) {
            entries.clear();
            saved.clear();
            readBack.clear();
            this.context = context;
        }
        this.contentRoot = contentRoot;
        this.kinds = kinds;
        this.contextChanged = contextChanged;
        began = System.currentTimeMillis();
        sameClock = now.equals(clock);
        clock = null; // until this load has finished
    }

    /** Ends a load begun at {@code now}: every entry holds at that time. */
    synchronized void finished(ZonedDateTime now) {
        clock = now;
    }

    Optional<Entry> valid(String rel, String stamp, ZonedDateTime now, SiteConfig config) {
        Entry e = entries.get(rel);
        Saved s = saved.remove(rel);
        if (e == null && s != null && s.stamp().equals(stamp)) {
            e = read(rel, s).orElse(null);
            if (e != null) {
                entries.put(rel, e);
                readBack.put(rel, Map.entry(e, s));
            }
        }
        if (e == null || !e.stamp().equals(stamp)) {
            return Optional.empty();
        }
        if (!sameClock && (!e.day().equals(now.toLocalDate()) || !e.passed().equals(passed(e.document(), now, config)))) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    void remember(String rel, String stamp, ZonedDateTime now, SiteConfig config, Optional<Document> document,
                  List<Problem> problems) {
        entries.put(rel, new Entry(stamp, now.toLocalDate(), passed(document, now, config), document, problems));
    }

    /** Forgets files that are gone. */
    void keepOnly(java.util.Collection<String> files) {
        java.util.Set<String> kept = new java.util.HashSet<>(files);
        entries.keySet().retainAll(kept);
        saved.keySet().retainAll(kept);
        readBack.keySet().retainAll(kept);
    }

    // ------------------------------------------------------------ kept in a file between builds

    private static final String HEADER = "portal-content-memo 2";

    /**
     * The memo the last build saved in {@code file} for this version of the portal ({@code portal}), or an empty one
     * (none yet, another version's, or damaged: {@code note} says which of the last two). Its entries are read one
     * by one as their files are asked for, each checked against its digest first.
     */
    public static LoadMemo kept(java.nio.file.Path file, String portal, java.util.function.Consumer<String> note) {
        LoadMemo memo = new LoadMemo(true);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return memo;
        }
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16))) {
            if (!HEADER.equals(in.readUTF()) || !portal.equals(in.readUTF())) {
                return memo;
            }
            String context = in.readUTF();
            String clock = in.readUTF();
            Map<String, Saved> entries = new java.util.HashMap<>();
            for (int next = in.read(); next != 0; next = in.read()) {
                if (next != 1) {
                    throw new java.io.IOException(next < 0 ? "cut short" : "not an entry");
                }
                String rel = in.readUTF();
                String stamp = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > 1 << 26) {
                    throw new java.io.IOException("an entry of " + length + " bytes");
                }
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length) {
                    throw new java.io.EOFException();
                }
                entries.put(rel, new Saved(stamp, bytes, in.readUTF()));
            }
            if (in.read() != -1) {
                throw new java.io.IOException("more after the last entry");
            }
            memo.context = context;
            memo.clock = clock.isEmpty() ? null : ZonedDateTime.parse(clock);
            memo.saved.putAll(entries);
        } catch (java.io.IOException | RuntimeException e) {
            note.accept("the record of what the last build read, in " + file.getParent().getFileName() + "/, is damaged, "
                    + "so every content file is read again");
        }
        return memo;
    }

    /** A saved entry read back, if its bytes are whole and make what they say. */
    private Optional<Entry> read(String rel, Saved s) {
        if (!digest(s.bytes()).equals(s.digest())) {
            return Optional.empty();
        }
        try {
            DocumentCodec.Reader r = new DocumentCodec.Reader(s.bytes(), contentRoot, rel, kinds);
            Entry e = (Entry) r.value(Entry.class);
            if (!r.atEnd() || !s.stamp().equals(e.stamp()) || e.document().filter(d -> !d.source().equals(ContentLoader.CONTENT + "/" + rel)).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(e);
        } catch (RuntimeException | StackOverflowError e) {
            // Bytes that do not make what they say, whatever the way: the file is read instead.
            return Optional.empty();
        }
    }

    private static String digest(byte[] bytes) {
        return new org.engagementportal.source.TextHash().mixBytes(bytes, 0, bytes.length).hex();
    }

    /**
     * Saves what the last load made of each file for the next build, in {@code file} (replacing it whole, or not at
     * all): every entry of a file that was read (one whose text is not where its file says is left out, and read
     * again next time).
     */
    public synchronized void save(java.nio.file.Path file, String portal) throws java.io.IOException {
        if (unused || (began > 0 && contextChanged >= began - RACY_MILLIS)) {
            // Not kept: see notUsed; or a picture or document changed too lately for its stamp to be trusted.
            java.nio.file.Files.deleteIfExists(file);
            return;
        }
        List<Map.Entry<String, Entry>> all = new java.util.ArrayList<>(entries.entrySet());
        long racy = began - RACY_MILLIS;
        all.removeIf(e -> !settled(e.getValue().stamp(), racy));
        all.sort(Map.Entry.comparingByKey());
        // Those not asked for since they were read from the file (no load since) are saved again as they were.
        List<Map.Entry<String, Saved>> untouched = new java.util.ArrayList<>(saved.entrySet());
        untouched.removeIf(e -> entries.containsKey(e.getKey()));
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Path temp = java.nio.file.Files.createTempFile(file.getParent(), "content", ".part");
        try {
            try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(temp), 1 << 16))) {
                out.writeUTF(HEADER);
                out.writeUTF(portal);
                out.writeUTF(context == null ? "" : context);
                out.writeUTF(clock == null ? "" : clock.toString());
                for (Map.Entry<String, Saved> e : untouched) {
                    write(out, e.getKey(), e.getValue());
                }
                // Made a block at a time on the build's threads, so that at 100,000 pages the bytes of all are never held at once.
                for (int from = 0; from < all.size(); from += SAVED_AT_ONCE) {
                    int start = from;
                    Saved[] made = new Saved[Math.min(SAVED_AT_ONCE, all.size() - from)];
                    java.util.stream.IntStream.range(0, made.length).parallel().forEach(i -> made[i] = saved(all.get(start + i)));
                    for (int i = 0; i < made.length; i++) {
                        if (made[i] != null) {
                            write(out, all.get(start + i).getKey(), made[i]);
                        }
                    }
                }
                out.writeByte(0); // the end
            }
            java.nio.file.Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }

    private static final int SAVED_AT_ONCE = 2048;

    /** A file's entry as it is saved: the bytes it was read back from, if it is that entry still; null if it cannot be kept. */
    private Saved saved(Map.Entry<String, Entry> kept) {
        Entry e = kept.getValue();
        Map.Entry<Entry, Saved> before = readBack.get(kept.getKey());
        if (before != null && before.getKey() == e) {
            return before.getValue();
        }
        try {
            DocumentCodec.Writer w = new DocumentCodec.Writer();
            w.value(e, Entry.class);
            byte[] b = w.bytes();
            return new Saved(e.stamp(), b, digest(b));
        } catch (IllegalArgumentException notKept) {
            return null;
        }
    }

    /** One entry: a 1 (the end is a 0), the file's name and stamp, and its bytes with their digest. */
    private static void write(java.io.DataOutputStream out, String rel, Saved s) throws java.io.IOException {
        out.writeByte(1);
        out.writeUTF(rel);
        out.writeUTF(s.stamp());
        out.writeInt(s.bytes().length);
        out.write(s.bytes());
        out.writeUTF(s.digest());
    }

    /** Whether a file's stamp ({@link ContentLoader#stamp}) says it last changed before {@code racy}, in milliseconds. */
    private static boolean settled(String stamp, long racy) {
        return ContentLoader.changedMillis(stamp) < racy;
    }

    /**
     * Which of the times that change what reading a file gives have passed: its document's moments and its type's
     * other {@linkplain ContentKind#readingChanges reading changes}.
     */
    private static List<Boolean> passed(Optional<Document> document, ZonedDateTime now, SiteConfig config) {
        return document.map(d -> {
            List<ZonedDateTime> times = new java.util.ArrayList<>();
            d.moments(config, now.getZone()).forEach(m -> times.add(m.at()));
            times.addAll(d.readingChanges(config));
            return times.stream().map(t -> !t.isAfter(now)).toList();
        }).orElse(List.of());
    }
}
