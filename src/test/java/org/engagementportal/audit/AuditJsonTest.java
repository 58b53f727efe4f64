package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit's JSON files byte for byte as pa11y-ci and earlier versions of the portal wrote them, and each read
 * back: by the portal where it reads them, and by another JSON parser.
 */
class AuditJsonTest {
    @TempDir
    Path dir;

    static Audit.Result sample() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("description", "Ensures \"contrast\"\n");
        extras.put("impact", null);
        extras.put("needsFurtherReview", Boolean.FALSE);
        extras.put("help", "Elements must\tcontrast");
        extras.put("helpUrl", "https://dequeuniversity.com/rules/axe/4.10/color-contrast?application=axeAPI");
        extras.put("count", 3L);
        Issue a = new Issue("color-contrast", "error", 1, "Elements must contrast (https://x)", "<p class=\"faint\">Caf\u00e9 \\ text</p>",
                "main > p:nth-child(2)", "axe", extras);
        Issue b = new Issue("link-name", "error", 1, "Links must have text", "<a href=\"/x/\"></a>", "a", "axe", new LinkedHashMap<>());
        Map<String, List<Issue>> byPage = new TreeMap<>();
        byPage.put("/about/", List.of(a, b));
        byPage.put("/", List.of());
        byPage.put("/contact-us/", List.of(a));
        return new Audit.Result(byPage, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 3, 0, 1.5, "axe-core 4.10");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePa11yReportIsPa11yCisShape() {
        String json = Reports.pa11y(sample(), "http://localhost:8080/");
        assertEquals(
                "{\n" +
                "  \"total\": 3,\n" +
                "  \"passes\": 1,\n" +
                "  \"errors\": 3,\n" +
                "  \"results\": {\n" +
                "    \"http://localhost:8080/\": [],\n" +
                "    \"http://localhost:8080/about/\": [\n" +
                "      {\"code\": \"color-contrast\", \"type\": \"error\", \"typeCode\": 1, \"message\": \"Elements must contrast (https://x)\", \"context\": \"<p class=\\\"faint\\\">Café \\\\ text</p>\", \"selector\": \"main > p:nth-child(2)\", \"runner\": \"axe\", \"runnerExtras\": {\"description\": \"Ensures \\\"contrast\\\"\\n\", \"impact\": null, \"needsFurtherReview\": false, \"help\": \"Elements must\\tcontrast\", \"helpUrl\": \"https://dequeuniversity.com/rules/axe/4.10/color-contrast?application=axeAPI\", \"count\": 3}},\n" +
                "      {\"code\": \"link-name\", \"type\": \"error\", \"typeCode\": 1, \"message\": \"Links must have text\", \"context\": \"<a href=\\\"/x/\\\"></a>\", \"selector\": \"a\", \"runner\": \"axe\", \"runnerExtras\": {}}\n" +
                "    ],\n" +
                "    \"http://localhost:8080/contact-us/\": [\n" +
                "      {\"code\": \"color-contrast\", \"type\": \"error\", \"typeCode\": 1, \"message\": \"Elements must contrast (https://x)\", \"context\": \"<p class=\\\"faint\\\">Café \\\\ text</p>\", \"selector\": \"main > p:nth-child(2)\", \"runner\": \"axe\", \"runnerExtras\": {\"description\": \"Ensures \\\"contrast\\\"\\n\", \"impact\": null, \"needsFurtherReview\": false, \"help\": \"Elements must\\tcontrast\", \"helpUrl\": \"https://dequeuniversity.com/rules/axe/4.10/color-contrast?application=axeAPI\", \"count\": 3}}\n" +
                "    ]\n" +
                "  }\n" +
                "}\n", json);
        assertEquals("{\n  \"total\": 0,\n  \"passes\": 0,\n  \"errors\": 0,\n  \"results\": {}\n}\n",
                Reports.pa11y(new Audit.Result(new TreeMap<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 0, 0, 0, "t"), "http://localhost/"));
        Map<String, Object> read = new org.openqa.selenium.json.Json().toType(json, org.openqa.selenium.json.Json.MAP_TYPE);
        Map<String, Object> results = (Map<String, Object>) read.get("results");
        Map<String, Object> first = ((List<Map<String, Object>>) results.get("http://localhost:8080/about/")).get(0);
        assertEquals(sample().byPage().get("/about/").get(0).context(), first.get("context"));
        assertEquals(sample().byPage().get("/about/").get(0).runnerExtras(), first.get("runnerExtras"));
    }

