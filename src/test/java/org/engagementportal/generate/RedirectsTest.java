package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old addresses from 'aliases': the _redirects file for CDNs, and a page at each old page address for the rest. */
class RedirectsTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    static final String SITE = """
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
            aliases: [/who-we-are, /old-site/about-us.html]
            ---
            We plan health services.
            -- content/about.easy-read.md --
            ---
            title: About us - easy read
            summary: Who we are.
            aliases: [/easy/about/]
            ---
            We plan health services.
            -- content/consultations/dental-access.md --
            ---
            title: Improving access to NHS dentistry
            summary: Tell us where and when you need an NHS dentist.
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            aliases: [/have-your-say/2026/dentistry/]
            respond:
              email: dental@testshire.example
            ---
            Too many people cannot find an NHS dentist.
            """;

    private TextSite.Built build(String... options) {
        return TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW, options).succeeded();
    }

    @Test
    void everyAliasIsOnePermanentRuleInAddressOrder() {
        List<String> lines = build().file("/_redirects").text().lines().toList();
        assertTrue(lines.get(0).startsWith("# "), "a comment says where the rules come from");
        assertEquals(List.of(
                "/easy/about/ /about/easy-read/ 301",
                "/have-your-say/2026/dentistry/ /consultations/dental-access/ 301",
                "/old-site/about-us.html /about/ 301",
                "/who-we-are/ /about/ 301",
                "/who-we-are/easy-read/ /about/easy-read/ 301"), lines.subList(1, lines.size()));
    }

    @Test
    void anOldPagesFileAddressGetsAPageThereForHostsWithoutRedirects() {
        // /old-site/about-us.html redirected only where _redirects is read: on nginx or S3 it was a 404.
        TextSite.Built built = build();
        org.jsoup.nodes.Document moved = org.jsoup.Jsoup.parse(built.file("/old-site/about-us.html").text());
        assertEquals("0; url=/about/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("noindex", moved.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("About us", moved.selectFirst("main a[href=/about/]").text());
        assertTrue(!built.file("/sitemap.xml").text().contains("about-us.html"), "not in the sitemap");
    }

    @Test
    void anOldHtmlAddressOfAFileTheBuildWritesIsAnErrorNotAPageOverIt() {
        TextSite.write(dir.resolve("site"), SITE.replace("aliases: [/easy/about/]", "aliases: [/easy/about/, /about/index.html]"))
                .build(dir.resolve("out"), NOW).failedWith("the alias /about/index.html is the address of");
    }

    @Test
    void anOldPageAddressGetsAPageThatSendsBrowsersOnAndIsNotIndexed() {
        TextSite.Built built = build();
        Document moved = built.page("/have-your-say/2026/dentistry/");
        assertEquals("0; url=/consultations/dental-access/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("noindex", moved.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("https://engage.testshire.example/consultations/dental-access/", moved.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Improving access to NHS dentistry", moved.selectFirst("main a[href=/consultations/dental-access/]").text(),
                "the link names the page by its title");
        assertEquals("en-GB", moved.selectFirst("html").attr("lang"));
        assertEquals(1, moved.select("h1").size());
        assertFalse(built.file("/sitemap.xml").text().contains("have-your-say"), "old addresses are not offered to search engines");
    }

    @Test
    void anAliasWithoutItsSlashIsTheFolderAddressAndAFileAliasGetsOnlyARule() {
        TextSite.Built built = build();
        built.exists("/who-we-are/", "/easy/about/");
        assertEquals("0; url=/about/easy-read/", built.page("/easy/about/").selectFirst("meta[http-equiv=refresh]").attr("content"),
                "a version's old address leads to the version");
        // An old page's file (.html) holds a page that refreshes, as a folder's index.html does; the address of another kind
        // of file cannot (it would be served as that kind), so only the CDN's rule redirects it.
        built.exists("/old-site/about-us.html").absent("/old-site/about-us.html/");
        TextSite.Built other = TextSite.write(dir.resolve("other"), SITE.replace("/old-site/about-us.html", "/old-site/about-us.aspx"))
                .build(dir.resolve("other-out"), NOW).succeeded();
        other.absent("/old-site/about-us.aspx", "/old-site/about-us.aspx/");
        assertTrue(other.file("/_redirects").text().contains("/old-site/about-us.aspx /about/ 301"));
        // Nor .HTML in capitals, which hosts and upload tools may not serve as a page (the review).
        TextSite.Built capitals = TextSite.write(dir.resolve("capitals"), SITE.replace("/old-site/about-us.html", "/old-site/About.HTML"))
                .build(dir.resolve("capitals-out"), NOW).succeeded();
        capitals.absent("/old-site/About.HTML");
        assertTrue(capitals.file("/_redirects").text().contains("/old-site/About.HTML /about/ 301"));
    }

    @Test
    void underAPathPrefixBothSidesOfEveryRuleAndEveryRedirectPageArePrefixed() {
        TextSite.Built built = build("--base-url", "https://www.testshire.example/engage/");
        assertTrue(built.file("/_redirects").text().contains("\n/engage/who-we-are/ /engage/about/ 301\n"), built.file("/_redirects").text());
        Document moved = built.page("/who-we-are/");
        assertEquals("0; url=/engage/about/", moved.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://www.testshire.example/engage/about/", moved.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(moved.selectFirst("link[rel=stylesheet]").attr("href").startsWith("/engage/assets/portal."));
    }

    @Test
    void aSiteWithoutAliasesHasARulesFileWithOnlyItsComment() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                """).build(dir.resolve("out"), NOW).succeeded();
        List<String> lines = built.file("/_redirects").text().lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("#"));
    }

    @Test
    void twoPagesClaimingOneOldAddressIsAnErrorAtTheSecondOnesAliases() {
        TextSite.write(dir.resolve("site"), SITE + """
                -- content/who-we-are-now.md --
                ---
                title: Who we are now
                summary: Our new structure.
                aliases: [/who-we-are/]
                ---
                Text.
                """).build(dir.resolve("out"), NOW).failedWith(
                "content/who-we-are-now.md:4:11: error: the alias /who-we-are/ already redirects to /about/.",
                "An old address can redirect to one page only");
    }
}
