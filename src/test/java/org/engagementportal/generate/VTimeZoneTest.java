package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The VTIMEZONE written for a site's zone, read back by ical4j, agrees with Java's zone rules at every change. */
class VTimeZoneTest {

    private static net.fortuna.ical4j.model.component.VTimeZone parsed(ZoneId zone) throws Exception {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + String.join("\r\n", VTimeZone.lines(zone))
                + "\r\nEND:VCALENDAR\r\n";
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        return cal.<net.fortuna.ical4j.model.component.VTimeZone>getComponent("VTIMEZONE").orElseThrow();
    }

    /** The offset the VTIMEZONE gives at an instant: its observance's TZOFFSETTO. */
    private static ZoneOffset offset(net.fortuna.ical4j.model.component.VTimeZone zone, Instant at) {
        TzOffsetTo to = zone.getApplicableObservance(at).<TzOffsetTo>getProperty("TZOFFSETTO").orElseThrow();
        return to.getOffset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Europe/Dublin", "America/New_York", "Australia/Sydney", "Pacific/Chatham",
            "America/Nuuk", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "UTC", "Africa/Casablanca"})
    void itGivesTheOffsetJavaGivesEitherSideOfEveryClockChangeFrom2001To2040(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        ZoneRules rules = zone.getRules();
        net.fortuna.ical4j.model.component.VTimeZone described = parsed(zone);
        Instant at = ZonedDateTime.of(2001, 1, 1, 12, 0, 0, 0, zone).toInstant();
        Instant end = ZonedDateTime.of(2040, 1, 1, 0, 0, 0, 0, zone).toInstant();
        assertEquals(rules.getOffset(at), offset(described, at), id + " at " + at);
        int changes = 0;
        for (ZoneOffsetTransition t = rules.nextTransition(at); t != null && t.getInstant().isBefore(end);
             t = rules.nextTransition(t.getInstant())) {
            // Two days either side: ical4j 4.4 places an observance's onset hours off, by up to twice the zone's offset
            // (it reads Europe/London's 01:00 change of 2010 as 02:00 UTC, from the same text every UK calendar
            // publishes), so the hour is checked by the exact lines below; here the day, month and offsets are.
            for (Instant i : List.of(t.getInstant().minus(Duration.ofDays(2)), t.getInstant().plus(Duration.ofDays(2)))) {
                assertEquals(rules.getOffset(i), offset(described, i), id + " at " + i);
            }
            changes++;
        }
        assertTrue(changes == 0 || changes >= 2, id + ": " + changes);
    }

    @Test
    void theUkZoneIsTwoYearlyRulesWithTheirBritishNames() {
        assertEquals(List.of("BEGIN:VTIMEZONE", "TZID:Europe/London",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE"), VTimeZone.lines(ZoneId.of("Europe/London")));
    }

    @Test
    void irelandKeepsItsOwnNameAndSummerTimeIsIrishStandardTime() {
        List<String> lines = VTimeZone.lines(ZoneId.of("Europe/Dublin"));
        assertTrue(lines.contains("TZID:Europe/Dublin"), lines.toString());
        assertTrue(lines.contains("TZNAME:IST"), lines.toString());
        assertTrue(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), lines.toString());
    }

    @Test
    void americanChangesAreOnTheSecondAndFirstSundaysAndEarlierOnesAreListed() {
        List<String> lines = VTimeZone.lines(ZoneId.of("America/New_York"));
        assertTrue(lines.containsAll(List.of("TZNAME:EDT", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                "TZNAME:EST", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")), lines.toString());
        // Until 2006 the clocks went forward on the first Sunday of April: that year's change is there on its own.
        assertTrue(lines.contains("DTSTART:20060402T020000"), lines.toString());
    }

    @Test
    void aChangeAtOneInTheMorningUniversalTimeIsTheEveningBeforeInGreenland() {
        // The EU's rule (last Sunday of March, 01:00 UTC) is 23:00 on the Saturday in Nuuk, two hours behind.
        List<String> lines = VTimeZone.lines(ZoneId.of("America/Nuuk"));
        int rule = lines.indexOf("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=24,25,26,27,28,29,30;BYDAY=SA");
        assertTrue(rule > 0, "the spring change is on the Saturday before the last Sunday of March");
        assertTrue(lines.get(rule - 1).matches("DTSTART:\\d{8}T230000"), lines.get(rule - 1));
    }

    @Test
    void aZoneThatNeverChangesHasOneObservance() {
        assertEquals(List.of("BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
                "TZNAME:UTC", "DTSTART:20000101T000000", "END:STANDARD", "END:VTIMEZONE"),
                VTimeZone.lines(ZoneId.of("UTC")));
    }
}
