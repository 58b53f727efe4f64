package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortTextIsKeptWhole() {
        assertEquals("/old/dental/", Excerpt.of("/old/dental/", 10 + 2));
    }

    @Test
    void longTextIsCutToTheLimitWithDots() {
        String cut = Excerpt.of("a".repeat(500), 60);
        assertEquals(60, cut.length());
        assertTrue(cut.endsWith("a..."), cut);
    }

    @Test
    void controlCharactersAreShownNotPrinted() {
        assertEquals("a\\u001b[2Jb\\u000ac\\u007f", Excerpt.of("a\u001b[2Jb\nc\u007f", 100));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String cut = Excerpt.of("ab\uD83D\uDE00cdef", 6);
        assertEquals("ab...", cut);
    }

    @Test
    void textReversingCharactersAreShownToo() {
        assertEquals("\\u202eevil \\u2066x", Excerpt.of("\u202eevil \u2066x", 100));
    }
}
