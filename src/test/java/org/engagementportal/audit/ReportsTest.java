package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML report groups issues by WCAG criterion in WCAG's order, then by rule, each rule explained once. */
class ReportsTest {
    @Test
    void issuesAreGroupedByCriterionThenRuleAndEachRuleSaysWhyAndHow() {
        List<Issue> issues = new ArrayList<>(Audit.fastRules("/levels/", AuditFastRulesTest.LEVELS, Pa11yConfig.DEFAULTS.including(true, true)));
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("description", "Ensures the contrast between foreground and background colors meets WCAG 2 AA");
        extras.put("help", "Elements must meet minimum color contrast ratio thresholds");
        extras.put("helpUrl", "https://dequeuniversity.com/rules/axe/4.14/color-contrast");
        issues.add(new Issue("color-contrast", "error", 1, "Elements must meet minimum color contrast ratio thresholds", "<p>faint</p>",
                "p.faint", "axe", extras));
        Map<String, List<Issue>> byPage = new LinkedHashMap<>();
        byPage.put("/levels/", issues);
        Audit.Result result = new Audit.Result(byPage, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 1, 0, 0.5, "axe-core");
        Document report = Jsoup.parse(Reports.html(result, "http://localhost"));
        assertEquals(List.of("WCAG 2.2 1.1.1 Non-text Content (level A)", "WCAG 2.2 1.3.1 Info and Relationships (level A)",
                "WCAG 2.2 1.4.3 (level AA)", "Good practice (no WCAG success criterion)"), report.select("h2").eachText());
        assertEquals(List.of("portal.alt-not-description: WCAG 2.2 1.1.1 Non-text Content",
                "portal.table-caption: WCAG 2.2 1.3.1 Info and Relationships",
                "color-contrast: Elements must meet minimum color contrast ratio thresholds",
                "portal.capitals-passage: Good practice, not a WCAG 2.2 success criterion"), report.select("h3").eachText());
        String alt = report.select("h3").first().nextElementSibling().text();
        assertTrue(alt.startsWith("Error. Why it matters: Someone who cannot see the picture"), alt);
        assertTrue(alt.contains("the documented failure F30"), alt);
        assertTrue(report.select("h3 + p").get(1).text().startsWith("Notice."), report.select("h3 + p").get(1).text());
        assertTrue(report.text().contains("4 issues (0 new, not in the baseline): 2 errors, 1 warnings, 1 notices"), report.text());
        assertTrue(report.select("li p").first().text().contains("Write what the picture shows"), "each finding says how to fix it there");

        // A page that could not be checked was filed under good practice, after every criterion: it comes first, on its own.
        byPage.put("/long/", List.of(new Issue(AxeAudit.NOT_CHECKED, "error", 1, "The page could not be checked: axe-core did not "
                + "finish checking it within 30000 ms", "", "html", "portal", new LinkedHashMap<>())));
        Document slow = Jsoup.parse(Reports.html(new Audit.Result(byPage, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 2, 0, 0.5,
                "axe-core"), "http://localhost"));
        assertEquals("Pages that could not be checked", slow.select("h2").first().text());
        assertEquals("/long/: The page could not be checked: axe-core did not finish checking it within 30000 ms",
                slow.select("h2 + p + ul li").first().text());
        assertEquals(report.select("h2").eachText(), slow.select("h2").eachText().subList(1, slow.select("h2").size()));
    }

    /**
     * "How to fix it" for good practice and for a page not checked led to docs/accessibility-rules.md, relative to the report,
     * which its folder does not have: a dead link for the publishing team. Each now leads to a part of the folder's own
     * page of the portal's rules, which passes the Nu checker.
     */
    @Test
    void everyLinkToThePortalsRulesLeadsToAPartOfThePageOfRulesInTheReportsFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<Issue> issues = new ArrayList<>(Audit.fastRules("/levels/", AuditFastRulesTest.LEVELS, Pa11yConfig.DEFAULTS.including(true, true)));
        Map<String, List<Issue>> byPage = new LinkedHashMap<>();
        byPage.put("/levels/", issues);
        byPage.put("/long/", List.of(AxeAudit.notChecked(new AxeAudit.NotChecked("it took too long"))));
        Reports.write(dir, new Audit.Result(byPage, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), 2, 0, 0.5, "axe-core"),
                "http://localhost");
        Document rules = Jsoup.parse(dir.resolve(Reports.RULES).toFile(), "UTF-8");
        List<String> links = new ArrayList<>();
        for (List<Issue> page : byPage.values()) {
            for (Issue i : page) {
                String url = String.valueOf(i.runnerExtras().get("helpUrl"));
                if (!url.startsWith("https://")) {
                    links.add(url);
                }
            }
        }
        assertTrue(links.contains("rules.html#capitals-passage") && links.contains("rules.html#page-not-checked"), links.toString());
        for (String link : links) {
            assertTrue(link.startsWith(Reports.RULES + "#"), link);
            assertTrue(rules.getElementById(link.substring(link.indexOf('#') + 1)) != null, "no part of rules.html for " + link);
        }
        assertTrue(rules.getElementById("capitals-passage").nextElementSibling().text().length() > 20, "it says why");
        assertEquals(rules.select("h3").size(), rules.select("h3 + p + ul li:matches(^How to fix it: .{10,})").size(),
                "and how to fix it, for every rule");
        for (org.engagementportal.checks.Rule r : org.engagementportal.checks.FastRules.ALL) {
            assertTrue(rules.getElementById(r.id()) != null, r.id());
        }
        for (BrowserRules.Rule r : BrowserRules.ALL) {
            assertTrue(rules.getElementById(r.id()) != null, r.id());
        }
        assertEquals(List.of(), new org.engagementportal.testing.HtmlValidator().errors(dir.resolve(Reports.RULES)));
        Document index = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.select("a:contains(How to fix it)").eachAttr("href").contains("rules.html#capitals-passage"));
    }

    @Test
    void axeCoresCriteriaAreThoseOfTheBundledVersion() {
        assertEquals(AxeAudit.VERSION, AxeAudit.criteriaVersion, "run bin/axe-criteria after changing axe-core");
        assertEquals("1.4.3", AxeAudit.CRITERIA.get("color-contrast"));
        assertEquals("Best practice", AxeAudit.CRITERIA.get("region"));
        assertEquals("2.5.8", AxeAudit.CRITERIA.get("target-size"));
    }
}
