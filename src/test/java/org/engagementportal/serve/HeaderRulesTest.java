package org.engagementportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The _headers format as Netlify and Cloudflare Pages read it, for the in-process server. */
class HeaderRulesTest {
    private final HeaderRules rules = HeaderRules.parse("""
            # a comment
            /*
              X-Frame-Options: DENY
            /assets/*
              Cache-Control: public, max-age=31536000
            /*/feed.xml
              Content-Type: application/rss+xml
            /people/:name/
              X-Person: yes
            /assets/old.css
              Cache-Control: no-cache
            """);

    @Test
    void everyMatchingRuleApplies() {
        assertEquals(Map.of("X-Frame-Options", "DENY"), rules.forPath("/about/"));
        assertEquals(Map.of("X-Frame-Options", "DENY", "Content-Type", "application/rss+xml"), rules.forPath("/topics/dentistry/feed.xml"));
        assertEquals(Map.of("X-Frame-Options", "DENY", "X-Person", "yes"), rules.forPath("/people/jo/"));
        assertEquals(Map.of("X-Frame-Options", "DENY"), rules.forPath("/people/jo/x/"), "a placeholder is one segment");
    }

    @Test
    void aHeaderSetByTwoRulesGetsBothValuesJoined() {
        assertEquals("public, max-age=31536000, no-cache", rules.forPath("/assets/old.css").get("Cache-Control"),
                "as Cloudflare Pages does: why the portal's own file never sets one header twice");
    }

    @Test
    void aValueKeepsEverythingAfterTheFirstColon() {
        HeaderRules r = HeaderRules.parse("/*\n  Link: <https://fonts.example/a.woff2>; rel=preload\n  Report-To: {\"url\":\"https://r.example/\"}\n");
        assertEquals("<https://fonts.example/a.woff2>; rel=preload", r.forPath("/").get("Link"));
        assertEquals("{\"url\":\"https://r.example/\"}", r.forPath("/").get("Report-To"));
    }

    @Test
    void windowsLineEndingsTabsAndBlankLinesAreRead() {
        HeaderRules r = HeaderRules.parse("/*\r\n\tX-Frame-Options: DENY\r\n\r\n  # not a header: value\r\n  Referrer-Policy:  no-referrer \r\n");
        assertEquals(Map.of("X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer"), r.forPath("/a/"));
    }

    @Test
    void indentedLinesBeforeAnyPathAndLinesWithoutAColonAreIgnored() {
        HeaderRules r = HeaderRules.parse("  X-Orphan: yes\n/a/\n  not a header\n  : no name\n  X-A: 1\n");
        assertEquals(Map.of("X-A", "1"), r.forPath("/a/"));
        assertEquals(Map.of(), r.forPath("/b/"));
    }

    @Test
    void aPatternMatchesTheWholePathAndItsDotsAreDots() {
        HeaderRules r = HeaderRules.parse("/feed.xml\n  X-Feed: yes\n/a/\n  X-A: yes\n");
        assertEquals(Map.of("X-Feed", "yes"), r.forPath("/feed.xml"));
        assertEquals(Map.of(), r.forPath("/feedxxml"), "the dot is not any character");
        assertEquals(Map.of(), r.forPath("/topics/feed.xml"), "anchored at the start");
        assertEquals(Map.of(), r.forPath("/a/b/"), "anchored at the end");
        assertEquals(Map.of(), r.forPath("/a"), "the slash is part of the pattern");
    }

    @Test
    void regularExpressionCharactersInAPatternAreLiteral() {
        HeaderRules r = HeaderRules.parse("/a(b)+[c]?/$x\n  X-Odd: yes\n");
        assertEquals(Map.of("X-Odd", "yes"), r.forPath("/a(b)+[c]?/$x"));
        assertEquals(Map.of(), r.forPath("/abb/x"));
    }

    @Test
    void aPlaceholderNameEndsAtTheFirstCharacterThatCannotBeInIt() {
        HeaderRules r = HeaderRules.parse("/people/:name.html\n  X-Person: yes\n/:year_2/:slug/\n  X-Post: yes\n/time/10:30\n  X-Time: yes\n");
        assertEquals("yes", r.forPath("/people/jo.html").get("X-Person"));
        assertEquals(null, r.forPath("/people/jo/x.html").get("X-Person"));
        assertEquals("yes", r.forPath("/2026/dental/").get("X-Post"));
        assertEquals("yes", r.forPath("/time/10:30").get("X-Time"), "a colon before a digit is a colon");
    }

    @Test
    void noRulesGiveNoHeaders() {
        assertEquals(Map.of(), HeaderRules.none().forPath("/"));
        assertEquals(Map.of(), HeaderRules.parse("").forPath("/"));
        assertEquals(Map.of(), HeaderRules.parse("# only a comment\n").forPath("/"));
    }

    @Test
    void headersComeInTheOrderOfTheFile() {
        HeaderRules r = HeaderRules.parse("/*\n  B: 1\n  A: 2\n/x\n  C: 3\n  A: 4\n");
        assertEquals(java.util.List.of("B", "A", "C"), java.util.List.copyOf(r.forPath("/x").keySet()));
        assertEquals("2, 4", r.forPath("/x").get("A"));
    }
}
