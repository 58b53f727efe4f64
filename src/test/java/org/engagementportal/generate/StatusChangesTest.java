package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * /status-changes.json, which the publishing job reads to schedule the next rebuild: every moment after the
 * build's clock when a page changes by itself, soonest first.
 */
class StatusChangesTest {
    @TempDir
    Path dir;

    static final String SITE = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/consultations/clinic.md --
            ---
            title: A new clinic
            summary: Tell us what the new clinic should offer.
            opens: 2026-03-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            -- content/consultations/clinic.easy-read.md --
            ---
            title: A new clinic - easy read
            summary: Tell us about the clinic.
            opens: 2026-03-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We want a clinic.
            -- content/consultations/pharmacy.md --
            ---
            title: Late-night pharmacies
            summary: Which pharmacies should open late?
            opens: 2025-12-01T09:00
            closes: 2026-02-27T17:00
            outcome:
              date: 2026-03-16
              body: Two pharmacies will open until midnight.
            ---
            We asked about pharmacies.
            -- content/consultations/old.md --
            ---
            title: Old consultation
            summary: Long finished.
            opens: 2025-01-06T09:00
            closes: 2025-03-31T17:00
            outcome:
              date: 2025-05-01
              body: Done.
            ---
            Finished.
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            questions_by: 2026-03-09T17:00
            venue: Eastbrook Civic Centre
            ---
            -- content/governing-body/2026-01-15.md --
            ---
            title: Governing Body meeting, January 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-01-15T10:00
            venue: Eastbrook Civic Centre
            ---
            -- content/events/fair.md --
            ---
            title: Health fair
            summary: Come to our health fair.
            starts: 2026-03-10T12:00
            venue: Kingsmere Hall
            ---
            A fair.
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schedule(TextSite.Built built) {
        return new Json().toType(built.file("/status-changes.json").text(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changes(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("changes");
    }

    private static List<String> summary(Map<String, Object> json) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> c : changes(json)) {
            out.add(c.get("local") + " " + c.get("change") + " " + c.get("page"));
        }
        return out;
    }

    @Test
    void aRebuildBeforeTheNextChangeWritesTheSameFile() {
        String at9 = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), "2026-03-01T09:00").succeeded()
                .file("/status-changes.json").text();
        String at18 = TextSite.write(dir.resolve("site2"), SITE).build(dir.resolve("out2"), "2026-03-01T18:00").succeeded()
                .file("/status-changes.json").text();
        assertEquals(at9, at18, "nothing in it depends on the clock but the changes still to come");
        String after = TextSite.write(dir.resolve("site3"), SITE).build(dir.resolve("out3"), "2026-03-02T09:00").succeeded()
                .file("/status-changes.json").text();
        assertNotEquals(at9, after, "the consultation opening at 9:00 on 2 March has happened");
    }

    @Test
    void everyChangeAfterTheClockIsListedSoonestFirstInLocalAndUniversalTime() {
        Map<String, Object> json = schedule(TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), "2026-03-01T09:00").succeeded());
        assertEquals("Europe/London", json.get("time_zone"));
        assertEquals(List.of(
                "2026-03-02T09:00 opens /consultations/clinic/",
                "2026-03-09T17:00 questions-close /governing-body/2026-03-12/",
                "2026-03-10T12:00 event-starts /events/fair/",
                "2026-03-11T00:00 event-ends /events/fair/",
                "2026-03-12T10:00 meeting-starts /governing-body/2026-03-12/",
                "2026-03-13T00:00 meeting-ends /governing-body/2026-03-12/",
                "2026-03-16T00:00 outcome-published /consultations/pharmacy/",
                "2026-04-16T17:00 closing-soon /consultations/clinic/",
                "2026-04-30T17:00 closes /consultations/clinic/",
                "2026-07-24T00:00 response-delayed /consultations/clinic/"), summary(json),
                "nothing for the easy-read version, the past meeting or the finished consultation");
        assertEquals("2026-03-02T09:00:00Z", json.get("next_change"));
        Map<String, Object> closes = changes(json).get(8);
        assertEquals("2026-04-30T16:00:00Z", closes.get("at"), "5pm British Summer Time is 4pm UTC");
        assertEquals("A new clinic", closes.get("title"));
        // The day after the outcome was due (12 weeks after closing), at midnight in London: 23:00 UTC the day before.
        assertEquals("2026-07-23T23:00:00Z", changes(json).get(9).get("at"));
        for (Map<String, Object> c : changes(json)) {
            assertTrue(Instant.parse((String) c.get("at")).isAfter(Instant.parse("2026-03-01T09:00:00Z")), c.toString());
        }
    }

    @Test
    void aChangeAtTheExactMinuteOfTheBuildHasAlreadyHappened() {
        Map<String, Object> json = schedule(TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), "2026-03-09T17:00").succeeded());
        assertEquals("2026-03-10T12:00 event-starts /events/fair/", summary(json).get(0));
        assertEquals("2026-03-10T12:00:00Z", json.get("next_change"));
    }

    @Test
    void withNothingAheadTheNextChangeIsNull() {
        Map<String, Object> json = schedule(TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), "2026-08-01T09:00").succeeded());
        assertNull(json.get("next_change"));
        assertEquals(List.of(), changes(json));
    }

    @Test
    void thePageAddressesCarryTheBaseUrlsPath() {
        Map<String, Object> json = schedule(TextSite.write(dir.resolve("site"), SITE)
                .build(dir.resolve("out"), "2026-03-01T09:00", "--base-url", "https://www.testshire.example/engage/").succeeded());
        assertEquals("/engage/consultations/clinic/", changes(json).get(0).get("page"));
    }

    @Test
    void onlyTheNextHundredChangesAreListed() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            String day = String.format("2026-04-%02d", i);
            for (String[] kind : new String[][] {{"fair", "10:00"}, {"talk", "14:00"}, {"walk", "17:00"}, {"choir", "19:00"}}) {
                many.append("-- content/events/").append(kind[0]).append('-').append(day).append(".md --\n---\ntitle: ")
                        .append(kind[0]).append(" on ").append(day).append("\nsummary: Come along.\nstarts: ").append(day)
                        .append('T').append(kind[1]).append("\nvenue: Kingsmere Hall\n---\nCome along.\n");
            }
        }
        Map<String, Object> json = schedule(TextSite.write(dir.resolve("site"), SITE + many).build(dir.resolve("out"), "2026-03-01T09:00").succeeded());
        List<Map<String, Object>> changes = changes(json);
        assertEquals(100, changes.size(), "10 changes of the site above and 120 events, each starting and ending, are more than 100");
        assertEquals(json.get("next_change"), changes.get(0).get("at"));
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(((String) changes.get(i - 1).get("at")).compareTo((String) changes.get(i).get("at")) <= 0, "soonest first");
        }
        // Seven changes in March, then four events a day, each starting and, with no end time, ending at midnight: the
        // hundredth is the first of 12 April's events to end, and everything later (the clinic's closing soon on 16 April
        // among them) waits for a later build.
        assertEquals("2026-04-13T00:00 event-ends /events/choir-2026-04-12/", summary(json).get(99));
        assertTrue(summary(json).contains("2026-03-16T00:00 outcome-published /consultations/pharmacy/"));
        assertFalse(summary(json).contains("2026-04-16T17:00 closing-soon /consultations/clinic/"));
    }
}
