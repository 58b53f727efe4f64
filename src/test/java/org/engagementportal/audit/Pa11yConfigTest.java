package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a {@code .pa11yci} the way pa11y-ci does: defaults, then each url's own settings over them. */
class Pa11yConfigTest {
    @TempDir
    Path dir;

    Pa11yConfig read(String json) throws IOException {
        Path file = dir.resolve(".pa11yci");
        Files.writeString(file, json);
        return Pa11yConfig.read(file);
    }

    @Test
    void withoutAFileEveryPageGetsTheStandardSettings() {
        Pa11yConfig c = Pa11yConfig.standard();
        assertEquals(Pa11yConfig.DEFAULTS, c.optionsFor("/about/"));
        assertEquals(AxeAudit.TAGS, c.defaults().tags());
        assertEquals(1280, c.defaults().width());
        assertEquals(0, c.concurrency());
        assertTrue(c.notes().isEmpty());
    }

    @Test
    void eachUrlTakesTheDefaultsWithItsOwnSettingsOverThem() throws IOException {
        Pa11yConfig c = read("""
                {"defaults": {"standard": "WCAG2A", "ignore": ["color-contrast"], "hideElements": "#map, .advert", "timeout": 5000,
                              "wait": 100, "viewport": {"width": 1024, "height": 768}, "concurrency": 3},
                 "urls": ["http://localhost:8080/",
                          {"url": "http://localhost:8080/consultations/dental/", "ignore": ["link-name"], "viewport": {"width": 320},
                           "rootElement": "main", "wait": 0},
                          "/about/"]}
                """);
        assertEquals(3, c.concurrency());
        assertEquals(List.of("/", "/consultations/dental/", "/about/"), c.urls().stream().map(Pa11yConfig.Target::path).toList());
        Pa11yConfig.Options home = c.optionsFor("/");
        assertEquals(List.of("wcag2a", "wcag21a", "wcag22a"), home.tags());
        assertEquals(List.of("color-contrast"), home.ignore());
        assertEquals(List.of("#map", ".advert"), home.hide());
        assertEquals(5000, home.timeoutMs());
        assertEquals(100, home.waitMs());
        assertNull(home.root());
        Pa11yConfig.Options dental = c.optionsFor("/consultations/dental/");
        assertEquals(List.of("link-name"), dental.ignore(), "a url's ignore replaces the defaults', as in pa11y-ci");
        assertEquals(320, dental.width());
        assertEquals(768, dental.height(), "what a url's viewport leaves out comes from the defaults");
        assertEquals("main", dental.root());
        assertEquals(0, dental.waitMs());
        assertEquals(List.of("#map", ".advert"), dental.hide());
        assertEquals(List.of("wcag2a", "wcag21a", "wcag22a"), dental.tags());
        assertTrue(!home.key().equals(dental.key()), "other settings, another cache key");
    }

    @Test
    void settingsThatDoNotApplyToAStaticSiteAreNamedInANote() throws IOException {
        Pa11yConfig c = read("""
                {"defaults": {"threshold": 5, "runners": ["axe", "htmlcs"], "chromeLaunchConfig": {"args": []}},
                 "urls": [{"url": "/get-involved/", "actions": ["click element #more"]}]}
                """);
        assertEquals(1, c.notes().size(), c.notes().toString());
        assertTrue(c.notes().get(0).contains("'actions', 'chromeLaunchConfig', 'runners'"), c.notes().toString());
        assertEquals(5, c.defaults().threshold(), "threshold is applied, as DESIGN.md says, so it is in no note");
    }

    @Test
    void aMisspeltTopSettingIsAnError() throws IOException {
        // {"default": ..., "url": [...]} was ignored in silence, and every page audited at AA with the standard settings.
        IllegalArgumentException top = assertThrows(IllegalArgumentException.class,
                () -> read("{\"default\": {\"standard\": \"WCAG2AAA\"}, \"urls\": [\"/\"]}"));
        assertTrue(top.getMessage().contains("'default' is not a setting of a .pa11yci file. Did you mean 'defaults'? Its settings "
                + "are 'defaults' and 'urls'."), top.getMessage());
    }

