package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the layout puts around every page: title and description, the header from site.yml, breadcrumbs,
 * the footer's links, and the "get this page in another format" block from the Accessible Information
 * Statement, or from the site's contact details when there is none.
 */
class LayoutViewsTest {
    static final String NOW = "2026-03-01T09:00";

    static final String SITE = """
            -- content/_data/site.yml --
            name: NHS Testshire Integrated Care Board
            base_url: https://engage.testshire.example/
            description: Have your say on health services in Testshire.
            header:
              organisation: NHS Testshire
              descriptor: Integrated Care Board
              service: Have your say
            contact:
              email: engage@testshire.example
              phone: 01632 960 100
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            summary: How accessible this website is.
            ---
            This website is run by NHS Testshire Integrated Care Board.
            -- content/accessible-information.md --
            ---
            type: statement
            title: Getting information you can use
            summary: How to ask for information in a format that works for you.
            formats: [easy-read, large-print, bsl]
            contact:
              email: accessible@testshire.example
              phone: 01632 960 101
              text_relay: 18001 01632 960 101
            response_days: 10
            ---
            We follow the Accessible Information Standard.
            -- content/contact-us.md --
            ---
            title: Contact us
            summary: How to reach us.
            ---
            Call us.
            -- content/privacy.md --
            ---
            title: Privacy notice
            summary: How we use your information.
            ---
            We keep it safe.
            -- content/get-involved.md --
            ---
            title: Get involved
            summary: Ways to share your views.
            ---
            Join our panel.
            -- content/about.md --
            ---
            title: About us & our board
            summary: Who we are.
            updated: 2026-02-10
            ---
            We plan health services.
            -- content/guides/health/walking.md --
            ---
            title: Walking for health
            summary: Walk more.
            ---
            Walk.
            -- content/consultations/clinic.md --
            ---
            title: A new clinic
            summary: Tell us what the new clinic should offer.
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            -- content/consultations/clinic.easy-read.md --
            ---
            title: A new clinic - easy read
            summary: Tell us about the clinic.
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: clinic@testshire.example
            ---
            We want a clinic.
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() {
        built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
    }

    private static List<String> crumbs(Document doc) {
        return doc.select("nav.nhsuk-breadcrumb ol a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
    }

    @Test
    void theOpenGraphLocaleIsALanguageAndATerritory() {
        assertEquals("en_GB", LayoutView.localeOf("en-GB"));
        assertEquals("en_GB", LayoutView.localeOf("en-gb"));
        assertEquals("cy_GB", LayoutView.localeOf("cy"));
        assertEquals("pl_PL", LayoutView.localeOf("pl"));
        assertEquals("ur_PK", LayoutView.localeOf("ur"));
        assertEquals("ar_AR", LayoutView.localeOf("ar"));
        assertEquals("zh_CN", LayoutView.localeOf("zh-Hans"), "a script, not a territory: the language's usual one");
        assertEquals("zh_HK", LayoutView.localeOf("zh-Hant"), "traditional characters are not mainland China's");
        assertEquals("pt_BR", LayoutView.localeOf("pt-BR"));
        assertEquals("pa_PK", LayoutView.localeOf("pa-Arab"), "Punjabi in Arabic letters is written in Pakistan, not India");
        assertEquals("pa_IN", LayoutView.localeOf("pa"));
        assertEquals("xx", LayoutView.localeOf("xx"), "a language not listed: given alone");
    }

    @Test
    void theTitleDescriptionAndCanonicalAddressComeFromThePage() {
        Document about = built.page("/about/");
        assertEquals("About us & our board - NHS Testshire Integrated Care Board", about.title());
        assertEquals("Who we are.", about.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://engage.testshire.example/about/", about.selectFirst("link[rel=canonical]").attr("href"));
        Document home = built.page("/");
        assertEquals("NHS Testshire Integrated Care Board", home.title(), "the home page is the site's name alone");
        assertEquals("Have your say on health services in Testshire.", home.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void theHeaderNamesTheOrganisationAndServiceFromSiteSettings() {
        Element header = built.page("/about/").selectFirst("header.nhsuk-header");
        assertEquals("NHS Testshire", header.selectFirst(".nhsuk-header__organisation-name").ownText());
        assertEquals("Integrated Care Board", header.selectFirst(".nhsuk-header__organisation-name-descriptor").text());
        assertEquals("Have your say", header.selectFirst(".nhsuk-header__service-name").text());
        assertEquals("/", header.selectFirst("a.nhsuk-header__service-logo").attr("href"));
        assertEquals(List.of("Consultations", "Meetings", "Events", "News", "Get involved", "About us"),
                header.select(".nhsuk-header__navigation-link").eachText());
    }

    @Test
    void breadcrumbsLeadFromHomeThroughEveryFolderWithATitle() {
        assertEquals(List.of("Home /", "Guides /guides/", "Health /guides/health/"), crumbs(built.page("/guides/health/walking/")),
                "folders without a page of their own have a listing, so every crumb leads somewhere");
        Document easyRead = built.page("/consultations/clinic/easy-read/");
        assertEquals(List.of("Home /", "Consultations /consultations/", "A new clinic /consultations/clinic/"), crumbs(easyRead));
        assertEquals("/consultations/clinic/", easyRead.selectFirst("a.nhsuk-back-link").attr("href"));
        assertEquals("Back to A new clinic", easyRead.selectFirst("a.nhsuk-back-link").text());
        assertEquals(List.of("Home /"), crumbs(built.page("/about/")));
        assertNull(built.page("/").selectFirst("nav.nhsuk-breadcrumb"));
    }

    @Test
    void theFooterLinksTheStatementsContactAndPrivacyPagesAndTopics() {
        Element footer = built.page("/consultations/clinic/").selectFirst("footer");
        assertEquals(List.of("Accessibility statement /accessibility/", "Getting information you can use /accessible-information/",
                "Contact us /contact-us/", "Privacy /privacy/", "Topics /topics/", "A to Z /a-z/"),
                footer.select("a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
        assertEquals("\u00A9 NHS Testshire Integrated Care Board", footer.selectFirst("p").text());
    }

    @Test
    void theRequestBlockUsesTheStatementsFormatsAndContactsAndQuotesTheTitleAndDate() {
        Element block = built.page("/about/").selectFirst(".portal-request");
        assertTrue(block.text().contains("If you need this information in easy read, large print or British Sign Language video,"), block.text());
        assertTrue(block.text().contains("at accessible@testshire.example or call 01632 960 101 (text relay: 18001 01632 960 101)."), block.text());
        assertTrue(block.text().contains("We will reply within 10 working days."));
        assertEquals("/accessible-information/", block.selectFirst("a:contains(How we make information accessible)").attr("href"));
        String mailto = block.selectFirst("a[href^=mailto:]").attr("href");
        assertTrue(mailto.startsWith("mailto:accessible@testshire.example?subject="), mailto);
        assertTrue(!mailto.contains("+"), "spaces are %20, which every mail program reads: " + mailto);
        String decoded = URLDecoder.decode(mailto, StandardCharsets.UTF_8);
        assertTrue(decoded.contains("subject=Request for another format: About us & our board&body="), decoded);
        assertTrue(decoded.contains("Please send me \"About us & our board\", published 10 February 2026 in this format:"), decoded);
        assertTrue(built.page("/consultations/clinic/").selectFirst(".portal-request").html().contains("published%202%20February%202026"),
                "a consultation is dated by when it opened");
    }

    @Test
    void withoutAStatementTheRequestBlockUsesTheSitesContactAndEveryFormat(@TempDir Path other) {
        TextSite.Built plain = TextSite.write(other.resolve("site"), """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                """).build(other.resolve("out"), NOW).warned("the site has no Accessible Information Statement");
        Element block = plain.page("/about/").selectFirst(".portal-request");
        assertTrue(block.text().contains("If you need this information in easy read, large print, braille, audio or another language,"
                + " email us to ask for it at engage@testshire.example or call 01632 960 100."), block.text());
        assertTrue(block.select("a:contains(How we make information accessible)").isEmpty());
        assertTrue(!block.text().contains("working days"), "no promise the site has not made");
        assertEquals(List.of("Topics /topics/", "A to Z /a-z/"), plain.page("/about/").select("footer a").stream().map(a -> a.text() + " " + a.attr("href")).toList(),
                "only the links to pages that exist");
    }

    /**
     * A soft hyphen pasted from Word inside a title's word ("Physio-therapy", hidden unless the word breaks at the end of a
     * line) went into the email asking for another format as %C2%AD, which some mail programs show as a stray hyphen or
     * box in the subject. The email has the title without it; the page keeps it, where it lets a long word break on a phone.
     */
    @Test
    void aSoftHyphenInTheTitleIsLeftOutOfTheEmailButKeptOnThePage(@TempDir Path other) {
        TextSite.Built site = TextSite.write(other.resolve("site"), """
                -- content/_data/site.yml --
                name: NHS Testshire Integrated Care Board
                base_url: https://engage.testshire.example/
                contact:
                  email: engage@testshire.example
                -- content/physio.md --
                ---
                title: Physio\u00adtherapy at home
                summary: Exercises to do at home.
                ---
                Our physio\u00adtherapists can help.
                """).build(other.resolve("out"), NOW).warned("the site has no Accessible Information Statement");
        Document page = site.page("/physio/");
        String mailto = page.selectFirst(".portal-request a[href^=mailto:]").attr("href");
        assertTrue(!mailto.toUpperCase(java.util.Locale.ROOT).contains("%C2%AD") && mailto.indexOf('\u00ad') < 0, mailto);
        String decoded = URLDecoder.decode(mailto, StandardCharsets.UTF_8);
        assertTrue(decoded.contains("subject=Request for another format: Physiotherapy at home&body="), decoded);
        assertTrue(decoded.contains("Please send me \"Physiotherapy at home\""), decoded);
        // (jsoup's text() leaves soft hyphens out: the file itself is read)
        assertTrue(org.engagementportal.testing.TestSite.read(site.out().resolve("physio/index.html")).contains(">Physio\u00adtherapy at home</h1>"),
                "the page keeps it");
    }

    @Test
    void withNoWayToAskThereIsNoRequestBlock(@TempDir Path other) {
        TextSite.Built plain = TextSite.write(other.resolve("site"), """
                -- content/_data/site.yml --
                name: NHS Testshire Integrated Care Board
                base_url: https://engage.testshire.example/
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                """).build(other.resolve("out"), NOW).succeeded();
        assertNull(plain.page("/about/").selectFirst(".portal-request"));
    }
}
