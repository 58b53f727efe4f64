package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** {@code portal audit}: axe-core in Debian's Chromium, over the example portal and over a page with a known problem. */
class AuditIT {
    @TempDir
    static Path dir;
    static Path example;

    /** The whole example audited once, with an empty baseline: its report folder holds the cache the other tests start from. */
    static Path report;
    static Portal.Run whole;

    @BeforeAll
    static void build() {
        example = dir.resolve("example");
        Portal.buildExample(example);
        report = dir.resolve("report");
        whole = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString());
    }

    /**
     * A report folder holding the whole example's audit cache: an audit of a copy of the example with one page changed checks
     * that page in the browser and takes the others, unchanged, from the audit above (as a pull request's audit does), where
     * each such test audited every page again (about 85 s each).
     */
    private static Path reportStartingFromTheWholeAudit(String name) throws IOException {
        Path cache = report.resolve("cache.json");
        assertTrue(Files.isRegularFile(cache), "the whole audit left its cache: " + whole.all());
        Path own = Files.createDirectories(dir.resolve(name));
        Files.copy(cache, own.resolve("cache.json"));
        return own;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExamplePortalHasNoViolationsWithAnEmptyBaseline() {
        Portal.Run run = whole;
        Map<String, Object> pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        assertEquals(0L, ((Number) pa11y.get("errors")).longValue(), TestSite.read(report.resolve("pa11y.json")));
        assertEquals(0, run.exit(), run.all());
        int pages = Audit.pages(example).size();
        assertEquals(pages, ((Number) pa11y.get("total")).intValue());
        assertEquals(pages, ((Number) pa11y.get("passes")).intValue());
        assertEquals(pages, ((Map<String, Object>) pa11y.get("results")).size());
        assertTrue(run.err().contains("Audited " + pages + " pages"), run.err());

        Portal.Run again = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString());
        assertTrue(again.err().contains("0 checked, " + pages + " unchanged since the last audit"), "the cache is used: " + again.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExamplePortalHasNoWarningsEither() {
        Path report = dir.resolve("report-warnings");
        Portal.Run run = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString(), "--include-warnings");
        Map<String, Object> pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        assertEquals(0L, ((Number) pa11y.get("errors")).longValue(), TestSite.read(report.resolve("pa11y.json")));
        assertEquals(0, run.exit(), run.all());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewProblemFailsInPa11yShapeUntilBaselinedAndAFixIsReported() throws IOException {
        Path site = dir.resolve("bad");
        TestSite.copyTree(example, site);
        Path about = site.resolve("about/index.html");
        Files.writeString(about, TestSite.read(about).replace("</main>", "<img src=\"/pictures/talk.svg\"></main>"));
        // Its compressed copies are the page as built: gone, as after any edit by hand. (The server sends a copy at
        // least as new as the page, and the disk's clock ticks coarsely enough that a copy made by copyTree a
        // moment before the edit can have the same time, so the browser was sometimes sent the page without the
        // picture.)
        Files.deleteIfExists(site.resolve("about/index.html.br"));
        Files.deleteIfExists(site.resolve("about/index.html.gz"));
        Path report = reportStartingFromTheWholeAudit("bad-report");
        Path baseline = dir.resolve("baseline.json");
        List<String> args = List.of("audit", "--source", dir.toString(), "--out", site.toString(), "--report", report.toString(),
                "--baseline", baseline.toString());
        Portal.Run run = Portal.run(args.toArray(String[]::new));
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("1 checked, " + (Audit.pages(site).size() - 1) + " unchanged since the last audit"),
                "the changed page is checked in the browser: " + run.err());
        Map<String, Object> pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        assertEquals(1L, ((Number) pa11y.get("errors")).longValue());
        List<Map<String, Object>> issues = (List<Map<String, Object>>) ((Map<String, Object>) pa11y.get("results")).get("http://localhost/about/");
        Map<String, Object> issue = issues.get(0);
        assertEquals("image-alt", issue.get("code"));
        assertEquals("error", issue.get("type"));
        assertEquals(1L, ((Number) issue.get("typeCode")).longValue());
        assertEquals("axe", issue.get("runner"));
        assertTrue(((String) issue.get("context")).startsWith("<img"), issue.toString());
        assertTrue(((Map<String, Object>) issue.get("runnerExtras")).containsKey("impact"));
        assertEquals(List.of("code", "type", "typeCode", "message", "context", "selector", "runner", "runnerExtras"),
                List.copyOf(issue.keySet()), "pa11y's issue fields, in its order");
        assertTrue(Jsoup.parse(TestSite.read(report.resolve("index.html"))).text().contains("image-alt"));

        // The same page checked by the real pa11y-ci 4.1.1 (axe runner, Debian Chromium): same shape, same finding.
        Map<String, Object> real = new Json().toType(TestSite.read(Path.of("src/test/resources/pa11y/pa11y-ci-4.1.1-report.json")), Map.class);
        assertEquals(List.copyOf(real.keySet()), List.copyOf(pa11y.keySet()), "top-level keys, in order");
        Map<String, Object> realIssue = ((List<Map<String, Object>>) ((Map<String, Object>) real.get("results"))
                .get("http://localhost:8766/about/")).get(0);
        assertEquals(List.copyOf(realIssue.keySet()), List.copyOf(issue.keySet()));
        assertEquals(List.copyOf(((Map<String, Object>) realIssue.get("runnerExtras")).keySet()),
                List.copyOf(((Map<String, Object>) issue.get("runnerExtras")).keySet()));
        for (String key : List.of("code", "type", "typeCode", "context", "runner")) {
            assertEquals(realIssue.get(key), issue.get(key), key);
        }
        // axe versions may write a different selector for the same element: both must pick out that element.
        org.jsoup.nodes.Document page = Jsoup.parse(TestSite.read(about));
        assertEquals(page.select((String) realIssue.get("selector")), page.select((String) issue.get("selector")));
        assertTrue(TestSite.read(report.resolve("junit.xml")).contains("<failure"));

        Portal.Run accept = Portal.run(List.of("audit", "--source", dir.toString(), "--out", site.toString(), "--report", report.toString(),
                "--baseline", baseline.toString(), "--update-baseline").toArray(String[]::new));
        assertEquals(0, accept.exit(), accept.all());
        assertEquals(0, Portal.run(args.toArray(String[]::new)).exit(), "baselined: it no longer fails");

        // An audit that did not look at /about/ (one page, by 'urls'), or for warnings, says nothing of the baselined
        // issues it did not look for, and writing the baseline again keeps them (it kept only what it found).
        String accepted = TestSite.read(baseline);
        Files.writeString(baseline, accepted.replace("\"accepted\": [", "\"accepted\": [\n    {\"code\": \"portal.fake-heading\", "
                + "\"page\": \"/contact-us/\", \"selector\": \"p\"},\n    {\"code\": \"image-alt\", \"page\": \"/page-since-deleted/\", "
                + "\"selector\": \"img\"},"));
        Path one = dir.resolve("one.pa11yci");
        Files.writeString(one, "{\"urls\": [\"/contact-us/\"]}");
        List<String> partial = new java.util.ArrayList<>(args);
        partial.addAll(List.of("--config", one.toString(), "--update-baseline"));
        Portal.Run some = Portal.run(partial.toArray(String[]::new));
        assertEquals(0, some.exit(), some.all());
        assertTrue(some.err().contains("Fixed, remove from the baseline: image-alt /page-since-deleted/ img"), some.err());
        assertFalse(some.err().contains("Fixed, remove from the baseline: image-alt /about/")
                || some.err().contains("Fixed, remove from the baseline: portal.fake-heading"), some.err());
        String kept = TestSite.read(baseline);
        assertTrue(kept.contains("\"code\": \"image-alt\", \"page\": \"/about/\"") && kept.contains("\"portal.fake-heading\""), kept);
        assertFalse(kept.contains("/page-since-deleted/"), "a deleted page's issues go (found in review): " + kept);

        Files.writeString(about, TestSite.read(example.resolve("about/index.html")));
        Portal.Run fixed = Portal.run(args.toArray(String[]::new));
        assertEquals(0, fixed.exit());
        assertTrue(fixed.err().contains("Fixed, remove from the baseline: image-alt /about/"), fixed.err());
        assertFalse(fixed.err().contains("portal.fake-heading"), "a warning, not looked for without --include-warnings: " + fixed.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFastRulesFindWhatAxeDoesNotAndEachProblemIsReportedOnce() throws IOException {
        Path site = dir.resolve("vague");
        TestSite.copyTree(example, site);
        Path involved = site.resolve("get-involved/index.html");
        // "click here" passes axe-core (the link has words) but not the portal's link-purpose rule; the picture
        // without a description fails both, and is reported once, by axe-core.
        Files.writeString(involved, TestSite.read(involved).replace("</main>",
                "<p><a href=\"/about/\">click here</a></p><img src=\"/pictures/talk.svg\"></main>"));
        Path report = reportStartingFromTheWholeAudit("vague-report");
        Portal.Run run = Portal.run("audit", "--source", dir.toString(), "--out", site.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString());
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("1 checked, " + (Audit.pages(site).size() - 1) + " unchanged since the last audit"),
                "the changed page is checked in the browser: " + run.err());
        Map<String, Object> pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        List<Map<String, Object>> issues = (List<Map<String, Object>>) ((Map<String, Object>) pa11y.get("results"))
                .get("http://localhost/get-involved/");
        assertEquals(List.of("image-alt", "portal.link-purpose"), issues.stream().map(i -> i.get("code")).sorted().toList(), issues.toString());
        Map<String, Object> vague = issues.stream().filter(i -> i.get("code").equals("portal.link-purpose")).findFirst().orElseThrow();
        assertEquals("portal", vague.get("runner"));
        assertEquals("<a href=\"/about/\">click here</a>", vague.get("context"));
        assertEquals(1, Jsoup.parse(TestSite.read(involved)).select((String) vague.get("selector")).size(), "its selector finds it");
        assertTrue(((String) vague.get("message")).contains("click here"), vague.toString());
        assertEquals(List.copyOf(issues.get(0).keySet()), List.copyOf(vague.keySet()), "the same pa11y shape");
        String html = Jsoup.parse(TestSite.read(report.resolve("index.html"))).text();
        assertTrue(html.contains("portal.link-purpose: WCAG 2.2 2.4.4 Link Purpose (In Context)"), html);
        assertTrue(html.contains("the link \"click here\" does not say where it goes. Use words that make sense on their own"), html);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPa11yciFileChoosesThePagesAndEachPageKeepsItsOwnSettings() throws IOException {
        Path site = dir.resolve("chosen");
        TestSite.copyTree(example, site);
        for (String page : List.of("about/index.html", "contact-us/index.html")) {
            Path file = site.resolve(page);
            Files.writeString(file, TestSite.read(file).replace("</main>", "<div class=\"advert\"><img src=\"/pictures/talk.svg\"></div></main>"));
        }
        Path config = dir.resolve("chosen.pa11yci");
        Files.writeString(config, """
                {"defaults": {"concurrency": 1, "threshold": 10},
                 "urls": ["http://localhost:8080/",
                          {"url": "http://localhost:8080/about/", "hideElements": ".advert"},
                          "http://localhost:8080/contact-us/", "/no-such-page/"]}
                """);
        Path report = dir.resolve("chosen-report");
        // An address that is no page of the site stops the audit before it starts (it was a note, and a .pa11yci naming
        // only such addresses passed having checked nothing); written as pa11y-ci users write them, /contact-us and
        // /contact-us/index.html are the page /contact-us/.
        Portal.Run wrong = Portal.run("audit", "--source", dir.toString(), "--out", site.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString(), "--config", config.toString());
        assertEquals(2, wrong.exit(), wrong.all());
        assertTrue(wrong.err().contains("'urls' names a page that is not in the built site in " + site + ": /no-such-page/."), wrong.err());
        assertFalse(Files.exists(report.resolve("pa11y.json")), "no report of an audit that did not run");
        // The contact page's own threshold of 0 takes back the default's 10 (as pa11y-ci puts a url's settings over the defaults).
        Files.writeString(config, TestSite.read(config).replace("\"http://localhost:8080/contact-us/\", \"/no-such-page/\"",
                "{\"url\": \"http://localhost:8080/contact-us\", \"threshold\": 0}, \"/about/index.html\""));
        Portal.Run run = Portal.run("audit", "--source", dir.toString(), "--out", site.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString(), "--config", config.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.err().contains("'threshold'"), "threshold is applied, not named in a note as ignored: " + run.err());
        Map<String, Object> pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        Map<String, Object> results = (Map<String, Object>) pa11y.get("results");
        assertEquals(List.of("http://localhost/", "http://localhost/about/", "http://localhost/contact-us/"), List.copyOf(results.keySet()));
        assertEquals(List.of(), results.get("http://localhost/about/"), "its hidden advert is left out");
        assertEquals(1, ((List<Object>) results.get("http://localhost/contact-us/")).size(), "the same advert is checked on a page that does not hide it");

        // With a threshold of 1 the contact page passes with its one new issue, as in pa11y-ci: exit 0, the page a pass with
        // no results in pa11y.json, and said on the terminal and in the report people read, so the issue is not lost.
        Files.writeString(config, TestSite.read(config).replace("\"threshold\": 0}", "\"threshold\": 1}"));
        Portal.Run within = Portal.run("audit", "--source", dir.toString(), "--out", site.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString(), "--config", config.toString());
        assertEquals(0, within.exit(), within.all());
        assertTrue(within.err().contains("/contact-us/: passes with 1 issue, not in the baseline, as its threshold is 1."), within.err());
        assertTrue(within.err().contains(" 0 new, 0 baselined issues gone; 1 page passes within its threshold."), within.err());
        pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        assertEquals(List.of(), ((Map<String, Object>) pa11y.get("results")).get("http://localhost/contact-us/"));
        assertEquals(3L, pa11y.get("passes"));
        assertEquals(0L, pa11y.get("errors"));
        assertTrue(Jsoup.parse(TestSite.read(report.resolve("index.html"))).text().contains("/contact-us/ (within its threshold of 1)"));
    }

    @Test
    void aRootElementThePageDoesNotHaveChecksTheWholePageAsPa11yDoes() throws IOException {
        // axe-core stopped on it ("No elements found for include in page Context"), and the audit ended with exit 3.
        Path config = dir.resolve("root.pa11yci");
        Files.writeString(config, "{\"urls\": [{\"url\": \"/about/\", \"rootElement\": \"#no-such-part\"}]}");
        Portal.Run run = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report",
                dir.resolve("root-report").toString(), "--baseline", dir.resolve("none.json").toString(), "--config", config.toString());
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.err().contains("Audited 1 page in "), run.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPageThatCannotBeCheckedInTimeIsReportedOnItAndTheOthersAreChecked() throws IOException {
        // A long page (60 tables of 600 rows) took axe-core past its timeout, and the audit ended with a stack trace and
        // exit 3, with no report. A timeout of 1 ms on one page stands in for it: the browser cannot answer in time.
        Path config = dir.resolve("slow.pa11yci");
        Files.writeString(config, """
                {"defaults": {"concurrency": 1},
                 "urls": ["/", {"url": "/about/", "timeout": 1}, "/contact-us/"]}
                """);
        Path report = dir.resolve("slow-report");
        Portal.Run run = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", dir.resolve("none.json").toString(), "--config", config.toString());
        assertEquals(1, run.exit(), run.all());
        assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
        assertTrue(run.err().contains("/about/: portal.page-not-checked: The page could not be checked"), run.err());
        Map<String, Object> pa11y = new Json().toType(TestSite.read(report.resolve("pa11y.json")), Map.class);
        Map<String, Object> results = (Map<String, Object>) pa11y.get("results");
        assertEquals(List.of(), results.get("http://localhost/"), "the page before it was checked");
        assertEquals(List.of(), results.get("http://localhost/contact-us/"), "the page after it was checked too");
        assertEquals(1, ((List<Object>) results.get("http://localhost/about/")).size(), results.toString());
        assertFalse(TestSite.read(report.resolve("cache.json")).contains("\"/about/\""), "tried again at the next audit");

        // The page's baselined issues were reported "Fixed, remove from the baseline" (it said nothing of them), and
        // --update-baseline dropped them and accepted "could not be checked", so the same page failing again passed.
        Path baseline = dir.resolve("slow-baseline.json");
        Baseline.write(baseline, new java.util.TreeSet<>(List.of("image-alt /about/ #maincontent > img")));
        Portal.Run again = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", baseline.toString(), "--config", config.toString());
        assertEquals(1, again.exit(), again.all());
        assertFalse(again.err().contains("Fixed, remove from the baseline"), again.err());
        Portal.Run update = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", baseline.toString(), "--config", config.toString(), "--update-baseline");
        assertEquals(0, update.exit(), update.all());
        assertEquals(new java.util.TreeSet<>(List.of("image-alt /about/ #maincontent > img")), Baseline.read(baseline).accepted(),
                "kept, as nothing was learnt of it, and 'could not be checked' not accepted");
        Portal.Run after = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", report.toString(),
                "--baseline", baseline.toString(), "--config", config.toString());
        assertEquals(1, after.exit(), "the page that cannot be checked still fails: " + after.all());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSitesOwnAuditNamesPagesByTheirAddressesAndOnlyAWholeAuditWritesTheStatementsSummary() throws IOException {
        // The report named every page http://localhost/..., whose links led nowhere; and an audit of the pages in 'urls'
        // wrote the summary the statement declares "fully compliant" from, of those pages alone.
        Path site = dir.resolve("own");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), site.resolve("content"));
        Portal.Run built = Portal.run("build", "--source", site.toString(), "--now", TestSite.EXAMPLE_NOW, "-q");
        assertEquals(0, built.exit(), built.all());
        Files.writeString(site.resolve(".pa11yci"), "{\"urls\": [\"/about/\"]}");
        Portal.Run run = Portal.run("audit", "--source", site.toString());
        assertEquals(0, run.exit(), run.all());
        Map<String, Object> pa11y = new Json().toType(TestSite.read(site.resolve("audit-report/pa11y.json")), Map.class);
        assertEquals(List.of("https://engage.northshire-icb.example/about/"),
                List.copyOf(((Map<String, Object>) pa11y.get("results")).keySet()));
        assertTrue(run.err().contains("Note: the accessibility statement is written from an audit of every page at level AA or "
                + "above, and this one checked only the pages 'urls' names in"), run.err());
        assertFalse(Files.exists(site.resolve(".a11y-audit.json")), "no summary from one page");
    }

    @Test
    void anAuditThatLeftRulesOrPartsOfPagesOutWritesNoSummaryForTheStatement() throws IOException {
        // The statement says every page was tested: an audit that hid the footer, or left a rule out, wrote its summary.
        Path site = TestSite.copy("small", dir.resolve("narrowed"));
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q").exit());
        Files.writeString(site.resolve(".pa11yci"), "{\"defaults\": {\"hideElements\": \"footer\", \"ignore\": [\"warning\", \"color-contrast\"]}}");
        Portal.Run run = Portal.run("audit", "--source", site.toString());
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.err().contains("Note: the accessibility statement is written from an audit of every page, whole, by every rule, "
                + "and this one was narrowed by 'ignore' and 'hideElements' in"), run.err());
        assertFalse(Files.exists(site.resolve(".a11y-audit.json")));
        // Leaving warnings out narrows nothing the statement declares; nor does an AAA rule in an audit at AA, or good practice.
        Files.writeString(site.resolve(".pa11yci"), "{\"defaults\": {\"ignore\": [\"warning\", \"color-contrast-enhanced\", \"region\"]}}");
        Portal.Run whole = Portal.run("audit", "--source", site.toString());
        assertEquals(0, whole.exit(), whole.all());
        assertTrue(Files.exists(site.resolve(".a11y-audit.json")), whole.all());
    }

    @Test
    void withoutABuiltSiteItSaysWhatToDo() {
        Portal.Run run = Portal.run("audit", "--source", dir.toString(), "--out", dir.resolve("nothing").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Run portal build first"), run.err());
    }

    @Test
    void aBrokenBaselineOrConfigurationSaysWhatIsWrongWithoutAStackTrace() throws IOException {
        Path badBaseline = dir.resolve("bad-baseline.json");
        Files.writeString(badBaseline, "{\"accepted\": \"everything\"}");
        Portal.Run baseline = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--baseline", badBaseline.toString());
        assertEquals(2, baseline.exit(), baseline.all());
        assertTrue(baseline.err().contains("is not a baseline the audit can read"), baseline.err());

        Path badConfig = dir.resolve("bad.pa11yci");
        Files.writeString(badConfig, "{\"defaults\": {\"ignore\": \"color-contrast\"}}");
        Portal.Run config = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--config", badConfig.toString());
        assertEquals(2, config.exit(), config.all());
        assertTrue(config.err().contains("'ignore' and 'urls' are lists"), config.err());

        Path badSelector = dir.resolve("selector.pa11yci");
        Files.writeString(badSelector, "{\"defaults\": {\"hideElements\": \"div[\"}, \"urls\": [\"/about/\"]}");
        Portal.Run selector = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--config", badSelector.toString(),
                "--report", dir.resolve("selector-report").toString());
        assertEquals(2, selector.exit(), selector.all());
        assertTrue(selector.err().contains("'div[' (in hideElements or rootElement in the .pa11yci) is not a CSS selector"), selector.err());

        Portal.Run missing = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--config", dir.resolve("nope").toString());
        assertEquals(2, missing.exit());

        // A report "folder" that is a file, and a baseline to write that is a folder: a stack trace after the whole audit.
        Path aFile = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Portal.Run reportFile = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--report", aFile.toString());
        assertEquals(2, reportFile.exit(), reportFile.all());
        assertTrue(reportFile.err().contains("--report " + aFile + " is a file, not a folder."), reportFile.err());
        Portal.Run baselineFolder = Portal.run("audit", "--source", dir.toString(), "--out", example.toString(), "--baseline",
                dir.toString(), "--update-baseline");
        assertEquals(2, baselineFolder.exit(), baselineFolder.all());
        assertTrue(baselineFolder.err().contains("--baseline " + dir + " is a folder"), baselineFolder.err());
        assertEquals("root:x:0:0", Files.readString(aFile));

        // pa11y-ci reads .pa11yci, else .pa11yci.js, else .pa11yci.json: the audit read only the first, and audited with
        // its standard settings, silently, a site whose settings were in .pa11yci.json.
        Path json = dir.resolve(".pa11yci.json");
        Files.writeString(json, "{\"defaults\": {\"ignore\": \"color-contrast\"}}");
        Portal.Run fromJson = Portal.run("audit", "--source", dir.toString(), "--out", example.toString());
        assertEquals(2, fromJson.exit(), fromJson.all());
        assertTrue(fromJson.err().contains("'ignore' and 'urls' are lists") && fromJson.err().contains(".pa11yci.json"), fromJson.err());
        Files.writeString(dir.resolve(".pa11yci.js"), "module.exports = {defaults: {standard: 'WCAG2AA'}};");
        Portal.Run fromJs = Portal.run("audit", "--source", dir.toString(), "--out", example.toString());
        assertEquals(2, fromJs.exit(), fromJs.all());
        assertTrue(fromJs.err().contains(".pa11yci.js is JavaScript, which the portal does not run"), fromJs.err());
        Files.delete(dir.resolve(".pa11yci.js"));
        Files.delete(json);
        for (Portal.Run run : List.of(baseline, config, selector, missing, fromJson, fromJs, reportFile, baselineFolder)) {
            assertTrue(!run.all().contains("Exception"), run.all());
        }
    }
}
