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
                .matches("Scanned survey, PDF, \\d+ (bytes|KB), 1 page: no title, no language, no tags"), doc.select("#non-accessible-content ~ ul li").first().text());
        assertTrue(doc.text().contains("Elements must meet minimum color contrast ratio thresholds (color-contrast), on 2 pages"));
        assertTrue(doc.text().contains("On 20 February 2026 all 24 pages were tested in a web browser with axe-core 4.14.1 in Chromium"));
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
}
