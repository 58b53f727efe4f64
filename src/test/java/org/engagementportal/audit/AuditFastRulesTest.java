package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast rules inside {@code portal audit}: their issues, the page's settings, and no problem reported twice. */
class AuditFastRulesTest {
    static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Get involved</title></head><body>"
            + "<main id=\"maincontent\"><h1>Get involved</h1><p><a href=\"/plan/\">click here</a></p>"
            + "<div class=\"advert\"><img src=\"/pictures/talk.svg\"></div></main></body></html>";

    @TempDir
    Path site;

    @Test
    void eachFindingIsAnIssueFromThePortalRunner() {
        List<Issue> issues = Audit.fastRules("/get-involved/", PAGE, Pa11yConfig.DEFAULTS);
        assertEquals(List.of("portal.image-alt", "portal.link-purpose"), issues.stream().map(Issue::code).sorted().toList());
        Issue link = issues.stream().filter(i -> i.code().equals("portal.link-purpose")).findFirst().orElseThrow();
        assertEquals("portal", link.runner());
        assertEquals("error", link.type());
        assertEquals("<a href=\"/plan/\">click here</a>", link.context());
        assertEquals("#maincontent > p > a", link.selector());
        assertEquals("2.4.4 Link Purpose (In Context)", link.runnerExtras().get("criterion"));
        assertEquals("https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context", link.runnerExtras().get("helpUrl"));
        assertEquals("WCAG 2.2 2.4.4 Link Purpose (In Context)", link.runnerExtras().get("help"));
        assertTrue(link.message().startsWith("the link \"click here\" does not say where it goes."), link.message());
    }

    @Test
    void hiddenElementsAndThoseOutsideTheRootAreNotChecked() {
        Pa11yConfig.Options d = Pa11yConfig.DEFAULTS;
        Pa11yConfig.Options hide = new Pa11yConfig.Options(d.tags(), d.ignore(), List.of(".advert"), null, d.timeoutMs(), 0, 1280, 1024);
        assertEquals(List.of("portal.link-purpose"), Audit.fastRules("/p/", PAGE, hide).stream().map(Issue::code).toList());
        Pa11yConfig.Options root = new Pa11yConfig.Options(d.tags(), d.ignore(), List.of(), ".advert", d.timeoutMs(), 0, 1280, 1024);
        assertEquals(List.of("portal.image-alt"), Audit.fastRules("/p/", PAGE, root).stream().map(Issue::code).toList());
        // As pa11y does, a rootElement the page does not have means the whole page, not nothing.
        Pa11yConfig.Options missing = new Pa11yConfig.Options(d.tags(), d.ignore(), List.of(), "#no-such-part", d.timeoutMs(), 0, 1280, 1024);
        assertEquals(List.of("portal.image-alt", "portal.link-purpose"),
                Audit.fastRules("/p/", PAGE, missing).stream().map(Issue::code).sorted().toList());
    }

    @Test
    void aFindingsSelectorNamesTheElementOnThePageAsItIsWithTheHiddenPartsStillThere() {
        // Hidden parts were removed before the selectors were worked out, so nth-child counted without them and the
        // 'click here' link was named as main > p:nth-child(3) > a: on the page, the annual report's link.
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Home</title></head><body><main id=\"maincontent\">"
                + "<h1>Home</h1><div class=\"advert\"><p>Sponsored</p></div><p>Read <a href=\"/a/\">our annual report</a>.</p>"
                + "<p>For our plan <a href=\"/b/\">click here</a>.</p></main></body></html>";
        Pa11yConfig.Options d = Pa11yConfig.DEFAULTS;
        Pa11yConfig.Options hide = new Pa11yConfig.Options(d.tags(), d.ignore(), List.of(".advert"), null, d.timeoutMs(), 0, 1280, 1024);
        Issue link = Audit.fastRules("/", html, hide).stream().filter(i -> i.code().equals("portal.link-purpose")).findFirst().orElseThrow();
        assertEquals("click here", org.jsoup.Jsoup.parse(html).select(link.selector()).text(), link.selector());
        // The hidden part of the same kind as the finding's: without it, a bare "main > p > a" was unique, and on the page
        // it named the annual report's link first.
        String same = html.replace("<div class=\"advert\"><p>Sponsored</p></div><p>Read", "<p class=\"advert\">Read")
                .replace("our annual report</a>.</p>", "our annual report</a>.</p>");
        Issue again = Audit.fastRules("/", same, hide).stream().filter(i -> i.code().equals("portal.link-purpose")).findFirst().orElseThrow();
        assertEquals(1, org.jsoup.Jsoup.parse(same).select(again.selector()).size(), again.selector());
        assertEquals("click here", org.jsoup.Jsoup.parse(same).select(again.selector()).text(), again.selector());
    }

