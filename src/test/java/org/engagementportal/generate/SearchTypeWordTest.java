package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A page's type's name counts as a word of its title once: not again where the title says it already. */
class SearchTypeWordTest {
    private static final String[] ROW = {"t", "/t/", "k", "", "s", ""};

    @Test
    void theTypesNameCountsAsATitleWord() {
        SearchIndex.Page page = SearchIndex.page("Community mental health hubs", "Consultation", "Our plans.", "Text.", ROW);
        assertEquals(SearchIndex.TITLE, page.score("consultation"));
        assertEquals(0, SearchIndex.page("Community mental health hubs", "", "Our plans.", "Text.", ROW).score("consultation"));
    }

    /** Found in review: "Patient bulletin, 1 May" counted "bulletin" twice and came above the list of bulletins. */
    @Test
    void notTwiceWhereTheTitleSaysIt() {
        assertEquals(SearchIndex.TITLE, SearchIndex.page("Patient and public bulletin, 1 May 2026", "Bulletin", "News.", "Text.", ROW)
                .score("bulletin"));
    }
}
