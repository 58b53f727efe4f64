package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The iCalendar files of a site with two committees, read back with ical4j. */
class CalendarsTest {
    static final String NOW = "2026-03-01T09:00";

    static final String SITE = """
            -- content/_data/committees.yml --
            - id: governing-body
              name: Governing Body
            - id: quality-committee
              name: Quality Committee
            - id: audit-committee
              name: Audit Committee
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/governing-body/2026-07-16.md --
            ---
            title: Governing Body meeting, July 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-07-16T10:00
            ends: 2026-07-16T12:30
            updated: 2026-02-20
            venue:
              name: Eastbrook Civic Centre
              address: |
                1 High Street
                Eastbrook
                NS1 4QT
            online: https://meet.testshire.example/gb-july
            agenda:
              - title: Finance report
                paper: finance.pdf
            ---
            -- content/governing-body/2026-12-03.md --
            ---
            title: Governing Body meeting, December 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-12-03T10:00
            online: https://meet.testshire.example/gb-december
            ---
            -- content/quality-committee/2026-05-07.md --
            ---
            title: "Quality Committee: safety, complaints and care; May"
            summary: The committee looks at the quality of care, including eye, ear and dental services.
            starts: 2026-05-07T14:00
            venue: Kingsmere Hall
            ---
            -- content/events/cafe.md --
            ---
            title: "Llais y claf - caffi sgwrsio, Ysbyty Gwynedd, Ynys Môn a Phen Llŷn: dewch i siarad â ni"
            summary: Dewch i siarad â ni am wasanaethau iechyd. Mae croeso i bawb, gan gynnwys teuluoedd a gofalwyr.
            starts: 2026-03-20T09:30
            ends: 2026-03-20T11:00
            venue: Eastbrook Library
            booking: https://forms.testshire.example/cafe
            ---
            A café.
            -- content/events/cafe.easy-read.md --
            ---
            title: Chat café - easy read
            summary: Come and talk to us.
            starts: 2026-03-20T09:30
            ends: 2026-03-20T11:00
            venue: Eastbrook Library
            ---
            Come and talk.
            """;

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        TextSite site = TextSite.write(dir.resolve("site"), SITE);
        org.engagementportal.tools.ExamplePapers.write(site.root().resolve("content/governing-body/finance.pdf"), true,
                "Finance report", "Finance report", List.of("On plan."));
        out = site.build(dir.resolve("out"), NOW).succeeded().out();
    }

    static Calendar parse(String sitePath) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(TestSite.read(out.resolve(sitePath.substring(1)))));
        net.fortuna.ical4j.validate.ValidationResult valid = cal.validate();
        org.junit.jupiter.api.Assertions.assertFalse(valid.hasErrors(), valid.toString());
        return cal;
    }

    static List<VEvent> events(Calendar cal) {
        return cal.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    static Optional<String> prop(VEvent e, String name) {
        return e.getProperty(name).map(p -> ((Property) p).getValue());
    }

    static List<String> uids(String sitePath) throws Exception {
        return events(parse(sitePath)).stream().map(e -> prop(e, "UID").orElseThrow()).toList();
    }

    static VEvent event(String sitePath, String uid) throws Exception {
        return events(parse(sitePath)).stream().filter(e -> prop(e, "UID").orElseThrow().equals(uid)).findFirst().orElseThrow();
    }

    static Instant start(VEvent e) {
        Temporal t = e.<Temporal>getStartDate().orElseThrow().getDate();
        return ZonedDateTime.from(t).toInstant();
    }

    /**
     * Found in a hunt: events/2026/drop-in and events/2026-drop-in both had the UID events-2026-drop-in, so calendar
     * programs took the second for a change to the first, and subscribers lost one. Every other UID stays as it was.
     */
    @Test
    void twoAddressesThatWouldShareAUidEachHaveTheirOwn() {
        java.util.Map<String, String> uids = CalendarGenerator.uids(java.util.List.of("/events/2026/drop-in/", "/events/2026-drop-in/",
                "/governing-body/2026-03-12/", "/a/b-c/d/", "/a-b/c/d/"));
        assertEquals("events-2026-drop-in", uids.get("/events/2026-drop-in/"), "the one of fewest parts keeps its UID");
        assertEquals("events.2026.drop-in", uids.get("/events/2026/drop-in/"));
        assertEquals("governing-body-2026-03-12", uids.get("/governing-body/2026-03-12/"));
        assertEquals("a.b-c.d", uids.get("/a/b-c/d/"), "as many parts: neither keeps it");
        assertEquals("a-b.c.d", uids.get("/a-b/c/d/"));
        assertEquals(5, new java.util.HashSet<>(uids.values()).size());
    }

    @Test
    void eachCommitteesCalendarHoldsOnlyItsOwnMeetingsAndTheWholeCalendarEverythingInOrder() throws Exception {
        assertEquals(List.of("governing-body-2026-07-16@engage.testshire.example", "governing-body-2026-12-03@engage.testshire.example"),
                uids("/governing-body/calendar.ics"));
        assertEquals(List.of("quality-committee-2026-05-07@engage.testshire.example"), uids("/quality-committee/calendar.ics"));
        assertEquals(List.of(), uids("/audit-committee/calendar.ics"), "a committee without meetings yet still has a calendar to subscribe to");
        assertEquals(List.of("events-cafe@engage.testshire.example", "quality-committee-2026-05-07@engage.testshire.example",
                "governing-body-2026-07-16@engage.testshire.example", "governing-body-2026-12-03@engage.testshire.example"),
                uids("/calendar.ics"), "by start time, without the easy-read copy of the café");
        Calendar quality = parse("/quality-committee/calendar.ics");
        assertEquals("Quality Committee - NHS Testshire Integrated Care Board", quality.getProperty("X-WR-CALNAME")
                .map(p -> ((Property) p).getValue()).orElseThrow());
    }

    @Test
    void timesAreLondonTimeOnBothSidesOfTheClockChange() throws Exception {
        VEvent summer = event("/governing-body/calendar.ics", "governing-body-2026-07-16@engage.testshire.example");
        assertEquals(Instant.parse("2026-07-16T09:00:00Z"), start(summer), "10am British Summer Time");
        assertEquals("Europe/London", summer.<Temporal>getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue());
        VEvent winter = event("/governing-body/calendar.ics", "governing-body-2026-12-03@engage.testshire.example");
        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), start(winter), "10am Greenwich Mean Time");
        String text = TestSite.read(out.resolve("governing-body/calendar.ics"));
        assertTrue(text.contains("DTSTART;TZID=Europe/London:20260716T100000\r\nDTEND;TZID=Europe/London:20260716T123000\r\n"), text);
        assertFalse(winter.getProperty("DTEND").isPresent(), "no end is invented for a meeting that gives none");
    }

    @Test
    void whereAndHowToJoinAreInTheLocationAndDescription() throws Exception {
        VEvent july = event("/governing-body/calendar.ics", "governing-body-2026-07-16@engage.testshire.example");
        assertEquals("Eastbrook Civic Centre, 1 High Street, Eastbrook, NS1 4QT", prop(july, "LOCATION").orElseThrow());
        String description = prop(july, "DESCRIPTION").orElseThrow();
        assertEquals("""
                Meeting in public of the Governing Body.

                Join online: https://meet.testshire.example/gb-july

                Papers:
                1. Finance report: https://engage.testshire.example/governing-body/finance.pdf

                Agenda and papers: https://engage.testshire.example/governing-body/2026-07-16/""", description);
        VEvent december = event("/governing-body/calendar.ics", "governing-body-2026-12-03@engage.testshire.example");
        assertEquals("Online", prop(december, "LOCATION").orElseThrow(), "an online-only meeting");
        assertEquals("https://engage.testshire.example/governing-body/2026-12-03/", prop(december, "URL").orElseThrow());
        VEvent cafe = event("/calendar.ics", "events-cafe@engage.testshire.example");
        assertTrue(prop(cafe, "DESCRIPTION").orElseThrow().contains("\n\nBook a place: https://forms.testshire.example/cafe\n\n"
                + "Details: https://engage.testshire.example/events/cafe/"));
    }

    @Test
    void theStampComesFromTheContentSoRebuildsChangeNothing() throws Exception {
        String text = TestSite.read(out.resolve("governing-body/calendar.ics"));
        assertTrue(text.contains("UID:governing-body-2026-07-16@engage.testshire.example\r\nDTSTAMP:20260220T000000Z\r\n"),
                "the 'updated' date: " + text);
        assertTrue(text.contains("UID:governing-body-2026-12-03@engage.testshire.example\r\nDTSTAMP:20000101T000000Z\r\n"),
                "a fixed stamp when the content gives no date, never the clock");
    }

    @Test
    void commasSemicolonsAndLongWelshLinesSurviveEscapingAndFolding() throws Exception {
        VEvent quality = event("/quality-committee/calendar.ics", "quality-committee-2026-05-07@engage.testshire.example");
        assertEquals("Quality Committee: safety, complaints and care; May", prop(quality, "SUMMARY").orElseThrow());
        VEvent cafe = event("/calendar.ics", "events-cafe@engage.testshire.example");
        assertEquals("Llais y claf - caffi sgwrsio, Ysbyty Gwynedd, Ynys Môn a Phen Llŷn: dewch i siarad â ni",
                prop(cafe, "SUMMARY").orElseThrow());
        assertTrue(prop(cafe, "DESCRIPTION").orElseThrow().startsWith(
                "Dewch i siarad â ni am wasanaethau iechyd. Mae croeso i bawb, gan gynnwys teuluoedd a gofalwyr."));
        byte[] bytes = Files.readAllBytes(out.resolve("calendar.ics"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
            assertFalse(line.contains("\n"), "every line ends with CRLF");
            assertFalse(line.contains("\uFFFD"), "a character was split between lines: " + line);
        }
    }

    @Test
    void aMeetingKeepsItsUidWhenItsTitleAndTimeChange(@TempDir Path other) throws Exception {
        TextSite site = TextSite.write(other.resolve("site"), SITE.replace("title: Governing Body meeting, December 2026",
                "title: Governing Body meeting (moved), December 2026").replace("starts: 2026-12-03T10:00", "starts: 2026-12-03T14:00"));
        org.engagementportal.tools.ExamplePapers.write(site.root().resolve("content/governing-body/finance.pdf"), true,
                "Finance report", "Finance report", List.of("On plan."));
        Path again = site.build(other.resolve("out"), "2026-06-01T09:00").succeeded().out();
        String before = TestSite.read(out.resolve("governing-body/calendar.ics"));
        String after = TestSite.read(again.resolve("governing-body/calendar.ics"));
        assertTrue(after.contains("UID:governing-body-2026-12-03@engage.testshire.example\r\n"));
        assertTrue(after.contains("DTSTART;TZID=Europe/London:20261203T140000"));
        assertEquals(before.replace("20261203T100000", "20261203T140000").replace("meeting\\, December", "meeting (moved)\\, December"),
                after, "the calendar changes only where the meeting did, so subscribers see the meeting move, not a copy");
    }
}