    @Test
    void aFileNotInUtf8AndAViewportChromiumRefusesAreMistakesNotCrashes() throws IOException {
        // Each ended the audit with exit 3 and a stack trace.
        Path latin = dir.resolve(".pa11yci");
        Files.write(latin, "{\"defaults\": {\"hideElements\": \".caf\u00e9\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        IllegalArgumentException encoding = assertThrows(IllegalArgumentException.class, () -> Pa11yConfig.read(latin));
        assertTrue(encoding.getMessage().endsWith(".pa11yci is not saved as UTF-8 text (a letter such as \u00e9 in it is in another "
                + "encoding). Save it again as UTF-8: in most editors, Save as, then Encoding: UTF-8."), encoding.getMessage());
        Path baseline = dir.resolve(".a11y-baseline.json");
        Files.write(baseline, "{\"accepted\": [{\"code\": \"x\", \"page\": \"/caf\u00e9/\", \"selector\": \"p\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Baseline.read(baseline)).getMessage()
                .contains("is not saved as UTF-8 text"));
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> read("{\"defaults\": {\"viewport\": {\"width\": 20000000, \"height\": 800}}}"));
        assertTrue(huge.getMessage().contains("'viewport' needs a width and a height from 1 to 10000 pixels, not 20000000 by 800."),
                huge.getMessage());
        assertEquals(10_000, read("{\"defaults\": {\"viewport\": {\"width\": 10000, \"height\": 800}}}").defaults().width());
    }