    @Test
    void aPagesCachedResultGoesWhenAPictureItShowsChanges() throws IOException {
        // The cached result was kept by the page's HTML alone, so a picture swapped for one that flashes, under the same
        // name, kept the page's clean result.
        Files.createDirectories(site.resolve("news/pictures"));
        Files.createDirectories(site.resolve("pictures"));
        Files.writeString(site.resolve("news/index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>News</title></head><body>"
                + "<main><img src=\"/pictures/banner.gif\" alt=\"A ribbon cut\"><img src=\"pictures/map.png\" alt=\"Map\">"
                + "<picture><source srcset=\"/pictures/wide.webp 2x, /pictures/none.webp\"><img src=\"https://other.example/x.gif\" alt=\"X\">"
                + "</picture></main></body></html>");
        Files.write(site.resolve("pictures/banner.gif"), new byte[] {1});
        Files.write(site.resolve("news/pictures/map.png"), new byte[] {2});
        Files.write(site.resolve("pictures/wide.webp"), new byte[] {3});
        Files.write(site.resolve("pictures/other.gif"), new byte[] {4});
        assertEquals(List.of("/news/pictures/map.png", "/pictures/banner.gif", "/pictures/wide.webp"),
                List.copyOf(Audit.filesShown(site, "/", "/news/", Audit.read(site, "/news/"))),
                "the pictures it shows that exist, not another site's");
        Map<String, String> before = Audit.hashes(site, List.of("/news/"), Pa11yConfig.standard(), "v");
        Files.write(site.resolve("pictures/other.gif"), new byte[] {5});
        assertEquals(before, Audit.hashes(site, List.of("/news/"), Pa11yConfig.standard(), "v"), "a picture it does not show");
        Files.write(site.resolve("pictures/banner.gif"), new byte[] {6});
        assertTrue(!before.equals(Audit.hashes(site, List.of("/news/"), Pa11yConfig.standard(), "v")), "a picture it shows");
        // A page named with a space (in a folder of HTML given with --out) stopped every audit, and --changed-since with exit 3.
        assertEquals(List.of("/pictures/banner.gif"), List.copyOf(Audit.filesShown(site, "/", "/space name.html",
                "<img src=\"pictures/banner.gif\" alt=\"x\">")));
        assertEquals(List.of(), List.copyOf(Audit.filesShown(site, "/", "/news/", "<p>No picture, not parsed.</p>")));
        // A site published in a folder of another site names its pictures from there.
        assertEquals(List.of("/pictures/banner.gif"), List.copyOf(Audit.filesShown(site, "/get-involved/", "/news/",
                "<img src=\"/get-involved/pictures/banner.gif\" alt=\"x\"><img src=\"/pictures/banner.gif\" alt=\"y\">")));
    }

    @Test
    void aHiddenSelectorListWithCommasInsideASelectorHidesWhatItNames() throws IOException {
        // hideElements was cut at every comma, so ':is(.advert, .map)' became two selectors neither Jsoup nor axe-core
        // could read, and nothing was hidden.
        Path config = site.resolve(".pa11yci");
        Files.writeString(config, "{\"defaults\": {\"hideElements\": \":is(.advert, .map) img, a[href='/plan/,x'], p > a\"}}");
        Pa11yConfig.Options hide = Pa11yConfig.read(config).defaults();
        assertEquals(List.of(":is(.advert, .map) img", "a[href='/plan/,x']", "p > a"), hide.hide());
        assertEquals(List.of(), Audit.fastRules("/p/", PAGE, hide).stream().map(Issue::code).toList());
    }

    @Test
    void anElementAxeCoreReportedIsNotReportedAgain() throws IOException {
        Files.createDirectories(site.resolve("get-involved"));
        Files.writeString(site.resolve("get-involved/index.html"), PAGE);
        List<Issue> fast = Audit.fastRules("/get-involved/", PAGE, Pa11yConfig.DEFAULTS);
        Issue axe = new Issue("image-alt", "error", 1, "Images must have alternative text", "<img src=\"/pictures/talk.svg\">",
                "img[src$=\"talk.svg\"]", "axe", Map.of());
        assertEquals(List.of("portal.link-purpose"),
                Audit.notReportedBy(List.of(axe), fast, "/get-involved/", site).stream().map(Issue::code).toList());
        assertEquals(fast, Audit.notReportedBy(List.of(), fast, "/get-involved/", site), "nothing from axe: every fast finding stays");
        Issue warned = new Issue("image-redundant-alt", "warning", 2, "a best-practice rule", "<img src=\"/pictures/talk.svg\">",
                "img[src$=\"talk.svg\"]", "axe", Map.of());
        assertEquals(List.of("portal.image-alt", "portal.link-purpose"),
                Audit.notReportedBy(List.of(warned), fast, "/get-involved/", site).stream().map(Issue::code).sorted().toList(),
                "an error is not hidden behind axe-core's warning about the same element");
    }

    /**
     * A faint "click here" link is two problems: axe-core's contrast issue on the link hid our finding that its words say
     * nothing, as any issue of axe-core's on an element did. Only axe-core's own rule for the same problem (link-name) hides it.
     */
    @Test
    void axeCoreHidesAFastFindingOnlyByItsRuleForTheSameProblem() throws IOException {
        Files.createDirectories(site.resolve("get-involved"));
        Files.writeString(site.resolve("get-involved/index.html"), PAGE);
        List<Issue> fast = Audit.fastRules("/get-involved/", PAGE, Pa11yConfig.DEFAULTS);
        Issue faint = new Issue("color-contrast", "error", 1, "Elements must meet minimum color contrast ratio thresholds",
                "<a href=\"/plan/\">click here</a>", "a[href=\"/plan/\"]", "axe", Map.of());
        assertEquals(List.of("portal.image-alt", "portal.link-purpose"),
                Audit.notReportedBy(List.of(faint), fast, "/get-involved/", site).stream().map(Issue::code).sorted().toList());
        Issue unnamed = new Issue("link-name", "error", 1, "Links must have discernible text", "<a href=\"/plan/\">click here</a>",
                "a[href=\"/plan/\"]", "axe", Map.of());
        assertEquals(List.of("portal.image-alt"),
                Audit.notReportedBy(List.of(faint, unnamed), fast, "/get-involved/", site).stream().map(Issue::code).toList());
        Issue noLang = new Issue("html-has-lang", "error", 1, "<html> element must have a lang attribute", "<html>", "html", "axe",
                Map.of());
        Issue region = new Issue("region", "warning", 2, "All page content should be contained by landmarks", "<html>", "html",
                "axe", Map.of());
        String noLanguage = PAGE.replace(" lang=\"en-GB\"", "");
        Files.writeString(site.resolve("get-involved/index.html"), noLanguage);
        List<Issue> page = Audit.fastRules("/get-involved/", noLanguage, Pa11yConfig.DEFAULTS);
        assertTrue(page.stream().anyMatch(i -> i.code().equals("portal.page-language")), page.toString());
        assertTrue(Audit.notReportedBy(List.of(region), page, "/get-involved/", site).stream()
                .anyMatch(i -> i.code().equals("portal.page-language")), "another rule's issue on the page hides nothing");
        assertTrue(Audit.notReportedBy(List.of(noLang), page, "/get-involved/", site).stream()
                .noneMatch(i -> i.code().equals("portal.page-language")), "axe-core's own rule for it does");
        // Found in review: a picture used as a button was told to have a label, beside axe-core's input-image-alt, once the
        // dedupe no longer hid it: its alt names it, not a label.
        String buttons = PAGE.replace("</main>", "<form><input type=\"image\" src=\"/go.png\"><input type=\"RESET\">"
                + "<input type=\"text\" id=\"q\"></form></main>");
        assertEquals(List.of("#q"), Audit.fastRules("/get-involved/", buttons, Pa11yConfig.DEFAULTS).stream()
                .filter(i -> i.code().equals("portal.form-label")).map(Issue::selector).toList());
    }

    static final String LEVELS = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Levels</title></head><body><main><h1>Levels</h1>"
            + "<p><img src=\"/a.jpg\" alt=\"IMG_2041.jpg\"></p>" // an error at level A
            + "<p>PLEASE BRING YOUR APPOINTMENT LETTER WITH YOU.</p>" // a warning, good practice
            + "<table><tr><th scope=\"col\">Clinic</th></tr><tr><td>Ashford</td></tr></table>" // a notice at level A
            + "<p><a href=\"/plan/\" target=\"_blank\">Read the plan</a></p>" // a warning at level AAA
            + "</main></body></html>";

    static List<String> found(Pa11yConfig.Options options) {
        return Audit.fastRules("/levels/", LEVELS, options).stream().map(i -> i.code() + " " + i.type() + " " + i.typeCode()).toList();
    }

    @Test
    void eachFindingHasItsRulesLevelAndIsReportedOnlyAtTheLevelsAndStandardAskedFor() {
        Pa11yConfig.Options aa = Pa11yConfig.DEFAULTS;
        assertEquals(List.of("portal.alt-not-description error 1"), found(aa));
        assertEquals(List.of("portal.alt-not-description error 1", "portal.capitals-passage warning 2"), found(aa.including(true, false)));
        assertEquals(List.of("portal.alt-not-description error 1", "portal.table-caption notice 3"), found(aa.including(false, true)));
        Pa11yConfig.Options aaa = new Pa11yConfig.Options(Pa11yConfig.AAA_TAGS, List.of(), List.of(), null, 30_000, 0, 1280, 1024, "AAA",
                true, true, 0);
        assertEquals(List.of("portal.alt-not-description error 1", "portal.new-window-warning warning 2", "portal.table-caption notice 3",
                "portal.capitals-passage warning 2"), found(aaa));
    }

    @Test
    void aFindingExplainsItselfWithItsCriterionWhyAndHowToFixIt() {
        Pa11yConfig.Options all = Pa11yConfig.DEFAULTS.including(true, true);
        Issue alt = Audit.fastRules("/levels/", LEVELS, all).get(0);
        assertEquals("portal.alt-not-description", alt.code());
        assertEquals("1.1.1 Non-text Content", alt.runnerExtras().get("criterion"));
        assertEquals("A", alt.runnerExtras().get("wcagLevel"));
        assertEquals("F30", alt.runnerExtras().get("failure"));
        assertTrue(((String) alt.runnerExtras().get("description")).contains("file name"), alt.runnerExtras().toString());
        assertTrue(((String) alt.runnerExtras().get("fix")).startsWith("Write what the picture shows"), alt.runnerExtras().toString());
        Issue capitals = Audit.fastRules("/levels/", LEVELS, all).stream().filter(i -> i.code().equals("portal.capitals-passage")).findFirst().orElseThrow();
        assertEquals("Good practice, not a WCAG 2.2 success criterion", capitals.runnerExtras().get("help"));
        assertEquals("", capitals.runnerExtras().get("wcagLevel"));
    }
}
