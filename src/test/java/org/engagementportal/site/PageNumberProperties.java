package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A later page of a list is taken back to its first page's address ({@link Listing#firstPage}, for the feed the list
 * offers), as the regular expression that did it before ({@code page/\d+/$}) took it: for addresses made of the pieces
 * that matter (the word, digits, slashes, a digit that is not ASCII, and letters near "page"); and it undoes
 * {@link Listing#pagePath}.
 */
class PageNumberProperties {
    @Provide
    Arbitrary<String> addresses() {
        return Arbitraries.of("page/", "page", "age/", "/", "1", "2", "09", "\u0663", "x", "consultations", "Page/", "pages/")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void takesAnAddressBackAsTheRegularExpressionDid(@ForAll("addresses") String path) {
        assertEquals(path.replaceFirst("page/\\d+/$", ""), Listing.firstPage(path), path);
    }

    @Test
    void aListsLaterPagesLeadToItsFirst() {
        assertEquals("/consultations/", Listing.firstPage("/consultations/page/2/"));
        assertEquals("/bulletins/stakeholder/", Listing.firstPage("/bulletins/stakeholder/page/12/"));
        assertEquals("/consultations/", Listing.firstPage("/consultations/"));
        assertEquals("/consultations/page/", Listing.firstPage("/consultations/page/"));
        assertEquals("/about/page/2", Listing.firstPage("/about/page/2"));
        assertEquals("", Listing.firstPage(""));
    }

    @Property(tries = 500)
    void undoesThePageAddress(@ForAll("firsts") String first, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 400) int n) {
        assertEquals(first, Listing.firstPage(Listing.pagePath(first, n)));
    }

    @Provide
    Arbitrary<String> firsts() {
        return Arbitraries.of("/consultations/", "/bulletins/stakeholder/", "/topics/page/", "/a-z/b/", "/2025/", "/");
    }
}
