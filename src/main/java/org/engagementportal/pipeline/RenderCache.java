package org.engagementportal.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.engagementportal.generate.Reuse;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;

/**
 * What the previous build rendered, kept in {@code .portal-cache/} in the site folder (one file per output
 * folder, so {@code portal serve}'s preview and {@code portal build}'s output each keep their own): each rendered output's
 * key ({@code generate.OutputKeys}) and the problems found while making it. A build reuses an output from the
 * previous output folder when its key is unchanged, and reports its problems again, so an incremental build
 * says and writes exactly what a cold one would. The cache belongs to one output folder and one version of
 * the portal; another's, or a damaged one, is ignored with a note. It is written only after a build is
 * published, so it always describes the output folder as it is.
 *
 * <p>The file is plain text, one output per line ({@code O path key problems}) followed by its problems
 * ({@code P severity file line column message fix}), fields separated by tabs and escaped; it is never
 * executed or deserialised into objects, so a hostile one can at worst be ignored.
 */
final class RenderCache implements Reuse {
    static final String FOLDER = ".portal-cache";
    /** The cache of the builds into one output folder: {@code outputs-<digest of the folder's path>.txt}. */
    static Path file(Path site, Path out) {
        String digest = new org.engagementportal.generate.OutputKeys.Digest().add(out.toAbsolutePath().normalize().toString()).hex();
        return site.resolve(FOLDER).resolve("outputs-" + digest.substring(0, 16) + ".txt");
    }
    private static final String HEADER = "portal-render-cache 2";

