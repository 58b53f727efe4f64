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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consultations in every state at 9am on Monday 20 April 2026 (British Summer Time), as their cards and
 * pages show them: one closing at 5pm today, one at noon tomorrow, one in a month, one opening in May, three
 * closed without an outcome (one with its feedback, one overdue, one whose outcome is dated next month) and
 * one with its outcome published.
 */
class ConsultationViewsTest {
    static final String NOW = "2026-04-20T09:00";

    static final String SITE = """
            -- content/accessible-information.md --
            ---
            type: statement
            title: Accessible Information Statement
            summary: How to ask for information in a format that works for you.
            formats: [easy-read, large-print, bsl]
            contact:
              email: accessible@testshire.example
              phone: 01632 960 101
              text_relay: 18001 01632 960 101
            response_days: 10
            ---
            We follow the Accessible Information Standard.
            -- content/consultations/today.md --
            ---
            title: Closes today
            summary: Last chance.
            opens: 2026-03-02T09:00
            closes: 2026-04-20T17:00
            groups: [carers]
            respond:
              email: today@testshire.example
              phone: 01632 960 200
              post: Freepost TESTSHIRE
              events: [drop-in, /events/past-talk/]
            ---
            Body of today.
            -- content/consultations/tomorrow.md --
            ---
            title: Closes tomorrow
            summary: Nearly over.
            opens: 2026-03-02T09:00
            closes: 2026-04-21T12:00
            respond:
              email: tomorrow@testshire.example
            ---
            Body.
            -- content/consultations/month.md --
            ---
            title: Open for a month
            summary: Plenty of time.
            opens: 2026-03-02T09:00
            closes: 2026-05-20T17:00
            areas: [eastbrook, kingsmere]
            respond:
              online: https://forms.testshire.example/month
            ---
            Body.
            -- content/consultations/soon.md --
            ---
            title: Opens soon
            summary: Not yet open.
            opens: 2026-05-04T09:00
            closes: 2026-07-31T17:00
            formal: true
            respond:
              online: https://forms.testshire.example/soon
              email: soon@testshire.example
            ---
            Body.
            -- content/consultations/analysing.md --
            ---
            title: Analysing feedback
            summary: Closed recently.
            opens: 2026-01-05T09:00
            closes: 2026-04-10T17:00
            groups: [carers]
            feedback:
              date: 2026-04-15
              body: You said evening clinics matter.
            ---
            ## Why we asked

            Body of analysing.
            -- content/consultations/delayed.md --
            ---
            title: Delayed outcome
            summary: Closed long ago.
            opens: 2025-10-06T09:00
            closes: 2026-01-09T17:00
            ---
            Body.
            -- content/consultations/pending.md --
            ---
            title: Outcome on its way
            summary: Outcome dated next month.
            opens: 2025-12-01T09:00
            closes: 2026-03-31T17:00
            feedback:
              date: 2026-04-10
              body: You said more.
            outcome:
              date: 2026-05-01
              body: We will do more.
            ---
            Body.
            -- content/consultations/done.md --
            ---
            title: Outcome published
            summary: All done.
            opens: 2025-11-03T09:00
            closes: 2026-02-27T17:00
            outcome:
              date: 2026-04-01
              body: We opened two clinics.
            ---
            Body.
            -- content/events/drop-in.md --
            ---
            title: Drop-in
            summary: Come along.
            starts: 2026-04-20T12:00
            venue: Eastbrook Library
            ---
            Drop in.
            -- content/events/past-talk.md --
            ---
            title: Past talk
            summary: A talk.
            starts: 2026-04-01T18:00
            online: https://meet.testshire.example/talk
            ---
            Talk.
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() {
        built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW)
                .warned("content/consultations/delayed.md:5:9: warning: the outcome of this consultation was due by 2026-04-03");
    }

    static Document page(String slug) {
        return built.page("/consultations/" + slug + "/");
    }

    static Element card(Document listing, String href) {
        return listing.select(".nhsuk-card").stream().filter(c -> c.selectFirst("a.nhsuk-card__link[href=" + href + "]") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + href));
    }

    /** A card's tag ("Open, green") and facts. */
    static String describe(Element card) {
        Element tag = card.selectFirst(".nhsuk-tag");
        String colour = tag.classNames().stream().filter(c -> c.startsWith("nhsuk-tag--")).findFirst().orElse("").substring("nhsuk-tag--".length());
        return tag.text() + ", " + colour + ": " + String.join("; ", card.select(".portal-card-meta li").eachText());
    }

    @Test
    void cardsGiveEachConsultationsStateAndTheDateThatMattersNow() {
        Document listing = built.page("/consultations/");
        assertEquals("Closing soon, orange: Closes 20 April 2026 (closes today)", describe(card(listing, "/consultations/today/")));
        assertEquals("Closing soon, orange: Closes 21 April 2026 (1 day left)", describe(card(listing, "/consultations/tomorrow/")));
        assertEquals("Open, green: Closes 20 May 2026 (30 days left)", describe(card(listing, "/consultations/month/")));
        assertEquals("Opening soon, blue: Opens 4 May 2026", describe(card(listing, "/consultations/soon/")));
        assertEquals("Closed, grey: Closed 10 April 2026", describe(card(listing, "/consultations/analysing/")));
        assertEquals("Closed, grey: Closed 31 March 2026", describe(card(listing, "/consultations/pending/")),
                "an outcome dated next month is not published yet");
        assertEquals("Outcome published, purple: Outcome published 1 April 2026", describe(card(listing, "/consultations/done/")));
        assertEquals("Plenty of time.", card(listing, "/consultations/month/").selectFirst(".nhsuk-card__description").text());
    }

    @Test
    void eachSectionListsItsConsultationsInTheOrderThatHelpsReaders() {
        Document listing = built.page("/consultations/");
        assertEquals(List.of("/consultations/today/", "/consultations/tomorrow/", "/consultations/month/"),
                listing.select("#open + ul .nhsuk-card__link").eachAttr("href"), "closing soonest first");
        assertEquals(List.of("/consultations/analysing/", "/consultations/pending/"),
                listing.select("#closed + ul .nhsuk-card__link").eachAttr("href"), "most recently closed first");
        assertEquals(List.of("/consultations/delayed/"), listing.select("#delayed + ul .nhsuk-card__link").eachAttr("href"),
                "one whose outcome is overdue under the words its page uses");
        assertEquals("Open now (3)", listing.getElementById("open").text());
        // The home page offers what can be answered now, closing soonest first.
        assertEquals(List.of("/consultations/today/", "/consultations/tomorrow/", "/consultations/month/"),
                built.page("/").select("#open + ul .nhsuk-card__link").eachAttr("href"));
    }

    @Test
    void anUpcomingConsultationSaysWhenYouCanRespondAndDoesNotYetLinkTheSurvey() {
        Document doc = page("soon");
        assertEquals("Opening soon", doc.selectFirst("main .nhsuk-tag").text());
        assertEquals("Formal public consultation", doc.selectFirst(".nhsuk-caption-l").text());
        Element respond = doc.getElementById("respond");
        assertNotNull(respond);
        assertEquals("You can respond from Monday 4 May 2026, 9am.", respond.nextElementSibling().text());
        assertNull(doc.selectFirst("a.nhsuk-action-link"), "the survey link waits until it opens");
        assertEquals("mailto:soon@testshire.example?subject=Response%3A%20Opens%20soon",
                doc.selectFirst("#respond ~ ul a[href^=mailto:]").attr("href"), "the consultation it is for in its subject");
        assertFalse(doc.text().contains("days left"));
        assertEquals("2026-05-04T09:00+01:00", doc.selectFirst("dd time").attr("datetime"));
    }

    @Test
    void onItsLastDayItSaysClosesTodayAndListsEveryWayToRespond() {
        Document doc = page("today");
        assertEquals("Closing soon", doc.selectFirst("main .nhsuk-tag").text());
        assertEquals("Monday 20 April 2026, 5pm Closes today", doc.select("dl.nhsuk-summary-list dd").get(1).text());
        assertEquals(List.of("Email your views to today@testshire.example", "Call us on 01632 960 200",
                "Write to us at: Freepost TESTSHIRE", "Come to Drop-in, Monday 20 April 2026, midday, at Eastbrook Library"),
                doc.select("#respond ~ ul.nhsuk-list--bullet li").eachText(), "the talk that has taken place is no longer a way to respond");
        assertEquals("tel:+441632960200", doc.selectFirst("#respond ~ ul a[href^=tel:]").attr("href"), "a number phones can dial");
        assertEquals("/events/drop-in/", doc.selectFirst("#respond ~ ul a[href^=/events/]").attr("href"));
        assertEquals("We especially want to hear from:", doc.select("main p:contains(especially)").text());
        assertEquals("Engagement", doc.selectFirst(".nhsuk-caption-l").text());
        assertEquals("2026-03-02T09:00+00:00", doc.select("dd time").get(0).attr("datetime"), "opened in Greenwich Mean Time");
        assertEquals("2026-04-20T17:00+01:00", doc.select("dd time").get(1).attr("datetime"), "closes in British Summer Time");
    }

    @Test
    void daysLeftAreCountedInCalendarDays() {
        assertTrue(page("tomorrow").select("dl dd").get(1).text().endsWith("1 day left"));
        assertTrue(page("month").select("dl dd").get(1).text().endsWith("30 days left"));
        Document month = page("month");
        assertEquals("https://forms.testshire.example/month", month.selectFirst("a.nhsuk-action-link").attr("href"));
        assertEquals("People living in Eastbrook, Kingsmere.", month.select("main p:contains(People living in)").text());
        assertEquals(List.of("/areas/eastbrook/", "/areas/kingsmere/"), month.select("main p:contains(People living in) a").eachAttr("href"));
    }

    @Test
    void closedWithItsFeedbackItShowsWhatYouToldUsAndWhenTheOutcomeIsDue() {
        Document doc = page("analysing");
        assertEquals("Closed", doc.selectFirst("main .nhsuk-tag").text());
        assertNull(doc.getElementById("respond"));
        assertEquals("You said evening clinics matter.", doc.getElementById("you-said").nextElementSibling().text());
        assertNull(doc.getElementById("we-did"));
        Element inset = doc.select(".nhsuk-inset-text").stream().filter(e -> e.text().contains("analysing")).findFirst().orElseThrow();
        assertTrue(inset.text().contains("by 3 July 2026"), "12 weeks after it closed: " + inset.text());
        assertEquals("We especially wanted to hear from:", doc.select("main p:contains(especially)").text(), "in the past tense once closed");
        assertEquals("What we asked", doc.getElementById("the-consultation").text());
        assertEquals("Why we asked", doc.selectFirst("#the-consultation + .portal-prose h3").text(), "its own headings one level down");
        assertEquals(List.of("Opens", "Closes", "Feedback published"), doc.select("dl.nhsuk-summary-list dt").eachText());
    }

    @Test
    void anOutcomeDatedInTheFutureIsNotShownBeforeItsDay() {
        Document doc = page("pending");
        assertEquals("Closed", doc.selectFirst("main .nhsuk-tag").text());
        assertNull(doc.getElementById("we-did"));
        assertFalse(doc.text().contains("We will do more."));
        assertEquals("You said more.", doc.getElementById("you-said").nextElementSibling().text());
        assertTrue(doc.text().contains("by 23 June 2026"));
        assertNull(doc.selectFirst(".nhsuk-warning-callout"));
    }

    @Test
    void pastItsDueDateWithoutAnOutcomeTheDelayIsAWarning() {
        Document doc = page("delayed");
        Element warning = doc.selectFirst(".nhsuk-warning-callout");
        assertNotNull(warning);
        assertEquals("Important: Our response is delayed", warning.selectFirst("h2").text());
        assertTrue(warning.text().contains("This consultation closed on Friday 9 January 2026, 5pm. We aimed to publish what we decided by 3 April 2026"),
                warning.text());
        assertTrue(doc.select(".nhsuk-inset-text").stream().noneMatch(e -> e.text().contains("analysing")), "one message, not two");
    }

    @Test
    void withItsOutcomePublishedItSaysWhatWeDid() {
        Document doc = page("done");
        assertEquals("Outcome published", doc.selectFirst("main .nhsuk-tag").text());
        assertEquals("We opened two clinics.", doc.getElementById("we-did").nextElementSibling().text());
        assertNull(doc.getElementById("you-said"), "no feedback was written, so none is shown");
        assertEquals(List.of("Opens", "Closes", "Outcome published"), doc.select("dl.nhsuk-summary-list dt").eachText());
        assertTrue(doc.select(".nhsuk-inset-text").stream().noneMatch(e -> e.text().contains("analysing")));
        assertNull(doc.selectFirst(".nhsuk-warning-callout"));
    }

    @Test
    void everyConsultationPageAndTheListingAreValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/consultations/", "/consultations/soon/", "/consultations/today/", "/consultations/analysing/",
                "/consultations/delayed/", "/consultations/done/")) {
            validator.errors(built.out().resolve(path.substring(1)).resolve("index.html")).forEach(e -> problems.add(path + " " + e));
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Found in review: an event after the consultation closed was offered as a way to respond, where views could not
     * count; when every event offered had taken place, "How to have your say" was an empty list; and a postal address ran
     * on after "Write to us at:", splitting a FREEPOST name at 320 pixels.
     */
    @Test
    void eventsToRespondAtComeBeforeClosingAndThePageSaysWhenAllHaveTakenPlace() {
        String late = """
                -- content/consultations/walk-in.md --
                ---
                title: Walk-in centre
                summary: Our plans for the walk-in centre.
                opens: 2026-03-02T09:00
                closes: 2026-04-30T17:00
                respond:
                  events: [late-talk]
                ---
                Body.
                -- content/events/late-talk.md --
                ---
                title: Late talk
                summary: A talk.
                starts: 2026-05-05T18:00
                online: https://meet.testshire.example/late
                ---
                Talk.
                """;
        // A warning, not an error: an event moved after the consultation was published must not stop the site publishing.
        Document afterClosing = TextSite.write(dir.resolve("late-site"), late).build(dir.resolve("late-out"), NOW).warned(
                "content/consultations/walk-in.md:7:12: warning: the event 'late-talk' is on Tuesday 5 May 2026, 6pm, after the "
                        + "consultation closes (Thursday 30 April 2026, 5pm), so views given there would not count, and the page "
                        + "does not offer it.").page("/consultations/walk-in/");
        assertNull(afterClosing.selectFirst("#respond ~ ul a[href=/events/late-talk/]"), afterClosing.text());
        assertEquals("There are no more events where you can have your say.", afterClosing.getElementById("respond")
                .nextElementSibling().text());
        String over = late.replace("starts: 2026-05-05T18:00", "starts: 2026-04-01T18:00")
                .replace("  events: [late-talk]\n", "  events: [late-talk]\n  post: |\n    FREEPOST Walk-in Centre\n    NS1 4QT\n");
        Document page = TextSite.write(dir.resolve("over-site"), over.replace("  post: |\n    FREEPOST Walk-in Centre\n    NS1 4QT\n", ""))
                .build(dir.resolve("over-out"), NOW).succeeded().page("/consultations/walk-in/");
        assertEquals("There are no more events where you can have your say.", page.getElementById("respond").nextElementSibling()
                .text());
        assertNull(page.selectFirst("#respond ~ ul.nhsuk-list--bullet"), "no empty list");
        Document post = TextSite.write(dir.resolve("post-site"), over).build(dir.resolve("post-out"), NOW).succeeded()
                .page("/consultations/walk-in/");
        assertNull(post.selectFirst("#respond ~ p:contains(no more events)"), "another way to respond is left");
        assertEquals("br", post.selectFirst("#respond ~ ul li .portal-address").previousElementSibling().tagName());
    }

    /**
     * What people told us is published on its date, as the outcome is: dated next month, it is on neither the page nor the
     * yearly "you said, we did" page nor in the open data until then. Before, it was on all three at once, while the page
     * said it would be published by a later date.
     */
    @Test
    void whatPeopleToldUsIsPublishedOnItsDate() {
        String site = """
                -- content/consultations/told-later.md --
                ---
                title: Told later
                summary: Closed recently.
                opens: 2026-01-05T09:00
                closes: 2026-04-10T17:00
                feedback:
                  date: 2026-05-11
                  body: You said the buses matter most.
                ---
                Body.
                """;
        TextSite.Built before = TextSite.write(dir.resolve("told-site"), site).build(dir.resolve("told-before"), NOW).succeeded();
        Document page = before.page("/consultations/told-later/");
        assertNull(page.getElementById("you-said"), page.text());
        assertFalse(page.text().contains("buses"), "not before its date");
        assertFalse(before.file("/open-data/engagement.csv").text().contains("buses"), "nor in the open data");
        assertFalse(before.page("/you-said-we-did/2026-27/").text().contains("buses"), "nor on the year's page");
        TextSite.Built after = TextSite.write(dir.resolve("told-site-2"), site).build(dir.resolve("told-after"), "2026-05-11T09:00").succeeded();
        assertTrue(after.page("/consultations/told-later/").text().contains("What you told us You said the buses matter most."));
        assertTrue(after.file("/open-data/engagement.csv").text().contains("buses"));
        assertTrue(after.page("/you-said-we-did/2026-27/").text().contains("buses"));
    }

    /**
     * A version left without the outcome its page has published tells its readers the outcome is still to come: it is
     * written in the version's own words, so not compared, but it is warned about, as is what people told us.
     */
    @Test
    void aVersionWithoutThePagesOutcomeIsWarnedAbout() {
        String page = """
                ---
                title: All done
                summary: Decided.
                opens: 2025-11-03T09:00
                closes: 2026-02-27T17:00
                feedback:
                  date: 2026-03-20
                  body: You said more clinics.
                outcome:
                  date: 2026-04-01
                  body: We opened two clinics.
                ---
                Body.
                """;
        TextSite.Built built = TextSite.write(dir.resolve("outcome-site"), "-- content/consultations/done.md --\n" + page
                + "-- content/consultations/done.easy-read.md --\n" + page.replace("title: All done", "title: All done - easy read")
                        .replaceAll("(?s)feedback:.*?---", "---")).build(dir.resolve("outcome-out"), NOW).succeeded();
        assertTrue(built.printed().contains("content/consultations/done.easy-read.md:1:1: warning: this easy-read version has no "
                + "'outcome' (what we did), but content/consultations/done.md has one, dated 2026-04-01, so its readers are told it "
                + "is still to come."), built.printed());
        assertTrue(built.printed().contains("warning: this easy-read version has no 'feedback' (what you told us)"), built.printed());
    }
}
