package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** sitemap.xml, robots.txt and 404.html of small sites: what search engines and lost readers get. */
class SitemapTest {
    static final String NOW = "2026-03-01T09:00";
    static final String BASE = "https://engage.testshire.example/";

    @TempDir
    Path dir;

    /** Pages of every kind, a draft, an alias and a bulletin series long enough for a second listing page. */
    static final String SITE = """
            -- content/_data/site.yml --
            name: NHS Testshire Integrated Care Board
            base_url: https://engage.testshire.example/
            page_size: 5
            contact:
              email: engage@testshire.example
            -- content/index.md --
            ---
            title: Have your say
            summary: Share your views on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            updated: 2026-01-10
            reviewed: 2025-12-01
            aliases: [/who-we-are/]
            ---
            We plan health services.
            -- content/about.easy-read.md --
            ---
            title: About us - easy read
            summary: Who we are.
            updated: 2026-01-12
            ---
            We plan health services.
            -- content/privacy.md --
            ---
            title: Privacy
            summary: How we use your information.
            reviewed: 2025-11-03
            ---
            We keep your information safe.
            -- content/plans.md --
            ---
            title: Our plans
            summary: Plans that are not ready yet.
            draft: true
            ---
            Not ready.
            -- content/consultations/clinic.md --
            ---
            title: A new clinic in Eastbrook
            summary: Tell us what the new clinic should offer.
            topics: [dentistry]
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            -- content/events/fair.md --
            ---
            title: Health fair
            summary: Come to our health fair.
            starts: 2026-04-10T12:00
            venue: Kingsmere Hall
            ---
            A fair.
            """ + issues(6);

    /** {@code n} weekly bulletin issues, one a week from 2 January 2026. */
    static String issues(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String day = java.time.LocalDate.of(2026, 1, 2).plusWeeks(i).toString();
            b.append("-- content/bulletins/weekly/").append(day).append(".md --\n---\ntitle: Bulletin ").append(day)
                    .append("\nsummary: News for the week.\ndate: ").append(day).append("\n---\nNews.\n");
        }
        return b.toString();
    }

    private TextSite.Built build(String block, String... options) {
        return TextSite.write(dir.resolve("site"), block).build(dir.resolve("out"), NOW, options).succeeded();
    }

    /** Each url of a sitemap, its loc mapped to its lastmod ("" when it has none). */
    static Map<String, String> urls(Document xml) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element url : xml.select("urlset > url")) {
            Element lastmod = url.selectFirst("lastmod");
            out.put(url.selectFirst("loc").text(), lastmod == null ? "" : lastmod.text());
        }
        return out;
    }

    @Test
    void listsEveryPageAndTheFirstPageOfEveryListingButNotDraftsOldAddressesOrLaterPages() {
        TextSite.Built built = build(SITE);
        Map<String, String> urls = urls(built.xml("/sitemap.xml"));
        List<String> pages = new ArrayList<>(List.of("", "about/", "about/easy-read/", "privacy/",
                "consultations/", "consultations/clinic/", "consultations/topics/dentistry/",
                "events/", "events/fair/", "meetings/", "governing-body/",
                "bulletins/", "bulletins/weekly/", "bulletins/stakeholder/",
                "topics/", "topics/dentistry/", "areas/", "get-updates/",
                // the list of years of "you said, we did": nothing has closed yet, so no year of its own
                "you-said-we-did/"));
        for (int i = 0; i < 6; i++) {
            pages.add("bulletins/weekly/" + java.time.LocalDate.of(2026, 1, 2).plusWeeks(i) + "/");
        }
        // The A to Z, each of its letters that has pages, and the search page.
        pages.addAll(List.of("a-z/", "search/"));
        built.page("/a-z/").select("nav.portal-a-z a").forEach(a -> pages.add(a.attr("href").substring(1)));
        assertTrue(pages.contains("a-z/c/"), "Consultations, under C");
        assertEquals(new TreeSet<>(pages.stream().map(p -> BASE + p).toList()), new TreeSet<>(urls.keySet()));
        // Six issues at five a page make a second page of the archive: it is published but not listed,
        // since search engines reach it from the first.
        built.exists("/bulletins/weekly/page/2/", "/who-we-are/", "/404.html");
        built.absent("/plans/");
        assertEquals(new ArrayList<>(new TreeSet<>(urls.keySet())), new ArrayList<>(urls.keySet()), "sorted, so rebuilds are stable");
    }

    @Test
    void lastmodIsTheUpdatedDateThenTheReviewedDateThenAnIssuesOwnDate() {
        Map<String, String> urls = urls(build(SITE).xml("/sitemap.xml"));
        assertEquals("2026-01-10", urls.get(BASE + "about/"), "updated wins over reviewed");
        assertEquals("2026-01-12", urls.get(BASE + "about/easy-read/"), "a version has its own date");
        assertEquals("2025-11-03", urls.get(BASE + "privacy/"), "reviewed when there is no updated");
        assertEquals("2026-01-09", urls.get(BASE + "bulletins/weekly/2026-01-09/"), "an issue's own date");
        // Nothing is claimed when the content does not say: listings change with the clock, and a
        // consultation's or event's dates say when it happens, not when its page changed.
        assertEquals("", urls.get(BASE + "consultations/clinic/"));
        assertEquals("", urls.get(BASE + "events/fair/"));
        assertEquals("", urls.get(BASE + "consultations/"));
        assertEquals("", urls.get(BASE));
    }

    @Test
    void isNamespacedXmlWithItsAddressesEscaped() throws Exception {
        TextSite.Built built = build(SITE, "--base-url", "https://www.testshire.example/health&care");
        String text = built.file("/sitemap.xml").contains("<loc>https://www.testshire.example/health&amp;care/about/</loc>").text();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.getLength() > 20);
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith("https://www.testshire.example/health&care/"), loc);
        }
    }

    @Test
    void robotsAllowEverythingAndGiveTheSitemapsFullAddress() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://engage.testshire.example/sitemap.xml\n",
                build(SITE).file("/robots.txt").text());
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://www.testshire.example/engage/sitemap.xml\n",
                build(SITE, "--base-url", "https://www.testshire.example/engage/").file("/robots.txt").text());
    }

    @Test
    void theNotFoundPageIsOutsideTheSitemapAndLinksHomeUnderAPathPrefix() {
        TextSite.Built built = build(SITE, "--base-url", "https://www.testshire.example/engage");
        assertFalse(built.file("/sitemap.xml").text().contains("404"), "a page that says 'not found' is not for indexing");
        Document notFound = built.page("/404.html");
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        assertEquals("/engage/", notFound.selectFirst("main a:contains(go to the home page)").attr("href"));
        assertEquals("/engage/", notFound.selectFirst("a.nhsuk-header__service-logo").attr("href"));
        // The CDN serves it at any missing address, however deep: nothing on it may be relative.
        for (Element e : notFound.select("a[href], link[href]")) {
            String href = e.attr("href");
            assertTrue(href.startsWith("/engage/") || href.startsWith("https://") || href.startsWith("#")
                    || href.startsWith("mailto:"), "relative or unprefixed: " + e.outerHtml());
        }
        assertTrue(notFound.selectFirst("link[rel=stylesheet]").attr("href").matches("/engage/assets/portal\\.[0-9a-f]{10}\\.css"));
    }
}
