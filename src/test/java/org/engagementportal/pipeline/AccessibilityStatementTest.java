package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections of the accessibility statement the portal writes from its checks. */
class AccessibilityStatementTest {
    @TempDir
    Path dir;

    private Document statement(Path site) {
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(0, run.exit(), run.all());
        return Jsoup.parse(TestSite.read(out.resolve("accessibility/index.html")));
    }

    /**
     * Found in a hunt: with no browser audit yet, the statement declared the site "fully compliant", a public body's legal
     * declaration resting on the build's checks alone. It now says it has not yet been fully tested; a site whose audit
     * found nothing is fully compliant, as before.
     */
    @Test
    void withNothingFoundAndNoAuditItDoesNotYetClaimToComplyAndSaysItHasNotBeenTestedInABrowser() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.deleteIfExists(site.resolve(".a11y-audit.json"));
        Document doc = statement(site);
        assertEquals("This website has not yet been fully tested against the WCAG 2.2 AA standard, so we do not yet say that it "
                + "complies with it. The checks made each time it is built found no content that is not accessible.",
                doc.getElementById("compliance-status").nextElementSibling().text());
        assertTrue(doc.text().contains("Our checks found no content that is not accessible."));
        assertTrue(doc.text().contains("The website has not yet been tested in a web browser."));
        assertNotNull(doc.getElementById("enforcement-procedure"));
        assertTrue(doc.text().contains("Equality and Human Rights Commission"));
    }

    @Test
    void withABrowserAuditThatFoundNothingItIsFullyCompliant() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve(".a11y-audit.json"), "{\"date\": \"2026-02-20\", \"pages\": 40, \"tool\": "
                + "\"axe-core 4.14.1 in Chromium\", \"rules\": []}\n");
        Document doc = statement(site);
        assertEquals("This website is fully compliant with the WCAG 2.2 AA standard, as far as our checks and testing have found.",
                doc.getElementById("compliance-status").nextElementSibling().text());
    }

    @Test
    void anUntaggedDocumentAndTheLatestAuditAreListed() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        ExamplePapers.write(site.resolve("content/consultations/scan.pdf"), false, "Scan", "Scan", List.of("Text."));
        Path c = site.resolve("content/consultations/dental-access.md");
        Files.writeString(c, TestSite.read(c).replace("respond:\n", "documents:\n  - title: Scanned survey\n    file: scan.pdf\nrespond:\n"));
        Files.writeString(site.resolve(".a11y-audit.json"), """
                {"date": "2026-02-20", "pages": 24, "tool": "axe-core 4.14.1 in Chromium",
                 "rules": [{"code": "color-contrast", "help": "Elements must meet minimum color contrast ratio thresholds", "pages": 2}]}
                """);
        Document doc = statement(site);
        assertTrue(doc.getElementById("compliance-status").nextElementSibling().text().startsWith("This website is partially compliant"));
        // The link says its type and size (the document-link rule), then what the document lacks.
        assertTrue(doc.select("#non-accessible-content ~ ul li").first().text()
                .matches("Scanned survey, PDF, \\d+ (bytes|KB), 1 page, on Improving access to NHS dentistry: no title, no language, no tags"), doc.select("#non-accessible-content ~ ul li").first().text());
        assertTrue(doc.text().contains("Elements must meet minimum color contrast ratio thresholds (color-contrast), on 2 pages. "
                + "This fails WCAG 2.2 success criterion 1.4.3 Contrast (Minimum)"), doc.text());
        assertTrue(doc.text().contains("On 20 February 2026 all 24 pages the website then had were tested in a web browser with "
                + "axe-core 4.14.1 in Chromium"), doc.text());
    }

    /** Builds with a saved audit summary of {@code text}: the build succeeds, with a warning, and says nothing of a browser test. */
    private String damagedSummary(String text) throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve(".a11y-audit.json"), text);
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(0, run.exit(), run.all());
        Document doc = Jsoup.parse(TestSite.read(out.resolve("accessibility/index.html")));
        String tested = doc.getElementById("how-we-tested").nextElementSibling().nextElementSibling().text();
        assertFalse(doc.text().contains("has not yet been tested"), "a damaged summary is not a site never tested: " + doc.text());
        assertFalse(doc.text().contains("were tested in a web browser"), doc.text());
        assertEquals("Enforcement procedure", tested, "nothing is said of a browser test");
        assertTrue(run.all().contains("Fix: The file is written by portal audit: run portal audit on the built site again"),
                run.all());
        return run.all();
    }

    @Test
    void aSummaryCutShortIsAWarningAtWhereItStops() throws IOException {
        String printed = damagedSummary("""
                {
                  "date": "2026-02-20",
                  "pages": 24,
                  "tool": "axe-core 4.14.1 in Chromium",
                  "rules": [
                    {"code": "color-contrast", "help": "Elements must meet""");
        assertTrue(printed.contains(".a11y-audit.json:6:59: warning: the accessibility statement cannot use this saved "
                + "audit summary: this file is not valid JSON: found unexpected end of stream"), printed);
    }

    @Test
    void valuesOfTheWrongKindAreAWarningAtTheFirstOfThem() throws IOException {
        String printed = damagedSummary("""
                {
                  "date": "2026-02-20",
                  "pages": "many",
                  "tool": 4,
                  "rules": {"color-contrast": 2}
                }
                """);
        assertTrue(printed.contains(".a11y-audit.json:3:12: warning: the accessibility statement cannot use this saved audit "
                + "summary: 'pages' must be a number without quotes, but it is \"many\". There are 3 more mistakes after it."), printed);
    }

    @Test
    void aRuleWithoutItsCountIsAWarningAtTheRule() throws IOException {
        String printed = damagedSummary("""
                {"date": "2026-02-20", "pages": 24, "tool": "axe-core",
                 "rules": [{"code": "color-contrast", "help": "Contrast"}]}
                """);
        assertTrue(printed.contains(".a11y-audit.json:2:12: warning: the accessibility statement cannot use this saved audit "
                + "summary: rule 1 of 'rules' needs 'pages' (a whole number), but it is missing."), printed);
    }

    @Test
    void anEmptySummaryIsAWarningNamingTheFile() throws IOException {
        String printed = damagedSummary("");
        assertTrue(printed.contains(".a11y-audit.json: warning: the accessibility statement cannot use this saved audit summary: "
                + "the file is empty."), printed);
    }

    @Test
    void aListInsteadOfTheSummaryIsAWarning() throws IOException {
        String printed = damagedSummary("[\"color-contrast\"]\n");
        assertTrue(printed.contains(".a11y-audit.json:1:1: warning: the accessibility statement cannot use this saved audit summary: "
                + "it must be a JSON object"), printed);
    }

    private static final String CLEAN_AUDIT = "{\"date\": \"2026-02-20\", \"pages\": 40, \"tool\": \"axe-core 4.14.1 in Chromium\", "
            + "\"rules\": []}\n";

    /** The small site's statement with {@code settings} added to its front matter, and a browser audit that found nothing. */
    private Path withSettings(String settings) throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve(".a11y-audit.json"), CLEAN_AUDIT);
        Path statement = site.resolve("content/accessibility.md");
        Files.writeString(statement, TestSite.read(statement).replaceFirst("---\n", "---\n" + settings));
        return site;
    }

    /**
     * Found in review: the example's own statement said "some recordings ... do not have accurate captions" in its text,
     * and the portal's section under it said the site was fully compliant, as there was nowhere to tell the portal what
     * its checks cannot find. The owner's list now makes it partially compliant and is listed under the model
     * statement's headings, each item with the criteria it fails, by name, and when it will be fixed.
     */
    @Test
    void contentItsOwnerListsAsNotAccessibleIsListedAndTheSiteIsNotFullyCompliant() throws IOException {
        Document doc = statement(withSettings("""
                not_accessible:
                  - problem: Some recordings of past Governing Body meetings do not have accurate captions.
                    criteria: [1.2.2]
                    fix_by: 2026-09-30
                  - problem: Our map of GP practices cannot be used with a keyboard.
                    criteria: [2.1.1, 1.1.1]
                    reason: disproportionate-burden
                  - problem: Live video of Governing Body meetings.
                    reason: out-of-scope
                """));
        assertEquals("This website is partially compliant with the WCAG 2.2 AA standard, due to the non-compliances listed below.",
                doc.getElementById("compliance-status").nextElementSibling().text());
        var statement = doc.selectFirst(".portal-statement");
        assertEquals(List.of("Non-compliance with the accessibility regulations", "Disproportionate burden",
                "Content that is not within the scope of the accessibility regulations"), statement.select("h3").eachText());
        assertEquals(List.of("Some recordings of past Governing Body meetings do not have accurate captions. This fails WCAG 2.2 "
                        + "success criterion 1.2.2 Captions (Prerecorded). We plan to fix this by 30 September 2026.",
                "Our map of GP practices cannot be used with a keyboard. This fails WCAG 2.2 success criteria 2.1.1 Keyboard and "
                        + "1.1.1 Non-text Content. We have assessed that fixing this now would be a disproportionate burden "
                        + "within the meaning of the accessibility regulations.",
                "Live video of Governing Body meetings."), statement.select("h3 + ul > li").eachText());
        assertFalse(doc.text().contains("Our checks found no content that is not accessible."), doc.text());
    }

    /** Content the regulations do not cover is listed, and leaves a site whose checks and audit found nothing fully compliant. */
    @Test
    void contentOutOfScopeAloneLeavesTheSiteFullyCompliant() throws IOException {
        Document doc = statement(withSettings("""
                not_accessible:
                  - problem: Board papers published before 23 September 2018.
                    reason: out-of-scope
                """));
        assertTrue(doc.getElementById("compliance-status").nextElementSibling().text().startsWith("This website is fully compliant"));
        assertEquals(List.of("Board papers published before 23 September 2018."), doc.select(".portal-statement h3 + ul > li").eachText());
    }

    @Test
    void mistakesInTheListAreEachReportedWhereTheyAre() throws IOException {
        Path site = withSettings("""
                not_accessible:
                  - problem: Videos without captions.
                  - problem: Our map.
                    criteria: [1.2, 2.1.1]
                    reason: too-hard
                """);
        Files.writeString(site.resolve("content/about.md"), "---\ntitle: About us\nsummary: Who we are.\nnot_accessible:\n"
                + "  - problem: Our videos.\n    criteria: [1.2.2]\n---\nWe plan services.\n");
        Files.writeString(site.resolve("content/accessibility.cy.md"), "---\ntitle: Datganiad hygyrchedd\nsummary: Pa mor hygyrch yw'r "
                + "wefan hon.\nnot_accessible:\n  - problem: Fideos.\n    criteria: [1.2.2]\nprepared: 2026-01-01\n---\nMae'r wefan hon yn cael ei rhedeg gan "
                + "Fwrdd Iechyd.\n");
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        String out = run.all();
        assertTrue(out.contains("content/accessibility.md:3:5: error: each item of not_accessible must say which WCAG 2.2 success "
                + "criteria the content fails"), out);
        assertTrue(out.contains("content/accessibility.md:5:16: error: '1.2' is not a WCAG 2.2 success criterion: write each one's "
                + "number, like 1.2.2 for captions."), out);
        assertTrue(out.contains("content/accessibility.md:6:13: error: 'reason' must be one of not-fixed-yet, disproportionate-burden, out-of-scope"), out);
        assertTrue(out.contains("too-hard"), out);
        assertTrue(out.contains("content/about.md:4:1: error: 'not_accessible' is not a field of a page."), out);
        assertTrue(out.contains("content/accessibility.cy.md:5:3: error: a version of the accessibility statement shows the "
                + "statement's own list of what is not accessible, so it cannot have one of its own."), out);
        assertTrue(out.contains("content/accessibility.cy.md:7:11: error: a version of the accessibility statement shows the "
                + "statement's own dates, so it cannot have a date of its own."), out);
    }

    /** Found in review: an audit years old still made the site "fully compliant", and "all 12 pages were tested" of a bigger site. */
    @Test
    void anAuditAYearOldNoLongerMakesTheSiteFullyCompliant() throws IOException {
        Path site = withSettings("");
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2027-02-20T09:00", "-q");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains(".a11y-audit.json: warning: the latest browser audit was on 2026-02-20, a year or more ago"),
                run.all());
        Document doc = Jsoup.parse(TestSite.read(out.resolve("accessibility/index.html")));
        assertEquals("This website was last fully tested against the WCAG 2.2 AA standard on 20 February 2026, a year or more ago, "
                + "so we do not say that it complies with it now. The checks made each time it is built found no content that is "
                + "not accessible.", doc.getElementById("compliance-status").nextElementSibling().text());
        assertTrue(doc.text().contains("On 20 February 2026 all 40 pages the website then had were tested in a web browser with "
                + "axe-core 4.14.1 in Chromium, against WCAG 2.2 levels A and AA. That was a year or more ago, and the website "
                + "may have changed since."), doc.text());
    }

    /**
     * The model statement's dates: when it was last reviewed and when it will be again (it said "prepared on" the review
     * date), and the bodies a reader can complain to, linked.
     */
    @Test
    void theStatementSaysWhenItWasPreparedAndLastReviewed() throws IOException {
        Document doc = statement(withSettings("prepared: 2025-03-01\nreviewed: 2026-01-15\nreview_every: 12 months\n"));
        assertTrue(doc.getElementById("preparation").nextElementSibling().text().startsWith("This statement was prepared on "
                + "1 March 2025. It was last reviewed on 15 January 2026, and will be reviewed again by 15 January 2027. Its "
                + "compliance status"), doc.getElementById("preparation").nextElementSibling().text());
    }

    /**
     * Found in review of the list: a date to fix by that has passed was promised silently; an AAA criterion made an AA
     * site "partially compliant"; "2.1.1 Captions" was published as 2.1.1 Keyboard; an empty list of criteria passed; an
     * item out of scope was listed as failing criteria; Markdown was shown as typed; and "Old captions" ran into the
     * next sentence.
     */
    @Test
    void theListsMistakesAreToldAndItsWordsEndAsSentences() throws IOException {
        Path site = withSettings("""
                not_accessible:
                  - problem: Old captions
                    criteria: [1.2.2]
                    fix_by: 2026-01-31
                  - problem: Our **map**
                    criteria: ["1.4.6", "2.1.1 Captions"]
                  - problem: Forms
                    criteria: []
                  - problem: Live video.
                    criteria: [1.2.4]
                    reason: out-of-scope
                """);
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        String out = run.all();
        assertEquals(1, run.exit(), out);
        assertTrue(out.contains("content/accessibility.md:5:13: warning: the statement says this will be fixed by 2026-01-31, "
                + "which has passed, so it now promises a date already missed."), out);
        assertTrue(out.contains("content/accessibility.md:6:14: warning: the problem has **bold** marks in it"), out);
        assertTrue(out.contains("content/accessibility.md:7:16: error: 1.4.6 Contrast (Enhanced) is a level AAA criterion"), out);
        assertTrue(out.contains("content/accessibility.md:7:25: error: '2.1.1 Captions' names criterion 2.1.1 as 'Captions', "
                + "but 2.1.1 is Keyboard."), out);
        assertTrue(out.contains("content/accessibility.md:9:15: error: each item of not_accessible must say which WCAG 2.2 "
                + "success criteria"), out);
        assertTrue(out.contains("content/accessibility.md:11:15: warning: content out of the regulations' scope is not held to "
                + "WCAG by them, so the statement lists it without its 'criteria'."), out);

        Files.writeString(site.resolve("content/accessibility.md"), TestSite.read(site.resolve("content/accessibility.md"))
                .replace("\"1.4.6\", \"2.1.1 Captions\"", "2.1.1").replace("criteria: []", "criteria: [3.3.2]"));
        Document doc = statement(site);
        assertEquals(List.of("Old captions. This fails WCAG 2.2 success criterion 1.2.2 Captions (Prerecorded). We plan to fix this "
                        + "by 31 January 2026.", "Our **map**. This fails WCAG 2.2 success criterion 2.1.1 Keyboard.",
                "Forms. This fails WCAG 2.2 success criterion 3.3.2 Labels or Instructions.", "Live video."),
                doc.select(".portal-statement h3 + ul > li").eachText());
    }

    /**
     * The model statement's dates: when it was last reviewed and when it will be again (it said "prepared on" the review
     * date), and the bodies a reader can complain to, linked.
     */
    @Test
    void theStatementSaysWhenItWasReviewedAndLinksTheEnforcementBodies() throws IOException {
        Document doc = statement(withSettings("reviewed: 2026-01-15\nreview_every: 12 months\n"));
        assertTrue(doc.getElementById("preparation").nextElementSibling().text().startsWith("This statement was last reviewed on "
                + "15 January 2026, and will be reviewed again by 15 January 2027. "), doc.getElementById("preparation")
                .nextElementSibling().text());
        var enforcement = doc.getElementById("enforcement-procedure").nextElementSibling();
        assertEquals(List.of("https://www.equalityhumanrights.com/", "https://www.equalityadvisoryservice.com/"),
                enforcement.select("a").eachAttr("href"));
    }
}
