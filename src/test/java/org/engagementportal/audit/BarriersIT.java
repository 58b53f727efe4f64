package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The known-barrier pages (src/test/resources/barriers/) audited end to end in Chromium at every level and WCAG
 * 2.2 AAA: each page's barrier is reported under its code and nothing else is, and the control page and the
 * index have no issues at all, from axe-core or the portal.
 */
class BarriersIT {
    @TempDir
    static Path dir;
    static Audit.Result result;
    static Map<String, String> expected = new TreeMap<>();

    @BeforeAll
    static void audit() throws IOException {
        Path site = dir.resolve("barriers");
        TestSite.copyTree(Path.of("src/test/resources/barriers"), site);
        for (String page : Audit.pages(site)) {
            Path file = site.resolve(page.substring(1) + "index.html");
            expected.put(page, Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).select("meta[name=barrier]").attr("content"));
        }
        Pa11yConfig everything = new Pa11yConfig(new Pa11yConfig.Options(Pa11yConfig.AAA_TAGS, List.of(), List.of(), null, 30_000, 0,
                1280, 1024, "AAA", true, true, 0), List.of(), 0, List.of());
        result = Audit.run(site, everything, Baseline.empty(), null);
    }

    @Test
    void eachBarrierIsReportedUnderItsCodeAndNothingElseIs() {
        List<String> wrong = new ArrayList<>();
        expected.forEach((page, code) -> {
            List<String> codes = result.byPage().get(page).stream().map(i -> i.code() + " " + i.selector()).toList();
            if (code.equals("none")) {
                if (!codes.isEmpty()) {
                    wrong.add(page + " should have no issues: " + codes);
                }
            } else {
                // The barrier's code first; then any code that also, rightly, reports the same barrier.
                List<String> allowed = List.of(code.split(" "));
                if (codes.stream().noneMatch(c -> c.startsWith(allowed.get(0) + " "))
                        || !codes.stream().allMatch(c -> allowed.contains(c.split(" ")[0]))) {
                    wrong.add(page + " should have only " + code + ": " + codes);
                }
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(expected.size() > 50, "the pages are there: " + expected.keySet());
    }

    @Test
    void eachIssueHasItsTypeAndTypeCode() {
        result.byPage().values().forEach(issues -> issues.forEach(i -> assertEquals(switch (i.type()) {
            case "error" -> 1;
            case "warning" -> 2;
            case "notice" -> 3;
            default -> -1;
        }, i.typeCode(), i.toString())));
        Issue focus = result.byPage().get("/focus-not-visible/").get(0);
        assertEquals("error", focus.type());
        assertEquals("2.4.7 Focus Visible", focus.runnerExtras().get("criterion"));
        assertEquals("F78", focus.runnerExtras().get("failure"));
        assertTrue(focus.context().contains("no-focus"), focus.context());
    }

    @Test
    void eachBrowserRuleHasABarrierPageAndANearMissOnTheControlPage() throws IOException {
        String clean = Files.readString(Path.of("src/test/resources/barriers/clean/index.html"), StandardCharsets.UTF_8);
        for (BrowserRules.Rule rule : BrowserRules.ALL) {
            assertTrue(expected.containsValue("portal." + rule.id()), rule.id() + " has a barrier page");
            assertTrue(java.util.regex.Pattern.compile("<!-- browser near-miss: [^>]*\\b" + rule.id() + "\\b").matcher(clean).find(),
                    rule.id() + " has a near-miss on the control page");
        }
    }
}
