package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and pictures written in HTML are checked and published as Markdown's are: they were published as written, so
 * under a base path (a site at .../engage/) every one was broken, and one to no page was never reported.
 */
class RawHtmlLinksTest {
    @TempDir
    Path dir;

    private TextSite site(String body) {
        return TextSite.write(dir.resolve("site"), """
                -- content/help.md --
                ---
                title: Help with this website
                summary: Where to find what you need.
                ---
                """ + body + """
                -- content/contact-us.md --
                ---
                title: Contact us
                summary: How to reach us.
                ---
                Write to us.
                """);
    }

    @Test
    void aLinkInHtmlGetsTheSitesBasePathAndAPictureBesideThePageItsAddress() {
        TextSite s = site("""
                <p>Read <a href="/contact-us/">how to contact us</a>, or <a href="contact-us.md#post">write to us</a>,
                or go to <a href="https://www.nhs.uk/">the NHS website</a> or <a href="#top">the top of this page</a>.</p>

                Inline, <a href="/contact-us/">how to contact us</a> too.
                """);
        Document page = s.build(dir.resolve("out"), "2026-07-01T09:00", "--base-url", "https://www.example.nhs.uk/engage/")
                .succeeded().page("/help/");
        assertEquals(java.util.List.of("/engage/contact-us/", "/engage/contact-us/#post", "https://www.nhs.uk/", "#top",
                "/engage/contact-us/"), page.select("main .nhsuk-grid-column-two-thirds a[href]").eachAttr("href").stream()
                .filter(h -> !h.startsWith("mailto:")).filter(h -> h.contains("contact") || h.contains("nhs.uk") || h.equals("#top")).toList());
    }

    @Test
    void aLinkInHtmlToNoPageStopsTheBuildWhereItIsWritten() {
        site("<p>Go to <a href=\"/contact-su/\">how to contact us</a>.</p>\n")
                .build(dir.resolve("out"), "2026-07-01T09:00")
                .failedWith("content/help.md:5:19: error: the link '/contact-su/' points to nothing on this site.");
        // In a block of several lines, at the address's own line, not the block's first (found in review).
        site("<div>\n<p>First, <a href=\"/contact-us/\">contact us</a>.</p>\n<p>Then <a href=\"/nowhere-at-all/\">somewhere "
                + "else</a>.</p>\n</div>\n")
                .build(dir.resolve("out"), "2026-07-01T09:00")
                .failedWith("content/help.md:7:18: error: the link '/nowhere-at-all/' points to nothing on this site.");
    }
}
