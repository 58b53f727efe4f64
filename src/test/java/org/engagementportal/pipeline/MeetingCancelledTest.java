package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting called off after it was announced. There was no way to say so: a comms officer could only delete the file
 * or make it a draft, which took the page, its calendar entry and its place in the listings away with no word, while
 * people who had it in their calendars, or a printed agenda, came to a meeting that was not held. Now its page, card,
 * calendar entry, data for search engines and the committee's feed all say it is cancelled, why, and where to go instead.
 */
class MeetingCancelledTest {
    @TempDir
    Path dir;
    Path site;
    Path may;

    static final String MAY = """
            ---
            title: Governing Body meeting, May 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-05-14T10:00
            ends: 2026-05-14T12:30
            online: https://engage.testshire.example/live/governing-body
            questions_by: 2026-05-11T17:00
            agenda:
              - number: "1"
                title: Welcome and apologies
              - number: "2"
                title: Dental access consultation
            cancelled:
              on: 2026-05-01
              reason: Not enough members of the Governing Body could attend.
              instead: governing-body/2026-06-11
            ---
            The Governing Body meets in public.
            """;

    static final String JUNE = """
            ---
            title: Governing Body meeting, June 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-06-11T10:00
            venue:
              name: Eastbrook Civic Centre
            ---
            The Governing Body meets in public.
            """;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.copy("small", dir.resolve("site"));
        may = site.resolve("content/governing-body/2026-05-14.md");
        Files.writeString(may, MAY);
        Files.writeString(site.resolve("content/governing-body/2026-06-11.md"), JUNE);
    }

    private Portal.Run build(String now) {
        return Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", now);
    }

    private void may(String from, String to) {
        TestSite.edit(may, from, to);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(TestSite.read(dir.resolve("out").resolve(path)));
    }

    @Test
    void itsPageSaysItIsCancelledWhyAndWhereToGoInstead() throws IOException {
        Portal.Run run = build("2026-05-02T09:00");
        assertEquals(0, run.exit(), run.all());
        Document page = page("governing-body/2026-05-14/index.html");
        String callout = page.select(".nhsuk-warning-callout").text();
        assertEquals("Important: This meeting is cancelled It was cancelled on 1 May 2026. Not enough members of the Governing Body "
                + "could attend. It will be held instead on Thursday 11 June 2026, 10am: Governing Body meeting, June 2026.", callout);
        assertEquals("/governing-body/2026-06-11/", page.select(".nhsuk-warning-callout a").attr("href"));
        assertEquals("The agenda as it was planned", page.select("h2:has(+ .portal-agenda)").text());
        // Nobody is invited to join or to send a question for a meeting that will not be held.
        assertTrue(page.select("a[href*=live]").isEmpty(), page.select("main").html());
        assertFalse(page.text().contains("You can send a question"), page.text());
        assertFalse(TestSite.read(dir.resolve("out/governing-body/2026-05-14/index.html")).contains("/live/governing-body"),
                "the link to join is nowhere on the page, its data for search engines included");
        String data = page.select("script[type=application/ld+json]").html();
        assertTrue(data.contains("\"eventStatus\":\"https://schema.org/EventCancelled\""), data);
        // Shared in a group chat or found in search results, it said "Meeting in public", as if it were going ahead.
        assertTrue(page.title().startsWith("Cancelled: Governing Body meeting, May 2026 - "), page.title());
        assertEquals("Cancelled: Governing Body meeting, May 2026", page.select("meta[property=og:title]").attr("content"));
        assertEquals("Cancelled: Governing Body meeting, May 2026", page.select("meta[name=twitter:title]").attr("content"));
        String why = "Cancelled on 1 May 2026. Not enough members of the Governing Body could attend.";
        assertEquals(why, page.select("meta[name=description]").attr("content"));
        assertEquals(why, page.select("meta[property=og:description]").attr("content"));
        assertEquals("Governing Body meeting, May 2026", page.select("h1").text(), "its heading is its title; the callout says the rest");
        // With no paper named seven days before, a meeting going ahead is warned about; one cancelled is not.
        assertFalse(run.all().contains("no agenda item has a 'paper'"), run.all());
    }

    @Test
    void theMeetingAfterLinksToTheMinutesOfTheLastMeetingHeld() throws IOException {
        // June approves "the minutes of the last meeting": March's, as May was not held (and has none).
        Path march = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(march, TestSite.read(march).replace("agenda:", "minutes:\n  page: /about/\n  approved: 2026-04-01\nagenda:"));
        Files.writeString(site.resolve("content/governing-body/2026-06-11.md"), JUNE.replace("---\nThe Governing",
                "agenda:\n  - title: Minutes of the last meeting\n---\nThe Governing"));
        Portal.Run run = build("2026-05-02T09:00");
        assertEquals(0, run.exit(), run.all());
        Document june = page("governing-body/2026-06-11/index.html");
        assertEquals("/about/", june.select(".portal-agenda a").attr("href"), june.select("main").html());
        assertEquals("Minutes of the meeting on 12 March 2026", june.select(".portal-agenda a").text());
        // A build over that output, after March's minutes moved, makes June's page again (its key names March, not May).
        Files.writeString(march, TestSite.read(march).replace("  page: /about/", "  page: /get-involved/"));
        assertEquals(0, build("2026-05-02T09:00").exit());
        assertEquals("/get-involved/", page("governing-body/2026-06-11/index.html").select(".portal-agenda a").attr("href"));
    }

    @Test
    void itsCardIsTaggedCancelledInTheListingsAndOnTheHomePage() throws IOException {
        assertEquals(0, build("2026-05-02T09:00").exit());
        for (String listing : List.of("governing-body/index.html", "meetings/index.html", "index.html")) {
            Document page = page(listing);
            org.jsoup.nodes.Element card = card(page, "/governing-body/2026-05-14/");
            assertEquals("Cancelled", card.select(".nhsuk-tag--red").text(), listing + ": " + card);
            assertTrue(card(page, "/governing-body/2026-06-11/").select(".nhsuk-tag").isEmpty(), listing);
        }
    }

    /** The card (list item) whose heading links to {@code href}. */
    private static org.jsoup.nodes.Element card(Document page, String href) {
        return page.select("a[href=" + href + "]").stream().flatMap(a -> a.parents().stream())
                .filter(e -> e.hasClass("nhsuk-card-group__item") || e.hasClass("nhsuk-card")).findFirst()
                .orElseThrow(() -> new AssertionError("no card for " + href + " in " + page.select("main")));
    }

    @Test
    void itsCalendarEntryIsCancelledWithItsUidKept() throws Exception {
        assertEquals(0, build("2026-05-02T09:00").exit());
        for (String file : List.of("governing-body/calendar.ics", "calendar.ics")) {
            String text = TestSite.read(dir.resolve("out").resolve(file));
            Calendar cal = new CalendarBuilder().build(new StringReader(text));
            assertFalse(cal.validate().hasErrors(), cal.validate().toString());
            VEvent may = cal.getComponents("VEVENT").stream().map(VEvent.class::cast)
                    .filter(e -> CalendarTest.prop(e, "UID").equals("governing-body-2026-05-14@engage.testshire.example")).findFirst().orElseThrow();
            assertEquals("CANCELLED", CalendarTest.prop(may, "STATUS"));
            // Its DTSTAMP, when it last changed, is the day it was called off, later than its 'updated' (none here), so calendar
            // programs take it as the newer version; no SEQUENCE, which would have to fall again if it were put back on.
            assertEquals("20260501T000000Z", CalendarTest.prop(may, "DTSTAMP"));
            assertTrue(may.getProperty("SEQUENCE").isEmpty());
            assertEquals("Cancelled: Governing Body meeting, May 2026", CalendarTest.prop(may, "SUMMARY"));
            assertTrue(CalendarTest.prop(may, "DESCRIPTION").startsWith("This meeting is cancelled. Not enough members of the Governing Body could "
                    + "attend.\n\nIt will be held instead on Thursday 11 June 2026, 10am: Governing Body meeting, June 2026, "
                    + "https://engage.testshire.example/governing-body/2026-06-11/\n\n"), CalendarTest.prop(may, "DESCRIPTION"));
            assertFalse(text.contains("/live/governing-body"), "no link to join a meeting that will not be held");
            VEvent june = cal.getComponents("VEVENT").stream().map(VEvent.class::cast)
                    .filter(e -> CalendarTest.prop(e, "UID").startsWith("governing-body-2026-06-11@")).findFirst().orElseThrow();
            assertTrue(june.getProperty("STATUS").isEmpty(), "a meeting going ahead is as it was");
        }
    }

    @Test
    void theCommitteesFeedSaysSoOnTheDayItWasCancelled() throws Exception {
        assertEquals(0, build("2026-05-02T09:00").exit());
        SyndFeed feed = FeedTest.rome(dir.resolve("out/governing-body/feed.xml"));
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().startsWith("Meeting cancelled")).findFirst().orElseThrow();
        assertEquals("Meeting cancelled: Governing Body meeting, May 2026", entry.getTitle());
        assertEquals(OffsetDateTime.parse("2026-05-01T00:00+01:00").toInstant(), entry.getPublishedDate().toInstant());
        String html = entry.getContents().get(0).getValue();
        assertTrue(html.contains("<p>The meeting on Thursday 14 May 2026, 10am is cancelled. Not enough members of the Governing Body "
                + "could attend.</p>"), html);
        assertTrue(html.contains("<a href=\"https://engage.testshire.example/governing-body/2026-06-11/\">Governing Body meeting, "
                + "June 2026</a>"), html);
        assertEquals("https://engage.testshire.example/governing-body/2026-05-14/", entry.getLink());

        // A build over that output after the meeting held instead moved to the afternoon: the entry says the new time (its
        // key names the pages the entry speaks of, as a page's does).
        Path june = site.resolve("content/governing-body/2026-06-11.md");
        Files.writeString(june, TestSite.read(june).replace("starts: 2026-06-11T10:00", "starts: 2026-06-11T14:00"));
        assertEquals(0, build("2026-05-02T09:00").exit());
        String again = FeedTest.rome(dir.resolve("out/governing-body/feed.xml")).getEntries().stream()
                .filter(e -> e.getTitle().startsWith("Meeting cancelled")).findFirst().orElseThrow().getContents().get(0).getValue();
        assertTrue(again.contains("held instead on Thursday 11 June 2026, 2pm"), again);
    }

    @Test
    void papersDueAfterItWasCalledOffAreNotAnnounced() throws Exception {
        // Papers are due 7 days before (7 May); a meeting called off on 1 May never had them published, and the feed said
        // "Papers published" six days after it said "Meeting cancelled".
        may("    title: Dental access consultation\n", "    title: Dental access consultation\n    paper: 2026-05-14-dental.pdf\n");
        org.engagementportal.tools.ExamplePapers.write(site.resolve("content/governing-body/2026-05-14-dental.pdf"), true,
                "Dental access", "Dental access", List.of("Findings."));
        assertEquals(0, build("2026-05-08T09:00").exit());
        List<String> titles = FeedTest.rome(dir.resolve("out/governing-body/feed.xml")).getEntries().stream().map(SyndEntry::getTitle).toList();
        assertEquals(List.of("Meeting cancelled: Governing Body meeting, May 2026"), titles.stream().filter(t -> t.contains("May 2026")).toList());
        // Called off after its papers were published, both are said.
        may("  on: 2026-05-01", "  on: 2026-05-08");
        assertEquals(0, build("2026-05-08T09:00").exit());
        titles = FeedTest.rome(dir.resolve("out/governing-body/feed.xml")).getEntries().stream().map(SyndEntry::getTitle).toList();
        assertEquals(List.of("Meeting cancelled: Governing Body meeting, May 2026", "Papers published: Governing Body meeting, May 2026"),
                titles.stream().filter(t -> t.contains("May 2026")).toList());
    }

    @Test
    void onceTheMeetingHeldInsteadHasStartedThePageSaysItWasHeld() throws IOException {
        assertEquals(0, build("2026-06-11T10:00").exit());
        assertTrue(page("governing-body/2026-05-14/index.html").select(".nhsuk-warning-callout").text()
                .contains("It was held instead on Thursday 11 June 2026, 10am"));
    }

    @Test
    void mistakesInTheCancelledGroupAreNamedAtTheirLines() throws IOException {
        String text = TestSite.read(may);
        // Written as a word, the meeting would have been published as going ahead.
        Files.writeString(may, text.replaceAll("(?s)cancelled:\n.*instead: governing-body/2026-06-11\n", "cancelled: yes\n"));
        Portal.Run word = build("2026-05-02T09:00");
        assertEquals(1, word.exit(), word.all());
        assertTrue(word.all().contains("2026-05-14.md:13:12: error: 'cancelled' needs the day the meeting was called off, on a line "
                + "of its own under it."), word.all());
        assertTrue(word.all().contains("'  on: 2026-03-02'"), word.all());
        // Left empty, as 'portal new' writes it, it is not given, as every empty field is.
        Files.writeString(may, text.replaceAll("(?s)cancelled:\n.*instead: governing-body/2026-06-11\n", "cancelled:\n"));
        assertEquals(0, build("2026-05-02T09:00").exit());
        assertTrue(page("governing-body/2026-05-14/index.html").select(".nhsuk-warning-callout").isEmpty());
        Files.writeString(may, text);
        may("  on: 2026-05-01", "  on: 2026-05-03");
        Portal.Run future = build("2026-05-02T09:00");
        assertEquals(1, future.exit(), future.all());
        assertTrue(future.all().contains("2026-05-14.md:14:7: error: the meeting is cancelled on 2026-05-03, which is after today "
                + "(2026-05-02)"), future.all());
        assertTrue(future.all().contains("such as on: 2026-05-02."), future.all());
        Portal.Run after = build("2026-05-03T09:00");
        assertEquals(0, after.exit(), "the same file once the day has come: " + after.all());
        may("  on: 2026-05-03", "  on: 2026-05-15");
        Portal.Run late = build("2026-05-20T09:00");
        assertTrue(late.all().contains("2026-05-14.md:14:7: error: the meeting is cancelled on 2026-05-15, after the day it was to "
                + "be held (2026-05-14)."), late.all());
        may("  on: 2026-05-15", "  on: 2026-05-01");
        may("  instead: governing-body/2026-06-11", "  instead: governing-body/2026-06-12");
        Portal.Run missing = build("2026-05-02T09:00");
        assertEquals(1, missing.exit(), missing.all());
        assertTrue(missing.all().contains("2026-05-14.md:16:12: error: the meeting held instead 'governing-body/2026-06-12' does not "
                + "exist. Did you mean"), missing.all());
        // A page of another type is said to be that, where it was said not to exist.
        may("  instead: governing-body/2026-06-12", "  instead: events/eastbrook-drop-in");
        Portal.Run event = build("2026-05-02T09:00");
        assertTrue(event.all().contains("2026-05-14.md:16:12: error: the meeting held instead 'events/eastbrook-drop-in' is an event "
                + "(Dental drop-in, Eastbrook), not a meeting held instead."), event.all());
        may("  instead: events/eastbrook-drop-in", "  instead: governing-body/2026-06-11");
        Files.writeString(site.resolve("content/governing-body/2026-06-11.md"), JUNE.replace("venue:",
                "cancelled:\n  on: 2026-05-01\nvenue:"));
        Portal.Run twice = build("2026-05-02T09:00");
        assertEquals(1, twice.exit(), twice.all());
        assertTrue(twice.all().contains("2026-05-14.md:16:12: error: the meeting named as held instead is cancelled too"), twice.all());
        Files.writeString(site.resolve("content/governing-body/2026-06-11.md"), JUNE);
        may("cancelled:", "minutes:\n  file: minutes.pdf\n  approved: 2026-06-11\ncancelled:");
        Files.write(site.resolve("content/governing-body/minutes.pdf"), new byte[0]);
        Portal.Run minutes = build("2026-06-12T09:00");
        assertTrue(minutes.all().contains("error: this meeting is cancelled, but it has minutes: a meeting that was not held has none."),
                minutes.all());
    }

    @Test
    void aConsultationCannotBeDecidedAtACancelledMeeting() throws IOException {
        Path consultation = site.resolve("content/consultations/talking-therapies.md");
        String text = TestSite.read(consultation);
        Files.writeString(consultation, text.replaceFirst("closes: 2025-08-29T17:00\n",
                "closes: 2025-08-29T17:00\ndecision:\n  meeting: governing-body/2026-05-14\n  item: \"2\"\n"));
        Portal.Run run = build("2026-05-02T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("talking-therapies.md:9:12: error: the meeting named as deciding this consultation was cancelled "
                + "on 2026-05-01, so no decision was made there."), run.all());
        assertTrue(run.all().contains("such as the one held instead, governing-body/2026-06-11."), run.all());
    }

    @Test
    void anEasyReadVersionMustSayItIsCancelledToo() throws IOException {
        Path easy = site.resolve("content/governing-body/2026-05-14.easy-read.md");
        Files.writeString(easy, MAY.replaceAll("(?s)cancelled:\n.*instead: governing-body/2026-06-11\n", "")
                .replace("title: Governing Body meeting, May 2026", "title: Governing Body meeting in May - easy read"));
        Portal.Run run = build("2026-05-02T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("2026-05-14.easy-read.md"), run.all());
        assertTrue(run.all().contains("does not say the meeting is cancelled, but content/governing-body/2026-05-14.md says it was "
                + "cancelled on 2026-05-01."), run.all());
        assertTrue(run.all().contains("Add the 'cancelled' group with on: 2026-05-01"), run.all());
        // Another meeting held instead, or none, contradicts the page; no reason where the page gives one is a warning.
        Files.writeString(easy, TestSite.read(easy).replace("---\nThe Governing", "cancelled:\n  on: 2026-05-01\n  instead: "
                + "governing-body/2026-03-12\n---\nThe Governing"));
        Portal.Run other = build("2026-05-02T09:00");
        assertEquals(1, other.exit(), other.all());
        assertTrue(other.all().contains("2026-05-14.easy-read.md:15:12: error: this easy-read version names governing-body/2026-03-12 as "
                + "the meeting held instead, but content/governing-body/2026-05-14.md names governing-body/2026-06-11."), other.all());
        assertTrue(other.all().contains("2026-05-14.easy-read.md:14:3: warning: this easy-read version does not say why the meeting is "
                + "cancelled, but content/governing-body/2026-05-14.md does."), other.all());
        // A meeting held before this one was called off cannot be the one held instead (the last meeting's file copied).
        assertTrue(other.all().contains("2026-05-14.easy-read.md:15:12: error: the meeting named as held instead was on 2026-03-12, "
                + "before this one was called off (2026-05-01)."), other.all());
        Files.writeString(easy, TestSite.read(easy).replace("  instead: governing-body/2026-03-12\n", "  reason: Not enough people "
                + "could come.\n  instead: governing-body/2026-06-11\n"));
        Portal.Run agreed = build("2026-05-02T09:00");
        assertEquals(0, agreed.exit(), agreed.all());
        assertTrue(page("governing-body/2026-05-14/easy-read/index.html").select(".nhsuk-warning-callout").text()
                .contains("Not enough people could come."));
    }
}
