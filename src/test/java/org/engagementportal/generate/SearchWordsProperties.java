package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The search index counts a page's words as it did before its characters were classed from a table and its tally kept
 * the words' characters rather than a string for each ({@link SearchWordsBefore}, a copy of the code before): the same
 * words, in the same order, with the same scores, for a title, a type's name, a summary and a text in Markdown, and the
 * same words of a query ({@link SearchIndex#words}).
 */
class SearchWordsProperties {
    /**
     * Pieces of text that take each of the scan's paths: plain words in any case, plurals and "ss", words of one and two
     * letters, common words, digits, accents (composed and apart), a soft hyphen, scripts written without spaces, a
     * character beyond U+FFFF, "A&E", links, HTML tags and notes over lines, formatting inside words in Chinese, a
     * word longer than the scan's first buffer, and punctuation.
     */
    private static final List<String> PIECES = List.of("dentist", "Dentists", "DENTAL", "class", "bus", "gps", "gp", "a", "I",
            "The", "and", "OF", "www", "2026", "20s", "café", "Ärzte", "naïve", "cafe\u0301", "physio\u00adtherapy", "\u00ad",
            "口译服务", "gp服务", "บริการ", "サービス", "申请**免费**", "申请[免费](/x)", "𝔘nicode", "😀", "A&E", "R&D", "&", " & ",
            "&amp;", "[Kingsmere clinic](/pages/clinic/)", "](", "(", ")", "[", "]", "<b>bold</b>", "</p>", "<!-- a note -->",
            "<!--\nover lines\n-->", "<!--", "<", "<3", "<br/>", "**strong**", "_em_", "`code`", "~~gone~~", "*", "£5",
            "–", "“quoted”", "’s", "don’t", "a".repeat(40), "Supercalifragilisticexpialidocious-Clinics", "x1y2", "\n", "\t",
            ", ", ". ", "!", "#", "-", "'", "\"", "ŉ", "ǅ", "İstanbul", "ß", "Ω", "٣", "\u0301");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> separator = Arbitraries.of(" ", " ", "", "\n", ", ", "\n\n");
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.integers().between(0, 2000).map(n -> "word" + n)); // many words: the tally grows
        return net.jqwik.api.Combinators.combine(piece, separator).as((p, s) -> p + s).list().ofMaxSize(400)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("", "Consultation", "Meeting", "Bulletin", "Café");
    }

    @Property(tries = 1500)
    void aPageCountsAsBefore(@ForAll("texts") String title, @ForAll("kinds") String kind, @ForAll("texts") String summary,
                             @ForAll("texts") String body) {
        SearchIndex.Page now = SearchIndex.page(title, kind, summary, body, new String[0]);
        SearchIndex.Page before = SearchWordsBefore.page(title, kind, summary, body, new String[0]);
        assertArrayEquals(before.words(), now.words());
        assertArrayEquals(before.scores(), now.scores());
    }

    @Property(tries = 1500)
    void aQueryHasTheWordsItHadBefore(@ForAll("texts") String text) {
        assertEquals(SearchWordsBefore.words(text), SearchIndex.words(text));
    }

    /** A page of 20,000 words, most of them different: the tally grows many times over. */
    @org.junit.jupiter.api.Test
    void aLongPageCountsAsBefore() {
        StringBuilder b = new StringBuilder();
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 20_000; i++) {
            b.append(random.nextInt(4) == 0 ? PIECES.get(random.nextInt(PIECES.size())) : "w" + random.nextInt(15_000)).append(' ');
        }
        String body = b.toString();
        SearchIndex.Page now = SearchIndex.page("Clinics", "Consultation", "", body, new String[0]);
        SearchIndex.Page before = SearchWordsBefore.page("Clinics", "Consultation", "", body, new String[0]);
        assertArrayEquals(before.words(), now.words());
        assertArrayEquals(before.scores(), now.scores());
        org.junit.jupiter.api.Assertions.assertTrue(now.words().length > 5_000, "words: " + now.words().length);
    }

    /**
     * Marks that open a tag or a link's address and are never closed, on long lines: counted as before, the words
     * between them found.
     */
    @org.junit.jupiter.api.Test
    void marksNeverClosedCountAsBefore() {
        for (String mark : List.of("<a ", "](x ", "x<b ", "[a](", "<!-- ")) {
            String line = (mark + "clinic ").repeat(9000 / (mark.length() + 7)) + "\n";
            String body = line.repeat(5) + "<b>closed</b> [a](/at/the/end)";
            SearchIndex.Page now = SearchIndex.page("", "", "", body, new String[0]);
            SearchIndex.Page before = SearchWordsBefore.page("", "", "", body, new String[0]);
            assertArrayEquals(before.words(), now.words(), mark);
            assertArrayEquals(before.scores(), now.scores(), mark);
        }
    }
}
