package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The search index changed in place for the pages that changed ({@link SearchIndex#replace}, as {@code portal serve}
 * does after a save) holds what an index made afresh from the pages as they are now holds: the same shards, the same
 * words in each, the same pages and scores, and the same digests (which decide which files are written again).
 */
class SearchIndexProperties {
    /** Every character from U+0080 up is a word's part exactly when it was by the five questions asked before. */
    @org.junit.jupiter.api.Test
    void aWordsPartsAreTheLettersDigitsPairsAndMarks() {
        int parts = 0;
        for (char c = 128; c != 0; c++) {
            boolean before = Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
            assertEquals(before, SearchIndex.isWordPart(c), "U+" + Integer.toHexString(c));
            parts += before ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(parts > 40_000 && parts < 65_000, "parts: " + parts);
    }


    /** Few words, sharing first letters, so pages share words, words come and go, and groups hold several words. */
    private static final List<String> WORDS = List.of("dentist", "dentists", "dental", "den", "kingsmere", "king", "kings",
            "clinic", "clinics", "climate", "cliff", "gp", "go", "ashford", "ash", "ashes", "café", "cafe", "2026", "20",
            "eastbrook", "east", "easter", "nhs", "nurse", "nursery", "nursing");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(12).map(ws -> String.join(" ", ws));
    }

    /** A page: its title, summary and text. */
    record Text(String title, String summary, String body) {
        SearchIndex.Page page() {
            return SearchIndex.page(title, summary, body, new String[0]);
        }
    }

    /** Titles of up to 40 words from the few: a word repeated in a title scores 10 each time, past one byte's 127. */
    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<Text> pages() {
        return Combinators.combine(titles(), texts(), texts()).as(Text::new);
    }

    /**
     * How far apart the pages' numbers are: next to each other, or so far that the gaps between them take two,
     * three, four or five bytes.
     */
    @Provide
    Arbitrary<Integer> spacings() {
        return Arbitraries.of(1, 200, 20_000, 3_000_000, 150_000_000);
    }

    /** An edit: the page at {@code page} (modulo the count) is now {@code text}. */
    record Edit(int page, Text text) {
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), pages()).as(Edit::new);
    }

    @Property(tries = 300)
    void anIndexChangedInPlaceIsTheIndexMadeAfresh(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("pages") Text> start,
                                                  @ForAll @Size(max = 8) List<@net.jqwik.api.From("edits") Edit> edits,
                                                  @ForAll("spacings") int spacing) {
        List<SearchIndex.Page> pages = new ArrayList<>(start.stream().map(Text::page).toList());
        SearchIndex changing = new SearchIndex();
        for (int i = 0; i < pages.size(); i++) {
            changing.add(i * spacing, pages.get(i));
        }
        changing.shards();
        for (Edit e : edits) {
            int at = e.page() % pages.size();
            SearchIndex.Page now = e.text().page();
            changing.replace(at * spacing, pages.get(at), now);
            pages.set(at, now);
            if (e.page() % 3 == 0) {
                changing.shards(); // sometimes between edits, sometimes only after several
            }
        }
        SearchIndex fresh = new SearchIndex();
        for (int i = 0; i < pages.size(); i++) {
            fresh.add(i * spacing, pages.get(i));
        }
        assertEquals(plain(fresh.shards()), plain(changing.shards()));
    }

    /** A change between two builds: 0 a page gone, 1 its text changed, 2 a page added, 3 a page moved in the order. */
    record Change(int kind, int page, int to, Text text) {
    }

    @Provide
    Arbitrary<Change> changes() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99), pages()).as(Change::new);
    }

    /** A page between builds: its address (which stays with it) and its text. */
    record Item(String path, Text text) {
    }

    /**
     * The index the last build kept, written and read back ({@link SearchCounts}) and brought up to date with
     * {@link SearchIndex#update} as a build does (each page found by its address, kept when its text is the same), holds
     * what an index made afresh from the pages as they are now holds: with pages gone, changed, added and moved in the
     * order, and the same digests.
     */
    @Property(tries = 300)
    void anIndexKeptAndUpdatedIsTheIndexMadeAfresh(@ForAll @Size(max = 12) List<@net.jqwik.api.From("pages") Text> start,
                                                   @ForAll @Size(max = 10) List<@net.jqwik.api.From("changes") Change> changes) {
        List<Item> before = new ArrayList<>();
        for (int i = 0; i < start.size(); i++) {
            before.add(new Item("/p" + i + "/", start.get(i)));
        }
        List<Item> after = new ArrayList<>(before);
        int added = 0;
        for (Change c : changes) {
            int at = after.isEmpty() ? 0 : c.page() % after.size();
            switch (c.kind()) {
                case 0 -> {
                    if (!after.isEmpty()) {
                        after.remove(at);
                    }
                }
                case 1 -> {
                    if (!after.isEmpty()) {
                        after.set(at, new Item(after.get(at).path(), c.text()));
                    }
                }
                case 2 -> after.add(c.to() % (after.size() + 1), new Item("/new" + added++ + "/", c.text()));
                default -> {
                    if (!after.isEmpty()) {
                        Item moved = after.remove(at);
                        after.add(c.to() % (after.size() + 1), moved);
                    }
                }
            }
        }
        SearchIndex kept = new SearchIndex();
        for (int j = 0; j < before.size(); j++) {
            kept.add(j, before.get(j).text().page());
        }
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        try (SearchCounts.Writer w = new SearchCounts.Writer(file, "portal")) {
            w.write(before.stream().map(Item::path).toList(), before.stream().map(i -> i.text().toString()).toList(), kept);
        }
        SearchCounts.Kept read = new SearchCounts.Reader(new java.io.ByteArrayInputStream(file.toByteArray()), "portal").read()
                .orElseThrow();
        SearchIndex index = read.index().orElseThrow();
        int[] number = new int[before.size()];
        java.util.Arrays.fill(number, -1);
        List<Integer> at = new ArrayList<>();
        List<SearchIndex.Page> pages = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            int j = read.paths().indexOf(after.get(i).path());
            if (j >= 0 && read.keys().get(j).equals(after.get(i).text().toString())) {
                number[j] = i;
            } else {
                at.add(i);
                pages.add(after.get(i).text().page());
            }
        }
        index.update(number, at.stream().mapToInt(Integer::intValue).toArray(), pages.toArray(new SearchIndex.Page[0]));
        SearchIndex fresh = new SearchIndex();
        for (int i = 0; i < after.size(); i++) {
            fresh.add(i, after.get(i).text().page());
        }
        assertEquals(plain(fresh.shards()), plain(index.shards()));
        // A second build: the first pages changed again (reversed), the index updated in place, without being written.
        int[] keep = new int[after.size()];
        List<Integer> again = new ArrayList<>();
        List<SearchIndex.Page> recounted = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (i < changes.size() % 4) {
                keep[i] = -1;
                again.add(i);
                Text t = after.get(i).text();
                after.set(i, new Item(after.get(i).path(), new Text(t.body(), t.title(), t.summary())));
                recounted.add(after.get(i).text().page());
            } else {
                keep[i] = i;
            }
        }
        index.update(keep, again.stream().mapToInt(Integer::intValue).toArray(), recounted.toArray(new SearchIndex.Page[0]));
        SearchIndex freshAgain = new SearchIndex();
        for (int i = 0; i < after.size(); i++) {
            freshAgain.add(i, after.get(i).text().page());
        }
        assertEquals(plain(freshAgain.shards()), plain(index.shards()), "a second update");
    }

    /** The numbers an index gives back are the pages' numbers and scores as added, however many bytes they take. */
    @Property(tries = 100)
    void numbersComeBackAsTheyWereAdded(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("pages") Text> texts,
                                        @ForAll("spacings") int spacing) {
        SearchIndex index = new SearchIndex();
        Map<String, List<Integer>> expected = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            SearchIndex.Page page = texts.get(i).page();
            index.add(i * spacing, page);
            for (int w = 0; w < page.words().length; w++) {
                List<Integer> list = expected.computeIfAbsent(page.words()[w], k -> new ArrayList<>());
                int previous = 0;
                for (int k = 0; k < list.size(); k += 2) {
                    previous += list.get(k);
                }
                list.add(i * spacing - previous);
                list.add(page.scores()[w]);
            }
        }
        Map<String, List<Integer>> actual = new TreeMap<>();
        index.shards().values().forEach(shard -> shard.words().forEach((w, list) ->
                actual.put(w, Arrays.stream(list).boxed().toList())));
        assertEquals(expected, actual);
    }

    /**
     * A shard's digest changes with what it holds: of two indexes of different pages, each shard they both have
     * has the same digest exactly when it holds the same words and pages (the digest decides which files are
     * written again, so a change it missed would leave a file out of date).
     */
    @Property(tries = 200)
    void aShardsDigestChangesWithWhatItHolds(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("pages") Text> one,
                                            @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("pages") Text> other) {
        SearchIndex a = new SearchIndex();
        SearchIndex b = new SearchIndex();
        for (int i = 0; i < one.size(); i++) {
            a.add(i, one.get(i).page());
        }
        for (int i = 0; i < other.size(); i++) {
            b.add(i, other.get(i).page());
        }
        java.util.SortedMap<String, SearchIndex.Shard> x = a.shards();
        java.util.SortedMap<String, SearchIndex.Shard> y = b.shards();
        for (String key : x.keySet()) {
            if (y.containsKey(key)) {
                boolean same = plain(java.util.Map.of(key, x.get(key))).values().iterator().next().split(" =", 2)[1]
                        .equals(plain(java.util.Map.of(key, y.get(key))).values().iterator().next().split(" =", 2)[1]);
                assertEquals(same, x.get(key).digest().equals(y.get(key).digest()), key);
            }
        }
    }

    /** The shards as plain values: each shard's digest and its words with their numbers. */
    private static Map<String, String> plain(Map<String, SearchIndex.Shard> shards) {
        Map<String, String> out = new TreeMap<>();
        shards.forEach((key, shard) -> {
            StringBuilder b = new StringBuilder(shard.digest()).append(" =");
            shard.words().forEach((w, list) -> b.append(' ').append(w).append(Arrays.toString(list)));
            out.put(key, b.toString());
        });
        return out;
    }
}
