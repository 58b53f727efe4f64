package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version of a consultation (easy read, a translation) shows its own settings; how the consultation is run and decided
 * must be the page's. The example's Polish and Urdu versions, written before the evidence was, told their readers there
 * was no substantial change to services and no equality impact assessment, while the page had both, with no message.
 */
class VersionEvidenceTest {
    static final String NOW = "2026-07-01T09:00";

    static final String PAGE_EVIDENCE = """
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
            decision:
              meeting: governing-body/2026-06-11
              item: "5"
            responses:
              total: 120
              online: 100
              paper: 20
            """;

    static String site(String polishEvidence) {
        return ConsultationEvidenceTest.MEETING + """
                -- content/consultations/dental.md --
                ---
                title: Community dental services
                summary: Where should community dental clinics be?
                opens: 2026-01-05T09:00
                closes: 2026-04-30T17:00
                """ + PAGE_EVIDENCE + """
                ---
                ## Why we asked

                Text.
                -- content/consultations/dental.pl.md --
                ---
                title: Gabinety dentystyczne
                summary: Gdzie powinny być gabinety dentystyczne?
                opens: 2026-01-05T09:00
                closes: 2026-04-30T17:00
                """ + polishEvidence + """
                ---
                ## Dlaczego pytamy

                Tekst.
                """;
    }

    @TempDir
    Path dir;

    private TextSite.Built build(String block) {
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), NOW);
    }

    @Test
    void aVersionThatSaysOtherwiseThanItsPageAboutHowItIsDecidedStopsTheBuildAtEachFact() {
        String untrue = """
                formal: true
                substantial_variation: false
                outcome:
                  date: 2026-06-12
                  body: Otworzymy dwa gabinety.
                decision:
                  meeting: governing-body/2026-06-11
                  item: "1"
                responses:
                  total: 12
                  online: 12
                """;
        TextSite.Built built = build(site(untrue)).failedWith(
                "content/consultations/dental.pl.md:1:1: error: this translation has no 'eia', so its readers are told the "
                        + "equality impact assessment is not published yet, but content/consultations/dental.md has a reason no "
                        + "equality impact assessment was needed.",
                "content/consultations/dental.pl.md:7:24: error: this translation tells its readers the change is not a "
                        + "substantial change to services, but content/consultations/dental.md says it is.",
                "substantial_variation: true",
                "error: this translation says it was decided at /governing-body/2026-06-11/, item 1, but "
                        + "content/consultations/dental.md says /governing-body/2026-06-11/, item 5.",
                "error: this translation gives 12 responses in all, but content/consultations/dental.md gives 120.",
                "warning: this translation has no 'scrutiny' (the health scrutiny committee's view), but "
                        + "content/consultations/dental.md has it, consulted on 2026-02-10.");
        assertFalse(built.printed().contains("'formal'"), "formal agrees: " + built.printed());
    }

    @Test
    void aVersionWithThePagesFactsInItsOwnWordsBuildsAndItsWordsAreMarkedAsItsLanguage() {
        String same = PAGE_EVIDENCE
                .replace("Only opening hours change, and they get longer.", "Zmieniają się tylko godziny otwarcia.")
                .replace("It supports the consultation.", "Komisja popiera konsultacje.")
                .replace("We will open two clinics.", "Otworzymy dwa gabinety.");
        TextSite.Built built = build(site(same)).succeeded();
        assertFalse(built.printed().contains("this translation"), built.printed());
        Document page = built.page("/consultations/dental/pl/");
        Element scrutiny = page.select("#evidence + dl dd").stream().filter(d -> d.text().contains("consulted on")).findFirst()
                .orElseThrow();
        assertEquals("Komisja popiera konsultacje.", scrutiny.select("span[lang=pl]").last().text());
        assertEquals("en-GB", scrutiny.closest("[lang]").attr("lang"), "the site's words around them are the site's language");
        assertTrue(page.select("#evidence + dl").text().contains("Substantial change to services Yes"), page.select("#evidence + dl").text());
    }

    @Test
    void aVersionThatLeavesOutTheNumbersIsWarnedAboutAndStillBuilds() {
        String fewer = PAGE_EVIDENCE.replaceAll("(?s)responses:.*", "");
        build(site(fewer)).warned("content/consultations/dental.pl.md:1:1: warning: this translation gives no 'responses' (the "
                + "numbers of responses), but content/consultations/dental.md does.");
    }
}
