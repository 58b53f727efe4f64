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

    @Provide
    Arbitrary<Text> pages() {
        return Combinators.combine(texts(), texts(), texts()).as(Text::new);
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
                                                  @ForAll @Size(max = 8) List<@net.jqwik.api.From("edits") Edit> edits) {
        List<SearchIndex.Page> pages = new ArrayList<>(start.stream().map(Text::page).toList());
        SearchIndex changing = new SearchIndex();
        for (int i = 0; i < pages.size(); i++) {
            changing.add(i, pages.get(i));
        }
        changing.shards();
        for (Edit e : edits) {
            int at = e.page() % pages.size();
            SearchIndex.Page now = e.text().page();
            changing.replace(at, pages.get(at), now);
            pages.set(at, now);
            if (e.page() % 3 == 0) {
                changing.shards(); // sometimes between edits, sometimes only after several
            }
        }
        SearchIndex fresh = new SearchIndex();
        for (int i = 0; i < pages.size(); i++) {
            fresh.add(i, pages.get(i));
        }
        assertEquals(plain(fresh.shards()), plain(changing.shards()));
    }

    @Property(tries = 50)
    void theSamePagesGiveTheSameDigests(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("pages") Text> pages) {
        SearchIndex a = new SearchIndex();
        SearchIndex b = new SearchIndex();
        for (int i = 0; i < pages.size(); i++) {
            a.add(i, pages.get(i).page());
            b.add(i, pages.get(i).page());
        }
        assertEquals(plain(a.shards()), plain(b.shards()));
    }

    /** The shards as plain values: each shard's digest and its words with their numbers. */
    private static Map<String, String> plain(java.util.SortedMap<String, SearchIndex.Shard> shards) {
        Map<String, String> out = new TreeMap<>();
        shards.forEach((key, shard) -> {
            StringBuilder b = new StringBuilder(shard.digest()).append(" =");
            shard.words().forEach((w, list) -> b.append(' ').append(w).append(Arrays.toString(list)));
            out.put(key, b.toString());
        });
        return out;
    }
}
