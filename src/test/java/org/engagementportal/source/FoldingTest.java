package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void accentsAndTheLettersWrittenWithoutThemAreFolded() {
        assertEquals("cafe", Folding.plain("Café"));
        assertEquals("lodz", Folding.plain("Łódź"));
        assertEquals("tlumacza uslugi", Folding.plain("tłumacza usługi"));
        assertEquals("strasse", Folding.plain("Straße"));
        assertEquals("aero oeuvre thorn dottir", Folding.plain("Ærø œuvre Þorn dóttir"));
        assertEquals("istanbul isik", Folding.plain("İstanbul Işık"));
        assertEquals("ghar", Folding.plain("ghar"), "plain text comes back as it is");
        assertEquals("مترجم", Folding.plain("مترجمًا".substring(0, 5)), "Arabic loses its vowel marks only");
    }

    /** The A to Z files a title by its folded first letter: a Polish "Łatwy dostęp" under L, not under "Other". */
    @Test
    void theAToZFilesATitleByItsFoldedFirstLetter() {
        assertEquals("latwy dostep do tlumacza", org.engagementportal.site.Published.sortKey("Łatwy dostęp do tłumacza"));
        assertEquals("oresund bridge", org.engagementportal.site.Published.sortKey("“Øresund bridge"));
    }
}
