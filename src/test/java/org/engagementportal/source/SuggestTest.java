package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> FIELDS = List.of("title", "summary", "topics", "areas", "opens", "closes");

    @Test
    void suggestsTheClosestKnownWord() {
        assertEquals(Optional.of("summary"), Suggest.closest("sumary", FIELDS));
        assertEquals(Optional.of("closes"), Suggest.closest("close", FIELDS));
        assertEquals(Optional.of("topics"), Suggest.closest("Topics", FIELDS));
        assertEquals(Optional.of("mental-health"), Suggest.closest("mental health", List.of("dentistry", "mental-health")));
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertTrue(Suggest.closest("budget", FIELDS).isEmpty());
        assertEquals("", Suggest.didYouMean("budget", FIELDS));
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, Suggest.distance("titel", "title"));
        assertEquals(2, Suggest.distance("abc", "cab"));
    }
}
