package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The search index kept from one build to the next, read back and brought up to date. */
class SearchCountsTest {
    static final String PORTAL = "portal 1.0 abc";

    static final List<String> PATHS = List.of("/a/", "/b/", "/c/", "/d/");
    static final List<String> KEYS = List.of("k1", "k2", "k3", "k4");
    static final List<String> TEXTS = List.of("Find a dentist in Kingsmere.", "Clinic waiting times for a dentist.",
            "Mental health hubs.", "Our plans for dentists.");

    static SearchIndex index(List<String> texts) {
        SearchIndex index = new SearchIndex();
        for (int i = 0; i < texts.size(); i++) {
            index.add(i, SearchIndex.page("Page " + i, "", texts.get(i), new String[0]));
        }
        return index;
    }

    static byte[] write(List<String> paths, List<String> keys, SearchIndex index) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SearchCounts.Writer w = new SearchCounts.Writer(bytes, PORTAL)) {
            w.write(paths, keys, index);
        }
        return bytes.toByteArray();
    }

    static Optional<SearchCounts.Kept> read(byte[] file, String portal) {
        try (SearchCounts.Reader r = new SearchCounts.Reader(new ByteArrayInputStream(file), portal)) {
            return r.read();
        }
    }

    @Test
    void theIndexComesBackAsWrittenWithItsPagesAndKeys() {
        SearchIndex written = index(TEXTS);
        String before = plain(written.shards());
        SearchCounts.Kept kept = read(write(PATHS, KEYS, written), PORTAL).orElseThrow();
        assertEquals(PATHS, kept.paths());
        assertEquals(KEYS, kept.keys());
        assertEquals(before, plain(kept.index().orElseThrow().shards()), "the same shards, words, pages, scores and digests");
        assertTrue(before.contains("kingsmere"), before);
    }

    @Test
    void aFileThatCannotBeWrittenIsGivenUpNotTheBuild() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        SearchCounts.Writer w = new SearchCounts.Writer(full, PORTAL);
        w.write(PATHS, KEYS, index(TEXTS));
        w.close();
        assertTrue(!w.whole(), "not kept: it does not hold the index");
        SearchCounts.Writer ok = new SearchCounts.Writer(new ByteArrayOutputStream(), PORTAL);
        ok.write(PATHS, KEYS, index(TEXTS));
        ok.close();
        assertTrue(ok.whole());
        SearchCounts.Writer unused = new SearchCounts.Writer(new ByteArrayOutputStream(), PORTAL);
        unused.close();
        assertTrue(!unused.whole(), "nothing written: not kept");
    }

    @Test
    void aFileOfAnotherVersionOfThePortalIsNotRead() {
        assertEquals(Optional.empty(), read(write(PATHS, KEYS, index(TEXTS)), "portal 2.0"));
        assertTrue(read(write(PATHS, KEYS, index(TEXTS)), PORTAL).isPresent());
        assertEquals(Optional.empty(), SearchCounts.Reader.NONE.read());
    }

    @Test
    void aFileCutShortOrDamagedAnywhereIsNotReadAndNeverFails() {
        byte[] whole = write(PATHS, KEYS, index(TEXTS));
        for (int cut = 0; cut < whole.length; cut++) {
            assertEquals(Optional.empty(), read(java.util.Arrays.copyOf(whole, cut), PORTAL), "cut at " + cut);
            byte[] damaged = whole.clone();
            damaged[cut] ^= (byte) 0x5a;
            assertEquals(Optional.empty(), read(damaged, PORTAL), "damaged at " + cut);
        }
    }

    /**
     * A file whose checksum agrees but whose index does not hold together (made by hand, or changed and its CRC-32
     * made again) is either not read or read as an index that a build can bring up to date with every page kept,
     * every page gone, or every page changed, and make its shards: it never stops a build.
     */
    @Test
    void aFileChangedAndItsChecksumMadeAgainNeverStopsABuild() {
        // The same index, listed with fewer pages than it numbers.
        assertEquals(Optional.empty(), read(write(PATHS.subList(0, 2), KEYS.subList(0, 2), index(TEXTS)), PORTAL)
                .flatMap(SearchCounts.Kept::index));
        byte[] whole = write(PATHS, KEYS, index(TEXTS));
        int read = 0;
        for (int at = 0; at < whole.length - 4; at++) {
            for (int flip : new int[] {0x01, 0x80, 0xff}) {
                byte[] changed = whole.clone();
                changed[at] ^= (byte) flip;
                Optional<SearchIndex> index = read(withChecksum(changed), PORTAL).flatMap(SearchCounts.Kept::index);
                if (index.isPresent()) {
                    read++;
                    bringUpToDate(index.get());
                }
            }
        }
        assertTrue(read > 0, "some changes still read as an index (a score, say): those are brought up to date");
    }

    /** Every page kept, then every page gone, then every page counted again: as builds after the file was read. */
    private static void bringUpToDate(SearchIndex index) {
        int[] same = {0, 1, 2, 3};
        index.update(same, new int[0], new SearchIndex.Page[0]);
        index.shards();
        index.update(new int[] {-1, -1, -1, -1}, new int[0], new SearchIndex.Page[0]);
        index.shards();
        SearchIndex.Page[] pages = TEXTS.stream().map(t -> SearchIndex.page("Page", "", t, new String[0])).toArray(SearchIndex.Page[]::new);
        index.update(new int[0], same, pages);
        index.shards();
    }

    /** A group written twice, or a shard twice in its group (hand-made files, their checksums right): not read. */
    @Test
    void aFileWithAGroupOrAShardTwiceIsNotRead() throws java.io.IOException {
        for (boolean shardTwice : new boolean[] {false, true}) {
            byte[] file = onePage(out -> {
                out.number(shardTwice ? 1 : 2); // groups
                for (String word : shardTwice ? List.<String>of() : List.of("dental", "dentist")) {
                    out.string("den");
                    out.number(1);
                    shard(out, "den", word);
                }
                if (shardTwice) {
                    out.string("den");
                    out.number(2);
                    shard(out, "den", "dental");
                    shard(out, "den", "dentist");
                }
            });
            Optional<SearchCounts.Kept> kept = read(file, PORTAL);
            assertTrue(kept.isPresent(), "its pages are read");
            assertEquals(Optional.empty(), kept.get().index(), shardTwice ? "a shard twice" : "a group twice");
        }
        // The same, each word in its own shard and the group once: read.
        byte[] file = onePage(out -> {
            out.number(1);
            out.string("den");
            out.number(2);
            shard(out, "deni", "denim");
            shard(out, "dent", "dental");
        });
        SearchIndex index = read(file, PORTAL).orElseThrow().index().orElseThrow();
        assertEquals(java.util.Set.of("deni", "dent"), index.shards().keySet());
    }

    interface Groups {
        void write(SearchCounts.Out out) throws java.io.IOException;
    }

    /** A hand-made file of one page, "/a/" with the key "k1", and the index's groups as {@code groups} writes them. */
    private static byte[] onePage(Groups groups) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SearchCounts.Out out = new SearchCounts.Out(bytes);
        out.string(SearchCounts.HEADER);
        out.string(PORTAL);
        out.number(1); // one page
        out.string("/a/");
        out.string("k1");
        groups.write(out);
        out.end();
        out.close();
        return bytes.toByteArray();
    }

    /** A shard of one word on page 0 with a score of 10. */
    private static void shard(SearchCounts.Out out, String key, String word) throws java.io.IOException {
        out.string(key);
        out.string("digest");
        out.number(1);
        out.string(word);
        out.number(1); // count
        out.number(0); // last page
        out.number(2); // bytes
        out.bytes(new byte[] {0, 10}, 2);
    }

    private static byte[] withChecksum(byte[] file) {
        byte[] out = file.clone();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(out, 0, out.length - 4);
        java.nio.ByteBuffer.wrap(out, out.length - 4, 4).putInt((int) crc.getValue());
        return out;
    }

    /** The shards as plain values: each shard's digest and its words with their numbers. */
    static String plain(java.util.SortedMap<String, SearchIndex.Shard> shards) {
        StringBuilder b = new StringBuilder();
        shards.forEach((key, shard) -> {
            b.append(key).append(' ').append(shard.digest()).append(" =");
            shard.words().forEach((w, list) -> b.append(' ').append(w).append(java.util.Arrays.toString(list)));
            b.append('\n');
        });
        return b.toString();
    }

    @Test
    void aBuildCountsAgainOnlyThePagesWhoseKeyChanged() {
        List<String> titles = List.of("Clinic", "Dentist", "Hubs", "Plans");
        List<String> counted = java.util.Collections.synchronizedList(new ArrayList<>()); // counted in parallel
        java.util.function.Function<List<String>, SearchPages.Counter> counter = texts ->
                counter(e -> texts.get(titles.indexOf(e.title())), counted);
        List<org.engagementportal.site.Published.Entry> entries = titles.stream()
                .map(t -> entry(t)).toList();
        List<String> texts = List.of("Book a check-up.", "Find a dentist near you.", "Mental health hubs.", "Our plans.");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        SearchPages.Made cold;
        try (SearchCounts.Writer w = new SearchCounts.Writer(first, PORTAL)) {
            cold = new SearchPages(false).index(entries, counter.apply(texts), SearchCounts.Reader.NONE, w);
        }
        assertEquals(titles, counted.stream().sorted().toList(), "a first build counts every page");

        counted.clear();
        List<String> edited = List.of("Book a check-up.", "Find a dentist near Kingsmere.", "Mental health hubs.", "Our plans.");
        SearchPages.Made again = new SearchPages(false).index(entries, counter.apply(edited),
                new SearchCounts.Reader(new ByteArrayInputStream(first.toByteArray()), PORTAL), SearchCounts.Writer.NONE);
        assertEquals(List.of("Dentist"), counted, "only the page whose text changed");
        SearchPages.Made fresh = new SearchPages(false).index(entries, counter.apply(edited), SearchCounts.Reader.NONE,
                SearchCounts.Writer.NONE);
        assertEquals(words(fresh), words(again), "the same index as counting every page");
        assertEquals(plain(fresh.shards()), plain(again.shards()), "and the same shards and digests");
        assertTrue(words(again).containsKey("kingsmere") && !words(cold).containsKey("kingsmere"));
    }

    /**
     * A change to more pages than are counted at once (300 texts of 300 pages changed) makes the index afresh, every
     * page counted once, rather than holding every changed page's words to add them together: the same index.
     */
    @Test
    void aChangeToMostPagesMakesTheIndexAfreshAndTheSame() {
        List<org.engagementportal.site.Published.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(entry(String.format("Page %03d", i)));
        }
        String[] text = {"Find a dentist near you."};
        List<String> counted = java.util.Collections.synchronizedList(new ArrayList<>());
        SearchPages.Counter counter = counter(e -> text[0] + " " + e.title(), counted);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (SearchCounts.Writer w = new SearchCounts.Writer(kept, PORTAL)) {
            new SearchPages(false).index(entries, counter, SearchCounts.Reader.NONE, w);
        }
        counted.clear();
        text[0] = "Find a dentist in Kingsmere.";
        SearchPages.Made again = new SearchPages(false).index(entries, counter,
                new SearchCounts.Reader(new ByteArrayInputStream(kept.toByteArray()), PORTAL), SearchCounts.Writer.NONE);
        assertEquals(300, counted.size(), "every page counted once");
        assertEquals(300, new java.util.HashSet<>(counted).size());
        SearchPages.Made fresh = new SearchPages(false).index(entries, counter, SearchCounts.Reader.NONE, SearchCounts.Writer.NONE);
        assertEquals(plain(fresh.shards()), plain(again.shards()));
        assertTrue(words(again).containsKey("kingsmere") && !words(again).containsKey("near"));
    }

    /** Pages added, gone and retitled (so elsewhere in the order): only the new and retitled ones are counted. */
    @Test
    void aBuildAfterPagesAreAddedGoneOrRetitledCountsOnlyTheNewOnesAndMakesTheSameIndex() {
        java.util.Map<String, String> texts = new java.util.HashMap<>(java.util.Map.of("Clinic", "Book a check-up.",
                "Dentist", "Find a dentist near you.", "Hubs", "Mental health hubs.", "Plans", "Our plans.",
                "Zebra crossing", "Safer roads near the dentist.", "A new clinic", "A clinic in Kingsmere."));
        List<String> counted = java.util.Collections.synchronizedList(new ArrayList<>());
        SearchPages.Counter counter = counter(e -> texts.get(e.title()), counted);
        List<org.engagementportal.site.Published.Entry> first = List.of(entry("Clinic"), entry("Dentist"), entry("Hubs"), entry("Plans"));
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try (SearchCounts.Writer w = new SearchCounts.Writer(kept, PORTAL)) {
            new SearchPages(false).index(first, counter, SearchCounts.Reader.NONE, w);
        }
        counted.clear();
        // "Dentist" gone, "A new clinic" added first, "Plans" retitled "Zebra crossing" at the same address, now last.
        org.engagementportal.site.Published.Entry plans = first.get(3);
        List<org.engagementportal.site.Published.Entry> second = List.of(entry("A new clinic"), entry("Clinic"), entry("Hubs"),
                new org.engagementportal.site.Published.Entry(plans.path(), "Zebra crossing", "page", Optional.empty(),
                        Optional.empty(), "ltr", "z"));
        SearchPages.Made again = new SearchPages(false).index(second, counter,
                new SearchCounts.Reader(new ByteArrayInputStream(kept.toByteArray()), PORTAL), SearchCounts.Writer.NONE);
        assertEquals(List.of("A new clinic", "Zebra crossing"), counted.stream().sorted().toList());
        SearchPages.Made fresh = new SearchPages(false).index(second, counter, SearchCounts.Reader.NONE, SearchCounts.Writer.NONE);
        assertEquals(plain(fresh.shards()), plain(again.shards()));
        assertTrue(words(again).containsKey("kingsmere") && !words(again).containsKey("plans"), words(again).toString());
    }

    /**
     * Counts each page as titled, with the text {@code text} gives it, its key the title and that text; adds each page
     * counted to {@code counted} (pages are counted in parallel: a synchronized list).
     */
    private static SearchPages.Counter counter(java.util.function.Function<org.engagementportal.site.Published.Entry, String> text,
                                               List<String> counted) {
        return new SearchPages.Counter() {
            @Override
            public String[] row(org.engagementportal.site.Published.Entry e) {
                return new String[] {e.title(), e.path(), "page", "", "", ""};
            }

            @Override
            public String key(org.engagementportal.site.Published.Entry e, String[] row) {
                return e.title() + "|" + text.apply(e);
            }

            @Override
            public Object config() {
                return "config";
            }

            @Override
            public Object now() {
                return "now";
            }

            @Override
            public SearchIndex.Page count(org.engagementportal.site.Published.Entry e, String[] row) {
                counted.add(e.title());
                return SearchIndex.page(e.title(), "", text.apply(e), row);
            }
        };
    }

    private static java.util.SortedMap<String, List<Integer>> words(SearchPages.Made made) {
        java.util.SortedMap<String, List<Integer>> out = new java.util.TreeMap<>();
        made.shards().values().forEach(s -> s.words().forEach((w, p) -> out.put(w, java.util.Arrays.stream(p).boxed().toList())));
        return out;
    }

    private static org.engagementportal.site.Published.Entry entry(String title) {
        return new org.engagementportal.site.Published.Entry("/" + title.toLowerCase() + "/", title, "page", Optional.empty(),
                Optional.empty(), "ltr", title.substring(0, 1).toLowerCase());
    }
}