    /**
     * What the output folder's manifest.json holds, as a CRC-32C and its length: the cache describes the folder as the build
     * that saved it left it, so a folder restored from a backup, or built into from another site, since then (whose
     * pages the cache would otherwise take as its own) has another. "none" when it has none or cannot be read.
     */
    static String manifestStamp(Path out) {
        // Read a block at a time: at 100,000 pages the manifest is 70 MB, which read whole came at the end of the build, at
        // its peak of memory, and twice (Java reads a file into a buffer outside the heap as large as what it is asked
        // for, and keeps that buffer for the thread's next read).
        try (java.io.InputStream in = Files.newInputStream(out.resolve("manifest.json"))) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            byte[] block = new byte[1 << 16];
            long length = 0;
            for (int n; (n = in.read(block)) > 0; length += n) {
                crc.update(block, 0, n);
            }
            return Long.toHexString(crc.getValue()) + "-" + length;
        } catch (IOException e) {
            return "none";
        }
    }

    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final Problems problems;
    private final AtomicInteger reused = new AtomicInteger();
    private final java.util.Set<String> made = ConcurrentHashMap.newKeySet();

    /** An output's key and the problems found while making it. */
    record Entry(String key, List<Problem> problems) {
    }

    private RenderCache(Map<String, Entry> previous, Problems problems) {
        this.previous = previous;
        this.problems = problems;
    }

    /** A cache of what the last build in this process made ({@link #made()}), kept in memory ({@code portal serve}). */
    static RenderCache continuing(Map<String, Entry> previous, Problems problems) {
        return new RenderCache(previous, problems);
    }

    /** What this build made or reused: each output's key and problems, for the next build. */
    Map<String, Entry> made() {
        return Map.copyOf(next);
    }

    /** A cache that reuses nothing (a cold build) but records what it makes, for the next build. */
    static RenderCache cold(Problems problems) {
        return new RenderCache(Map.of(), problems);
    }

    /**
     * {@link #read} as a task of the build's pool, forked now, so another thread reads the file while this one works
     * (the site assembled, on one thread): taking it waits for it, then gives the note, if any, and the cache.
     */
    static java.util.function.BiFunction<Problems, java.util.function.Consumer<String>, RenderCache> readAhead(Path site, Path out,
                                                                                                              String portal) {
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ForkJoinTask<RenderCache> read = java.util.concurrent.ForkJoinTask.adapt(
                () -> read(site, out, portal, null, notes::add)).fork();
        return (problems, note) -> {
            RenderCache cache = read.join();
            notes.forEach(note);
            return new RenderCache(cache.previous, problems);
        };
    }

    /**
     * The cache of the previous build into {@code out}, if it was made by this version of the portal for that
     * folder; else a cold one, with the reason in {@code note}.
     */
    static RenderCache read(Path site, Path out, String portal, Problems problems, java.util.function.Consumer<String> note) {
        Path file = file(site, out);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(out.resolve("manifest.json"))) {
            return cold(problems);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            BufferedReader lines = new BufferedReader(new StringReader(text));
            String header = lines.readLine();
            String folder = HEADER + "\t" + escape(portal) + "\t" + escape(out.toAbsolutePath().normalize().toString()) + "\t";
            if (header != null && header.startsWith(folder) && !header.equals(folder + manifestStamp(out))) {
                note.accept("the output folder is not as the last build into it left it (its manifest.json differs), so "
                        + "everything is built");
                return cold(problems);
            }
            if (header == null || !header.startsWith(folder)) {
                note.accept(header != null && header.startsWith(HEADER + "\t" + escape(portal) + "\t")
                        ? "the cache in " + FOLDER + "/ is of another output folder, so everything is built"
                        : "the cache in " + FOLDER + "/ was made by another version of the portal, so everything is built");
                return cold(problems);
            }
            Map<String, Entry> entries = new java.util.HashMap<>(); // looked up by path, thousands of times a build
            String line;
            String path = null;
            String key = null;
            List<Problem> found = null;
            while ((line = lines.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("O") && f.length == 3) {
                    if (path != null) {
                        entries.put(path, new Entry(key, List.copyOf(found)));
                    }
                    path = unescape(f[1]);
                    key = f[2];
                    found = new ArrayList<>();
                } else if (f[0].equals("P") && f.length == 7 && found != null) {
                    found.add(new Problem(Severity.valueOf(f[1]), new Position(unescape(f[2]), Integer.parseInt(f[3]),
                            Integer.parseInt(f[4])), unescape(f[5]), unescape(f[6])));
                } else {
                    throw new IllegalArgumentException("line " + line);
                }
            }
            if (path != null) {
                entries.put(path, new Entry(key, List.copyOf(found)));
            }
            return new RenderCache(entries, problems);
        } catch (IOException | RuntimeException e) {
            note.accept("the cache in " + FOLDER + "/ could not be read, so everything is built (it is made again)");
            return cold(problems);
        }
    }

    @Override
    public boolean reused(Output out, String sitePath, String key, Origin origin) {
        Entry before = previous.get(sitePath);
        if (before != null && before.key().equals(key) && out.reuse(sitePath, origin)) {
            before.problems().forEach(problems::add);
            next.put(sitePath, before);
            reused.incrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public boolean wasMade(String sitePath, String key) {
        Entry before = previous.get(sitePath);
        return before != null && before.key().equals(key);
    }

    @Override
    public java.util.SortedMap<String, String> madeBefore(String prefix) {
        java.util.SortedMap<String, String> out = new TreeMap<>();
        previous.forEach((path, e) -> {
            if (path.startsWith(prefix)) {
                out.put(path, e.key());
            }
        });
        return out;
    }

    @Override
    public void write(Output out, String sitePath, String key, Origin origin, Supplier<byte[]> make) {
        if (reused(out, sitePath, key, origin)) {
            return;
        }
        Problems.Captured<byte[]> c = Problems.capturing(make);
        out.write(sitePath, c.result(), origin);
        next.put(sitePath, new Entry(key, c.problems()));
        made.add(sitePath);
    }

    /**
     * Keeps every output of the last build that this one has not made or reused, with its problems reported again:
     * with {@link org.engagementportal.publish.PreviewFolder.Build#keepTheRest}, for a build that makes again only
     * what a change can have changed; but not those {@code keep} refuses (see {@code keepTheRest}).
     */
    void carryOver(java.util.function.Predicate<String> keep) {
        previous.forEach((path, e) -> {
            if (!next.containsKey(path) && keep.test(path)) {
                e.problems().forEach(problems::add);
                next.put(path, e);
            }
        });
    }

    /** Where the search index is kept between builds into one output folder ({@code SearchCounts}), beside the outputs' keys. */
    static Path countsFile(Path site, Path out) {
        Path outputs = file(site, out);
        return outputs.resolveSibling(outputs.getFileName().toString().replace("outputs-", "search-").replace(".txt", ".bin"));
    }

    private Path counts;
    private boolean readCounts;
    private Path countsPart;
    private org.engagementportal.generate.SearchCounts.Writer countsWriter;

    /**
     * Keeps the search index in {@link #countsFile} for the next build into {@code out}, and, when
     * {@code read}, uses the last build's.
     */
    void countsIn(Path site, Path out, boolean read) {
        counts = countsFile(site, out);
        readCounts = read;
    }

    @Override
    public org.engagementportal.generate.SearchCounts.Reader countedBefore() {
        if (counts == null || !readCounts || !Files.isRegularFile(counts)) {
            return org.engagementportal.generate.SearchCounts.Reader.NONE;
        }
        return org.engagementportal.generate.SearchCounts.Reader.of(counts, PortalVersion.fingerprint());
    }

    @Override
    public synchronized org.engagementportal.generate.SearchCounts.Writer countingNow() {
        if (counts == null || countsWriter != null) {
            return org.engagementportal.generate.SearchCounts.Writer.NONE;
        }
        try {
            Files.createDirectories(counts.getParent());
            countsPart = Files.createTempFile(counts.getParent(), "search", ".part");
            countsWriter = new org.engagementportal.generate.SearchCounts.Writer(Files.newOutputStream(countsPart),
                    PortalVersion.fingerprint());
            return countsWriter;
        } catch (IOException e) {
            return org.engagementportal.generate.SearchCounts.Writer.NONE;
        }
    }

    /** Deletes the counts this build was keeping, unless {@link #save} kept them: for a build that did not publish. */
    synchronized void discardCounts() {
        if (countsPart != null) {
            if (countsWriter != null) {
                countsWriter.close();
            }
            try {
                Files.deleteIfExists(countsPart);
            } catch (IOException e) {
                // a leftover .part file in the cache folder, overwritten by nothing and read by nothing
            }
            countsPart = null;
            countsWriter = null;
        }
    }

    int reused() {
        return reused.get();
    }

    /** The outputs made afresh, not reused. */
    java.util.SortedSet<String> rendered() {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(made));
    }

    /** Saves what this build rendered, for the next build into {@code out}; replaces the file in one step. */
    void save(Path site, Path out, String portal) {
        sweep(site.resolve(FOLDER), java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        Path folder = site.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "outputs", ".part");
            // Written as it is made, not made whole first: at 100,000 pages it is 15 MB, which as text, a copy and its
            // bytes, with the record of the inputs saved at the same time, took the build's memory to its peak.
            try (java.io.Writer b = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                b.append(HEADER).append('\t').append(escape(portal)).append('\t')
                        .append(escape(out.toAbsolutePath().normalize().toString())).append('\t').append(manifestStamp(out)).append('\n');
                for (var o : new TreeMap<>(next).entrySet()) {
                    Entry e = o.getValue();
                    b.append("O\t").append(escape(o.getKey())).append('\t').append(e.key()).append('\n');
                    for (Problem p : e.problems()) {
                        b.append("P\t").append(p.severity().name()).append('\t').append(escape(p.position().file())).append('\t')
                                .append(Integer.toString(p.position().line())).append('\t')
                                .append(Integer.toString(p.position().column())).append('\t')
                                .append(escape(p.message())).append('\t').append(escape(p.fix())).append('\n');
                    }
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp); // not left half written
                throw e;
            }
            Files.move(temp, file(site, out), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            keepRecent(folder, file(site, out), OUTPUT_FOLDERS_KEPT);
            synchronized (this) {
                // The index made this build kept (when its files were reused whole, the last build's still holds).
                if (countsPart != null && countsWriter != null) {
                    countsWriter.close();
                    if (countsWriter.whole()) {
                        Files.move(countsPart, countsFile(site, out), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        countsPart = null;
                        countsWriter = null;
                    }
                }
            }
        } catch (IOException e) {
            // The site is published; without a cache the next build is a cold one, which is slower but right.
        }
    }

    /**
     * Marks the cache of the builds into {@code out} as just used, for {@link #keepRecent}: for a build that found
     * nothing to do, and so wrote no cache.
     */
    static void used(Path site, Path out) {
        try {
            Files.setLastModifiedTime(file(site, out), java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        } catch (IOException e) {
            // it may be taken for an older one's
        }
    }

    /** How many output folders' caches the cache folder keeps: the latest built into, and those built into before. */
    static final int OUTPUT_FOLDERS_KEPT = 4;

    private static final java.util.regex.Pattern CACHE_FILE =
            java.util.regex.Pattern.compile("(?:outputs|inputs)-([0-9a-f]{16})\\.txt|search-([0-9a-f]{16})\\.bin");

    /**
     * Deletes the caches of all but the {@code most} output folders built into last (by their files' times), never
     * the one of {@code current} (a cache file's name): each output folder has its own, of megabytes at 10,000 pages,
     * and a script building into a new temporary folder each time would otherwise fill the disk with them.
     */
    static void keepRecent(Path folder, Path current, int most) {
        java.util.regex.Matcher own = CACHE_FILE.matcher(current.getFileName().toString());
        if (!own.matches()) {
            return;
        }
        String keep = own.group(1) != null ? own.group(1) : own.group(2);
        Map<String, List<Path>> files = new TreeMap<>();
        Map<String, java.nio.file.attribute.FileTime> latest = new TreeMap<>();
        try (var list = Files.newDirectoryStream(folder)) {
            for (Path f : list) {
                java.util.regex.Matcher m = CACHE_FILE.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String id = m.group(1) != null ? m.group(1) : m.group(2);
                files.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
                java.nio.file.attribute.FileTime t = Files.getLastModifiedTime(f);
                latest.merge(id, t, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return; // left for the next build
        }
        List<String> older = new ArrayList<>(latest.keySet());
        older.remove(keep);
        // Newest first (then by name, so two of the same time are taken alike every time).
        older.sort(java.util.Comparator.comparing((String id) -> latest.get(id)).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (String id : older.subList(Math.min(older.size(), Math.max(0, most - 1)), older.size())) {
            for (Path f : files.get(id)) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // left for the next build
                }
            }
        }
    }

    /**
     * Deletes the cache folder's half-written files ({@code *.part}) older than {@code before}: a build stopped
     * while writing its cache leaves one, which nothing reads. Newer ones may be another build's, still writing.
     */
    static void sweep(Path folder, java.time.Instant before) {
        try (var files = Files.newDirectoryStream(folder, "*.part")) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // left for the next build
                }
            }
        } catch (IOException e) {
            // no cache folder yet
        }
    }

    /** Deletes the cache, so a failed or cold build's next build cannot trust it. */
    static void forget(Path site, Path out) {
        try {
            Files.deleteIfExists(file(site, out));
        } catch (IOException e) {
            // unreadable next time, and so ignored
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

}
