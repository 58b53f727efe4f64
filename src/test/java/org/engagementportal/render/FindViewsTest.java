package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a type is called in search's sentences, for the types there are and for one added later. */
class FindViewsTest {
    @Test
    void aTypesNameInASentenceIsItsPlural() {
        assertEquals("consultations", FindViews.kinds("consultation"));
        assertEquals("information", FindViews.kinds("statement"));
        assertEquals("lists of pages", FindViews.kinds("list"));
        assertEquals("engagement", FindViews.kinds("engagement"));
        // A type added later, by its id: the search page read "results in policys".
        assertEquals("policies", FindViews.kinds("policy"));
        assertEquals("surveys", FindViews.kinds("survey"));
        assertEquals("news", FindViews.kinds("news"));
        assertEquals("briefings", FindViews.kinds("briefing"));
        assertEquals("addresses", FindViews.plural("address"));
    }
}
