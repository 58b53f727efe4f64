package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagementportal.render.EvidenceViews;
import org.engagementportal.testing.HtmlValidator;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultation's evidence on its page and its meeting's: the impact assessment, scrutiny, the decision linked both
 * ways, and who responded with small numbers suppressed.
 */
class ConsultationEvidenceTest {
    static final String NOW = "2026-07-01T09:00";

    static final String MEETING = """
            -- content/governing-body/2026-06-11.md --
            ---
            title: Governing Body meeting, June 2026
            summary: Meeting in public.
            starts: 2026-06-11T10:00
            venue: Eastbrook Civic Centre
            agenda:
              - number: "1"
                title: Welcome
              - number: "5"
                title: Community dental services – decision
                purpose: decision
            ---
            """;

    static String consultation(String decision) {
        return """
                -- content/consultations/dental.md --
                ---
                title: Community dental services
                summary: Where should community dental clinics be?
                opens: 2026-01-05T09:00
                closes: 2026-04-30T17:00
                formal: true
                eia:
                  not_needed: Only opening hours change, and they get longer.
                substantial_variation: true
                scrutiny:
                  committee: Testshire Health Overview and Scrutiny Committee
                  date: 2026-02-10
                  view: It supports the consultation.
                outcome:
                  date: 2026-06-12
                  body: We will open two clinics.
                """ + decision + """
                responses:
                  total: 120
                  online: 100
                  paper: 16
                  phone: 4
                respondents:
                  age:
                    16-24: 0
                    25-34: 1
                    35-44: 4
                    45-54: 5
                    55-64: 110
                ---
                ## Why we asked

                Text.
                """;
    }

    static final String DECIDED = "decision:\n  meeting: governing-body/2026-06-11\n  item: \"5\"\n";

    @TempDir
    Path dir;