    @Test
    void aThresholdIsReadForEveryPageAndAPageCanHaveItsOwn() throws IOException {
        // It was read and ignored with a note, where DESIGN.md lists it among the settings honoured and pa11y-ci passes a
        // page with no more issues than it.
        Pa11yConfig c = read("""
                {"defaults": {"threshold": 2},
                 "urls": ["/", {"url": "/about/", "threshold": 3}, {"url": "/contact-us/", "threshold": 0}, {"url": "/news/", "wait": 10}]}
                """);
        assertEquals(List.of(), c.notes());
        assertEquals(2, c.optionsFor("/").threshold());
        assertEquals(3, c.optionsFor("/about/").threshold());
        assertEquals(0, c.optionsFor("/contact-us/").threshold(), "a page's own 0 puts back pa11y-ci's default");
        assertEquals(2, c.optionsFor("/news/").threshold(), "a page with other settings of its own keeps the default threshold");
        assertEquals(c.optionsFor("/").key(), c.optionsFor("/contact-us/").key(),
                "a threshold changes no finding, so the cache keeps a page's results whatever it is");
        Pa11yConfig.Options about = c.optionsFor("/about/");
        assertFalse(about.withinThreshold(0), "a page with no issues passes anyway, not by its threshold");
        assertTrue(about.withinThreshold(1));
        assertTrue(about.withinThreshold(3));
        assertFalse(about.withinThreshold(4));
        assertFalse(c.optionsFor("/contact-us/").withinThreshold(1));
        assertEquals(2, c.including(true, true).optionsFor("/news/").threshold(), "warnings asked for on the command line keep it");
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> read("{\"urls\": [{\"url\": \"/about/\", \"threshold\": -1}]}"));
        assertTrue(negative.getMessage().contains("(/about/): 'threshold' is the number of issues a page may have and still pass, 0 or more, "
                + "not -1."), negative.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": {\"threshold\": \"5\"}}"));
        assertTrue(text.getMessage().contains("'concurrency' and 'threshold' are numbers"), text.getMessage());
    }

    @Test
    void ignoredCodesAreReadInAnyCaseAsPa11yReadsThem() throws IOException {
        Pa11yConfig c = read("{\"defaults\": {\"ignore\": [\"Color-Contrast\", \"WARNING\"]}}");
        assertEquals(List.of("color-contrast", "warning"), c.defaults().ignore());
    }

    @Test
    void mistakesSayWhatIsWrong() throws IOException {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": {\"hideElement\": \"#x\"}}"));
        assertTrue(typo.getMessage().contains("'hideElement' is not a pa11y-ci setting"), typo.getMessage());
        assertTrue(typo.getMessage().contains("hideElements"), typo.getMessage());
        IllegalArgumentException noUrl = assertThrows(IllegalArgumentException.class, () -> read("{\"urls\": [{\"wait\": 10}]}"));
        assertTrue(noUrl.getMessage().contains("has no 'url'"), noUrl.getMessage());
        IllegalArgumentException standard = assertThrows(IllegalArgumentException.class,
                () -> read("{\"urls\": [{\"url\": \"/\", \"standard\": \"Section508\"}]}"));
        assertTrue(standard.getMessage().contains("'standard' must be WCAG2A, WCAG2AA or WCAG2AAA, not Section508"), standard.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": {\"wait\": \"soon\"}}"));
        assertTrue(kind.getMessage().contains("'timeout', 'wait', 'concurrency' and 'threshold' are numbers"), kind.getMessage());
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": "));
        assertTrue(json.getMessage().contains("is not valid JSON"), json.getMessage());
    }

    /**
     * Found in review: a timeout of 0 reported every page as one that could not be checked (exit 1, blaming the pages),
     * and a concurrency of 0 or a wait below 0 were taken silently. Each is wrong usage, saying what the setting is.
     */
    @Test
    void numbersThatCannotWorkAreRefused() {
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": {\"timeout\": 0}}"));
        assertTrue(timeout.getMessage().contains("'timeout' is how long each page may take to be checked, in milliseconds, 1 or "
                + "more (pa11y's own is 30000, half a minute), not 0."), timeout.getMessage());
        IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                () -> read("{\"urls\": [{\"url\": \"/\", \"timeout\": -5}]}"));
        assertTrue(own.getMessage().contains("not -5."), own.getMessage());
        IllegalArgumentException waiting = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": {\"wait\": -5}}"));
        assertTrue(waiting.getMessage().contains("'wait' is how long to wait before checking a page, in milliseconds, 0 or more, "
                + "not -5."), waiting.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> read("{\"defaults\": {\"concurrency\": 0}}"));
        assertTrue(none.getMessage().contains("'concurrency' is the number of pages checked at once, 1 or more, not 0"), none.getMessage());
    }

    @Test
    void theStandardAndTheLevelsAreReadAsPa11yReadsThem() throws IOException {
        Pa11yConfig c = read("""
                {"defaults": {"standard": "WCAG2AAA", "includeWarnings": true},
                 "urls": ["/", {"url": "/about/", "standard": "WCAG2A", "includeNotices": true, "includeWarnings": false}]}
                """);
        Pa11yConfig.Options home = c.optionsFor("/");
        assertEquals("AAA", home.standard());
        assertTrue(home.tags().contains("wcag2aaa") && home.tags().containsAll(AxeAudit.TAGS), home.tags().toString());
        assertEquals(List.of(true, true, false), List.of(home.reports(1), home.reports(2), home.reports(3)));
        Pa11yConfig.Options about = c.optionsFor("/about/");
        assertEquals("A", about.standard());
        assertEquals(List.of(true, false, true), List.of(about.reports(1), about.reports(2), about.reports(3)),
                "notices without warnings, as pa11y allows");
        assertTrue(c.notes().isEmpty(), "includeWarnings and includeNotices are applied, not ignored: " + c.notes());
        assertEquals(List.of(true, false, false), List.of(Pa11yConfig.DEFAULTS.reports(1), Pa11yConfig.DEFAULTS.reports(2),
                Pa11yConfig.DEFAULTS.reports(3)), "errors only unless asked, as in pa11y");
        assertEquals("AA", Pa11yConfig.DEFAULTS.standard());
    }

    @Test
    void theCommandLineLevelsAddToEveryPagesSettings() throws IOException {
        Pa11yConfig c = read("""
                {"defaults": {"includeNotices": true}, "urls": ["/", {"url": "/about/", "includeNotices": false}]}
                """).including(true, false);
        assertTrue(c.optionsFor("/").reports(2) && c.optionsFor("/").reports(3));
        assertTrue(c.optionsFor("/about/").reports(2) && !c.optionsFor("/about/").reports(3));
        assertTrue(!c.optionsFor("/").key().equals(Pa11yConfig.DEFAULTS.key()), "other levels are another cache key");
        assertTrue(Pa11yConfig.standard().including(false, true).defaults().reports(3));
    }
}
