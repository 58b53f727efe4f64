package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/** The scan reads the renderer's markup itself and hands the markup where the parser does otherwise to Jsoup. */
class PlainMarkupTest {
    @Test
    void theRenderersMarkupIsReadWithoutParsing() {
        String html = Markdown.shared().render("## Why we ask\n\nWrite `<h2>` for a heading, or <abbr title=\"<h2 >\">HTML</abbr>.\n\n"
                + "| Area | People |\n|---|---|\n| Eastbrook | 1,200 |\n\n- [About us](/about/)\n- *one*\n\n> quoted\n\n"
                + "```\n<h3>in a code block</h3>\n```\n\n##### Small\n", "content/x.md", 1, "", LinksAsWritten.LINKS, new Problems()).html();
        Map<Integer, String> edits = PlainMarkup.headingEdits(html, 1);
        assertNotNull(edits, html);
        assertEquals(4, edits.size(), html); // the start and end tags of the two headings, nothing in the code
        assertEquals(RenderedHtml.demoteHeadingsByParsing(html, 1), RenderedHtml.demoteHeadings(html, 1));
    }

    @Test
    void headingsTheParserClosesEarlyOrIgnoresAreLeftToIt() {
        // A heading inside another closes it: the outer end tag is ignored.
        assertDemoted("<h2><h3>x</h3></h2>", "<h3><h4>x</h4></h2>");
        // A new table inside a heading inside a table closes the outer table, and the heading with it.
        assertDemoted("<table><h2><table>x</table></h2></table>", "<table><h3><table>x</table></h2></table>");
        // An end tag closes what is open inside it: the heading's own end tag then closes nothing.
        assertDemoted("<div><h2>x</div></h2>", "<div><h3>x</div></h2>");
        // A list item begun inside a heading closes the one before it, so the end tag written for that one closes
        // the item around the heading, and the heading; the heading's own end tag then closes nothing.
        assertDemoted("<li><h2><li><li>x</li></li></h2></li>", "<li><h3><li><li>x</li></li></h2></li>");
        assertDemoted("<div><h2><li><div><li>x</li></div></li></h2></div>", "<div><h3><li><div><li>x</li></div></li></h2></div>");
        assertDemoted("<dd><h2><dd><dd>x</dd></dd></h2></dd>", "<dd><h3><dd><dd>x</dd></dd></h2></dd>");
        // The parser ignores a heading inside a select.
        assertDemoted("<select><h2>x</h2></select>", "<select><h2>x</h2></select>");
        assertDemoted("<p>a</p><!-- <h2> --><h2>x</h2>", "<p>a</p><!-- <h2> --><h3>x</h3>");
    }

    private static void assertDemoted(String html, String demoted) {
        assertNull(PlainMarkup.headingEdits(html, 1), html);
        assertEquals(demoted, RenderedHtml.demoteHeadingsByParsing(html, 1), html);
        assertEquals(demoted, RenderedHtml.demoteHeadings(html, 1), html);
    }
}
