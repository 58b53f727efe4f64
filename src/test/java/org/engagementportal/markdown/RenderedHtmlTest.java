package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/** Headings demoted and links made absolute where Jsoup finds them; everything else left byte for byte. */
class RenderedHtmlTest {
    private static final SiteLinks LINKS = new SiteLinks() {
        @Override
        public Optional<String> resolve(String folder, String target) {
            return Optional.of(target);
        }

        @Override
        public Collection<String> paths() {
            return List.of("/about/");
        }

        @Override
        public String href(String sitePath) {
            return "/engage" + sitePath;
        }
    };

    private static String render(String markdown) {
        return new Markdown().render(markdown, "content/x.md", 1, "", LINKS, new Problems()).html();
    }

    @Test
    void headingsTwoToFiveGoOneLevelDownAndNothingElseChanges() {
        assertEquals("<h3 id=\"why\">Why &quot;we&quot; ask</h3>\n<p>a<br />b</p>\n<h4>x</h4><h5>y</h5><h6>z</h6><h6>six</h6><h1>one</h1>",
                RenderedHtml.demoteHeadings(
                        "<h2 id=\"why\">Why &quot;we&quot; ask</h2>\n<p>a<br />b</p>\n<h3>x</h3><h4>y</h4><h5>z</h5><h6>six</h6><h1>one</h1>"));
    }

    @Test
    void headingsCanGoSeveralLevelsDownToSixAtMost() {
        assertEquals("<h5 id=\"a\">A</h5><h6>B</h6><h6>C</h6><h6>D</h6><h6>E</h6>",
                RenderedHtml.demoteHeadings("<h2 id=\"a\">A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6>", 3));
    }

    @Test
    void idsAndTheLinksToThemTakeAPrefixAndNothingElseChanges() {
        assertEquals("<h3 id=\"we-did-themes\">Themes</h3>\n<p><a href=\"#we-did-themes\">up</a> <a href=\"#elsewhere\">x</a> "
                        + "<a href=\"/about/#themes\">y</a> <code>id=\"themes\"</code></p>",
                RenderedHtml.prefixIds("<h3 id=\"themes\">Themes</h3>\n<p><a href=\"#themes\">up</a> <a href=\"#elsewhere\">x</a> "
                        + "<a href=\"/about/#themes\">y</a> <code>id=\"themes\"</code></p>", "we-did"));
        assertEquals("<p>no ids</p>", RenderedHtml.prefixIds("<p>no ids</p>", "x"));
    }

    @Test
    void textThatOnlyLooksLikeAHeadingTagIsLeftAlone() {
        String html = "<p><code>&lt;h2&gt;</code> <span title=\"<h2 >x</h2 >\">t</span></p><!-- <h3> -->\n";
        assertEquals(html, RenderedHtml.demoteHeadings(html));
        assertEquals("<p>no headings</p>", RenderedHtml.demoteHeadings("<p>no headings</p>"));
    }

    @Test
    void aRenderedPageIsDemotedButNotItsCode() {
        String html = render("## Why we ask\n\nWrite `<h2>` for a heading, or <abbr title=\"<h2 >\">HTML</abbr>.\n\n"
                + "```\n<h3>in a code block</h3>\n```\n\n##### Small\n");
        String demoted = RenderedHtml.demoteHeadings(html);
        assertEquals(html.replace("<h2 id=\"why-we-ask\">Why we ask</h2>", "<h3 id=\"why-we-ask\">Why we ask</h3>")
                .replace("<h5 id=\"small\">Small</h5>", "<h6 id=\"small\">Small</h6>"), demoted);
        assertEquals(1, count(demoted, "<h3"), demoted);
        assertEquals(1, count(demoted, "<code>&lt;h2&gt;</code>"), demoted);
        assertEquals(1, count(demoted, "&lt;h3&gt;in a code block&lt;/h3&gt;"), demoted);
    }

    @Test
    void siteLinksBecomeAbsoluteInHrefSrcAndSrcset() {
        String origin = "https://nhs.example";
        assertEquals("<p><a href=\"https://nhs.example/engage/about/\">About</a> <img src=\"https://nhs.example/p.png\" alt=\"A\" /></p>",
                RenderedHtml.absoluteLinks("<p><a href=\"/engage/about/\">About</a> <img src=\"/p.png\" alt=\"A\" /></p>", origin, PAGE));
        assertEquals("<img src='https://nhs.example/a.png' srcset=\"https://nhs.example/a-1.png 1x, https://nhs.example/a-2.png 2x,"
                        + "https://cdn.example/c.png 3x\"><a href=https://nhs.example/x>x</a>",
                RenderedHtml.absoluteLinks("<img src='/a.png' srcset=\"/a-1.png 1x, /a-2.png 2x,https://cdn.example/c.png 3x\">"
                        + "<a href=/x>x</a>", origin, PAGE));
        String untouched = "<a href=\"https://other.example/\">o</a><a href=\"//cdn.example/x\">c</a>"
                + "<a href=\"page/\">r</a><a href=\"mailto:a@b.example\">m</a>";
        assertEquals(untouched, RenderedHtml.absoluteLinks(untouched, origin, PAGE));
    }

    /** The page a feed entry's HTML is from. */
    static final String PAGE = "https://nhs.example/engage/news/";

    @Test
    void aLinkToAPartOfThePageBecomesALinkToThatPartOfThePage() {
        // A feed reader resolved "#top" against the feed's own address, and opened the feed's XML.
        assertEquals("<a href=\"https://nhs.example/engage/news/#top\">t</a><img src=\"#x\">",
                RenderedHtml.absoluteLinks("<a href=\"#top\">t</a><img src=\"#x\">", "https://nhs.example", PAGE));
    }

    @Test
    void addressesInTextAndOtherAttributesAreLeftAlone() {
        // As Jsoup writes a page with inline HTML: quotes in text and "<" in attribute values are not escaped.
        String html = "<p>Write <code>href=\"/about/\"</code> or <code>src=\"/p.png\"</code>.</p>"
                + "<p><abbr title=\"see href=&quot;/x&quot; src=/y\">HTML</abbr> <a href=\"/about/\" title=\"/not-a-link\">About</a></p>";
        assertEquals(html.replace("<a href=\"/about/\"", "<a href=\"https://nhs.example/about/\""),
                RenderedHtml.absoluteLinks(html, "https://nhs.example", PAGE));
    }

    @Test
    void aRenderedPageKeepsEveryOtherByte() {
        String html = render("See [about](/about/) and \"quotes\" & <b>bold</b>.\n\n![A chart](/chart.png)\n");
        String absolute = RenderedHtml.absoluteLinks(html, "https://nhs.example", PAGE);
        assertEquals(html.replace("href=\"/engage/about/\"", "href=\"https://nhs.example/engage/about/\"")
                .replace("src=\"/engage/chart.png\"", "src=\"https://nhs.example/engage/chart.png\""), absolute);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
