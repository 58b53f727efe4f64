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
}
