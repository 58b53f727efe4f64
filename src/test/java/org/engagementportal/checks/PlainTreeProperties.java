package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.engagementportal.markdown.LinksAsWritten;
import org.engagementportal.markdown.Markdown;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.CrossedTags;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The tree {@link PlainTree} builds is the one Jsoup's parser makes: for HTML rendered from generated Markdown as
 * the fast rules read it, for plain HTML (which it must build itself), and for HTML of any kind (where it must
 * either build the parser's tree or leave the HTML to the parser).
 */
class PlainTreeProperties {
    private static final AtomicInteger RENDERED = new AtomicInteger();
    private static final AtomicInteger BUILT = new AtomicInteger();


    /** Both trees, node by node: kind, tag (its options included), attributes in order, and text. */
    static void assertSameTree(Document expected, Document actual, String html) {
        assertSameNode(expected, actual, html);
        assertEquals(expected.outerHtml(), actual.outerHtml(), html);
    }

    private static void assertSameNode(Node expected, Node actual, String html) {
        assertEquals(expected.getClass(), actual.getClass(), html);
        if (expected instanceof Element e) {
            Element a = (Element) actual;
            assertEquals(e.tag(), a.tag(), html);
            assertEquals(e.attributes().asList(), a.attributes().asList(), html);
        } else if (expected instanceof TextNode t) {
            assertEquals(t.getWholeText(), ((TextNode) actual).getWholeText(), html);
        }
        assertEquals(expected.childNodeSize(), actual.childNodeSize(), () -> "children of " + expected.nodeName() + " in " + html);
        for (int i = 0; i < expected.childNodeSize(); i++) {
            assertSameNode(expected.childNode(i), actual.childNode(i), html);
        }
    }

    /** Builds {@code html} both ways and compares them; whether {@link PlainTree} built it itself. */
    private static boolean assertBuiltAsParsed(String html) {
        Document parsed = Jsoup.parseBodyFragment(html);
        Document quick = PlainTree.build(html);
        if (quick != null) {
            assertSameTree(parsed, quick, html);
        }
        assertSameTree(parsed, PlainTree.parseBodyFragment(html), html);
        return quick != null;
    }

    // --- HTML rendered from Markdown, as FastRules.checkText reads it

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> part = Arbitraries.of("We", "met", "the", "ICB", "&amp;", "&copy;", "&nbsp;", "&#8217;", "&#x80;", "&bogus;",
                "A&E", "\\*", "[the plan](/about/)", "[a \"plan\"](/about/?a=1&b=2 \"The <plan>\")", "![Map](/map.png)",
                "![A \"map\" & key](/m.png)", "<span>x</span>", "<b>bold</b>", "<em>x", "</div>", "<div>", "<p>", "<table>",
                "<!-- note -->", "`code`", "`a<b>&c`", "*em*", "**strong**", "_u_", "***both***", "\"quoted\"", "it's", "--", "...",
                "<", ">", "\"", "\t", "  ", "www.example.org", "engage@testshire.example", "\u0000", "\r", "\f", "<br>",
                "<abbr title=\"Integrated Care Board\">ICB</abbr>", "<details><summary>More</summary>", "</details>");
        Arbitrary<String> lead = Arbitraries.of("", "", "", "## ", "### ", "# ", "- ", "1. ", "> ", "> - ", "- - ", "    ",
                "| a | b |\n|---|---|\n| ", "```\n", "```html\n\n", "~~~\n", "***\n", "<div>\n\n", "<table><tr><td>\n\n");
        Arbitrary<String> line = Combinators.combine(lead, part.list().ofMaxSize(10), Arbitraries.of("", " ", "  ", "\\"))
                .as((l, parts, end) -> l + String.join(" ", parts) + end);
        return line.list().ofMaxSize(8).map(lines -> String.join("\n\n", lines));
    }

    @Property(tries = 1000)
    void renderedMarkdownIsBuiltAsJsoupParsesIt(@ForAll("markdown") String text) {
        String html = Markdown.shared().render(text, "content/pages/about.md", 7, "pages", LinksAsWritten.LINKS, new Problems()).html();
        String body = "<h1>page</h1><div class=\"portal-prose\">" + html + "</div>";
        RENDERED.incrementAndGet();
        if (assertBuiltAsParsed(body)) {
            BUILT.incrementAndGet();
        }
    }

    @AfterContainer
    static void mostRenderedMarkdownIsBuiltHere() {
        // Raw HTML, control characters and unknown references send some to the parser; most are plain.
        assertTrue(BUILT.get() * 2 > RENDERED.get(), BUILT + " of " + RENDERED + " built without the parser");
    }

    // --- plain HTML: built here, always

    private static final List<String> TEXT = List.of("x", "Why we ask", " ", "\n", "\t", "&lt;h2&gt;", "&amp;", "&quot;", "a > b",
            "“quoted”", "it&#39;s", "&#8217;", "&#x2019;", "&#X1F600;", "&copy;", "&frac12;", "&notin;", "&AMP;", "&nbsp;", "\uD83D\uDE00",
            "&#9;", "&#10;");
    private static final List<String> VALUES = List.of("", "x", "/consultations/dental/", "a &amp; b", "&quot;q&quot;", "<h2>", "1 > 0",
            "a=b", "it's", "&#233;", "line\nbreak", "&lt;&gt;");

    /** Up to three attributes, each name once, after one space or two. */
    private static final Arbitrary<String> ATTRIBUTES = Combinators.combine(
            Combinators.combine(Arbitraries.of("class", "id", "href", "title", "lang", "aria-hidden", "data-x_y", "alt"),
                    Arbitraries.of(VALUES)).as((k, v) -> k + "=\"" + v + "\"").list().ofMaxSize(3),
            Arbitraries.of(" ", "  ")).as((list, space) -> {
                StringBuilder b = new StringBuilder();
                java.util.Set<String> names = new java.util.HashSet<>();
                for (String a : list) {
                    if (names.add(a.substring(0, a.indexOf('=')))) {
                        b.append(space).append(a);
                    }
                }
                return b.toString();
            });

    private static Arbitrary<String> element(Arbitrary<String> tag, Arbitrary<String> children) {
        return Combinators.combine(tag, ATTRIBUTES, children).as((t, a, c) -> "<" + t + a + ">" + c + "</" + t + ">");
    }

    private static Arbitrary<String> element(String tag, Arbitrary<String> children) {
        return element(Arbitraries.just(tag), children);
    }

    private static Arbitrary<String> join(Arbitrary<String> each, int max) {
        return each.list().ofMaxSize(max).map(l -> String.join("", l));
    }

    /** Text, line breaks, pictures and inline elements; links only when {@code links}. */
    private static Arbitrary<String> inline(int depth, boolean links) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(TEXT), Arbitraries.of("<br>", "<br />", "<br/>", "<wbr>",
                "<img src=\"/p.png\" alt=\"A\" />", "<img alt=\"\">"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> children = join(inline(depth - 1, links), 3);
        Arbitrary<String> formatted = element(Arbitraries.of("span", "abbr", "strong", "em", "code", "b", "i", "s", "small", "u", "sup",
                "sub", "del", "ins", "q", "cite", "kbd", "time", "mark", "samp", "var", "dfn"), children);
        if (!links) {
            return Arbitraries.oneOf(leaf, formatted);
        }
        return Arbitraries.oneOf(leaf, formatted, element("a", join(inline(depth - 1, false), 3)));
    }

    /** Blocks as the parser keeps them: nothing that closes a paragraph inside one, list items in lists, tables whole. */
    private static Arbitrary<String> block(int depth) {
        Arbitrary<String> phrasing = join(inline(2, true), 4);
        Arbitrary<String> leaf = Arbitraries.oneOf(element("p", phrasing), Arbitraries.of("<hr>", "<hr />", "\n"),
                element(Arbitraries.of("h1", "h2", "h3", "h6"), phrasing),
                Combinators.combine(Arbitraries.of("", "\n", "\n\n"), Arbitraries.of(TEXT).list().ofMaxSize(3))
                        .as((lf, t) -> "<pre><code>" + lf + String.join("", t) + "</code></pre>"),
                Combinators.combine(Arbitraries.of("\n", "\n\n", "x\n"), Arbitraries.of(TEXT)).as((lf, t) -> "<pre>" + lf + t + "</pre>"));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> blocks = join(block(depth - 1), 3);
        Arbitrary<String> item = element("li", Arbitraries.oneOf(phrasing, blocks));
        Arbitrary<String> list = element(Arbitraries.of("ul", "ol"), join(Arbitraries.oneOf(item, Arbitraries.of("\n")), 4));
        Arbitrary<String> space = Arbitraries.of("", "\n", " \t\n ");
        Arbitrary<String> cell = element(Arbitraries.of("td", "th"), Arbitraries.oneOf(phrasing, blocks));
        Arbitrary<String> row = element("tr", join(Combinators.combine(space, cell).as(String::concat), 3));
        Arbitrary<String> section = element(Arbitraries.of("thead", "tbody", "tfoot"), join(Combinators.combine(space, row).as(String::concat), 3));
        Arbitrary<String> table = element("table", Combinators.combine(join(Combinators.combine(space, section).as(String::concat), 3), space)
                .as(String::concat));
        Arbitrary<String> container = element(Arbitraries.of("div", "blockquote", "figure", "figcaption", "details", "summary"),
                Arbitraries.oneOf(blocks, phrasing));
        return Arbitraries.oneOf(leaf, list, table, container);
    }

    private static final Arbitrary<String> PLAIN = join(Arbitraries.oneOf(block(2), inline(2, true)), 4);

    @Provide
    Arbitrary<String> plain() {
        return PLAIN;
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void plainHtmlIsBuiltHereAsJsoupParsesIt(@ForAll("plain") String html) {
        assertNotNull(PlainTree.build(html), html);
        assertBuiltAsParsed(html);
    }

    // --- HTML of any kind: built as the parser builds it, or left to the parser

    /** What the parser treats in ways of its own, and mistakes: each may be put anywhere between tags or in text. */
    private static final List<String> HAZARDS = List.of("<p>", "</p>", "<div>", "</div>", "<li>", "</li>", "<a href=\"/x/\">", "</a>",
            "<h2>", "</h2>", "<h3>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<tbody>", "<caption>", "<dd>", "<dt>",
            "<dl>", "<select>", "<option>", "<svg>", "<math>", "<template>", "<script>", "<style>", "<textarea>", "<title>",
            "<button>", "<form>", "<input>", "<nobr>", "<image>", "<listing>", "<plaintext>", "<xmp>", "<frameset>", "<body>",
            "<html>", "<col>", "<my-tag>", "<P>", "<Em>", "</br>", "</img>", "<p/>", "<span/>", "<em/>", "<!-- c -->", "<!x>", "<?x?>",
            "<", "< p>", "</ p>", "</p >", "<p class=x>", "<p class='x'>", "<p hidden>", "<p id=\"a\"id=\"b\">", "<p id=\"a\" id=\"b\">",
            "<p ID=\"a\">", "<p x:y=\"1\">", "<p\nid=\"a\">", "<p title=\"&bogus;\">", "<p title=\"&amp\">", "<br / >",
            "&", "&amp", "&copy", "&bogus;", "&#;", "&#x;", "&#0;", "&#x80;", "&#x9F;", "&#xD800;", "&#x110000;", "&#12345678;",
            "&#x7F;", "&#1;", "&ampx;", "&#x41", "\u0000", "\r", "\r\n", "\f", "\u000B", "x", " ", "\n");

    @Provide
    Arbitrary<String> changed() {
        Arbitrary<List<String>> hazards = Arbitraries.of(HAZARDS).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Integer>> where = Arbitraries.integers().between(0, 100_000).list().ofSize(3);
        return Combinators.combine(PLAIN, hazards, where, Arbitraries.of(false, true)).as((html, hs, at, swap) -> {
            StringBuilder b = new StringBuilder(html);
            for (int k = 0; k < hs.size(); k++) {
                int i = at.get(k) % (b.length() + 1);
                b.insert(at.get(k) % 2 == 0 ? b.lastIndexOf(">", i - 1) + 1 : i, hs.get(k)); // after a tag, or anywhere
            }
            if (swap) {
                CrossedTags.swapEndTags(b, at.get(2));
            }
            return b.toString();
        });
    }


    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void changedHtmlIsBuiltAsJsoupParsesItOrLeftToIt(@ForAll("changed") String html) {
        assertBuiltAsParsed(html);
    }

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(HAZARDS), Arbitraries.of(TEXT),
                Arbitraries.of("p", "div", "li", "ul", "ol", "a", "em", "strong", "code", "pre", "h2", "h3", "table", "thead", "tbody",
                        "tr", "td", "th", "span", "br", "img", "hr", "blockquote").flatMap(t -> Arbitraries.of("<" + t + ">", "</" + t + ">")));
        return token.list().ofMaxSize(16).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void anyTagsInAnyOrderAreBuiltAsJsoupParsesThemOrLeftToIt(@ForAll("tokens") String html) {
        assertBuiltAsParsed(html);
    }

    // --- each rule of plain HTML, shown

    @Test
    void aLineBreakStraightAfterPreIsLeftOutAsTheParserLeavesItOut() {
        assertTrue(assertBuiltAsParsed("<pre>\nx\n</pre>"));
        assertEquals("x\n", PlainTree.build("<pre>\nx\n</pre>").body().child(0).wholeText());
        assertTrue(assertBuiltAsParsed("<pre><code>\nx</code></pre>"));
        assertEquals("\nx", PlainTree.build("<pre><code>\nx</code></pre>").body().child(0).wholeText());
    }

    @Test
    void referencesTheParserReadsAsWrittenAreRead() {
        assertTrue(assertBuiltAsParsed("<p title=\"a &amp; b &#233; &frac12;\">&lt;&copy;&#x1F600;&notin;</p>"));
        assertEquals("<©\uD83D\uDE00∉", PlainTree.build("<p>&lt;&copy;&#x1F600;&notin;</p>").body().text());
    }

    /**
     * Found in review: the parser looks only so far down its stack and keeps only so many attributes, and past
     * those limits builds another tree (here a table deep in a cell ends the cell's row early).
     */
    @Test
    void htmlPastTheParsersLimitsIsLeftToIt() {
        String deep = "<table><tbody><tr><td>" + "<span>".repeat(300) + "<table></table>" + "</span>".repeat(300)
                + "</td><td>x</td></tr></tbody></table>";
        StringBuilder many = new StringBuilder("<span");
        for (int i = 1; i <= 513; i++) {
            many.append(" a").append(i).append("=\"\"");
        }
        many.append(">x</span>");
        for (String html : List.of(deep, "<div class=\"portal-prose\">" + deep + "</div>", many.toString())) {
            assertNull(PlainTree.build(html), html);
            assertBuiltAsParsed(html);
        }
        String deepest = "<span>".repeat(PlainTree.MAX_DEPTH) + "x" + "</span>".repeat(PlainTree.MAX_DEPTH);
        assertTrue(assertBuiltAsParsed(deepest), "as deep as the limit");
        assertNull(PlainTree.build("<b>" + deepest + "</b>"), "deeper");
    }

    @Test
    void htmlTheParserWouldRepairIsLeftToIt() {
        for (String html : List.of(
                "<p><div>x</div></p>", "<p>a<ul><li>x</li></ul></p>", "<p><h2>x</h2></p>", "<p>x<hr></p>", "<p><table></table></p>",
                "<h2><h3>x</h3></h2>", "<a href=\"/\"><a href=\"/\">x</a></a>", "<ul><li><div><li>x</li></div></li></ul>", "<li>x</li>",
                "<table><tr><td>x</td></tr></table>", "<table>x<tbody></tbody></table>", "<table><tbody><td>x</td></tbody></table>",
                "<tr><td>x</td></tr>", "<td>x</td>", "<table><tbody><tr><td><tr></tr></td></tr></tbody></table>",
                "<em>x</p>", "<p><em>x</p></em>", "<p>x", "x</p>", "<br></br>", "<p/>", "<span/>",
                "<P>x</P>", "<p class=x>x</p>", "<p hidden>x</p>", "<p id=\"a\" id=\"b\">x</p>", "<p id=\"a\"id=\"b\">x</p>",
                "<select><h2>x</h2></select>", "<svg><title>x</title></svg>", "<!-- c -->", "<", "a < b", "&bogus;", "&#x80;",
                "&#0;", "&#xD800;", "&copy", "x\ry", "x\u0000y", "x\fy", "<my-tag>x</my-tag>", "<dl><dt>x</dt></dl>")) {
            assertNull(PlainTree.build(html), html);
            assertBuiltAsParsed(html);
        }
    }
}
