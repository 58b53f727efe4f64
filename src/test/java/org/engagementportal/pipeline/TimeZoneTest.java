package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.engagementportal.testing.TextSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * site.yml's {@code timezone} is the one source of the site's time zone: the dates in content, the build's
 * clock ({@code --now}), the times on pages and the calendars all follow it.
 */
class TimeZoneTest {
    @TempDir
    Path dir;

    private static final String MEETING = """
            -- content/governing-body/index.md --
            ---
            title: Governing Body
            summary: Our Governing Body meets in public.
            ---
            Come and watch.
            -- content/governing-body/%1$s.md --
            ---
            title: Governing Body meeting
            summary: Meeting in public of the Governing Body.
            starts: %1$sT%2$s
            venue:
              name: Town Hall
            ---
            The Governing Body meets in public.
            """;

    private TextSite.Built build(String timezoneLine, String day, String time, String now) {
        String siteYml = """
                -- content/_data/site.yml --
                name: "NHS Testshire Integrated Care Board"
                base_url: https://engage.testshire.example/
                %s
                contact:
                  email: engage@testshire.example
                """.formatted(timezoneLine);
        return TextSite.write(dir.resolve("site"), siteYml + MEETING.formatted(day, time)).build(dir.resolve("out"), now).succeeded();
    }

    private static Calendar calendar(TextSite.Built built) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(built.file("/governing-body/calendar.ics").text()));
        net.fortuna.ical4j.validate.ValidationResult valid = cal.validate();
        org.junit.jupiter.api.Assertions.assertFalse(valid.hasErrors(), valid.toString());
        return cal;
    }

    private static String value(Calendar cal, String name) {
        return cal.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // In July Ireland is an hour ahead of UTC.
            "Europe/Dublin, 2026-07-09, 18:30, 2026-07-09T17:30:00Z, 2026-07-09T18:30+01:00, 6:30pm, IST",
            // America moves its clocks on 8 March 2026, three weeks before the UK: New York is four hours behind UTC.
            "America/New_York, 2026-03-12, 10:00, 2026-03-12T14:00:00Z, 2026-03-12T10:00-04:00, 10am, EDT"})
    void aSiteInAnotherZoneHasItsMeetingAtThatZonesTimeOnItsPageAndInItsCalendar(String zone, String day, String time,
            String utc, String iso, String shown, String summerName) throws Exception {
        TextSite.Built built = build("timezone: " + zone, day, time, "2026-03-01T09:00");

        Calendar cal = calendar(built);
        assertEquals(zone, value(cal, "X-WR-TIMEZONE"));
        VTimeZone vtz = cal.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals(zone, vtz.getTimeZoneId().getValue());
        assertTrue(built.file("/governing-body/calendar.ics").text().contains("TZNAME:" + summerName + "\r\n"));
        VEvent meeting = cal.<VEvent>getComponent("VEVENT").orElseThrow();
        DtStart<Temporal> start = meeting.<Temporal>getStartDate().orElseThrow();
        assertEquals(zone, start.getParameter("TZID").orElseThrow().getValue());
        assertEquals(day.replace("-", "") + "T" + time.replace(":", "") + "00", start.getValue());
        assertEquals(Instant.parse(utc), ZonedDateTime.from(start.getDate()).toInstant());
        // The calendar's own description of the zone gives the same offset as the zone itself on that day.
        assertEquals(ZonedDateTime.parse(iso + "[" + zone + "]").getOffset(),
                vtz.getApplicableObservance(Instant.parse(utc)).<net.fortuna.ical4j.model.property.TzOffsetTo>getProperty("TZOFFSETTO")
                        .orElseThrow().getOffset());

        Document page = Jsoup.parse(built.file("/governing-body/" + day + "/index.html").text());
        assertEquals(iso, page.select("time").first().attr("datetime"));
        assertTrue(page.select("time").first().text().endsWith(shown), page.select("time").first().text());
    }

    @Test
    void theBuildClockIsReadInTheSiteZone() {
        TextSite.Built built = build("timezone: America/New_York", "2026-03-12", "10:00", "2026-03-12T09:00");
        built.file("/status-changes.json").contains("\"time_zone\": \"America/New_York\"",
                // The meeting starts an hour after the build's clock, in the same zone.
                "{\"at\": \"2026-03-12T14:00:00Z\", \"local\": \"2026-03-12T10:00\"");
        // At 10:30 in New York (14:30 UTC) the meeting has started; read as UTC, the clock would be before it.
        TextSite.Built later = build("timezone: America/New_York", "2026-03-12", "10:00", "2026-03-12T10:30");
        assertFalse(later.file("/status-changes.json").text().contains("meeting-starts"),
                later.file("/status-changes.json").text());
    }

    @Test
    void withNoTimezoneSettingTheSiteIsInUkTime() throws Exception {
        TextSite.Built built = build("language: en-GB", "2026-07-09", "18:30", "2026-03-01T09:00");
        Calendar cal = calendar(built);
        assertEquals("Europe/London", value(cal, "X-WR-TIMEZONE"));
        DtStart<Temporal> start = cal.<VEvent>getComponent("VEVENT").orElseThrow().<Temporal>getStartDate().orElseThrow();
        assertEquals(Instant.parse("2026-07-09T17:30:00Z"), ZonedDateTime.from(start.getDate()).toInstant());
        assertTrue(built.file("/governing-body/calendar.ics").text().contains("TZNAME:BST\r\n"));
        assertEquals(List.of("2026-07-09T18:30+01:00"),
                Jsoup.parse(built.file("/governing-body/2026-07-09/index.html").text()).select("time").eachAttr("datetime").subList(0, 1));
    }
}
