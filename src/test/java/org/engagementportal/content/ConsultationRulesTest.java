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

    /** Found in review: a survey at http:// was published silently, sending what patients say about their health unencrypted. */
    @Test
    void aSurveyAtHttpIsAnErrorOnce() {
        List<Problem> all = load("2026-03-10T09:00", "dental.md", consultation("respond:\n  online: http://forms.testshire.example/dental\n"));
        assertEquals(1, all.size(), all.toString());
        Problem p = all.get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("content/consultations/dental.md", p.position().file());
        assertEquals(7, p.position().line());
        assertTrue(p.message().startsWith("the survey's address starts http://, so what people tell us in it is sent unencrypted"),
                p.message());
        assertEquals("Write its address starting https://, as https://forms.testshire.example/dental, after checking that it opens.",
                p.fix());
        assertEquals(List.of(), load("2026-03-10T09:00", "dental.md", consultation("respond:\n  online: https://forms.testshire.example/dental\n")));
        // Once closed, its survey is not offered, and an old one does not stop the site publishing (found in review).
        assertEquals(List.of(), load("2026-05-01T09:00", "dental.md", consultation("respond:\n  online: http://forms.testshire.example/dental\n")));
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
                decision:
                  meeting: governing-body/2026-05-14
                  item: 6
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
                decision:
                  meeting: governing-body/2026-07-16
                  item: 6
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

    // the evidence a decision needs

    private static String formal(String extra) {
        return """
                ---
                title: Community dental services
                summary: Where should community dental clinics be?
                opens: 2026-01-05T09:00
                closes: 2026-04-30T17:00
                formal: true
                respond:
                  email: dental@testshire.example
                """ + extra + "---\nText.\n";
    }

    private static final String OUTCOME = """
            outcome:
              date: 2026-06-01
              body: We will open two clinics.
            decision:
              meeting: governing-body/2026-05-14
              item: 6
            """;

    @Test
    void aFormalConsultationWithoutAnImpactAssessmentWarnsWhileItIsOpen() {
        List<Problem> all = load("2026-03-10T09:00", "dental.md", formal(""));
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("content/consultations/dental.md:6:1", all.get(0).position().toString(), "at 'formal'");
        assertTrue(all.get(0).message().contains("no equality and health inequalities impact assessment ('eia') yet"), all.toString());
        assertTrue(all.get(0).fix().contains("not_needed:"), all.get(0).fix());
    }

    @Test
    void andIsAnErrorOnceItHasAnOutcome() {
        List<Problem> all = load("2026-06-02T09:00", "dental.md", formal(OUTCOME));
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.ERROR, all.get(0).severity());
        assertEquals("content/consultations/dental.md:6:1", all.get(0).position().toString());
        assertTrue(all.get(0).message().contains("has an outcome, but no equality and health inequalities impact assessment"), all.toString());
    }

    @Test
    void anImpactAssessmentAsAPageOrWithAReasonItWasNotNeededSatisfiesTheRule() {
        assertEquals(List.of(), load("2026-06-02T09:00", "dental.md", formal(OUTCOME + "eia:\n  page: /about/equality/\n")));
        assertEquals(List.of(), load("2026-06-02T09:00", "dental.md", formal(OUTCOME
                + "eia:\n  not_needed: Only the clinic's opening hours change, and they get longer.\n")));
        assertEquals(List.of(), load("2026-03-10T09:00", "dental.md", consultation("respond:\n  email: a@testshire.example\n")),
                "an informal consultation needs no assessment");
    }

    @Test
    void anImpactAssessmentGivenTwoWaysIsAnError() {
        List<Problem> all = load("2026-03-10T09:00", "dental.md", formal("eia:\n  page: /about/equality/\n  not_needed: No.\n"));
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.ERROR, all.get(0).severity());
        assertEquals("content/consultations/dental.md:10:3", all.get(0).position().toString());
        assertEquals("'eia' has page and not_needed, but it takes only one of them.", all.get(0).message());
    }

    @Test
    void aSubstantialVariationWithoutScrutinyWarnsAtItsLine() {
        List<Problem> all = load("2026-03-10T09:00", "dental.md", consultation("""
                respond:
                  email: a@testshire.example
                substantial_variation: true
                """));
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("content/consultations/dental.md:8:24", all.get(0).position().toString());
        assertTrue(all.get(0).fix().contains("committee:") && all.get(0).fix().contains("view:"), all.get(0).fix());
        assertEquals(List.of(), load("2026-03-10T09:00", "dental.md", consultation("""
                respond:
                  email: a@testshire.example
                substantial_variation: true
                scrutiny:
                  committee: Testshire Health Overview and Scrutiny Committee
                  date: 2026-02-10
                  view: It agreed the change is substantial and supports the consultation.
                """)));
    }

    @Test
    void anOutcomeWithoutTheMeetingThatDecidedItWarnsAtTheOutcome() {
        List<Problem> all = load("2026-06-02T09:00", "dental.md", consultation("""
                outcome:
                  date: 2026-06-01
                  body: We will open two clinics.
                """));
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
        assertEquals("content/consultations/dental.md:6:1", all.get(0).position().toString());
        assertEquals("the outcome does not say which meeting made the decision.", all.get(0).message());
    }

    @Test
    void responsesByChannelCannotAddUpToMoreThanTheTotal() {
        List<Problem> all = load("2026-06-02T09:00", "dental.md", consultation("""
                responses:
                  total: 100
                  online: 90
                  paper: 20
                respondents:
                  age:
                    16-24: 101
                """));
        assertEquals(2, all.size(), all.toString());
        assertEquals("content/consultations/dental.md:7:10", all.get(0).position().toString());
        assertEquals("the responses by channel add up to 110, more than the total of 100.", all.get(0).message());
        assertEquals("content/consultations/dental.md:11:3", all.get(1).position().toString());
        assertTrue(all.get(1).message().contains("'age' counts add up to 101, more than the 100 responses"), all.toString());
    }

    @Test
    void anUnknownCategoryOfRespondentsSuggestsTheNearest() {
        List<Problem> all = load("2026-06-02T09:00", "dental.md", consultation("""
                respondents:
                  age:
                    18-24: 20
                """));
        assertEquals(1, all.size(), all.toString());
        assertEquals("content/consultations/dental.md:8:5", all.get(0).position().toString());
        assertTrue(all.get(0).message().contains("16-24"), all.get(0).message());
    }
}
