package org.engagementportal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.engagementportal.audit.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in Debian's Chromium, on the example portal served with its own _headers (so under its
 * Content-Security-Policy): a person types a query into the search box in the header of any page, and the search
 * page finds the page, says how many it found in its status line (which screen readers announce), narrows by
 * type, and works with the keyboard and at 320 pixels wide; with JavaScript off, it offers the A to Z.
 */
class SearchIT {
    @TempDir
    static Path out;
    static ServedExample site;
    static Chromium browser;
    static String origin;

    @BeforeAll
    static void start() throws IOException {
        site = ServedExample.start(out);
        browser = site.browser;
        origin = site.origin;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void wide() {
        browser.viewport(1280, 1024);
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    private static String status() {
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    /** Waits until the status line says how many results there are. */
    private static String waitForResults() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> status().contains(" for "));
        return status();
    }

    private static List<String> resultTitles() {
        return browser.driver().findElements(By.cssSelector("#search-results .portal-search__result h2 a")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> violations() {
        return site.violations();
    }

    @Test
    void aQueryTypedInTheHeaderOfAnyPageFindsThePage() {
        browser.driver().get(origin + "/about/");
        WebElement box = browser.driver().findElement(By.cssSelector("header #search-field"));
        box.sendKeys("Kingsmere drop-in");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/search/?q="));
        String said = waitForResults();
        assertTrue(said.matches("\\d+ results? for “Kingsmere drop-in”\\.( .*)?"), said);
        List<String> titles = resultTitles();
        assertEquals("GP practice merger drop-in – Kingsmere", titles.get(0), "the best match first: " + titles);
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results .portal-search__result"));
        assertTrue(first.getText().contains("Event"), "its type: " + first.getText());
        assertTrue(first.getText().contains("A drop-in session for patients of Kingsmere Road Surgery"), "its summary");
        assertEquals("Kingsmere drop-in", browser.driver().findElement(By.id("search-query")).getAttribute("value"),
                "the query stays in the box");
        assertFalse(browser.driver().findElement(By.id("search-without-script")).isDisplayed(),
                "the A to Z offered without JavaScript is hidden");
        assertEquals(List.of(), violations(), "the script and the index are allowed by the site's policy");
    }

    @Test
    void resultsShowStatusAndCanBeNarrowedByType() {
        browser.driver().get(origin + "/search/?q=dental");
        waitForResults();
        String all = status();
        List<String> titles = resultTitles();
        assertTrue(titles.size() >= 3, titles.toString());
        List<WebElement> facts = browser.driver().findElements(By.cssSelector("#search-results .portal-search__facts"));
        assertTrue(facts.stream().anyMatch(f -> f.getText().startsWith("Consultation · ")), "a consultation with its status: "
                + facts.stream().map(WebElement::getText).toList());
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("search-type"))).selectByVisibleText("Event");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !status().equals(all) && status().contains(" for "));
        assertTrue(status().contains("in events"), status());
        List<WebElement> events = browser.driver().findElements(By.cssSelector("#search-results .portal-search__facts"));
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(f -> f.getText().startsWith("Event")), events.stream().map(WebElement::getText).toList()
                .toString());
        assertTrue(browser.driver().getCurrentUrl().endsWith("?q=dental&type=event"), browser.driver().getCurrentUrl());
    }

    /**
     * A translation is found by its words typed without the letters a keyboard may not have ("uslug" for "usług"), and
     * a result in Urdu is marked with its language and direction, title and summary alike, so a screen reader reads it
     * in an Urdu voice and it is laid out right to left.
     */
    @Test
    void translationsAreFoundAndShownInTheirLanguage() {
        browser.driver().get(origin + "/search/?q=" + java.net.URLEncoder.encode("doroslych uslug", java.nio.charset.StandardCharsets.UTF_8));
        waitForResults();
        assertTrue(browser.driver().findElements(By.cssSelector("#search-results .portal-search__result h2 a")).stream()
                .anyMatch(a -> a.getAttribute("href").endsWith("/consultations/community-mental-health-hubs/pl/")), resultTitles().toString());
        browser.driver().get(origin + "/search/?q=" + java.net.URLEncoder.encode("نارتھم", java.nio.charset.StandardCharsets.UTF_8));
        waitForResults();
        WebElement urdu = browser.driver().findElements(By.cssSelector("#search-results .portal-search__result")).stream()
                .filter(r -> r.findElement(By.cssSelector("h2 a")).getAttribute("href").endsWith("/ur/")).findFirst().orElseThrow();
        WebElement title = urdu.findElement(By.cssSelector("h2 a"));
        WebElement summary = urdu.findElements(By.cssSelector("p")).get(1);
        assertEquals("ur rtl", title.getAttribute("lang") + " " + title.getAttribute("dir"));
        assertEquals("ur rtl", summary.getAttribute("lang") + " " + summary.getAttribute("dir"), summary.getText());
        assertEquals(List.of(), violations());
    }

    /**
     * Chinese has no spaces between words, so a page is found by a word in the middle of a sentence ("口译员",
     * interpreter), not only by the characters a clause starts with, and by a phrase that crosses bold or a link; a
     * character in no page finds nothing.
     */
    @Test
    void chineseIsFoundByAWordInTheMiddleOfASentence(@TempDir Path dir) throws IOException {
        Path built = org.engagementportal.testing.TextSite.write(dir.resolve("site"), """
                -- content/interpreters.md --
                ---
                title: Interpreters
                summary: How to ask for an interpreter.
                ---
                Ask us when you book.
                -- content/interpreters.zh-Hans.md --
                ---
                title: 口译服务
                summary: 如何为您的预约安排口译员。
                ---
                您可以在预约时申请**口译员**。医院的咖啡厅全天开放。我们提供[免费](/interpreters/)的心理健康服务。
                """).build(dir.resolve("out"), "2026-11-23T09:00").succeeded().out();
        try (org.engagementportal.serve.StaticServer server = org.engagementportal.serve.StaticServer.start(built)) {
            String at = server.base().toString().replaceAll("/$", "");
            for (String query : List.of("口译员", "咖啡厅", "心理健康", "免费", "药", "口译服务", "申请口译员", "提供免费的")) {
                browser.driver().get(at + "/search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                String said = waitForResults();
                if (query.equals("药")) {
                    assertEquals("0 results for “药”. Check the spelling, try other words, or find the page by its title in the A to Z.", said,
                            "a character in no page");
                } else {
                    assertEquals(List.of("口译服务"), resultTitles(), query + ": " + said);
                }
            }
        }
    }

    /**
     * A soft hyphen pasted from Word inside a word of a title ("Physio-therapy", hidden unless the word breaks at the end
     * of a line) split the word in the index, so "physiotherapy" did not find the page named by it. The word is found
     * whole, by a query with the soft hyphen in it too (copied from the page), and the page still has it.
     */
    @Test
    void aWordWithASoftHyphenInsideIsFoundWhole(@TempDir Path dir) throws IOException {
        Path built = org.engagementportal.testing.TextSite.write(dir.resolve("site"), """
                -- content/physio.md --
                ---
                title: Physio\u00adtherapy at home
                summary: Exercises to do at home.
                ---
                Our physio\u00adtherapists visit you.
                -- content/therapy.md --
                ---
                title: Talking therapy
                summary: Someone to talk to.
                ---
                Ask your GP.
                """).build(dir.resolve("out"), "2026-11-23T09:00").succeeded().out();
        assertTrue(Files.readString(built.resolve("physio/index.html")).contains("Physio\u00adtherapy at home"), "the page keeps it");
        try (org.engagementportal.serve.StaticServer server = org.engagementportal.serve.StaticServer.start(built)) {
            String at = server.base().toString().replaceAll("/$", "");
            for (String query : List.of("physiotherapy", "Physio\u00adtherapy", "physiotherapists", "physio\u00adtherapists at home")) {
                browser.driver().get(at + "/search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                String said = waitForResults();
                assertEquals(List.of("Physiotherapy at home"), resultTitles().stream().map(t -> t.replace("\u00ad", "")).toList(),
                        query + ": " + said);
            }
        }
    }

    /**
     * A build renumbers the pages, and a tab open across a publish mixed the two builds' files: a search after it showed
     * other pages' titles. And a file that failed to load once was never asked for again, so every later search said
     * search was not working until the page was reloaded.
     */
    @Test
    void aSearchAfterAPublishUsesThatBuildsFilesAndAFailedFileIsAskedForAgain(@TempDir Path dir) throws IOException {
        org.engagementportal.testing.TextSite s = org.engagementportal.testing.TextSite.write(dir.resolve("site"), """
                -- content/maternity.md --
                ---
                title: Maternity services
                summary: Having a baby in Testshire.
                ---
                Midwives and maternity care.
                -- content/hubs.md --
                ---
                title: Mental health hubs
                summary: Hubs for mental health.
                ---
                Talking therapies under one roof.
                """);
        Path live = dir.resolve("live");
        s.build(live, "2026-11-23T09:00").succeeded();
        try (org.engagementportal.serve.StaticServer server = org.engagementportal.serve.StaticServer.start(live)) {
            String at = server.base().toString().replaceAll("/$", "");
            browser.driver().get(at + "/search/?q=hubs");
            waitForResults();
            assertEquals(List.of("Mental health hubs"), resultTitles());
            // A page whose title comes first: every page after it is numbered one more.
            java.nio.file.Files.writeString(s.root().resolve("content/aardvark.md"),
                    "---\ntitle: Aardvark notice\nsummary: A notice.\n---\nAbout aardvarks.\n");
            s.build(live, "2026-11-23T09:00").succeeded();
            search("maternity");
            assertEquals(List.of("Maternity services"), resultTitles(), status());
            // A word file gone (as mid-publish), then back: the search after it works.
            Path words = live.resolve("search/words");
            Map<Path, byte[]> kept = new java.util.HashMap<>();
            try (var files = java.nio.file.Files.list(words)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("t")).toList()) {
                    kept.put(f, java.nio.file.Files.readAllBytes(f));
                    java.nio.file.Files.delete(f);
                }
            }
            assertFalse(kept.isEmpty());
            search("talking");
            assertTrue(status().startsWith("Search is not working"), status());
            for (var e : kept.entrySet()) {
                java.nio.file.Files.write(e.getKey(), e.getValue());
            }
            search("talking therapies");
            assertEquals(List.of("Mental health hubs"), resultTitles(), status());
        }
    }

    /** Types a query into the search page's own box and submits it, in the same tab (no new page is loaded). */
    private static void search(String query) {
        WebElement box = browser.driver().findElement(By.id("search-query"));
        String before = status();
        box.clear();
        box.sendKeys(query);
        box.submit();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !status().equals(before)
                && (status().contains(" for ") || status().startsWith("Search is not working")));
    }

    /** "A&E" was "a word of two letters or more" to search for, and found nothing. */
    @Test
    void anAbbreviationWithAnAmpersandIsFound() {
        browser.driver().get(origin + "/search/?q=" + java.net.URLEncoder.encode("A&E", java.nio.charset.StandardCharsets.UTF_8));
        String said = waitForResults();
        assertFalse(resultTitles().isEmpty(), said);
    }

    /** Only common words ("the"): the reader had typed a word and was told to "Enter a word to search for". */
    @Test
    void onlyCommonWordsSaysWhatToSearchFor() {
        browser.driver().get(origin + "/search/?q=the");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> status().startsWith("Search for"));
        assertEquals("Search for a word of two letters or more. Common words, such as “the”, are left out.", status());
    }

    @Test
    void aThreeLetterPluralFindsItsWord() {
        // "GPs" found nothing ("Check the spelling") where "GP" is on dozens of pages: the index keeps a three-letter word's s.
        browser.driver().get(origin + "/search/?q=GP");
        String gp = waitForResults();
        browser.driver().get(origin + "/search/?q=GPs");
        String gps = waitForResults();
        assertTrue(gps.matches("\\d+ results for “GPs”.*") && !gps.startsWith("0 "), gps);
        assertEquals(gp.split(" ")[0], gps.split(" ")[0], "as many as for GP: " + gp + " / " + gps);
    }

    @Test
    void noResultsInATypeSaysHowManyThereAreInAllTypes() {
        // It said "Check the spelling" for a word with 14 results, all in other types.
        browser.driver().get(origin + "/search/?q=dental");
        String all = waitForResults();
        browser.driver().get(origin + "/search/?q=dental&type=engagement");
        String none = waitForResults();
        assertEquals("0 results for “dental” in engagement. There are " + all.split(" ")[0] + " results in all types: "
                + "choose “All types” to see them.", none);
    }

    @Test
    void movingThroughTheTypesSearchesOnceWhereTheReaderStopsAndAddsNoHistory() {
        // Each arrow key was a search, an announcement and an entry in the history, so Back walked through every type.
        browser.driver().get(origin + "/search/?q=dental");
        waitForResults();
        long before = ((Number) browser.driver().executeScript("return history.length")).longValue();
        browser.driver().executeScript("window.said = []; new MutationObserver(() => window.said.push("
                + "document.getElementById('search-status').textContent)).observe(document.getElementById('search-status'), "
                + "{childList: true, characterData: true, subtree: true});");
        WebElement select = browser.driver().findElement(By.id("search-type"));
        select.sendKeys(Keys.ARROW_DOWN);
        select.sendKeys(Keys.ARROW_DOWN);
        select.sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.driver().getCurrentUrl().contains("&type="));
        waitForResults();
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) browser.driver().executeScript("return window.said");
        assertTrue(said.stream().filter(x -> x.contains(" for ")).count() <= 1, "one search, said once: " + said);
        assertEquals(before, ((Number) browser.driver().executeScript("return history.length")).longValue(), "no new entries");
    }

    @Test
    void theSkipLinkOnTheSearchPageMovesOnAndDoesNotSearchAgain() {
        // A link to a part of the page fired popstate, and the search was made again: the results shown by "Show more"
        // went, and the results were announced again.
        browser.driver().get(origin + "/search/?q=dental");
        waitForResults();
        browser.driver().findElement(By.id("search-more")).findElement(By.tagName("button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> resultTitles().size() > 10);
        int shown = resultTitles().size();
        browser.driver().executeScript("window.said = []; new MutationObserver(() => window.said.push("
                + "document.getElementById('search-status').textContent)).observe(document.getElementById('search-status'), "
                + "{childList: true, characterData: true, subtree: true});");
        browser.driver().findElement(By.cssSelector("a.nhsuk-skip-link")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#maincontent"));
        browser.driver().executeScript("return new Promise(r => setTimeout(r, 500))");
        assertEquals(shown, resultTitles().size(), "the results shown stay");
        assertEquals(List.of(), browser.driver().executeScript("return window.said"), "nothing announced again");
    }

    @Test
    void afterAFailedSearchAWorkingOneHidesTheWordsAboutJavaScriptBeingOff() {
        // Once shown by a failure, "Search needs JavaScript, which is off" stayed under every later result.
        browser.driver().get(origin + "/search/");
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*index.json*")));
        try {
            WebElement box = browser.driver().findElement(By.id("search-query"));
            box.sendKeys("dental", Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> status().startsWith("Search is not working"));
            assertTrue(browser.driver().findElement(By.id("search-without-script")).isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        browser.driver().findElement(By.cssSelector("#search-page-form button[type=submit]")).click();
        waitForResults();
        assertFalse(browser.driver().findElement(By.id("search-without-script")).isDisplayed(), status());
    }

    @Test
    void showMoreAfterAPublishMakesTheSearchAgainAndSaysSo() throws IOException {
        // A tab left open across a publish paged on with the old build's numbers into the new build's files.
        browser.driver().get(origin + "/search/?q=dental");
        waitForResults();
        Path index = out.resolve("search/index.json");
        String was = Files.readString(index);
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("\"version\":\\s*\"([^\"]+)\"").matcher(was);
        assertTrue(version.find(), was.substring(0, Math.min(200, was.length())));
        try {
            // As a publish leaves it: a new version of the index (the server sends no copy the browser may keep).
            Files.writeString(index, was.replace(version.group(0), "\"version\": \"" + version.group(1) + "-next\""));
            browser.driver().findElement(By.id("search-more")).findElement(By.tagName("button")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> status().contains("The website was updated since your search, so these are its results now."));
            assertTrue(status().matches("\\d+ results for “dental”, showing 10\\. The website was updated.*"), status());
            assertEquals(browser.driver().switchTo().activeElement(), browser.driver().findElement(By.cssSelector("#search-results a")),
                    "focus on the first result, as the button pressed went");
        } finally {
            Files.writeString(index, was);
        }
    }

    @Test
    void searchingWithAnEmptyBoxSaysWhatToDo() {
        browser.driver().get(origin + "/search/?q=dental");
        waitForResults();
        WebElement box = browser.driver().findElement(By.id("search-query"));
        box.clear();
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> status().equals("Type a word to search for."));
        assertTrue(resultTitles().isEmpty());
    }

    @Test
    void aWordThatIsNowhereSaysSo() {
        browser.driver().get(origin + "/search/?q=xylophone");
        assertEquals("0 results for “xylophone”. Check the spelling, try other words, or find the page by its title in the A to Z.",
                waitForResults());
        assertTrue(resultTitles().isEmpty());
    }

    @Test
    void theKeyboardAloneSearchesAndReachesAResult() {
        browser.driver().get(origin + "/search/");
        WebElement query = browser.driver().findElement(By.id("search-query"));
        query.click();
        query.sendKeys("dentist");
        // Tab past the type and the button, then Enter on the button.
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("search-type", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("Search", browser.driver().switchTo().activeElement().getText());
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waitForResults();
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals(resultTitles().get(0), focused.getText(), "the next stop after the button is the first result");
        String href = focused.getAttribute("href");
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().equals(href));
    }

    @Test
    void resultsFitA320PixelScreen() {
        browser.viewport(320, 640);
        browser.driver().get(origin + "/search/?q=consultation");
        waitForResults();
        assertFalse(resultTitles().isEmpty());
        List<?> w = (List<?>) browser.driver().executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(), "nothing scrolls sideways: " + w);
        if (status().contains("showing")) {
            WebElement more = browser.driver().findElement(By.cssSelector("#search-more button"));
            int before = resultTitles().size();
            more.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> resultTitles().size() > before);
            assertEquals(resultTitles().get(before), browser.driver().switchTo().activeElement().getText(),
                    "focus moves to the first of the new results");
        }
    }

    /**
     * Found in review: "Show more results" was an item of the results' list, so screen readers said "list, 11 items" and
     * counted the button as a result. It follows the list; a new search takes it away with the results.
     */
    @Test
    void theButtonForMoreResultsIsNotAResult() {
        browser.viewport(1280, 1024);
        browser.driver().get(origin + "/search/?q=consultation");
        assertTrue(waitForResults().contains(", showing 10."), status());
        assertEquals(10, browser.driver().findElements(By.cssSelector("#search-results > li")).size());
        assertEquals(10, resultTitles().size());
        WebElement more = browser.driver().findElement(By.id("search-more"));
        assertEquals("p", more.getTagName());
        assertEquals("search-results", (String) browser.driver().executeScript(
                "return document.getElementById('search-more').previousElementSibling.id;"));
        more.findElement(By.tagName("button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> resultTitles().size() > 10);
        assertEquals(resultTitles().size(), browser.driver().findElements(By.cssSelector("#search-results > li")).size());
        WebElement query = browser.driver().findElement(By.id("search-query"));
        query.clear();
        query.sendKeys("dentist", org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> status().contains("dentist"));
        if (!status().contains("showing")) {
            assertTrue(browser.driver().findElements(By.id("search-more")).isEmpty(), "gone with the results it was for");
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageOffersTheAToZ() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.driver().get(origin + "/search/?q=dentist");
        WebElement fallback = browser.driver().findElement(By.id("search-without-script"));
        assertTrue(fallback.isDisplayed());
        // A form that cannot search is not offered above the words that say so (it was: typed into, it did nothing).
        assertFalse(browser.driver().findElement(By.id("search-page-form")).isDisplayed(), "the form that needs the script");
        fallback.findElement(By.linkText("A to Z of pages")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/a-z/")
                && !d.findElements(By.cssSelector("nav.portal-a-z a[href='/a-z/d/']")).isEmpty());
        browser.driver().findElement(By.cssSelector("nav.portal-a-z a[href='/a-z/d/']")).click();
        // The address changes before the new page's document can be read: wait for its links, not only its address.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/a-z/d/")
                && !d.findElements(By.cssSelector(".portal-a-z__pages a")).isEmpty());
    }
}
