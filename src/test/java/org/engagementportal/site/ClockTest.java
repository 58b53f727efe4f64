package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changes on the site by the build's clock alone: meetings and events move from upcoming to past,
 * consultations start closing soon as site.yml sets, each on the minute.
 */
class ClockTest {
    @TempDir
    Path dir;

    static final String SITE = """
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            ends: 2026-03-12T12:30
            venue: Eastbrook Civic Centre
            online: https://meet.testshire.example/gb-march
            ---
            -- content/events/drop-in.md --
            ---
            title: Dental drop-in
            summary: Come and talk to us.
            starts: 2026-03-10T10:00
            ends: 2026-03-10T13:00
            venue: Eastbrook Library
            booking: https://forms.testshire.example/drop-in
            ---
            Drop in at any time.
            -- content/consultations/clinic.md --
            ---
            title: A new clinic
            summary: Tell us what the new clinic should offer.
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            """;

    private TextSite.Built build(String now, String... extra) {
        String block = SITE + String.join("", extra);
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out-" + now.replace(':', '-')), now).succeeded();
    }

    @Test
    void aMeetingMovesFromUpcomingToItsYearOnceItHasStarted() {
        TextSite.Built before = build("2026-03-12T09:59");
        assertEquals(List.of("/governing-body/2026-03-12/"), before.page("/governing-body/").select("#upcoming + ul .nhsuk-card__link").eachAttr("href"));
        assertEquals(List.of("/governing-body/2026-03-12/"), before.page("/").select("#meetings + ul .nhsuk-card__link").eachAttr("href"));
        TextSite.Built after = build("2026-03-12T10:01");
        assertEquals("Upcoming meetings (0)", after.page("/governing-body/").getElementById("upcoming").text());
        assertEquals(List.of("/governing-body/2026-03-12/"), after.page("/governing-body/").select("[id=2026] + ul .nhsuk-card__link").eachAttr("href"));
        assertTrue(after.page("/").select("#meetings").isEmpty(), "the home page shows only meetings to come");
    }

    @Test
    void theRebuildScheduledForAMeetingsStartShowsItAsStarted() {
        TextSite.Built atStart = build("2026-03-12T10:00");
        assertEquals("Upcoming meetings (0)", atStart.page("/governing-body/").getElementById("upcoming").text());
    }

    @Test
    void aMeetingsJoiningLinkIsShownBeforeItStarts() {
        Document doc = build("2026-03-12T09:59").page("/governing-body/2026-03-12/");
        assertEquals("https://meet.testshire.example/gb-march", doc.selectFirst("a:contains(Join the meeting online)").attr("href"));
        Document later = build("2026-03-13T09:00").page("/governing-body/2026-03-12/");
        assertTrue(later.select("a:contains(Join the meeting online)").isEmpty(), "no joining link the day after");
    }

    @Test
    void aMeetingsJoiningLinkStaysUntilItEnds() {
        Document during = build("2026-03-12T10:30").page("/governing-body/2026-03-12/");
        assertEquals(List.of("https://meet.testshire.example/gb-march"), during.select("a:contains(Join the meeting online)").eachAttr("href"));
    }

    @Test
    void anEventOffersBookingUntilItStartsAndSaysItHasTakenPlaceAfterItEnds() {
        Document before = build("2026-03-10T09:59").page("/events/drop-in/");
        assertFalse(before.select("a[href=https://forms.testshire.example/drop-in]").isEmpty());
        assertFalse(before.text().contains("This event has taken place."));
        Document after = build("2026-03-10T13:00").page("/events/drop-in/");
        assertTrue(after.text().contains("This event has taken place."));
        assertTrue(after.select("a[href=https://forms.testshire.example/drop-in]").isEmpty());
        assertEquals(List.of("/events/drop-in/"), build("2026-03-10T13:00").page("/events/").select("#past + ul .nhsuk-card__link").eachAttr("href"));
    }

    @Test
    void anEventUnderWayIsNotDescribedAsOver() {
        TextSite.Built during = build("2026-03-10T11:00");
        assertFalse(during.page("/events/drop-in/").text().contains("This event has taken place."));
        assertTrue(during.page("/events/").select("#past + ul .nhsuk-card__link").eachAttr("href").isEmpty());
    }

    @Test
    void anEventUnderWayIsStillAWayToRespondToAConsultation() {
        String withEvent = SITE.replace("  email: clinic@testshire.example", "  email: clinic@testshire.example\n  events: [drop-in]");
        TextSite.Built during = TextSite.write(dir.resolve("site"), withEvent).build(dir.resolve("during"), "2026-03-10T12:59").succeeded();
        assertFalse(during.page("/consultations/clinic/").select("#respond ~ ul a[href=/events/drop-in/]").isEmpty());
        TextSite.Built after = TextSite.write(dir.resolve("site"), withEvent).build(dir.resolve("after"), "2026-03-10T13:00").succeeded();
        assertTrue(after.page("/consultations/clinic/").select("#respond ~ ul a[href=/events/drop-in/]").isEmpty());
    }

    @Test
    void closingSoonStartsAsManyDaysBeforeClosingAsSiteSettingsSay() {
        // Ten days before 5pm on 30 April.
        assertEquals("Closing soon", build("2026-04-20T17:00").page("/consultations/clinic/").selectFirst("main .nhsuk-tag").text(),
                "within the default 14 days");
        String sevenDays = """
                -- content/_data/site.yml --
                name: NHS Testshire Integrated Care Board
                base_url: https://engage.testshire.example/
                contact:
                  email: engage@testshire.example
                consultations:
                  closing_soon_days: 7
                """;
        TextSite.Built seven = build("2026-04-20T17:00", sevenDays);
        assertEquals("Open", seven.page("/consultations/clinic/").selectFirst("main .nhsuk-tag").text());
        assertEquals("Closing soon", build("2026-04-23T17:00", sevenDays).page("/consultations/clinic/").selectFirst("main .nhsuk-tag").text());
        assertTrue(seven.file("/status-changes.json").text().contains(
                "\"local\": \"2026-04-23T17:00\", \"change\": \"closing-soon\", \"page\": \"/consultations/clinic/\""),
                "the next rebuild is when it starts closing soon");
    }
}
