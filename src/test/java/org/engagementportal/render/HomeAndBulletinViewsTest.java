package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulletin issues in two series, events and meetings, and no open consultation, on 1 March 2026: the issue
 * pages with their neighbours, the series and bulletin listings, and the home page's blocks.
 */
class HomeAndBulletinViewsTest {
    static final String NOW = "2026-03-01T09:00";

    static final String SITE = """
            -- content/index.md --
            ---
            title: Have your say
            summary: Share your views on health services in Testshire.
            ---
            We want to hear from you.
            -- content/bulletins/weekly/2026-02-06.md --
            ---
            title: Bulletin 6 February 2026
            summary: Winter news.
            date: 2026-02-06
            ---
            News.
            -- content/bulletins/weekly/2026-02-13.md --
            ---
            title: Bulletin 13 February 2026
            summary: Pharmacy news.
            date: 2026-02-13
            ---
            News.
            -- content/bulletins/weekly/2026-02-20.md --
            ---
            title: Bulletin 20 February 2026
            summary: Dental news.
            date: 2026-02-20
            ---
            News.
            -- content/bulletins/weekly/2026-02-27.md --
            ---
            title: Bulletin 27 February 2026
            summary: Spring news.
            date: 2026-02-27
            ---
            News.
            -- content/bulletins/stakeholder/2026-02-16.md --
            ---
            title: Stakeholder update, February 2026
            summary: For our partners.
            date: 2026-02-16
            ---
            News.
            -- content/consultations/pharmacy.md --
            ---
            title: Late-night pharmacies
            summary: Which pharmacies should open late?
            opens: 2025-09-01T09:00
            closes: 2025-11-28T17:00
            outcome:
              date: 2026-02-10
              body: Two pharmacies now open until midnight.
            ---
            We asked about pharmacies.
            -- content/events/walk.md --
            ---
            title: Health walk
            summary: A walk in the park.
            starts: 2026-02-21T10:00
            venue: Eastbrook Park
            ---
            A walk.
            -- content/events/fair.md --
            ---
            title: Health fair
            summary: A fair.
            starts: 2026-04-10T12:00
            venue: Kingsmere Hall
            ---
            A fair.
            -- content/events/talk.md --
            ---
            title: Dental talk
            summary: A talk.
            starts: 2026-03-05T18:00
            online: https://meet.testshire.example/talk
            ---
            A talk.
            -- content/events/cafe.md --
            ---
            title: Chat café
            summary: A café.
            starts: 2026-03-20T10:00
            venue: Eastbrook Library
            ---
            A café.
            -- content/events/choir.md --
            ---
            title: Singing for breathing
            summary: A choir.
            starts: 2026-05-02T10:00
            venue: Eastbrook Library
            ---
            A choir.
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            venue: Eastbrook Civic Centre
            ---
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() {
        built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
    }

    @Test
    void anIssueLinksTheIssuesBeforeAndAfterItInItsOwnSeries() {
        Document issue = built.page("/bulletins/weekly/2026-02-13/");
        Element previous = issue.selectFirst("nav[aria-label=Other issues] a[rel=prev]");
        Element next = issue.selectFirst("nav[aria-label=Other issues] a[rel=next]");
        assertEquals("/bulletins/weekly/2026-02-06/", previous.attr("href"));
        assertEquals("Previous issue : Bulletin 6 February 2026", previous.text());
        assertEquals("/bulletins/weekly/2026-02-20/", next.attr("href"), "not the stakeholder issue of 16 February in between");
        assertEquals("Next issue : Bulletin 20 February 2026", next.text());
        Document first = built.page("/bulletins/weekly/2026-02-06/");
        assertNull(first.selectFirst("a[rel=prev]"));
        assertEquals("/bulletins/weekly/2026-02-13/", first.selectFirst("a[rel=next]").attr("href"));
        assertNull(built.page("/bulletins/weekly/2026-02-27/").selectFirst("a[rel=next]"));
        assertNull(built.page("/bulletins/stakeholder/2026-02-16/").selectFirst("nav[aria-label=Other issues]"),
                "the only issue of its series has no neighbours");
    }

    @Test
    void anIssueNamesItsSeriesAndTheDateItWasPublished() {
        Document issue = built.page("/bulletins/stakeholder/2026-02-16/");
        Element series = issue.selectFirst(".nhsuk-caption-l a");
        assertEquals("Stakeholder bulletin", series.text());
        assertEquals("/bulletins/stakeholder/", series.attr("href"));
        Element published = issue.selectFirst("main time");
        assertEquals("2026-02-16", published.attr("datetime"));
        assertEquals("Published 16 February 2026", published.parent().text());
        assertEquals(List.of("Home /", "Bulletins /bulletins/", "Stakeholder bulletin /bulletins/stakeholder/"),
                issue.select("nav.nhsuk-breadcrumb ol a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
    }

    @Test
    void bulletinCardsGiveTheDateAndSeriesAndTheListingCountsEachSeries() {
        Document bulletins = built.page("/bulletins/");
        assertEquals(List.of("Patient and public bulletin (4)", "Stakeholder bulletin (1)"), bulletins.select("ul.portal-terms li").eachText());
        Element latest = bulletins.selectFirst("#latest + ul .nhsuk-card");
        assertEquals("/bulletins/weekly/2026-02-27/", latest.selectFirst("a").attr("href"));
        assertEquals(List.of("27 February 2026", "Patient and public bulletin"), latest.select(".portal-card-meta li").eachText());
        Document series = built.page("/bulletins/weekly/");
        assertEquals("Every issue of the Patient and public bulletin.", series.selectFirst(".nhsuk-lede-text").text());
        assertEquals(List.of("/bulletins/weekly/2026-02-27/", "/bulletins/weekly/2026-02-20/", "/bulletins/weekly/2026-02-13/",
                "/bulletins/weekly/2026-02-06/"), series.select(".nhsuk-card__link").eachAttr("href"));
    }

    @Test
    void theHomePageShowsTheNextThreeEventsAndMeetingsAndTheLatestThreeIssues() {
        Document home = built.page("/");
        assertEquals("Have your say", home.selectFirst("h1").text(), "the home page's own index.md gives its title");
        assertEquals("We want to hear from you.", home.selectFirst(".portal-prose").text());
        assertEquals(List.of("/events/talk/", "/events/cafe/", "/events/fair/"), home.select("#events + ul .nhsuk-card__link").eachAttr("href"),
                "soonest first; not the walk that has happened or the fourth event");
        assertEquals(List.of("/governing-body/2026-03-12/"), home.select("#meetings + ul .nhsuk-card__link").eachAttr("href"));
        assertEquals(List.of("/bulletins/weekly/2026-02-27/", "/bulletins/weekly/2026-02-20/", "/bulletins/stakeholder/2026-02-16/"),
                home.select("#news + ul .nhsuk-card__link").eachAttr("href"), "newest first, from every series");
        assertEquals(List.of("Next meetings", "Coming up", "Latest news"),
                home.select("main h2[id]").stream().filter(h -> !h.id().equals("open")).map(Element::text).toList());
        assertTrue(home.select("a[href=/consultations/pharmacy/]").isEmpty(), "a closed consultation is not something to do now");
    }

    @Test
    void withNothingOpenTheHomePageSaysSo() {
        Element open = built.page("/").getElementById("open");
        assertNotNull(open);
        assertEquals("Have your say now", open.text());
        assertEquals("There are no open consultations at the moment.", open.nextElementSibling().text());
    }
}
