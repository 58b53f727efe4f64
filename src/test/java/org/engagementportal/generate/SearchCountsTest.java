package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The search index's counted words kept from one build to the next, read back in order. */
class SearchCountsTest {
    static final String PORTAL = "portal 1.0 abc";

    record Kept(String sortKey, String path, String key, SearchCounts.Counted counted) {
    }

    static SearchCounts.Counted counted(String... wordsAndScores) {
        String[] w = new String[wordsAndScores.length / 2];
        int[] s = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = wordsAndScores[2 * i];
            s[i] = Integer.parseInt(wordsAndScores[2 * i + 1]);
        }
        return new SearchCounts.Counted(w, s);
    }

    static byte[] write(List<Kept> pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SearchCounts.Writer w = new SearchCounts.Writer(bytes, PORTAL)) {
            pages.forEach(p -> w.write(p.sortKey(), p.path(), p.key(), p.counted()));
        }
        return bytes.toByteArray();
    }

    static final List<Kept> BEFORE = List.of(
            new Kept("a dentist", "/a/", "k1", counted("dentist", "10", "kingsmere", "1")),
            new Kept("b clinic", "/b/", "k2", counted("clinic", "10", "dentist", "3", "wait", "300")),
            new Kept("c hubs", "/c/", "k3", counted("hubs", "10")),
            new Kept("d plans", "/d/", "k4", counted("dentist", "1", "plans", "10")));

    @Test
    void pagesComeBackAsWrittenWordsSharedOrNot() {
        SearchCounts.Reader r = new SearchCounts.Reader(new ByteArrayInputStream(write(BEFORE)), PORTAL);
        for (Kept k : BEFORE) {
            SearchCounts.Counted c = r.take(k.sortKey(), k.path(), k.key()).orElseThrow();
            assertArrayEquals(k.counted().words(), c.words());
            assertArrayEquals(k.counted().scores(), c.scores());
        }
        assertEquals(Optional.empty(), r.take("z", "/z/", "k"), "nothing after the last");
    }

    @Test
    void pagesGoneNewOrChangedAreCountedAgainAndTheRestStillRead() {
        SearchCounts.Reader r = new SearchCounts.Reader(new ByteArrayInputStream(write(BEFORE)), PORTAL);
        // /a/ is gone; a new page before /b/; /b/ changed (another key); /c/ as it was; /d/ retitled, so elsewhere.
        assertEquals(Optional.empty(), r.take("aa new", "/new/", "n"));
        assertEquals(Optional.empty(), r.take("b clinic", "/b/", "changed"));
        assertEquals(List.of("hubs"), List.of(r.take("c hubs", "/c/", "k3").orElseThrow().words()));
        assertEquals(Optional.empty(), r.take("e plans retitled", "/d/", "k4"));
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
        BEFORE.forEach(p -> w.write(p.sortKey(), p.path(), p.key(), p.counted()));
        w.close();
        assertTrue(!w.whole(), "not kept: it does not hold every page");
        SearchCounts.Writer ok = new SearchCounts.Writer(new ByteArrayOutputStream(), PORTAL);
        BEFORE.forEach(p -> ok.write(p.sortKey(), p.path(), p.key(), p.counted()));
        ok.close();
        assertTrue(ok.whole());
    }

    @Test
    void aFileOfAnotherVersionOfThePortalIsNotRead() {
        SearchCounts.Reader r = new SearchCounts.Reader(new ByteArrayInputStream(write(BEFORE)), "portal 2.0");
        assertEquals(Optional.empty(), r.take("a dentist", "/a/", "k1"));
    }

    @Test
    void aFileCutShortOrDamagedAnywhereGivesOnlyPagesReadWholeAndNeverFails() {
        byte[] whole = write(BEFORE);
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            assertOnlyRightPages(part);
            byte[] damaged = whole.clone();
            damaged[cut] ^= (byte) 0x5a;
            assertOnlyRightPages(damaged);
        }
    }

    /** Whatever it reads of a damaged file is either a page exactly as written or nothing. */
    private static void assertOnlyRightPages(byte[] file) {
        SearchCounts.Reader r = new SearchCounts.Reader(new ByteArrayInputStream(file), PORTAL);
        for (Kept k : BEFORE) {
            r.take(k.sortKey(), k.path(), k.key()).ifPresent(c -> {
                assertArrayEquals(k.counted().words(), c.words());
                assertArrayEquals(k.counted().scores(), c.scores());
            });
        }
    }

    @Test
    void aBuildCountsAgainOnlyThePagesWhoseKeyChanged() {
        List<String> titles = List.of("Clinic", "Dentist", "Hubs", "Plans");
        List<String> counted = java.util.Collections.synchronizedList(new ArrayList<>()); // counted in parallel
        java.util.function.Function<List<String>, SearchPages.Counter> counter = texts -> new SearchPages.Counter() {
            @Override
            public String[] row(org.engagementportal.site.Published.Entry e) {
                return new String[] {e.title(), e.path(), "page", "", "", ""};
            }

            @Override
            public String key(org.engagementportal.site.Published.Entry e, String[] row) {
                return e.title() + "|" + texts.get(titles.indexOf(e.title()));
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
                return SearchIndex.page(e.title(), "", texts.get(titles.indexOf(e.title())), row);
            }
        };
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
        assertTrue(words(again).containsKey("kingsmere") && !words(cold).containsKey("kingsmere"));
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
