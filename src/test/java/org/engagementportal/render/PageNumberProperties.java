package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A later page of a list is taken back to its first page's address, for the feed the list offers, as the regular
 * expression that did it before ({@code page/\d+/$}) took it: for addresses made of the pieces that matter (the word,
 * digits, slashes, a digit that is not ASCII, and letters near "page").
 */
class PageNumberProperties {
    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.of("page/", "page", "age/", "/", "1", "2", "09", "\u0663", "x", "consultations", "Page/", "pages/")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void takesAnAddressBackAsTheRegularExpressionDid(@ForAll("addresses") String path) {
        assertEquals(path.replaceFirst("page/\\d+/$", ""), LayoutViews.withoutPageNumber(path), path);
    }

    @Test
    void aListsLaterPagesLeadToItsFirst() {
        assertEquals("/consultations/", LayoutViews.withoutPageNumber("/consultations/page/2/"));
        assertEquals("/bulletins/stakeholder/", LayoutViews.withoutPageNumber("/bulletins/stakeholder/page/12/"));
        assertEquals("/consultations/", LayoutViews.withoutPageNumber("/consultations/"));
        assertEquals("/consultations/page/", LayoutViews.withoutPageNumber("/consultations/page/"));
        assertEquals("/about/page/2", LayoutViews.withoutPageNumber("/about/page/2"));
        assertEquals("", LayoutViews.withoutPageNumber(""));
    }
}