    private TextSite.Built build(String block) {
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), NOW);
    }

    @Test
    void theDecisionIsLinkedBothWaysBetweenTheConsultationAndTheMeetingsAgendaItem() {
        TextSite.Built built = build(MEETING + consultation(DECIDED)).succeeded();
        Document page = built.page("/consultations/dental/");
        Element decided = page.select("#evidence + dl .nhsuk-summary-list__row").stream()
                .filter(r -> r.selectFirst("dt").text().equals("Decided at")).findFirst().orElseThrow();
        assertEquals("/governing-body/2026-06-11/", decided.selectFirst("a").attr("href"));
        assertEquals("Governing Body meeting, June 2026, Item 5: Community dental services – decision", decided.selectFirst("dd").text());

        Document meeting = built.page("/governing-body/2026-06-11/");
        List<Element> items = meeting.select(".portal-agenda > li");
        assertTrue(items.get(0).select(".portal-decided").isEmpty(), "only the item that decided it");
        Element link = items.get(1).selectFirst(".portal-decided a");
        assertEquals("/consultations/dental/", link.attr("href"));
        assertEquals("Community dental services", link.text());
    }

    @Test
    void theImpactAssessmentScrutinyAndResponsesAreShownWithSmallNumbersSuppressed() {
        TextSite.Built built = build(MEETING + consultation(DECIDED)).succeeded();
        Document page = built.page("/consultations/dental/");
        List<String> keys = page.select("#evidence + dl dt").eachText();
        List<String> values = page.select("#evidence + dl dd").eachText();
        assertEquals(List.of("Equality impact assessment", "Substantial change to services", "Health scrutiny", "Decided at"), keys);
        assertEquals("Not needed: Only opening hours change, and they get longer.", values.get(0));
        assertEquals("Yes", values.get(1));
        assertEquals("Testshire Health Overview and Scrutiny Committee, consulted on 10 February 2026: It supports the consultation.",
                values.get(2));
        assertEquals("We received 120 responses.", page.selectFirst("#who-responded + p").text());
        assertEquals(List.of("Online survey 100", "Paper questionnaire 16", "Phone 4"),
                page.select("#who-responded ~ table").first().select("tbody tr").eachText(),
                "channels are not about who people are: shown as they are");
        assertEquals(List.of("16 to 24 0", "25 to 34 fewer than 5", "35 to 44 fewer than 5", "45 to 54 5", "55 to 64 110"),
                page.select("#respondents-age tbody tr").eachText());
        assertTrue(page.select("#respondents-age th[scope=row]").size() == 5, "each row has its header");
        assertTrue(page.select("[id^=respondents-] td").eachText().stream().noneMatch(t -> t.matches("[1-4]")),
                "no count of people from 1 to 4 in any table of who responded");
        HtmlValidator validator = new HtmlValidator();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/consultations/dental/", "/governing-body/2026-06-11/")) {
            validator.errors(built.out().resolve(path.substring(1)).resolve("index.html")).forEach(e -> problems.add(path + " " + e));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aSingleSmallNumberCannotBeWorkedOutFromTheOthersAndTheTotal() {
        // 4 alone suppressed: with the total published, 120 - 5 - 110 would give it, so the smallest other is withheld.
        assertEquals(List.of("fewer than 5", "not shown", "110", "0"), EvidenceViews.shown(List.of(4, 5, 110, 0)));
        // Two suppressed cannot be told apart; none suppressed needs nothing withheld.
        assertEquals(List.of("fewer than 5", "fewer than 5", "110"), EvidenceViews.shown(List.of(1, 4, 110)));
        assertEquals(List.of("0", "7", "110"), EvidenceViews.shown(List.of(0, 7, 110)));
        // The smallest other count is the one withheld, whatever its place.
        assertEquals(List.of("120", "not shown", "fewer than 5", "40"), EvidenceViews.shown(List.of(120, 9, 2, 40)));
    }

    /** A consultation with these responses and respondents (YAML at the top level of its front matter). */
    static String counted(String counts) {
        return """
                -- content/consultations/dental.md --
                ---
                title: Community dental services
                summary: Where should community dental clinics be?
                opens: 2026-01-05T09:00
                closes: 2026-04-30T17:00
                """ + counts + """
                ---
                Text.
                """;
    }

    /** Found in review (case A): a total of 3 was published, and beside it female "fewer than 5", male 0, not said 0. */
    @Test
    void fewerThanFiveResponsesInAllAreFewerThanFiveWithNothingBrokenDown() throws Exception {
        TextSite.Built built = build(counted("""
                responses:
                  total: 3
                  online: 3
                respondents:
                  sex: {female: 3, male: 0, not-said: 0}
                  age: {16-24: 3}
                """)).succeeded();
        Document page = built.page("/consultations/dental/");
        assertEquals("We received fewer than 5 responses.", page.selectFirst("#who-responded + p").text());
        assertTrue(page.select("table").isEmpty(), "no table of channels or characteristics: " + page.select("table"));
        assertTrue(page.text().contains("Fewer than 5 people responded, so to protect their privacy we do not publish how "
                + "their responses came in or anything they told us about themselves."), page.text());
        String after = page.selectFirst("#who-responded").parent().text();
        assertTrue(!after.matches(".*\\b[1-4]\\b.*"), "no number from 1 to 4 near who responded: " + after);
        // Nor where the yearly page and open data count them.
        List<List<String>> csv = YouSaidWeDidTest.parseCsv(built.file("/open-data/engagement.csv").text());
        List<String> header = csv.get(0);
        List<String> row = csv.get(1);
        assertEquals("", row.get(header.indexOf("people")));
        assertEquals("", row.get(header.indexOf("responses_online")));
        assertTrue(!built.file("/open-data/engagement.json").text().contains("\"people\": 3"));
    }

    /** Found in review (case B): 102 in all, "fewer than 5", 100, "fewer than 5": both hidden counts had to be 1. */
    @Test
    void twoSmallNumbersThatAddUpToLessThanFiveHideTheNextSmallestToo() {
        assertEquals(List.of("fewer than 5", "not shown", "fewer than 5"), EvidenceViews.shown(List.of(1, 100, 1)));
        Document page = build(counted("""
                responses:
                  total: 102
                  online: 102
                respondents:
                  sex: {female: 1, male: 100, not-said: 1}
                """)).succeeded().page("/consultations/dental/");
        assertEquals("We received 102 responses.", page.selectFirst("#who-responded + p").text());
        assertEquals(List.of("Female fewer than 5", "Male not shown", "Not said fewer than 5"),
                page.select("#respondents-sex tbody tr").eachText());
    }

    @Test
    void smallNumbersThatCouldStillBeWorkedOutAreHiddenUntilTheyCannot() {
        // Two 4s, the rest shown: the total less the rest is 8, which only 4 and 4 make.
        assertEquals(List.of("fewer than 5", "fewer than 5", "not shown", "200"), EvidenceViews.shown(List.of(4, 4, 50, 200)));
        // 1, 1 and a 5: hidden together they make 7, which only 1, 1 and 5 make; so the next is hidden too.
        assertEquals(List.of("fewer than 5", "fewer than 5", "not shown", "not shown", "0"),
                EvidenceViews.shown(List.of(1, 1, 5, 30, 0)));
        // Zeros are never hidden, and a table that cannot be made safe is not published.
        assertEquals(List.of("not shown", "not shown", "not shown"), EvidenceViews.shown(List.of(1, 1, 0)));
    }

    @Test
    void aTableThatCannotBeMadeSafeIsLeftOutAndThePageSaysSo() {
        Document page = build(counted("""
                responses:
                  total: 50
                  online: 50
                respondents:
                  carer: {yes: 1, no: 1}
                  sex: {female: 20, male: 30}
                """)).succeeded().page("/consultations/dental/");
        assertTrue(page.select("#respondents-carer").isEmpty());
        assertEquals(List.of("Female 20", "Male 30"), page.select("#respondents-sex tbody tr").eachText());
        assertTrue(page.text().contains("So few people answered about their carer that no count could be shown"), page.text());
    }

    /** Found in review: 'carer: {}' made an empty table, and 'respondents: {}' was accepted. */
    @Test
    void anEmptyCharacteristicOrAnEmptyRespondentsIsAnErrorAtItsLine() {
        build(counted("respondents:\n  sex: {female: 20, male: 30}\n  carer: {}\n"))
                .failedWith("content/consultations/dental.md:8:10: error: the respondents' 'carer' has no numbers in it",
                        "Fix: Write the number of people for each of: yes, no, not-said (such as yes: 12); or delete the 'carer' line.");
        build(counted("respondents: {}\n"))
                .failedWith("content/consultations/dental.md:6:14: error: 'respondents' has no numbers in it.");
    }

    /** Found in review: who responded had no heading when the responses were not given. */
    @Test
    void whoRespondedWithoutTheResponsesHasItsHeading() {
        Document page = build(counted("respondents:\n  sex: {female: 20, male: 30}\n")).succeeded().page("/consultations/dental/");
        assertEquals("Who responded", page.selectFirst("#who-responded").text());
        assertEquals(List.of("Female 20", "Male 30"), page.select("#who-responded ~ #respondents-sex tbody tr").eachText());
    }

    /** Found in review: 'eia: not needed' was first reported as "'eia' is empty". */
    @Test
    void anImpactAssessmentWrittenAsOneLineIsReportedAsThatNotAsEmpty() {
        TextSite.Built built = build(counted("eia: not needed\n")).failedWith("content/consultations/dental.md:6:");
        assertTrue(!built.printed().contains("'eia' is empty"), built.printed());
    }

    /** Found in review: a 'decision' without its item was reported, and then as if there were no decision at all. */
    @Test
    void aDecisionWrittenWronglyIsReportedOnceNotAlsoAsMissing() {
        TextSite.Built built = build(MEETING + consultation("decision:\n  meeting: governing-body/2026-06-11\n"))
                .failedWith("content/consultations/dental.md:18:3: error: the 'decision' group needs 'item'");
        assertTrue(!built.printed().contains("the outcome does not say which meeting made the decision"), built.printed());
    }

    @Test
    void countsFromOneToFourArePublishedAsFewerThanFive() {
        assertEquals("0", EvidenceViews.count(0));
        for (int n = 1; n <= 4; n++) {
            assertEquals("fewer than 5", EvidenceViews.count(n));
        }
        assertEquals("5", EvidenceViews.count(5));
        assertEquals("4,318", EvidenceViews.count(4318));
    }

    @Test
    void aMeetingThatDoesNotExistIsAnErrorWithTheNearest() {
        build(MEETING + consultation("decision:\n  meeting: governing-body/2026-06-12\n  item: \"5\"\n"))
                .failedWith("content/consultations/dental.md:18:12: error: the meeting 'governing-body/2026-06-12' does not exist. "
                        + "Did you mean '/governing-body/2026-06-11/'?");
    }

    @Test
    void aDecisionAtAMeetingBeforeTheConsultationClosedIsQuestioned() {
        // Accepted in silence: the page said "Decided at Governing Body meeting" of a meeting while it was still open.
        String open = consultation(DECIDED).replace("closes: 2026-04-30T17:00", "closes: 2026-06-30T17:00")
                .replace("date: 2026-06-12\n  body:", "date: 2026-06-30\n  body:");
        build(MEETING + open).warned("content/consultations/dental.md:18:12: warning: the meeting named as deciding this consultation "
                + "was held on 2026-06-11, while the consultation was still open (it closes on 2026-06-30): a decision is made "
                + "after hearing what people said.");
        String later = consultation(DECIDED).replace("opens: 2026-01-05T09:00", "opens: 2026-06-15T09:00")
                .replace("closes: 2026-04-30T17:00", "closes: 2026-09-30T17:00")
                .replace("date: 2026-02-10", "date: 2026-06-20").replace("date: 2026-06-12\n  body:", "date: 2026-10-12\n  body:");
        build(MEETING + later).failedWith("content/consultations/dental.md:18:12: error: the meeting named as deciding this "
                + "consultation was held on 2026-06-11, before the consultation opened on 2026-06-15");
        // The meeting after it closed, as in every other test here, is not questioned.
        assertFalse(build(MEETING + consultation(DECIDED)).succeeded().printed().contains("named as deciding"));
    }

    @Test
    void anItemThatIsNotOnTheMeetingsAgendaIsAnErrorListingItsItems() {
        build(MEETING + consultation("decision:\n  meeting: /governing-body/2026-06-11/\n  item: \"6\"\n"))
                .failedWith("content/consultations/dental.md:19:9: error: Governing Body meeting, June 2026 has no agenda item '6'.",
                        "Use one of its agenda items: 1, 5.");
    }

    /** Found in review: a decision at a meeting's easy-read version was accepted, and nothing linked back. */
    @Test
    void aDecisionAtAVersionOfAMeetingIsAnErrorNamingTheMeeting() {
        build(MEETING + consultation("decision:\n  meeting: governing-body/2026-06-11/easy-read\n  item: \"5\"\n") + """
                -- content/governing-body/2026-06-11.easy-read.md --
                ---
                title: Governing Body meeting, June 2026 – easy read
                summary: The meeting in easy read.
                starts: 2026-06-11T10:00
                venue: Eastbrook Civic Centre
                agenda:
                  - number: "5"
                    title: Dental services
                ---
                Text.
                """).failedWith("content/consultations/dental.md:18:12: error: the meeting 'governing-body/2026-06-11/easy-read' is "
                + "the easy-read version of Governing Body meeting, June 2026, not the meeting itself.",
                "Fix: Name the original page: /governing-body/2026-06-11/.");
    }

    @Test
    void aDecisionAtAPageThatIsNotAMeetingIsAnError() {
        build(MEETING + consultation("decision:\n  meeting: about\n  item: \"1\"\n") + """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                Text.
                """).failedWith("content/consultations/dental.md:18:12: error: the meeting 'about' is a page (About us), not a meeting.");
    }
}
