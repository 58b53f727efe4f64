package org.engagementportal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementportal.testing.HtmlValidator;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example portal in {@code content/}: it builds cleanly on the clock its content is written for, it has
 * everything the product promises to show, and every page it makes is valid HTML per the Nu validator.
 */
class ExamplePortalTest {
    static final String NOW = TestSite.EXAMPLE_NOW;
    static final Path PROJECT = TestSite.PROJECT;

    @TempDir
    static Path out;
    static Portal.Run run;

    @BeforeAll
    static void build() {
        run = Portal.run("build", "--source", PROJECT.toString(), "--out", out.toString(), "--now", NOW, "-q");
    }

    static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document page(String path) {
        return Jsoup.parse(TestSite.read(out.resolve(path.substring(1)).resolve("index.html")));
    }

    @Test
    void buildsWithoutErrors() {
        assertEquals(0, run.exit(), run.all());
    }

    @Test
    void passesPortalCheckWithTheFastRulesOnWholePages() {
        Portal.Run check = Portal.run("check", "--source", PROJECT.toString(), "--now", NOW, "-q");
        assertEquals(0, check.exit(), check.all());
    }

    @Test
    void everyPageIsValidHtml() {
        assertEquals(0, run.exit(), run.all());
        HtmlValidator validator = new HtmlValidator();
        Map<String, List<String>> invalid = new TreeMap<>();
        List<Path> pages = files(out, ".html");
        for (Path page : pages) {
            List<String> errors = validator.errors(page);
            if (!errors.isEmpty()) {
                invalid.put(out.relativize(page).toString(), errors);
            }
        }
        assertTrue(pages.size() > 60, "pages checked: " + pages.size());
        assertEquals(Map.of(), invalid);
    }

    @Test
    void coversEveryKindOfContent() {
        List<Path> content = files(PROJECT.resolve("content"), ".md");
        assertTrue(content.size() >= 40, "content files: " + content.size());
        Map<String, Long> byFolder = content.stream().collect(Collectors.groupingBy(
                p -> PROJECT.resolve("content").relativize(p).getParent() == null ? ""
                        : PROJECT.resolve("content").relativize(p).getParent().toString(), TreeMap::new, Collectors.counting()));
        assertTrue(byFolder.getOrDefault("bulletins/weekly", 0L) >= 7, byFolder.toString());
        assertTrue(byFolder.getOrDefault("bulletins/stakeholder", 0L) >= 7, byFolder.toString());
        assertTrue(byFolder.getOrDefault("events", 0L) >= 4, byFolder.toString());
        assertTrue(content.stream().filter(p -> p.toString().endsWith(".easy-read.md")).count() >= 2);
    }

    @Test
    void consultationsAreShownInEveryState() {
        Document listing = page("/consultations/");
        List<String> tags = new ArrayList<>(listing.select(".nhsuk-card .nhsuk-tag").eachText());
        for (String state : List.of("Opening soon", "Open", "Closing soon", "Closed", "Outcome published")) {
            assertTrue(tags.contains(state), state + " missing from " + tags);
        }
    }

    @Test
    void theGoverningBodyHasAtLeastFourMeetingsWithAgendas() {
        List<String> meetings = page("/governing-body/").select(".nhsuk-card a[href^=/governing-body/]").eachAttr("href");
        assertTrue(meetings.size() >= 4, meetings.toString());
        for (String href : meetings) {
            assertTrue(page(href).select("ol.portal-agenda > li").size() >= 3, href + " has an agenda");
        }
    }

    @Test
    void theStatementsAndKeyPagesExist() {
        assertTrue(page("/accessibility/").selectFirst("h1").text().startsWith("Accessibility statement"));
        assertTrue(page("/accessible-information/").selectFirst("h1").text().contains("Accessible Information"));
        assertTrue(Files.isRegularFile(out.resolve("accessible-information/easy-read/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("about/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("get-involved/index.html")));
    }
}