    @Test
    void aPageWithinItsThresholdIsAPassWithNoResultsAsPa11yCiWritesIt() throws IOException {
        // pa11y-ci (3.1, lib/pa11y-ci.js): a url with some issues and no more than its threshold is counted in 'passes', its
        // results are [] and its issues are not among 'errors'. Here /contact-us/ (1 issue) is within a threshold of 1 and
        // /about/ (2) is not.
        Path config = dir.resolve(".pa11yci");
        Files.writeString(config, "{\"defaults\": {\"threshold\": 1}}");
        Pa11yConfig settings = Pa11yConfig.read(config);
        Audit.Result plain = sample();
        java.util.SortedMap<String, Integer> within = Audit.withinThreshold(plain.byPage(), settings);
        assertEquals(Map.of("/contact-us/", 1), within);
        Audit.Result r = new Audit.Result(plain.byPage(), plain.newIssues(), plain.gone(), plain.unchecked(), 3, 0, 1.5, "axe-core 4.10", within);
        Map<String, Object> read = new org.openqa.selenium.json.Json().toType(Reports.pa11y(r, "http://localhost:8080/"),
                org.openqa.selenium.json.Json.MAP_TYPE);
        assertEquals(3L, read.get("total"));
        assertEquals(2L, read.get("passes"), "the page with none and the page within its threshold");
        assertEquals(2L, read.get("errors"), "only the issues of /about/, which fails");
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) read.get("results");
        assertEquals(List.of(), results.get("http://localhost:8080/contact-us/"));
        assertEquals(2, ((List<?>) results.get("http://localhost:8080/about/")).size());
        // The report people read still lists it, marked; and with the threshold at 2 both pass.
        String html = org.jsoup.Jsoup.parse(Reports.html(r, "http://localhost:8080/")).text();
        assertTrue(html.contains("/contact-us/ (within its threshold of 1)"), html);
        assertTrue(html.contains("1 page passes with issues, as it has no more than its threshold"), html);
        Files.writeString(config, "{\"defaults\": {\"threshold\": 2}, \"urls\": [\"/\", \"/about/\", {\"url\": \"/contact-us/\", \"threshold\": 0}]}");
        assertEquals(Map.of("/about/", 2), Audit.withinThreshold(plain.byPage(), Pa11yConfig.read(config)),
                "a page's own threshold of 0 passes none of its issues");
        // A page that could not be checked fails whatever its threshold, as in pa11y-ci (its error is not a result).
        Map<String, List<Issue>> slow = new TreeMap<>(plain.byPage());
        slow.put("/about/", List.of(new Issue(AxeAudit.NOT_CHECKED, "error", 1, "The page could not be checked", "", "html", "portal",
                new LinkedHashMap<>())));
        assertEquals(Map.of(), Audit.withinThreshold(slow, Pa11yConfig.read(config)));
    }

    @Test
    void ignoringARuleNarrowsTheAuditOnlyWhereItWouldHaveFoundFailuresAtTheStandard() {
        assertTrue(Audit.ignoringNarrows("color-contrast", "AA"));
        assertTrue(Audit.ignoringNarrows("portal.image-alt", "AA"));
        assertTrue(!Audit.ignoringNarrows("color-contrast-enhanced", "AA"), "AAA, not run at AA");
        assertTrue(Audit.ignoringNarrows("color-contrast-enhanced", "AAA"));
        assertTrue(!Audit.ignoringNarrows("region", "AA"), "axe-core's good practice, reported as warnings");
        assertTrue(!Audit.ignoringNarrows("no-such-rule", "AA"));
    }

    @Test
    void theBaselineIsWrittenAndReadBack() throws IOException {
        Path file = dir.resolve(".a11y-baseline.json");
        TreeSet<String> keys = new TreeSet<>(List.of("color-contrast /about/ main > p:nth-child(2)", "link-name /a\"b/ a[href=\"x\"]"));
        Baseline.write(file, keys);
        assertEquals(
                "{\n" +
                "  \"accepted\": [\n" +
                "    {\"code\": \"color-contrast\", \"page\": \"/about/\", \"selector\": \"main > p:nth-child(2)\"},\n" +
                "    {\"code\": \"link-name\", \"page\": \"/a\\\"b/\", \"selector\": \"a[href=\\\"x\\\"]\"}\n" +
                "  ]\n" +
                "}\n", Files.readString(file));
        assertEquals(keys, Baseline.read(file).accepted());
        Baseline.write(file, new TreeSet<>());
        assertEquals("{\n  \"accepted\": []\n}\n", Files.readString(file));
        assertEquals(new TreeSet<>(), Baseline.read(file).accepted());

        Files.writeString(file, "{\"accepted\": [{\"code\": \"x\", \"page\": \"/\"");
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class, () -> Baseline.read(file));
        assertTrue(cut.getMessage().contains("is not a baseline the audit can read"), cut.getMessage());
    }

    @Test
    void theSummaryForTheStatementCountsFailuresNotWarningsOrNotices() {
        // A warning needs a person to decide; the statement listed three as the site's non-compliances.
        Map<String, List<Issue>> byPage = new TreeMap<>(sample().byPage());
        byPage.put("/warned/", List.of(
                new Issue("sensory-instruction", "warning", 2, "Instructions by shape", "<p>", "p", "portal", new LinkedHashMap<>()),
                new Issue("portal.fake-heading", "notice", 3, "Bold text as a heading", "<p>", "p", "portal", new LinkedHashMap<>())));
        AuditSummary summary = AuditSummary.of(new Audit.Result(byPage, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 4, 0, 1.5, "axe-core 4.10"),
                LocalDate.of(2026, 11, 20), "axe-core 4.10 in Chromium");
        assertEquals(4, summary.pages());
        assertEquals(List.of("color-contrast", "link-name"), summary.rules().stream().map(AuditSummary.RuleSummary::code).toList());
        // An audit at AAA (which may write the summary) found enhanced contrast: not a failure of the AA the statement
        // says the site was tested against, where it was declared as the site's non-compliance. Nor is good practice.
        byPage.put("/enhanced/", List.of(
                new Issue("color-contrast-enhanced", "error", 1, "Enhanced contrast", "<p>", "p", "axe", new LinkedHashMap<>()),
                new Issue(AxeAudit.NOT_CHECKED, "error", 1, "The page could not be checked", "", "html", "portal", new LinkedHashMap<>())));
        AuditSummary aaa = AuditSummary.of(new Audit.Result(byPage, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 5, 0, 1.5,
                "axe-core 4.10"), LocalDate.of(2026, 11, 20), "axe-core 4.10 in Chromium");
        assertEquals(List.of("color-contrast", "link-name"), aaa.rules().stream().map(AuditSummary.RuleSummary::code).toList());
    }

    @Test
    void theSummaryIsWrittenAndReadBack() throws IOException {
        AuditSummary summary = AuditSummary.of(sample(), LocalDate.of(2026, 11, 20), "axe-core 4.10 in Chromium");
        summary.write(dir.resolve(AuditSummary.FILE));
        assertEquals(
                "{\n" +
                "  \"date\": \"2026-11-20\",\n" +
                "  \"pages\": 3,\n" +
                "  \"tool\": \"axe-core 4.10 in Chromium\",\n" +
                "  \"rules\": [\n" +
                "    {\"code\": \"color-contrast\", \"help\": \"Elements must\\tcontrast\", \"pages\": 2, \"criterion\": \"1.4.3\"},\n" +
                "    {\"code\": \"link-name\", \"help\": \"null\", \"pages\": 1, \"criterion\": \"2.4.4\"}\n" +
                "  ]\n" +
                "}\n", Files.readString(dir.resolve(AuditSummary.FILE)));
        assertEquals(summary, AuditSummary.read(dir, LocalDate.of(2026, 12, 1), new org.engagementportal.source.Problems()).summary()
                .orElseThrow());
        Files.writeString(dir.resolve(AuditSummary.FILE), "{\"date\": \"2026-11-20\",");
        var problems = new org.engagementportal.source.Problems();
        var damaged = AuditSummary.read(dir, LocalDate.of(2026, 12, 1), problems);
        assertTrue(damaged.summary().isEmpty() && damaged.unreadable() && !problems.isEmpty(),
                "a damaged summary counts as none, with a warning");
    }

    /**
     * A summary saved before criteria were kept names axe-core's rules' criteria from their codes, so the statement can
     * name what each fails; and an audit a year old or more is read, with a warning that the statement no longer rests a
     * claim of full compliance on it.
     */
    @Test
    void anOlderSummaryIsReadWithItsCriteriaAndAYearOldOneWarns() throws IOException {
        Files.writeString(dir.resolve(AuditSummary.FILE), """
                {"date": "2025-11-20", "pages": 3, "tool": "axe-core 4.10 in Chromium",
                 "rules": [{"code": "color-contrast", "help": "Contrast", "pages": 2}, {"code": "region", "help": "Landmarks", "pages": 1},
                            {"code": "portal.own", "help": "Own", "pages": 1}]}
                """);
        var problems = new org.engagementportal.source.Problems();
        AuditSummary before = AuditSummary.read(dir, LocalDate.of(2026, 11, 19), problems).summary().orElseThrow();
        assertEquals(List.of("1.4.3", "", ""), before.rules().stream().map(AuditSummary.RuleSummary::criterion).toList());
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        AuditSummary.read(dir, LocalDate.of(2026, 11, 20), problems).summary().orElseThrow();
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        assertTrue(problems.sorted().get(0).message().startsWith("the latest browser audit was on 2025-11-20, a year or more ago"),
                problems.sorted().get(0).message());
        assertFalse(problems.hasErrors());
    }
}
