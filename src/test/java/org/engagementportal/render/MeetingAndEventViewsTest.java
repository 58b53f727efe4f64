package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementportal.testing.HtmlValidator;
import org.engagementportal.testing.TextSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meetings of two committees and three events at 9am on 10 March 2026, as their pages and cards show them:
 * when and where, how to join, the agenda with its papers, the question deadline, minutes, booking and access.
 */
class MeetingAndEventViewsTest {
    static final String NOW = "2026-03-10T09:00";

    static final String SITE = """
            -- content/_data/committees.yml --
            - id: governing-body
              name: Governing Body
            - id: quality-committee
              name: Quality Committee
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/governing-body/2026-01-15.md --
            ---
            title: Governing Body meeting, January 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-01-15T10:00
            venue: Eastbrook Civic Centre
            minutes:
              file: 2026-01-15-minutes.pdf
              approved: 2026-02-20
            ---
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            ends: 2026-03-12T12:30
            venue:
              name: Eastbrook Civic Centre
              address: 1 High Street, Eastbrook, NS1 4QT
              access: Lift to the first floor. Hearing loop in the council chamber.
            online: https://meet.testshire.example/gb-march
            questions_by: 2026-03-11T12:00
            agenda:
              - title: Minutes of the last meeting
                presenter: Chair
                purpose: decision
              - title: Finance report
                presenter: Chief Finance Officer
                purpose: assurance
                paper: 2026-03-12-finance.pdf
              - title: Minutes of the Quality Committee
                purpose: information
                paper: 2026-03-12-quality-minutes.pdf
              - title: Contract negotiations
                part: 2
            ---
            -- content/governing-body/2026-05-14.md --
            ---
            title: Governing Body meeting, May 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-05-14T14:00
            ends: 2026-05-14T16:30
            venue: Kingsmere Town Hall
            agenda:
              - title: Minutes of the last meeting
              - title: Annual report
                paper: 2026-05-14-annual.pdf
            ---
            -- content/quality-committee/2026-02-05.md --
            ---
            title: Quality Committee, February 2026
            summary: The committee looks at the quality of care.
            starts: 2026-02-05T14:00
            online: https://meet.testshire.example/qc
            public: false
            ---
            -- content/events/fair.md --
            ---
            title: Health fair
            summary: Come to our health fair.
            starts: 2026-04-10T12:00
            ends: 2026-04-10T15:30
            venue:
              name: Kingsmere Hall
              address: Church Lane, Kingsmere
            online: https://meet.testshire.example/fair
            booking: https://forms.testshire.example/fair
            accessibility: [step-free, hearing-loop, bsl]
            ---
            A fair.
            -- content/events/webinar.md --
            ---
            title: Talking therapies webinar
            summary: An online talk.
            starts: 2026-03-20T18:30
            online: https://meet.testshire.example/webinar
            ---
            A talk.
            -- content/events/walk.md --
            ---
            title: Health walk
            summary: A walk in the park.
            starts: 2026-02-01T10:00
            venue: Eastbrook Park
            booking: https://forms.testshire.example/walk
            ---
            A walk.
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() throws Exception {
        TextSite site = TextSite.write(dir.resolve("site"), SITE);
        for (String paper : List.of("2026-01-15-minutes", "2026-03-12-finance", "2026-03-12-quality-minutes", "2026-05-14-annual")) {
            ExamplePapers.write(site.root().resolve("content/governing-body/" + paper + ".pdf"), true, paper, paper, List.of("Text."));
        }
        built = site.build(dir.resolve("out"), NOW).succeeded();
    }

    /** The value of a summary list row by its key ("When", "Where"). */
    static String row(Document doc, String key) {
        return doc.select("dl.nhsuk-summary-list .nhsuk-summary-list__row").stream()
                .filter(r -> r.selectFirst("dt").text().equals(key)).findFirst()
                .map(r -> r.selectFirst("dd").text()).orElse(null);
    }

    static Element card(Document listing, String href) {
        return listing.select(".nhsuk-card").stream().filter(c -> c.selectFirst("a.nhsuk-card__link[href=" + href + "]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + href));
    }

    static List<String> facts(Element card) {
        return card.select(".portal-card-meta li").eachText();
    }

    @Test
    void aMeetingPageSaysWhenWhereHowToJoinAndWhetherThePublicCanCome() {
        Document doc = built.page("/governing-body/2026-03-12/");
        assertEquals("Governing Body", doc.selectFirst(".nhsuk-caption-l a[href=/governing-body/]").text());
        assertEquals("Thursday 12 March 2026, 10am to 12:30pm", row(doc, "When"));
        assertEquals("2026-03-12T10:00+00:00", doc.selectFirst("dd time").attr("datetime"));
        assertEquals("Eastbrook Civic Centre 1 High Street, Eastbrook, NS1 4QT Lift to the first floor. Hearing loop in the council chamber.",
                row(doc, "Where"));
        assertEquals("https://meet.testshire.example/gb-march", doc.selectFirst("a:contains(Join the meeting online)").attr("href"));
        assertEquals("Yes. Items in part 2 are discussed in private.", row(doc, "Open to the public"));
        assertEquals("Yes, the whole meeting.", row(built.page("/governing-body/2026-05-14/"), "Open to the public"));
        assertEquals("No, this meeting is held in private.", row(built.page("/quality-committee/2026-02-05/"), "Open to the public"));
        assertNull(row(built.page("/quality-committee/2026-02-05/"), "Online"), "no joining link once a meeting is over");
    }

    @Test
    void theQuestionDeadlineIsShownWhileQuestionsCanStillBeSent() {
        assertEquals("You can send a question for the meeting until Wednesday 11 March 2026, midday.",
                built.page("/governing-body/2026-03-12/").selectFirst(".nhsuk-inset-text p").text());
        assertFalse(built.page("/governing-body/2026-05-14/").text().contains("send a question"), "this meeting sets no deadline");
    }

    @Test
    void theAgendaGivesEachItemsPresenterPurposePaperAndPart() {
        List<Element> items = built.page("/governing-body/2026-03-12/").select("ol.portal-agenda > li");
        assertEquals(List.of("1. Minutes of the last meeting", "2. Finance report", "3. Minutes of the Quality Committee", "4. Contract negotiations"),
                items.stream().map(i -> i.selectFirst("h3").text()).toList());
        assertEquals("Presented by Chair. For decision.", items.get(0).selectFirst("p.nhsuk-body-s").text());
        assertEquals("Presented by Chief Finance Officer. For assurance.", items.get(1).selectFirst("p.nhsuk-body-s").text());
        assertEquals("For information.", items.get(2).selectFirst("p.nhsuk-body-s").text());
        assertEquals("Part 2: in private.", items.get(3).selectFirst("p.nhsuk-body-s").text());
        Element paper = items.get(1).selectFirst("a[href=/governing-body/2026-03-12-finance.pdf]");
        assertNotNull(paper);
        assertTrue(paper.text().matches("Finance report, PDF, \\d+ KB, 1 page"), paper.text());
        assertEquals("Portable Document Format", paper.selectFirst("abbr").attr("title"));
        assertNull(items.get(1).selectFirst(".portal-doc-warning"), "a tagged PDF needs no warning");
    }

    @Test
    void anItemApprovingMinutesLinksTheLastMeetingsMinutesWhenThereAreAny() {
        List<Element> march = built.page("/governing-body/2026-03-12/").select("ol.portal-agenda > li");
        Element link = march.get(0).selectFirst("a");
        assertEquals("/governing-body/2026-01-15-minutes.pdf", link.attr("href"), "the January meeting's minutes");
        assertEquals("Minutes of the meeting on 15 January 2026", link.text());
        assertEquals(List.of("/governing-body/2026-03-12-quality-minutes.pdf"), march.get(2).select("a").eachAttr("href"),
                "an item with its own paper links that, not the last meeting's minutes");
        List<Element> may = built.page("/governing-body/2026-05-14/").select("ol.portal-agenda > li");
        assertTrue(may.get(0).select("a").isEmpty(), "the March meeting has no minutes yet, so there is nothing to link");
    }

    @Test
    void aPastMeetingShowsItsApprovedMinutes() {
        Document doc = built.page("/governing-body/2026-01-15/");
        Element minutes = doc.select("main h2").stream().filter(h -> h.text().equals("Minutes")).findFirst().orElseThrow().nextElementSibling();
        assertTrue(minutes.text().startsWith("Approved on 20 February 2026:"), minutes.text());
        assertTrue(minutes.selectFirst("a").text().matches("Minutes of the Governing Body meeting on 15 January 2026, PDF, \\d+ KB, 1 page"), minutes.selectFirst("a").text());
        assertEquals("/governing-body/2026-01-15-minutes.pdf", minutes.selectFirst("a").attr("href"));
    }

    @Test
    void meetingCardsGiveTheTimePlaceAndCommittee() {
        Document meetings = built.page("/meetings/");
        assertEquals(List.of("Thursday 12 March 2026, 10am", "Eastbrook Civic Centre and online", "Governing Body"),
                facts(card(meetings, "/governing-body/2026-03-12/")));
        assertEquals(List.of("Thursday 14 May 2026, 2pm", "Kingsmere Town Hall", "Governing Body"),
                facts(card(meetings, "/governing-body/2026-05-14/")), "British Summer Time, still 2pm");
        assertEquals(List.of("Thursday 5 February 2026, 2pm", "Online, in private", "Quality Committee"),
                facts(card(meetings, "/quality-committee/2026-02-05/")), "held in private, which its card says");
        assertEquals(List.of("/governing-body/2026-03-12/", "/governing-body/2026-05-14/"),
                meetings.select("#upcoming + ul .nhsuk-card__link").eachAttr("href"), "soonest first");
        assertEquals(List.of("/quality-committee/2026-02-05/", "/governing-body/2026-01-15/"),
                meetings.select("#past + ul .nhsuk-card__link").eachAttr("href"), "most recent first");
        assertEquals(List.of("Governing Body (3)", "Quality Committee (1)"), meetings.select("ul.portal-terms li").eachText());
    }

    @Test
    void anEventPageGivesTimeVenueOnlineLinkAccessAndBooking() {
        Document doc = built.page("/events/fair/");
        assertEquals("Event", doc.selectFirst(".nhsuk-caption-l").text());
        assertEquals("Friday 10 April 2026, midday to 3:30pm", row(doc, "When"));
        assertEquals("2026-04-10T12:00+01:00", doc.selectFirst("dd time").attr("datetime"));
        assertEquals("Kingsmere Hall Church Lane, Kingsmere", row(doc, "Where"));
        assertEquals("https://meet.testshire.example/fair", doc.selectFirst("a:contains(Join online)").attr("href"));
        assertEquals(List.of("Step-free access", "Hearing loop", "British Sign Language interpreter"),
                doc.select("dl .nhsuk-list li").eachText());
        assertEquals("https://forms.testshire.example/fair", doc.selectFirst("a:contains(Book a place at Health fair)").attr("href"));
        assertFalse(doc.text().contains("This event has taken place."));
    }

    @Test
    void anOnlineEventOverOrAMeetingOverGivesItsLinkToJoinNowhere() throws Exception {
        // "Join online" stayed under "This event has taken place", and a past meeting's data for search engines kept its
        // link, which its page had taken away.
        TextSite laterSite = TextSite.write(dir.resolve("later-site"), SITE);
        for (String paper : List.of("2026-01-15-minutes", "2026-03-12-finance", "2026-03-12-quality-minutes", "2026-05-14-annual")) {
            ExamplePapers.write(laterSite.root().resolve("content/governing-body/" + paper + ".pdf"), true, paper, paper, List.of("Text."));
        }
        TextSite.Built later = laterSite.build(dir.resolve("later-out"), "2026-03-21T09:00").succeeded();
        Document webinar = later.page("/events/webinar/");
        assertEquals("This event has taken place.", webinar.selectFirst(".nhsuk-inset-text p").text());
        assertTrue(webinar.select("a[href=https://meet.testshire.example/webinar]").isEmpty(), webinar.select("main").html());
        for (String page : List.of("/events/webinar/", "/governing-body/2026-03-12/")) {
            String data = later.page(page).select("script[type=application/ld+json]").html();
            assertFalse(data.contains("meet.testshire.example"), page + ": " + data);
            assertTrue(data.contains("VirtualLocation"), "still held online: " + data);
        }
        assertTrue(built.page("/events/webinar/").select("script[type=application/ld+json]").html()
                .contains("https://meet.testshire.example/webinar"), "before it, the link is there");
    }

    @Test
    void aPastEventSaysItHasTakenPlaceAndNoLongerOffersBooking() {
        Document doc = built.page("/events/walk/");
        assertEquals("This event has taken place.", doc.selectFirst(".nhsuk-inset-text p").text());
        assertTrue(doc.select("a[href=https://forms.testshire.example/walk]").isEmpty());
        assertNull(row(doc, "Access"), "no access row when none is given");
    }

    @Test
    void eventCardsSayWhetherTheEventIsOnlineInAPlaceOrBoth() {
        Document events = built.page("/events/");
        assertEquals(List.of("Friday 10 April 2026, midday", "Kingsmere Hall and online"), facts(card(events, "/events/fair/")));
        assertEquals(List.of("Friday 20 March 2026, 6:30pm", "Online"), facts(card(events, "/events/webinar/")));
        assertEquals(List.of("Sunday 1 February 2026, 10am", "Eastbrook Park"), facts(card(events, "/events/walk/")));
        assertEquals(List.of("/events/webinar/", "/events/fair/"), events.select("#upcoming + ul .nhsuk-card__link").eachAttr("href"));
        assertEquals(List.of("/events/walk/"), events.select("#past + ul .nhsuk-card__link").eachAttr("href"));
        assertEquals("/calendar.ics", events.selectFirst(".portal-calendar a[download]").attr("href"));
    }

    @Test
    void aCommitteesPagesMarkMeetingsAsTheCurrentSection() {
        for (String path : List.of("/quality-committee/2026-02-05/", "/quality-committee/", "/governing-body/2026-03-12/", "/meetings/")) {
            Document doc = built.page(path);
            assertEquals(List.of("Meetings"), doc.select(".nhsuk-header__navigation-link[aria-current=true]").eachText(), path);
        }
        assertEquals(List.of("Events"), built.page("/events/fair/").select(".nhsuk-header__navigation-link[aria-current=true]").eachText());
        assertEquals(List.of("About us"), built.page("/about/").select(".nhsuk-header__navigation-link[aria-current=true]").eachText());
        assertEquals(List.of("Consultations", "Meetings", "Events", "News", "About us"),
                built.page("/").select(".nhsuk-header__navigation-link").eachText(), "the portal's own lists, and the pages this site has: "
                        + "it has no get-involved page");
        assertTrue(built.page("/").select(".nhsuk-header__navigation-link[aria-current]").isEmpty(), "the home page is no section");
    }

    @Test
    void meetingAndEventPagesAreValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/governing-body/2026-03-12/", "/governing-body/2026-01-15/", "/quality-committee/2026-02-05/",
                "/events/fair/", "/events/walk/", "/meetings/", "/events/")) {
            validator.errors(built.out().resolve(path.substring(1)).resolve("index.html")).forEach(e -> problems.add(path + " " + e));
        }
        assertEquals(List.of(), problems);
    }
}
