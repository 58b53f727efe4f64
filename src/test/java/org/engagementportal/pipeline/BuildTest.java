package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture site {@code src/test/resources/sites/small} once and checks what a reader, a search
 * engine and the CDN get, by parsing the output with Jsoup.
 */
class BuildTest {
    static final String NOW = "2026-03-01T09:00";
    static final String BASE = "https://engage.testshire.example/";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() {
        Path site = TestSite.copy("small", dir.resolve("site"));
        out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW, "-q");
        assertEquals(0, run.exit(), run.all());
    }

    static Document page(String path) {
        Path file = out.resolve(path.substring(1)).resolve("index.html");
        assertTrue(Files.isRegularFile(file), "no page at " + path);
        return Jsoup.parse(TestSite.read(file), BASE + path.substring(1));
    }

    static List<Path> htmlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content pages and listings, not the redirect pages left at old addresses. */
    static List<Path> contentPages() {
        return htmlFiles(out).stream()
                .filter(p -> Jsoup.parse(TestSite.read(p)).select("meta[http-equiv=refresh]").isEmpty())
                .toList();
    }

    @Test
    void everyContentFileGetsACleanAddress() {
        for (String path : List.of("/", "/about/", "/get-involved/", "/accessibility/", "/accessible-information/",
                "/consultations/dental-access/", "/consultations/dental-access/easy-read/", "/consultations/talking-therapies/",
                "/governing-body/2026-03-12/", "/bulletins/weekly/2026-02-20/", "/events/eastbrook-drop-in/")) {
            assertFalse(page(path).select("h1").isEmpty(), path);
        }
    }

    @Test
    void everyTypeHasAListing() {
        assertEquals("Consultations", page("/consultations/").selectFirst("h1").text());
        assertEquals("Governing Body", page("/governing-body/").selectFirst("h1").text());
        assertEquals("Patient and public bulletin", page("/bulletins/weekly/").selectFirst("h1").text());
        assertFalse(page("/bulletins/").select("a[href=/bulletins/weekly/]").isEmpty());
        assertFalse(page("/events/").select("a[href=/events/eastbrook-drop-in/]").isEmpty());
        assertFalse(page("/meetings/").select("a[href=/governing-body/2026-03-12/]").isEmpty());
        assertFalse(page("/topics/dentistry/").select("a[href=/consultations/dental-access/]").isEmpty());
        assertFalse(page("/areas/kingsmere/").select("a[href=/consultations/talking-therapies/]").isEmpty());
    }

    @Test
    void everyPageHasTheNhsFrameForKeyboardAndScreenReaderUsers() {
        List<Path> pages = contentPages();
        assertTrue(pages.size() >= 20, "pages: " + pages.size());
        for (Path file : pages) {
            Document doc = Jsoup.parse(TestSite.read(file));
            String name = out.relativize(file).toString();
            assertEquals("en-GB", doc.selectFirst("html").attr("lang"), name);
            assertFalse(doc.title().isBlank(), name);
            assertEquals(1, doc.select("h1").size(), name + " has one main heading");
            Element skip = doc.selectFirst("a.nhsuk-skip-link");
            assertNotNull(skip, name + " has a skip link");
            assertNotNull(doc.getElementById(skip.attr("href").substring(1)), name + ": the skip link's target exists");
            assertNotNull(doc.selectFirst("header.nhsuk-header"), name);
            Element footer = doc.selectFirst("footer.nhsuk-footer");
            assertNotNull(footer, name);
            assertFalse(footer.select("a[href=/accessibility/]").isEmpty(), name + " links the accessibility statement");
            assertFalse(footer.select("a[href=/accessible-information/]").isEmpty(), name + " links the AIS");
            Set<String> ids = new TreeSet<>();
            for (Element e : doc.select("[id]")) {
                assertTrue(ids.add(e.id()), name + ": duplicate id " + e.id());
            }
        }
    }

    @Test
    void innerPagesHaveBreadcrumbsBackToTheirListing() {
        Element crumbs = page("/consultations/dental-access/").selectFirst("nav.nhsuk-breadcrumb");
        assertNotNull(crumbs);
        assertEquals(List.of("/", "/consultations/"), crumbs.select("ol a").eachAttr("href"));
        assertNull(page("/").selectFirst("nav.nhsuk-breadcrumb"), "the home page needs no breadcrumbs");
    }

    private static void assertNull(Object o, String message) {
        assertTrue(o == null, message);
    }

    @Test
    void noPageNeedsJavaScriptOrFetchesFromAnotherOrigin() throws IOException {
        for (Path file : htmlFiles(out)) {
            Document doc = Jsoup.parse(TestSite.read(file));
            String name = out.relativize(file).toString();
            assertTrue(doc.select("iframe, object, embed").isEmpty(), name);
            // A schema.org data block is data, never run; the search page's script, a file from this site, is the one
            // script, and without it that page offers the A to Z.
            for (Element script : doc.select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    assertFalse(script.data().contains("<"), name + ": " + script.data());
                    continue;
                }
                assertEquals("search/index.html", name, "only the search page has a script");
                assertTrue(script.attr("src").matches("/assets/search\\.[0-9a-f]{10}\\.js") && script.data().isEmpty(), name);
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), name + ": " + a));
            }
            // Everything the browser fetches by itself (styles, icons, pictures) comes from this site.
            for (Element e : doc.select("link[href], img[src], source[srcset], video[src], audio[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("srcset");
                if (e.is("link[rel=canonical], link[rel=alternate]")) {
                    continue; // addresses, not requests
                }
                assertTrue(url.startsWith("/") && !url.startsWith("//"), name + " fetches " + url);
            }
        }
        try (Stream<Path> css = Files.list(out.resolve("assets"))) {
            for (Path file : css.filter(p -> p.toString().endsWith(".css")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), file.toString() + " loads something from elsewhere");
                assertFalse(text.contains("@import"), file.toString());
            }
        }
    }

    @Test
    void theStylesheetIsFingerprintedAndBundled() {
        String href = page("/").selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/assets/portal\\.[0-9a-f]{10}\\.css"), href);
        String css = TestSite.read(out.resolve(href.substring(1)));
        assertTrue(css.contains(".nhsuk-header"), "NHS.UK frontend is compiled in");
    }

    @Test
    void listingsShowCardsWithStatusTags() {
        Document doc = page("/consultations/");
        Element card = doc.select(".nhsuk-card").stream()
                .filter(c -> c.select("a[href=/consultations/dental-access/]").size() == 1).findFirst().orElseThrow();
        assertEquals("Open", card.selectFirst(".nhsuk-tag").text());
        Element done = doc.select(".nhsuk-card").stream()
                .filter(c -> c.select("a[href=/consultations/talking-therapies/]").size() == 1).findFirst().orElseThrow();
        assertEquals("Outcome published", done.selectFirst(".nhsuk-tag").text());
    }

    @Test
    void theHomePageShowsWhatIsOpenNow() {
        Document home = page("/");
        assertEquals("Have your say", home.selectFirst("h1").text());
        assertFalse(home.select("a[href=/consultations/dental-access/]").isEmpty());
    }

    @Test
    void easyReadVersionsAndTheirOriginalsLinkBothWays() {
        assertFalse(page("/consultations/dental-access/").select("a[href=/consultations/dental-access/easy-read/]").isEmpty());
        assertFalse(page("/consultations/dental-access/easy-read/").select("a[href=/consultations/dental-access/]").isEmpty());
    }

    @Test
    void theSitemapListsEveryPageByItsFullAddress() {
        Document xml = Jsoup.parse(TestSite.read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> locs = new TreeSet<>(xml.select("url > loc").eachText());
        Set<String> canonical = contentPages().stream()
                .filter(p -> !p.getFileName().toString().equals("404.html"))
                .map(p -> Jsoup.parse(TestSite.read(p)).selectFirst("link[rel=canonical]"))
                .filter(e -> e != null)
                .map(e -> e.attr("href"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(canonical, locs);
        assertTrue(locs.contains(BASE + "consultations/dental-access/"));
        assertTrue(locs.stream().allMatch(l -> l.startsWith(BASE)));
    }

    @Test
    void robotsPointToTheSitemapAndThereIsANotFoundPage() {
        assertTrue(TestSite.read(out.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));
        Document notFound = Jsoup.parse(TestSite.read(out.resolve("404.html")));
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        // Served for any missing address, so its own links and styles must not be relative.
        for (String url : notFound.select("a[href], link[href]").eachAttr("href")) {
            assertFalse(!url.startsWith("/") && !url.contains(":") && !url.startsWith("#"), "relative link " + url);
        }
    }

    @Test
    void oldAddressesRedirectToTheirNewPage() {
        assertTrue(TestSite.read(out.resolve("_redirects")).contains("/who-we-are/ /about/ 301"));
        Document moved = Jsoup.parse(TestSite.read(out.resolve("who-we-are/index.html")));
        assertEquals("0; url=/about/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("/about/", moved.selectFirst("main a").attr("href"), "a link for browsers that ignore refresh");
    }

    @Test
    void aBaseUrlWithAPathPrefixesEveryLink(@TempDir Path other) {
        Path site = TestSite.copy("small", other.resolve("site"));
        Path to = other.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", to.toString(), "--now", NOW,
                "--base-url", "https://www.testshire.example/engage", "-q");
        assertEquals(0, run.exit(), run.all());
        Document doc = Jsoup.parse(TestSite.read(to.resolve("consultations/dental-access/index.html")));
        List<String> bad = new ArrayList<>();
        for (Element e : doc.select("a[href^=/], link[href^=/]")) {
            if (!e.attr("href").startsWith("/engage/")) {
                bad.add(e.outerHtml());
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(TestSite.read(to.resolve("sitemap.xml")).contains("<loc>https://www.testshire.example/engage/about/</loc>"));
    }
}
