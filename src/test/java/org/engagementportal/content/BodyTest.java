package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.ContentTypes;
import org.junit.jupiter.api.Test;

/** Page bodies kept packed in memory, for sites with a great deal of Markdown: the same text, whatever it holds. */
class BodyTest {

    @Test
    void aPackedBodyUnpacksToItsTextAndEqualsTheUnpackedOne() {
        for (String text : new String[] {"", "   \n\t", "## Heading\n\nPlain text.", "Welsh: Ymgynghoriad ŵ ŷ — “quotes” 🏥\u0000",
                "x".repeat(1_000_000), "line\r\nline\n".repeat(10_000)}) {
            Body body = new Body(text, 7);
            Body packed = body.packed();
            assertEquals(text, packed.markdown());
            assertEquals(text, packed.markdown(), "unpacked again, the same");
            assertEquals(body, packed);
            assertEquals(body.hashCode(), packed.hashCode());
            assertEquals(7, packed.firstLine());
            assertEquals(text.isBlank(), packed.isBlank());
        }
        assertFalse(new Body("a", 1).packed().equals(new Body("a", 2)));
    }

    @Test
    void theExamplePortalLoadsToTheSameDocumentsWithItsBodiesPacked() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Europe/London"));
        Problems plainProblems = new Problems();
        Problems packedProblems = new Problems();
        SiteData data = new DataLoader(TestSite.PROJECT, plainProblems).load();
        LoadedContent plain = new ContentLoader(TestSite.PROJECT, data, now, plainProblems, ContentTypes.ALL).load();
        LoadedContent packed = new ContentLoader(TestSite.PROJECT, data, now, packedProblems, ContentTypes.ALL).packingOver(0).load();
        assertTrue(plain.documents().size() > 50);
        assertEquals(plain.documents(), packed.documents());
        assertTrue(packed.documents().stream().allMatch(d -> d.body().toString().contains("packed")), "every body packed");
        assertTrue(plain.documents().stream().noneMatch(d -> d.body().toString().contains("packed")), "none below the limit");
        assertEquals(plainProblems.sorted(), packedProblems.sorted());
    }
}
