package org.engagementportal.content;

import org.engagementportal.types.ContentTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consultation rules that depend on where it is in its life, each at the line a comms officer must change. */
class ConsultationRulesTest {
    @TempDir
    Path site;

    private List<Problem> load(String nowText, String name, String text) {
        ZonedDateTime now = ZonedDateTime.of(java.time.LocalDateTime.parse(nowText), ZoneId.of("Europe/London"));
        Problems problems = new Problems();
        TestSite.write(site, Map.of("content/consultations/" + name, text));
        SiteData data = new DataLoader(site, problems).load();
        new ContentLoader(site, data, now, problems, ContentTypes.ALL).load();
        return problems.sorted();
    }

    private static String consultation(String extra) {
        return """
                ---
                title: Community dental services
                summary: Where should community dental clinics be?
                opens: 2026-03-02T09:00
                closes: 2026-04-30T17:00
                """ + extra + "---\nText.\n";
    }

    @Test
    void anOpenConsultationNeedsAWayToRespond() {
        Problem p = load("2026-03-10T09:00", "dental.md", consultation("")).get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("content/consultations/dental.md:5:9", p.position().toString());
        assertTrue(p.message().contains("is open, but it gives no way to respond"), p.message());
        assertTrue(p.fix().contains("online") && p.fix().contains("email"), p.fix());
    }

    @Test
    void soDoesAnUpcomingOne() {
        Problem p = load("2026-03-01T09:00", "dental.md", consultation("")).get(0);
        assertTrue(p.message().contains("has not opened yet"), p.message());
    }

    @Test
    void aClosedOneNeedsNoWayToRespond() {
        assertEquals(List.of(), load("2026-05-01T09:00", "dental.md", consultation("")));
    }

    @Test
    void feedbackCannotBePublishedWhileItIsOpen() {
        List<Problem> all = load("2026-03-10T09:00", "dental.md", consultation("""
                respond:
                  email: dental@testshire.example
                feedback:
                  date: 2026-03-09
                  body: You said it was hard to find a dentist.
                """));
        assertEquals(1, all.size(), all.toString());
        assertEquals("content/consultations/dental.md:8:1", all.get(0).position().toString());
        assertTrue(all.get(0).message().contains("still open"), all.get(0).message());
    }

    @Test
    void anOutcomeDatedBeforeClosingIsAWarningAtItsDate() {
        List<Problem> all = load("2026-06-01T09:00", "dental.md", consultation("""
                outcome:
                  date: 2026-04-01
                  body: We did it.
                """));
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("content/consultations/dental.md:7:9", all.get(0).position().toString());
    }

    @Test
    void theOutcomeIsDueTwelveWeeksAfterClosing() {
        // Closes 30 April 2026: the outcome is due by 23 July 2026.
        assertEquals(List.of(), load("2026-07-23T23:59", "dental.md", consultation("")));
        Problem late = load("2026-07-24T00:00", "dental.md", consultation("")).get(0);
        assertEquals(Severity.WARNING, late.severity());
        assertEquals("content/consultations/dental.md:5:9", late.position().toString());
        assertTrue(late.message().contains("due by 2026-07-23"), late.message());
    }

    @Test
    void anOutcomeDatedInTheFutureDoesNotCountYet() {
        String withOutcome = consultation("""
                outcome:
                  date: 2026-08-01
                  body: We did it.
                """);
        assertEquals(1, load("2026-07-25T09:00", "dental.md", withOutcome).size(), "still overdue on 25 July");
        assertEquals(List.of(), load("2026-08-01T00:00", "dental.md", withOutcome));
    }

    @Test
    void onlyTheOriginalWarnsAboutALateOutcome() {
        TestSite.write(site, Map.of("content/consultations/dental.md", consultation("")));
        List<Problem> all = load("2026-09-01T09:00", "dental.easy-read.md", consultation(""));
        assertEquals(1, all.size(), all.toString());
        assertEquals("content/consultations/dental.md", all.get(0).position().file());
    }

    @Test
    void groupsAreIdsFromGroupsYmlAndAGroupWrittenByItsNameSuggestsItsId() {
        List<Problem> all = load("2026-05-01T09:00", "dental.md", consultation("""
                groups: [carers, Young carers, travellers]
                """));
        assertEquals(2, all.size(), all.toString());
        assertEquals("content/consultations/dental.md:6:18", all.get(0).position().toString());
        assertEquals(Severity.ERROR, all.get(0).severity());
        assertEquals("'Young carers' is not a group in content/_data/groups.yml. Did you mean 'young-carers'?", all.get(0).message());
        assertTrue(all.get(0).fix().contains("Use one of the group ids listed in content/_data/groups.yml"), all.get(0).fix());
        assertEquals("content/consultations/dental.md:6:32", all.get(1).position().toString());
        assertTrue(all.get(1).message().startsWith("'travellers' is not a group"), all.get(1).message());
    }

    @Test
    void knownGroupsAreKeptInTheOrderWritten() {
        assertEquals(List.of(), load("2026-05-01T09:00", "dental.md", consultation("groups: [young-carers, carers]\n")));
    }
}
