package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneTakesTheSingular() {
        assertEquals("1 page", Plural.of(1, "page", "pages"));
        assertEquals("1 working day", Plural.of(1, "working day", "working days"));
    }

    @Test
    void noneAndManyTakeThePlural() {
        assertEquals("0 pages", Plural.of(0, "page", "pages"));
        assertEquals("24 pages", Plural.of(24, "page", "pages"));
        assertEquals("10 working days", Plural.of(10, "working day", "working days"));
    }

    @Test
    void aDocumentDescribesItsPagesWithTheRightNoun() {
        assertEquals("PDF, 12 KB, 1 page", new DocumentView("/a.pdf", "A", "PDF", "Portable Document Format", "12 KB",
                Plural.of(1, "page", "pages"), false, null, null).description());
        assertEquals("PDF, 12 KB", new DocumentView("/a.pdf", "A", "PDF", "Portable Document Format", "12 KB",
                null, false, null, null).description());
    }

    @Test
    void fileSizesUnderAKilobyteAreCountedInBytes() {
        assertEquals("1 byte", DocumentViews.size(1));
        assertEquals("900 bytes", DocumentViews.size(900));
    }
}
