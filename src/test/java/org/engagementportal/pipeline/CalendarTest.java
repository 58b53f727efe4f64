package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The iCalendar files, parsed by ical4j. */
class CalendarTest {
    @TempDir
    Path dir;

    private Path build(Path source, String now) {
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", source.toString(), "--out", out.toString(), "--now", now, "-q");
        assertEquals(0, run.exit(), run.all());
        return out;
    }

    private static Calendar parse(Path file) throws IOException, ParserException {
        Calendar cal = new CalendarBuilder().build(new StringReader(TestSite.read(file)));
        net.fortuna.ical4j.validate.ValidationResult valid = cal.validate();
        org.junit.jupiter.api.Assertions.assertFalse(valid.hasErrors(), valid.toString());
        return cal;
    }

    /** A property's value; the test fails when the event has no such property. */
    static String prop(VEvent e, String name) {
        return e.getProperty(name).map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElseThrow();
    }

    private static List<VEvent> events(Calendar cal) {
        return cal.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    @Test
    void aCommitteeCalendarHoldsItsMeetingsInLondonTime() throws Exception {
        Path out = build(TestSite.copy("small", dir.resolve("site")), "2026-03-01T09:00");
        Calendar cal = parse(out.resolve("governing-body/calendar.ics"));
        List<VEvent> meetings = events(cal);
        assertEquals(1, meetings.size());
        VEvent m = meetings.get(0);
        assertEquals("Governing Body meeting, March 2026", prop(m, "SUMMARY"));
        assertEquals("governing-body-2026-03-12@engage.testshire.example", prop(m, "UID"));
        DtStart<Temporal> start = m.<Temporal>getStartDate().orElseThrow();
        assertEquals("Europe/London", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals(ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant(),
                ZonedDateTime.from(start.getDate()).toInstant());
        assertEquals("https://engage.testshire.example/governing-body/2026-03-12/", prop(m, "URL"));
        assertEquals("Eastbrook Civic Centre, 1 High Street, Eastbrook, NS1 4QT", prop(m, "LOCATION"));
        assertFalse(cal.getComponents("VTIMEZONE").isEmpty());
    }

    @Test
    void theWholeCalendarHasMeetingsAndEventsAndTheCommitteePageOffersIt() throws Exception {
        Path out = build(TestSite.copy("small", dir.resolve("site")), "2026-03-01T09:00");
        List<String> uids = events(parse(out.resolve("calendar.ics"))).stream().map(e -> prop(e, "UID")).toList();
        assertEquals(List.of("events-eastbrook-drop-in@engage.testshire.example", "governing-body-2026-03-12@engage.testshire.example"), uids);
        Document committee = Jsoup.parse(TestSite.read(out.resolve("governing-body/index.html")));
        assertFalse(committee.select("a[href=webcal://engage.testshire.example/governing-body/calendar.ics]").isEmpty());
        assertFalse(committee.select("a[href=/governing-body/calendar.ics]").isEmpty());
    }

    @Test
    void everyCalendarOfTheExamplePortalParsesWithUniqueStableUids() throws Exception {
        Path out = build(TestSite.PROJECT, TestSite.EXAMPLE_NOW);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> p.toString().endsWith(".ics")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path file : files) {
            Set<String> uids = new HashSet<>();
            for (VEvent e : events(parse(file))) {
                assertTrue(uids.add(prop(e, "UID")), file + ": duplicate UID");
                assertTrue(e.getProperty("URL").isPresent(), file + ": every event links its page");
            }
        }
        String governingBody = TestSite.read(out.resolve("governing-body/calendar.ics")).replace("\r\n ", "");
        assertTrue(governingBody.contains("Papers:"), "a meeting with papers lists them in its description");
        assertTrue(governingBody.contains("https://engage.northshire-icb.example/governing-body/2026-10-22-chief-executives-report.pdf"));
        Path again = dir.resolve("again");
        Portal.run("build", "--source", TestSite.PROJECT.toString(), "--out", again.toString(), "--now", "2026-12-01T09:00", "-q");
        assertEquals(TestSite.read(out.resolve("calendar.ics")), TestSite.read(again.resolve("calendar.ics")),
                "a later build with the same content gives the same calendar, so subscribers see no false changes");
    }
}
