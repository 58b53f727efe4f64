package org.engagementportal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementportal.serve.StaticServer;
import org.engagementportal.audit.Audit;
import org.engagementportal.audit.Chromium;
import org.engagementportal.testing.Portal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the example portal in a real browser (Debian's Chromium) at 320 CSS pixels wide: nothing
 * scrolls sideways (WCAG 2.2, 1.4.10 Reflow), and the page fetches nothing from any other origin.
 */
class ReflowIT {
    @TempDir
    static Path out;
    static StaticServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Portal.buildExample(out);
        server = StaticServer.start(out);
        browser = new Chromium(1280, 1024);
        browser.viewport(320, 640);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** What one visit to every page at 320 pixels found, for the two tests below. */
    private record At320(int pages, Map<String, String> sideways, int cells, Map<String, String> brokenWords) {
    }

    private static At320 at320;

    /**
     * Every page visited once at 320 pixels, for both tests at that width (each visited every page, about 45 s apiece).
     * Pages that only redirect (old addresses) are left out: their meta refresh navigates away at once, so a script run on
     * them can land between two documents.
     */
    private static synchronized At320 at320() {
        if (at320 != null) {
            return at320;
        }
        browser.viewport(320, 640);
        List<String> pages = Audit.pages(out);
        Map<String, String> sideways = new TreeMap<>();
        Map<String, String> broken = new TreeMap<>();
        int cells = 0;
        String origin = server.base().toString().replaceAll("/$", "");
        for (String page : pages) {
            String path = page.equals("/404.html") ? "/no-such-page/" : page;
            browser.driver().get(URI.create(origin + path).toString());
            Object width = browser.driver().executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            List<?> w = (List<?>) width;
            long scroll = ((Number) w.get(0)).longValue();
            long client = ((Number) w.get(1)).longValue();
            if (scroll > client) {
                sideways.put(path, "scrolls sideways: content is " + scroll + "px wide in a " + client + "px window");
            }
            @SuppressWarnings("unchecked")
            List<String> foreign = (List<String>) browser.driver().executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                            + ".filter(n => !n.startsWith(location.origin + '/'));");
            if (!foreign.isEmpty()) {
                sideways.merge(path, "fetches from elsewhere: " + foreign, (a, b) -> a + "; " + b);
            }
            if (!page.equals("/404.html")) {
                cells += brokenWordsOnThisPage("main td, main th, .portal-address, .portal-picture-row", page, broken);
            }
        }
        at320 = new At320(pages.size(), sideways, cells, broken);
        return at320;
    }

    @Test
    void nothingScrollsSidewaysAt320PixelsAndNothingComesFromElsewhere() {
        At320 seen = at320();
        assertTrue(seen.pages() > 60, "pages: " + seen.pages());
        assertEquals(Map.of(), seen.sideways());
    }

    /**
     * Words that fit on a line are never broken across two at 320 pixels, in tables and postal addresses: a link or a
     * glossary term in a cell made each part of the cell a column of its own ("EvG / eniP / ng"), the headings beside
     * them broke at every letter ("A/ct/io/n"), and postal addresses took the feed addresses' break-anywhere rule
     * ("Mill Lan / e" on the envelope), nor in easy read's rows of a picture and words: laid out as a row of boxes, the link
     * in "You can read the full minutes." was a column of its own ("full / minut / es"). Each word's boxes on the screen are measured; two lines for a word narrower than
     * its cell is a word broken (a hyphenated word may break after its hyphen).
     */
    @Test
    void wordsInTablesPostalAddressesAndPictureRowsStayWholeAt320Pixels() {
        At320 seen = at320();
        assertTrue(seen.cells() > 100, "cells and addresses looked at: " + seen.cells());
        assertEquals(Map.of(), seen.brokenWords());
    }

    /**
     * Found in review: at an ordinary desktop width a table of the example's own ("Consul/t", "Octob/er") broke words in
     * its cells, as text that may break anywhere let the browser squeeze a column narrower than its longest word.
     */
    @Test
    void wordsInTablesStayWholeAtDesktopWidth() {
        browser.viewport(1280, 1024);
        try {
            wordsStayWhole("main td, main th", 100);
        } finally {
            browser.viewport(320, 640);
        }
    }

    /** A copy of the example's content in {@code dir}, to change before {@link #built}. */
    private static Path exampleCopy(Path dir) {
        Path site = dir.resolve("site");
        org.engagementportal.testing.TestSite.copyTree(org.engagementportal.testing.TestSite.PROJECT.resolve("content"),
                site.resolve("content"));
        return site;
    }

    /** The site built, as the example is, into {@code dir}'s out/. */
    private static Path built(Path site, Path dir) {
        Path out = dir.resolve("out");
        org.engagementportal.testing.Portal.Run run = org.engagementportal.testing.Portal.run("build", "--source", site.toString(),
                "--out", out.toString(), "--now", org.engagementportal.testing.TestSite.EXAMPLE_NOW, "-q");
        assertEquals(0, run.exit(), run.all());
        return out;
    }

    /** No word of the text in {@code selector}, on any page, is broken across lines where there is room for it. */
    private static void wordsStayWhole(String selector, int atLeast) {
        String origin = server.base().toString().replaceAll("/$", "");
        Map<String, String> problems = new TreeMap<>();
        int tables = 0;
        for (String page : Audit.pages(out)) {
            if (page.equals("/404.html")) {
                continue;
            }
            browser.driver().get(origin + page);
            tables += brokenWordsOnThisPage(selector, page, problems);
        }
        assertTrue(tables > atLeast, "cells and addresses looked at: " + tables);
        assertEquals(Map.of(), problems);
    }

    /**
     * Puts into {@code problems} the words of the text in {@code selector} on the page the browser shows ({@code page}) that
     * are broken across lines where there is room for them; gives how many elements the selector found.
     */
    private static int brokenWordsOnThisPage(String selector, String page, Map<String, String> problems) {
        List<?> found = (List<?>) browser.driver().executeScript("""
                const broken = [];
                const roots = [...document.querySelectorAll(arguments[0])];
                for (const root of roots) {
                  const limit = root.getBoundingClientRect().width;
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    for (const m of n.data.matchAll(/[^\\s\\-\\u2010]+[\\-\\u2010]?/g)) { // a hyphen is a place to break
                      const r = document.createRange();
                      r.setStart(n, m.index);
                      r.setEnd(n, m.index + m[0].length);
                      const boxes = [...r.getClientRects()].filter(b => b.width > 0);
                      const lines = new Set(boxes.map(b => Math.round(b.top)));
                      const width = boxes.reduce((sum, b) => sum + b.width, 0);
                      if (lines.size > 1 && width < limit - 2) broken.push(m[0]);
                    }
                  }
                }
                return [roots.length, broken.slice(0, 5).join(' | ')];""", selector);
        if (!((String) found.get(1)).isEmpty()) {
            problems.put(page, "words broken: " + found.get(1));
        }
        return ((Number) found.get(0)).intValue();
    }

    /**
     * Found in review: NHS.UK frontend's print style wrote every link's address after it, so a printed page carried lines
     * of "mailto:...?subject=Request%20for%20another%20format" in its request box and "tel:+44..." after each phone
     * number. On paper only a web address a reader can type, or a document's, is printed; and an event's booking form and
     * the address to join an event or a meeting online are (they were not: "Book a place" with nowhere to go).
     */
    @Test
    void onPaperOnlyWebAddressesAndDocumentsArePrinted(@TempDir Path dir) throws IOException {
        Path site = exampleCopy(dir);
        Path page = site.resolve("content/about.md");
        java.nio.file.Files.writeString(page, java.nio.file.Files.readString(page) + "\nRead [Healthwatch Northshire's report]"
                + "(https://healthwatch.example/report) or [our plans](/consultations/), or [email us](mailto:a@b.example).\n");
        Path built = built(site, dir);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try (StaticServer own = StaticServer.start(built)) {
            String origin = own.base().toString().replaceAll("/$", "");
            Map<String, String> printed = new TreeMap<>();
            for (String path : List.of("/about/", "/consultations/community-mental-health-hubs/", "/accessibility/",
                    "/events/ppg-network-winter-meeting/", "/governing-body/2027-01-28/")) {
                browser.driver().get(origin + path);
                List<?> links = (List<?>) browser.driver().executeScript("""
                        return [...document.querySelectorAll('a[href]')]
                          .map(a => [a.getAttribute('href'), a.closest('.portal-documents') ? 'document' : 'link',
                                     getComputedStyle(a, '::after').content])
                          .filter(x => !['none', 'normal', '""'].includes(x[2])).map(x => x.join(' => '));""");
                links.forEach(l -> printed.put(String.valueOf(l), path));
            }
            assertTrue(printed.keySet().stream().anyMatch(k -> k.startsWith("https://healthwatch.example/report => ")),
                    printed.toString());
            assertTrue(printed.keySet().stream().anyMatch(k -> k.matches("/[^ ]+\\.pdf => document => .*")), printed.toString());
            // An event's booking form and where to join it, and a meeting's, on a printed poster or agenda.
            for (String address : List.of("https://forms.northshire-icb.example/book/ppg-network-january",
                    "https://engage.northshire-icb.example/live/ppg-network", "https://engage.northshire-icb.example/live/governing-body")) {
                assertTrue(printed.keySet().stream().anyMatch(k -> k.startsWith(address + " => ")), address + " in " + printed);
            }
            List<String> wrong = printed.keySet().stream().filter(k -> !k.startsWith("http") && !k.contains(" => document => "))
                    .toList();
            assertEquals(List.of(), wrong);
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void anOldAddressTakesTheBrowserToTheNewPage() {
        String origin = server.base().toString().replaceAll("/$", "");
        browser.driver().get(origin + "/have-your-say/gp-evening-appointments/");
        // The address changes as soon as the browser starts on the new page, before that page's document is
        // there to read, so the wait is for the new page's heading as well as its address.
        String heading = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .until(d -> d.getCurrentUrl().endsWith("/consultations/gp-extended-access/")
                                && "complete".equals(((JavascriptExecutor) d)
                                        .executeScript("return document.readyState"))
                        ? d.findElement(By.tagName("h1")).getText()
                        : null);
        assertEquals("Extended access to GP appointments", heading);
    }

    /**
     * Words from content in the frame around the main text: a site alert with a long email address (on every page), and
     * an easy-read version's back link to a page whose title has a long word. Each made the page 430 to 640 pixels wide
     * at 320; only the main text wrapped. And a postal address keeps the lines it was written on.
     */
    @Test
    void longWordsInTheFrameWrapAndAPostalAddressKeepsItsLines(@TempDir Path dir) throws IOException {
        Path site = exampleCopy(dir);
        Path yml = site.resolve("content/_data/site.yml");
        java.nio.file.Files.writeString(yml, java.nio.file.Files.readString(yml).replace("Call us on 01632 960 100 instead.",
                "Email musculoskeletal.physiotherapy.podiatry.orthotics.engagement@northshire-integrated-care-board.example instead."));
        Path page = site.resolve("content/about.md");
        java.nio.file.Files.writeString(page, java.nio.file.Files.readString(page)
                .replaceFirst("title: (.*)\n", "title: $1 (MSK-PhysioPodiatryOrthoticsReconfigurationProgramme2026)\n"));
        java.nio.file.Files.writeString(site.resolve("content/about.easy-read.md"), "---\ntitle: About us in easy read\n"
                + "summary: Who we are.\n---\nWe plan health services.\n");
        Path built = built(site, dir);
        try (StaticServer own = StaticServer.start(built)) {
            String origin = own.base().toString().replaceAll("/$", "");
            for (String path : List.of("/", "/about/", "/about/easy-read/")) {
                browser.driver().get(origin + path);
                List<?> w = (List<?>) browser.driver().executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
                assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), path + " is " + w.get(0) + "px wide");
            }
            browser.driver().get(origin + "/accessible-information/");
            String post = (String) browser.driver().executeScript("return document.querySelector('.portal-address').innerText;");
            assertEquals("Accessible Information\nNHS Northshire Integrated Care Board\nRiverside House, 14 Mill Lane\nEastbrook\nNS1 4QT",
                    post);
        }
    }

    /**
     * Found in review: a table with a long email address or web address in a cell, as comms staff write a list of
     * services and who to contact, was 560 pixels wide at 320 (its cells broke a word only where the whole column could
     * not hold it, and an address is one long word), and wider than the page at a desktop width with three columns.
     */
    @Test
    void aTableWithALongEmailOrWebAddressFitsAt320PixelsAndOnADesktop(@TempDir Path dir) throws IOException {
        Path site = exampleCopy(dir);
        Path page = site.resolve("content/about.md");
        java.nio.file.Files.writeString(page, java.nio.file.Files.readString(page) + """

                | Service | Who to contact | More information |
                |---|---|---|
                | Musculoskeletal physiotherapy | msk.physiotherapy.referrals.team@northshire-integrated-care-board.example | https://www.northshire-integrated-care-board.example/services/musculoskeletal/physiotherapy/referrals-and-waiting-times |
                | Podiatry | [podiatry.appointments.eastbrook@northshire-integrated-care-board.example](mailto:podiatry.appointments.eastbrook@northshire-integrated-care-board.example) | [Podiatry referrals and waiting times](https://www.northshire-integrated-care-board.example/services/podiatry) |
                """);
        Path built = built(site, dir);
        try (StaticServer own = StaticServer.start(built)) {
            String origin = own.base().toString().replaceAll("/$", "");
            Map<String, String> problems = new TreeMap<>();
            for (int width : new int[] {320, 1280}) {
                browser.viewport(width, 1024);
                browser.driver().get(origin + "/about/");
                List<?> w = (List<?>) browser.driver().executeScript(
                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, "
                                + "Math.max(...[...document.querySelectorAll('main table')].map(t => t.getBoundingClientRect().right)), "
                                + "document.querySelector('main').getBoundingClientRect().right];");
                if (((Number) w.get(0)).longValue() > ((Number) w.get(1)).longValue()
                        // NHS.UK frontend makes a table 100% wide plus its heading's border twice (2 pixels).
                        || ((Number) w.get(2)).doubleValue() > ((Number) w.get(3)).doubleValue() + 2.5) {
                    problems.put(width + "px", "page " + w.get(0) + "px wide in " + w.get(1) + "; table's right edge " + w.get(2)
                            + " past the main text's " + w.get(3));
                }
            }
            assertEquals(Map.of(), problems);
        } finally {
            browser.viewport(320, 640);
        }
    }

    /**
     * "Large print" is for people with low vision, often on a phone: set larger, the pages with tables of numbers and the
     * search page's select were 338 to 366 pixels wide at 320. Every page is checked in large print too.
     */
    @Test
    void nothingScrollsSidewaysAt320PixelsInLargePrint() {
        String origin = server.base().toString().replaceAll("/$", "");
        Map<String, String> problems = new TreeMap<>();
        for (String page : Audit.pages(out)) {
            if (page.equals("/404.html")) {
                continue;
            }
            browser.driver().get(origin + page + "#large-print");
            List<?> w = (List<?>) browser.driver().executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, "
                            + "getComputedStyle(document.documentElement).fontSize, "
                            + "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > "
                            + "document.documentElement.clientWidth).slice(-3).map(e => e.tagName + '.' + e.className + ' '"
                            + " + Math.round(e.getBoundingClientRect().width)).join('; ')];");
            if (((Number) w.get(0)).longValue() > ((Number) w.get(1)).longValue()) {
                problems.put(page, w.get(0) + "px wide (text " + w.get(2) + "; widest: " + w.get(3) + ")");
            }
        }
        assertEquals(Map.of(), problems);
    }
}
