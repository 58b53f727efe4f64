package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagementportal.source.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Abbreviations marked up on flexmark's tree: explained once, where first used, and never inside links, code,
 * attributes or another abbreviation, whatever the text around them looks like.
 */
class AbbreviationsTest {
    private static final String ICB = "\n\n*[ICB]: Integrated \"Care\" Board\n";
    private static final SiteLinks LINKS = LinksAsWritten.LINKS;
    private static final Markdown MARKDOWN = new Markdown();

    private static String html(String markdown) {
        Problems problems = new Problems();
        return MARKDOWN.render(markdown + ICB, "content/x.md", 1, "", LINKS, problems).html();
    }

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(html(markdown));
    }

    @Test
    void anAbbreviationIsExplainedWhereFirstUsedOnly() {
        Document doc = render("The ICB plans. The ICB again.\n\n- and the ICB in a list\n");
        assertEquals(1, doc.select("abbr").size(), doc.body().html());
        assertEquals("Integrated \"Care\" Board", doc.selectFirst("abbr").attr("title"));
        assertEquals("The ICB plans. The ICB again.", doc.selectFirst("p").text(), "the later uses stay as words");
        assertEquals("and the ICB in a list", doc.selectFirst("li").text());
    }

    @Test
    void notInsideALinksTextNorItsTitleSoTheFirstUseOutsideItIsExplained() {
        Document doc = render("[the ICB board](/about/ \"About the ICB\") and the ICB.\n");
        Element link = doc.selectFirst("a");
        assertEquals("the ICB board", link.text());
        assertTrue(link.select("abbr").isEmpty(), link.outerHtml());
        assertEquals("About the ICB", link.attr("title"));
        assertEquals(1, doc.select("p > abbr").size(), doc.body().html());
    }

    @Test
    void anAddressWithTheAbbreviationInItStaysOneWholeLink() {
        String html = html("See https://www.example.org/ICB/plan or write to ICB@example.org about the ICB.\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("https://www.example.org/ICB/plan", "ICB@example.org"), doc.select("a").eachText());
        assertEquals(List.of("https://www.example.org/ICB/plan", "mailto:ICB@example.org"), doc.select("a").eachAttr("href"));
        assertTrue(doc.select("a abbr").isEmpty(), html);
        assertEquals("See https://www.example.org/ICB/plan or write to ICB@example.org about the ICB.", doc.selectFirst("p").text());
        assertEquals(1, doc.select("abbr").size(), html);
    }

    @Test
    void notInCodeNorInPicturesDescriptionsNorInAttributesOfTheTextsOwnHtml() {
        Document doc = render("""
                `ICB` in code, ![the ICB logo](/logo.png) and <span title="ICB">a note</span>.

                ```
                ICB in a code block
                ```

                Then the ICB.
                """);
        assertEquals("ICB", doc.selectFirst("p > code").text());
        assertEquals("the ICB logo", doc.selectFirst("img").attr("alt"));
        assertEquals("ICB", doc.selectFirst("span").attr("title"));
        assertEquals("ICB in a code block\n", doc.selectFirst("pre code").wholeText());
        assertEquals(1, doc.select("abbr").size(), doc.body().html());
        assertEquals("Then the ICB.", doc.select("abbr").first().parent().text(), "the first use in words is explained");
    }

    @Test
    void aHeadingKeepsItsExplanationWhenItIsTheFirstUse() {
        Document doc = render("## What the ICB does\n\nThe ICB plans care.\n");
        assertEquals(1, doc.select("h2 > abbr").size(), doc.body().html());
        assertTrue(doc.select("p abbr").isEmpty(), doc.body().html());
    }

    @Test
    void anExplanationWrittenInHtmlCountsAndIsNotWrappedAgain() {
        String html = html("The <abbr title=\"Integrated Care Board\">ICB</abbr> and the ICB.\n");
        assertEquals("<p>The <abbr title=\"Integrated Care Board\">ICB</abbr> and the ICB.</p>\n", html);
        Document doc = render("The <abbr>ICB</abbr> and the ICB.\n");
        assertEquals(1, doc.select("abbr[title]").size(), "an <abbr> without a title explains nothing: " + doc.body().html());
    }

    @Test
    void aTablesCaptionComesFirstAsOnThePage() {
        Document doc = render("| Board | Role |\n|---|---|\n| ICB | plans |\n[What the ICB does]\n");
        assertEquals(1, doc.select("abbr").size(), doc.body().html());
        assertEquals(1, doc.select("caption > abbr").size(), doc.body().html());
    }
}
