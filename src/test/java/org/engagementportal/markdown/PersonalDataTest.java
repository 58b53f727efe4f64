package org.engagementportal.markdown;

import static org.engagementportal.markdown.TextRendering.FIRST_LINE;
import static org.engagementportal.markdown.TextRendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagementportal.markdown.TextRendering.Result;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.junit.jupiter.api.Test;

/**
 * What a page's text gives away about the people who read or are written about: a patient's NHS number (warned about at
 * each, where its check digit is right) and the tracking codes a copied link carries (warned about, with the address
 * without them); a bare www. address links with https://.
 */
class PersonalDataTest {
    private static List<String> messages(Result r) {
        return r.problems().stream().map(p -> p.position().line() - FIRST_LINE + ":" + p.position().column() + " " + p.message())
                .toList();
    }

    @Test
    void anNhsNumberIsWarnedAboutWhereverItIsWrittenAndHowever() {
        Result r = render("Mrs Morley, NHS number 943 476 5919, told us.\n\nAlso 9434765919 and 943-476-5919.\n");
        List<String> m = messages(r);
        assertEquals(3, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("0:24 this looks like a patient's NHS number (943 476 5919), which identifies them"), m.get(0));
        assertTrue(m.get(1).startsWith("2:6 this looks like a patient's NHS number (9434765919)"), m.get(1));
        assertTrue(m.get(2).startsWith("2:21 this looks like a patient's NHS number (943-476-5919)"), m.get(2));
        Problem first = r.problems().get(0);
        assertEquals(Severity.WARNING, first.severity());
        assertTrue(first.fix().contains("check with your information governance team"), first.fix());
    }

    @Test
    void numbersThatAreNotNhsNumbersAreLeftAlone() {
        // A wrong check digit; phone numbers (eleven digits, or grouped otherwise); a number in a longer one or an address;
        // groups written unlike each other; ten digits all the same.
        Result r = render("9434765918. Call 0300 311 2233 or 01632 960100 or 01632960100. Ref 19434765919 and 9434765919123. "
                + "See /papers/9434765919.pdf and 943 4765919. Not 0000000000.\n");
        assertEquals(List.of(), messages(r));
        // Found in review: each of these was taken for an NHS number (the ISBN's check digit is an NHS number's, and a
        // number after +44 is grouped 3-3-4).
        Result review = render("Call us on +44 300 123 0002 or +44 (0)800 123 0007 (ISBN 0306406152), see "
                + "[the board paper](https://papers.example.org/view?doc=1767225601) or https://example.org/p/1767225601 and "
                + "COMP3003110004, FOI-3003300008, ref_1767225601, #1767225601.\n");
        assertEquals(List.of(), messages(review));
    }

    @Test
    void trackingCodesInALinkAreWarnedAboutWithTheAddressWithoutThem() {
        Result r = render("Watch [our video](https://www.youtube.com/watch?v=abc&utm_source=newsletter&fbclid=IwAR1#t=30).\n\n"
                + "Or [the plan][plan], or www.example.org/plan?id=4&mc_eid=12ab.\n\n"
                + "[plan]: https://example.org/plan?gclid=xyz\n");
        List<String> m = messages(r);
        assertEquals(3, m.size(), m.toString());
        Problem video = r.problems().stream().filter(p -> p.position().line() == FIRST_LINE).findFirst().orElseThrow();
        assertEquals(7, video.position().column());
        assertTrue(video.message().startsWith("this link's address has tracking codes in it (utm_source, fbclid), which tell the site"),
                video.message());
        assertEquals("Use the address without them: https://www.youtube.com/watch?v=abc#t=30", video.fix());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("2:25 this link's address has tracking codes in it (mc_eid)")), m.toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.fix().equals("Use the address without them: https://www.example.org/plan?id=4")),
                r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.position().line() == FIRST_LINE + 4
                && p.fix().equals("Use the address without them: https://example.org/plan")), r.problems().toString());
    }

    @Test
    void aLinkWithoutTrackingCodesIsLeftAloneAndABareAddressIsHttps() {
        Result r = render("See www.example.org/plan?id=4 and [the video](https://youtu.be/abc?t=30) and "
                + "[a search](https://example.org/find?si=5).\n");
        assertEquals(List.of(), messages(r));
        assertTrue(r.html().contains("href=\"https://www.example.org/plan?id=4\""), r.html());
        assertFalse(r.html().contains("http://www."), r.html());
        // A page of this site's own: what it is sent stays here, written inline or as a reference alike (found in review).
        Problems problems = new Problems();
        Markdown.shared().render("[x](/consultations/?utm_source=newsletter) and [ev][ev]\n\n[ev]: /events/?utm_source=newsletter\n",
                TextRendering.SOURCE, FIRST_LINE, "", LinksAsWritten.LINKS, problems);
        assertEquals(List.of(), problems.sorted());
        // YouTube's share button's own code names who shared it.
        assertTrue(messages(render("[the video](https://youtu.be/abc?si=Xy12)\n")).get(0).contains("(si)"));
    }
}
