package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A public event called off, as a meeting can be ({@link MeetingCancelledTest}): a drop-in whose library is closed that
 * day. Deleting its file took its page, its calendar entry and its place on the consultation it was a way to respond to
 * away with no word; now each says it is cancelled, and nobody is offered a place to book or a link to join.
 */
class EventCancelledTest {
    @TempDir
    Path dir;
    Path site;
    Path dropIn;

    static final String MAY = """
            ---
            title: Dental drop-in, Northam
            summary: Come and talk to us about NHS dentistry.
            starts: 2026-04-14T10:00
            ends: 2026-04-14T13:00
            venue:
              name: Northam Library
            online: https://meet.testshire.example/dental
            booking: https://forms.testshire.example/northam
            ---
            Drop in at any time.
            """;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.copy("small", dir.resolve("site"));
        dropIn = site.resolve("content/events/eastbrook-drop-in.md");
        Files.writeString(site.resolve("content/events/northam-drop-in.md"), MAY);
        // The Eastbrook drop-in, a way to respond to the dental consultation, moves to April and is then called off.
        Files.writeString(dropIn, TestSite.read(dropIn).replace("2026-03-10", "2026-04-10").replace("accessibility:",
                "cancelled:\n  on: 2026-03-20\n  reason: The library is closed for repairs that day.\n  instead: northam-drop-in\naccessibility:"));
    }

    private Portal.Run build() {
        return Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-21T09:00");
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(TestSite.read(dir.resolve("out").resolve(path)));
    }

    @Test
    void itsPageCardAndCalendarEntrySayItIsCancelledAndOfferNoPlaceToBook() throws Exception {
        Portal.Run run = build();
        assertEquals(0, run.exit(), run.all());
        Document page = page("events/eastbrook-drop-in/index.html");
        assertEquals("Important: This event is cancelled It was cancelled on 20 March 2026. The library is closed for repairs that day. "
                + "It will be held instead on Tuesday 14 April 2026, 10am: Dental drop-in, Northam.", page.select(".nhsuk-warning-callout").text());
        assertTrue(page.select("a[href*=forms.testshire]").isEmpty(), "no place to book: " + page.select("main"));
        String data = page.select("script[type=application/ld+json]").html();
        assertTrue(data.contains("\"eventStatus\":\"https://schema.org/EventCancelled\""), data);
        assertEquals("Cancelled", page("events/index.html").select(".nhsuk-tag--red").text());
        // Its card's link says so too, to someone moving by headings or links, who does not hear the tag after it.
        assertEquals("Dental drop-in, Eastbrook (cancelled)", page("events/index.html")
                .select(".nhsuk-card__link[href=/events/eastbrook-drop-in/]").text());
        Calendar cal = new CalendarBuilder().build(new StringReader(TestSite.read(dir.resolve("out/calendar.ics"))));
        assertFalse(cal.validate().hasErrors(), cal.validate().toString());
        VEvent event = cal.getComponents("VEVENT").stream().map(VEvent.class::cast)
                .filter(e -> CalendarTest.prop(e, "UID").startsWith("events-eastbrook-drop-in@")).findFirst().orElseThrow();
        assertEquals("CANCELLED", CalendarTest.prop(event, "STATUS"));
        assertEquals("Cancelled: Dental drop-in, Eastbrook", CalendarTest.prop(event, "SUMMARY"));
        assertTrue(CalendarTest.prop(event, "DESCRIPTION").startsWith("This event is cancelled. The library is closed for repairs that day.\n\nIt "
                + "will be held instead on Tuesday 14 April 2026, 10am: Dental drop-in, Northam, "
                + "https://engage.testshire.example/events/northam-drop-in/\n\n"), CalendarTest.prop(event, "DESCRIPTION"));
        assertFalse(CalendarTest.prop(event, "DESCRIPTION").contains("Book a place"), CalendarTest.prop(event, "DESCRIPTION"));
        // The consultation it was a way to respond to no longer offers it, and its file is told why.
        assertTrue(page("consultations/dental-access/index.html").select("a[href=/events/eastbrook-drop-in/]").isEmpty(),
                "a cancelled event is not offered as a way to respond");
        assertTrue(run.all().contains("dental-access.md:15:12: warning: the event '/events/eastbrook-drop-in/' is cancelled, so the page "
                + "no longer offers it as a way to respond."), run.all());
        assertTrue(run.all().contains("Remove it from 'events', or name the event held instead, northam-drop-in."), run.all());
    }

    @Test
    void aRecordOfEngagementAtACancelledEventAndAnInsteadCancelledTooAreErrors() throws IOException {
        Files.createDirectories(site.resolve("content/engagement"));
        Files.writeString(site.resolve("content/engagement/eastbrook.md"), """
                ---
                title: Eastbrook drop-in
                summary: People told us about finding a dentist.
                date: 2026-03-20
                activity: drop-in
                engagement: consult
                stage: design
                reached: [parents]
                people: 12
                heard: You said it is hard to find a dentist.
                event: eastbrook-drop-in
                ---
                """);
        Files.writeString(site.resolve("content/events/northam-drop-in.md"), MAY.replace("booking:", "cancelled:\n  on: 2026-03-19\nbooking:"));
        Portal.Run run = build();
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("eastbrook.md:11:8: error: the event 'eastbrook-drop-in' was cancelled on 2026-03-20, so nobody took "
                + "part in it."), run.all());
        assertTrue(run.all().contains("eastbrook-drop-in.md:14:12: error: the event named as held instead is cancelled too"), run.all());
    }

    @Test
    void aCancellationOnADayAfterTodayIsAnError() throws IOException {
        Files.writeString(dropIn, TestSite.read(dropIn).replace("  on: 2026-03-20", "  on: 2026-03-22"));
        Portal.Run run = build();
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("eastbrook-drop-in.md:12:7: error: the event is cancelled on 2026-03-22, which is after today "
                + "(2026-03-21)"), run.all());
    }
}
