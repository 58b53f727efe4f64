package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.CrossedTags;

/**
 * Headings demoted by the scan ({@link PlainMarkup}) are those Jsoup's parser finds: the same text comes out
 * either way, for markup the scan reads and for any markup at all (where it must hand over to Jsoup).
 */
class PlainMarkupProperties {
    private static final List<String> ALLOWED = List.of("p", "div", "span", "a", "em", "strong", "b", "i", "code", "pre", "ul", "ol",
            "li", "dl", "dt", "dd", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "caption", "abbr", "details", "summary",
            "h1", "h2", "h3", "h4", "h5", "h6", "H2", "H3", "q", "s", "small", "figure", "figcaption");
    /** Tags the parser treats in ways of their own, and names outside the allow-list. */
    private static final List<String> OTHER = List.of("select", "option", "svg", "math", "template", "script", "style", "textarea",
            "title", "button", "form", "input", "object", "iframe", "noscript", "body", "html", "head", "frameset", "plaintext", "xmp",
            "image", "nobr", "br", "hr", "img", "colgroup", "col", "my-tag", "hgroup", "h7", "main");
    private static final List<String> TEXT = List.of("x", "Why we ask", " ", "\n", "&lt;h2&gt;", "&amp;", "a < b", "<", "\r\n", "\u0000",
            "“quoted”", "</", "<!-- <h2> -->", "<!DOCTYPE html>", "<?x?>", "<![CDATA[<h3>]]>", "=\"", "'");
    private static final List<String> ATTRIBUTES = List.of("", " id=\"why\"", " title=\"<h2>x</h2>\"", " href=\"/a/\"", " class='x'",
            " hidden", " data-x=y", " title=\"a\"id=\"b\"", " lang=\"cy\" dir=\"ltr\"", "  \n", " /", " title=\">\"", " x:y=\"1\"");
    /** Links, written every way a page's markup may write them: what {@link RenderedHtml#absoluteLinks} changes or leaves. */
    private static final List<String> LINK_ATTRIBUTES = List.of(" href=\"/a/\"", " href=\"#why\"", " src=\"/p.png\"",
            " srcset=\"/a.png 1x, /b.png 2x\"", " srcset=\" /a.png,https://x.org/b.png 2x\"", " HREF=\"/b/\"", " href=\"/a/\" href=\"/c/\"",
            " href=\"//cdn.example/x\"", " href=\"https://example.org/x\"", " href", " href=\"\"", " src=\"/p.png\" Src=\"/q.png\"",
            " title=\"/t\" href=\"/a/\"", " href=\"/a/\" /", " href='/a/'", " href=/a/", " href=\"/a/\"id=\"b\"", " data-href=\"/x\"");

    @Provide
    Arbitrary<String> plain() {
        return tree(4, false);
    }

    /**
     * Markup the renderer could make, changed in ways the scan must not read otherwise than Jsoup: things put in
     * at tag boundaries (stray end tags, the parser's special tags, self-closed tags, comments, a bare {@code <},
     * attributes written otherwise), or two end tags after each other swapped (crossed tags).
     */
    @Provide
    Arbitrary<String> changed() {
        Arbitrary<String> hazard = Arbitraries.oneOf(
                Arbitraries.of(concat(ALLOWED, OTHER)).map(t -> "</" + t + ">"),
                Arbitraries.of(OTHER).map(t -> "<" + t + ">"),
                Arbitraries.of(ALLOWED).map(t -> "<" + t + "/>"),
                Combinators.combine(Arbitraries.of(ALLOWED), Arbitraries.of(ATTRIBUTES)).as((t, a) -> "<" + t + a + ">"),
                Arbitraries.of(TEXT));
        Arbitrary<List<String>> some = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<String>of())),
                net.jqwik.api.Tuple.of(2, hazard.list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<List<Integer>> at = Arbitraries.integers().between(0, 10_000).list().ofSize(3);
        return Combinators.combine(tree(4, false), some, at, Arbitraries.of(false, true)).as((html, hazards, where, swap) -> {
            StringBuilder b = new StringBuilder(html);
            for (int k = 0; k < hazards.size(); k++) {
                int i = where.get(k) % (b.length() + 1);
                b.insert(b.lastIndexOf(">", i - 1) + 1, hazards.get(k)); // after a tag, or at the start
            }
            if (swap || hazards.isEmpty()) {
                CrossedTags.swapEndTags(b, where.get(2));
            }
            return b.toString();
        });
    }

    /** Well-nested markup with headings inside the parser's special tags ({@code select}, {@code svg}, {@code template}...). */
    @Provide
    Arbitrary<String> specialAround() {
        return Combinators.combine(Arbitraries.of(OTHER), tree(3, false), Arbitraries.of("", "<p>x</p>"))
                .as((t, inner, before) -> before + "<" + t + ">" + inner + "</" + t + ">");
    }

    /** Well-nested tables, their parts anywhere, with headings in and around them. */
    @Provide
    Arbitrary<String> tables() {
        return nested(3, List.of("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "p", "li", "div", "em"));
    }

    /**
     * Well-nested lists and their items, with headings in and around them: a review found that an item begun inside
     * a heading closes the item before it, so that an end tag written later closes the heading.
     */
    @Provide
    Arbitrary<String> listItems() {
        return Combinators.combine(Arbitraries.of("li", "dd", "dt", "div", "ul"), Arbitraries.of("h2", "h4"), items(3))
                .as((outer, h, inner) -> "<" + outer + "><" + h + ">" + inner + "</" + h + "></" + outer + ">");
    }

    /** Well-nested list items (and what the parser looks past for one), text in the leaves. */
    private static Arbitrary<String> items(int depth) {
        Arbitrary<String> leaf = Arbitraries.of("x", " ", "<em>y</em>");
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> children = items(depth - 1).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        return Arbitraries.oneOf(leaf, Combinators.combine(Arbitraries.of("li", "dd", "dt", "div", "p", "span"), children)
                .as((t, c) -> "<" + t + ">" + c + "</" + t + ">"));
    }

    /** Well-nested allowed tags, with headings inside headings. */
    @Provide
    Arbitrary<String> headingsInHeadings() {
        return nested(3, ALLOWED);
    }


    /** Well-nested tags, headings half of them and the rest from {@code names}, inside each other in any way. */
    private static Arbitrary<String> nested(int depth, List<String> names) {
        Arbitrary<String> leaf = Arbitraries.of("x", " ", "\n", "<br>");
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> name = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.of("h2", "h3", "h4", "H5", "h1", "h6")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(names)));
        Arbitrary<String> children = nested(depth - 1, names).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        return Arbitraries.oneOf(leaf, Combinators.combine(name, children).as((t, c) -> "<" + t + ">" + c + "</" + t + ">"),
                Combinators.combine(name, children).as((t, c) -> "<" + t + ">" + c + "</" + t + ">"));
    }

    @Provide
    Arbitrary<String> anyMarkup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(ALLOWED).map(t -> "<" + t + ">"),
                Arbitraries.of(ALLOWED).map(t -> "</" + t + ">"),
                Arbitraries.of(OTHER).map(t -> "<" + t + ">"),
                Arbitraries.of(OTHER).map(t -> "</" + t + ">"),
                Combinators.combine(Arbitraries.of(ALLOWED), Arbitraries.of(ATTRIBUTES)).as((t, a) -> "<" + t + a + ">"),
                Arbitraries.of(ALLOWED).map(t -> "<" + t + "/>"),
                Arbitraries.of(ALLOWED).map(t -> "</" + t + " >"),
                Arbitraries.of(TEXT),
                tree(3, true));
        return token.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    /**
     * Well-nested markup of allowed tags with no heading inside another (what the renderer makes); with
     * {@code wild} set, also the other tags and the stray text above, inside it.
     */
    private static Arbitrary<String> tree(int depth, boolean wild) {
        Arbitrary<String> leaf = wild
                ? Arbitraries.oneOf(Arbitraries.of(TEXT), Arbitraries.of("<br>", "<br />", "<hr>", "<img src=\"/p.png\" alt=\"\">"))
                : Arbitraries.of("x", "Why we ask", " ", "\n", "&lt;h2&gt;", "“quoted”", "<br />", "<hr>",
                        "<img src=\"/p.png\" alt=\"A\" />");
        if (depth == 0) {
            return leaf;
        }
        List<String> names = wild ? concat(ALLOWED, OTHER)
                : ALLOWED.stream().filter(t -> t.charAt(0) != 'h' && t.charAt(0) != 'H').toList();
        Arbitrary<String> children = tree(depth - 1, wild).list().ofMaxSize(4).map(l -> String.join("", l));
        Arbitrary<String> element = Combinators.combine(Arbitraries.of(names), Arbitraries.of(wild ? ATTRIBUTES : List.of("", " id=\"why\"",
                " title=\"<h2>x</h2>\"", " href=\"/a/\"", " hidden")), children).as((t, a, c) -> "<" + t + a + ">" + c + "</" + t + ">");
        // A heading holds only inline markup and text: no heading inside it.
        Arbitrary<String> heading = Combinators.combine(Arbitraries.of("h1", "h2", "h3", "h4", "h5", "h6", "H2", "H4"),
                        Arbitraries.of("", " id=\"why-we-ask\""),
                        Arbitraries.of("x", "<a href=\"/a/\">Why</a>", "<em>we</em> ask",
                                "<abbr title=\"Integrated Care Board\">ICB</abbr>",
                                "<code>&lt;h3&gt;</code>", "<span lang=\"cy\">Pam</span>", "<strong><em>both</em></strong>"))
                .as((t, a, c) -> "<" + t + a + ">" + c + "</" + t + ">");
        return Arbitraries.oneOf(leaf, element, heading, element);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Well-nested tags with links, tables' parts among them, inside and outside tables. */
    @Provide
    Arbitrary<String> linkedTables() {
        return linked(3, List.of("table", "tbody", "thead", "tr", "td", "th", "caption", "a", "img", "p", "li", "h2", "em", "div"));
    }

    /** Allowed tags with links, inside each other in any way; and markup of any kind with links put in. */
    @Provide
    Arbitrary<String> linkedAnyhow() {
        return Arbitraries.oneOf(linked(3, ALLOWED), Combinators.combine(anyMarkup(), Arbitraries.of(ALLOWED), Arbitraries.of(LINK_ATTRIBUTES))
                .as((html, t, a) -> html + "<" + t + a + ">x</" + t + ">" + html));
    }

    private static Arbitrary<String> linked(int depth, List<String> names) {
        Arbitrary<String> leaf = Arbitraries.of("x", " ", "<br>", "<img src=\"/p.png\" alt=\"\">", "<a href=\"#top\">up</a>");
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> children = linked(depth - 1, names).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> attributes = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.of(LINK_ATTRIBUTES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ATTRIBUTES)));
        return Arbitraries.oneOf(leaf, Combinators.combine(Arbitraries.of(names), attributes, children)
                .as((t, a, c) -> "<" + t + a + ">" + c + "</" + t + ">"));
    }

    private static final String ORIGIN = "https://example.org";
    private static final String PAGE = "https://example.org/engage/news/a-bulletin/";

    @Property(tries = 1500)
    void linksInPlainMarkupAreMadeAbsoluteAsJsoupFindsThem(@ForAll("plain") String html) {
        assertLinksAsJsoupFindsThem(html);
    }

    @Property(tries = 1500)
    void linksInChangedMarkupAreMadeAbsoluteAsJsoupFindsThem(@ForAll("changed") String html) {
        assertLinksAsJsoupFindsThem(html);
    }

    @Property(tries = 1500)
    void linksInAndAroundTablesAreMadeAbsoluteAsJsoupFindsThem(@ForAll("linkedTables") String html) {
        assertLinksAsJsoupFindsThem(html);
    }

    @Property(tries = 1500)
    void linksInAnyMarkupAreMadeAbsoluteAsJsoupFindsThem(@ForAll("linkedAnyhow") String html) {
        assertLinksAsJsoupFindsThem(html);
    }

    /** Found in review: Jsoup keeps a tag's first 512 attributes, so a link after them is not made absolute. */
    @net.jqwik.api.Example
    void aLinkAfterHundredsOfAttributesIsMadeAbsoluteAsJsoupFindsIt() {
        for (int before : new int[] {99, 100, 511, 512, 600}) {
            assertLinksAsJsoupFindsThem("<p><a" + " x".repeat(before) + " href=\"/p\">q</a></p>");
        }
        assertEquals("<a x=\"1\" href=\"https://example.org/p\">q</a>", RenderedHtml.absoluteLinks("<a x=\"1\" href=\"/p\">q</a>", ORIGIN, PAGE));
    }

    private static void assertLinksAsJsoupFindsThem(String html) {
        String absolute = RenderedHtml.absoluteLinks(html, ORIGIN, PAGE);
        assertEquals(RenderedHtml.absoluteLinksByParsing(html, ORIGIN, PAGE), absolute, html);
        boolean scanned = PlainMarkup.scan(html, new PlainMarkup.Tags() {
            @Override
            public void start(String name, int nameStart, int nameEnd, int close) {
            }

            @Override
            public void end(String name, int nameStart) {
            }
        });
        net.jqwik.api.statistics.Statistics.label("read by").collect(scanned ? "the scan" : "Jsoup");
        net.jqwik.api.statistics.Statistics.label("links").collect(absolute.equals(html) ? "none changed" : "changed");
    }

    @Property
    void markupTheScanReadsIsReadAndDemotedAsJsoupWould(@ForAll("plain") String html, @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertNotNull(PlainMarkup.headingEdits(html, levels), html);
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property
    void changedMarkupIsDemotedAsJsoupWould(@ForAll("changed") String html, @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property
    void headingsInsideSpecialTagsAreDemotedAsJsoupWould(@ForAll("specialAround") String html,
            @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property
    void headingsInAndAroundTablesAreDemotedAsJsoupWould(@ForAll("tables") String html, @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property
    void headingsInAndAroundListItemsAreDemotedAsJsoupWould(@ForAll("listItems") String html,
            @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property
    void headingsInsideHeadingsAreDemotedAsJsoupWould(@ForAll("headingsInHeadings") String html,
            @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property
    void anyMarkupIsDemotedAsJsoupWould(@ForAll("anyMarkup") String html, @ForAll @IntRange(min = 1, max = 4) int levels) {
        assertDemotedAsJsoupWould(html, levels);
    }

    private static final SiteLinks LINKS = LinksAsWritten.LINKS;

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> line = Arbitraries.of("## Why we ask", "### What we heard", "# Title", "###### Six", "Some *text* and `<h2>`.",
                "- a list\n- of <strong>two</strong>", "1. one\n2. two", "> quoted <em>text</em>", "| a | b |\n|---|---|\n| 1 | 2 |",
                "```\n<h3>code</h3>\n```", "<h2>raw heading</h2>", "<div>\n\n## inside a div\n\n</div>", "<details><summary>More</summary>",
                "</details>", "[a link](/about/)", "<span title=\"<h2>\">x</span>", "<select><option>x</option></select>",
                "<!-- <h2> -->", "*[ICB]: Integrated Care Board", "ICB", "Line with a<br>break", "<h4 id=\"x\">raw</h4>", "");
        return line.list().ofMaxSize(10).map(l -> String.join("\n\n", l));
    }

    @Property
    void renderedMarkdownIsDemotedAsJsoupWould(@ForAll("markdown") String markdown, @ForAll @IntRange(min = 1, max = 3) int levels) {
        String html = Markdown.shared().render(markdown, "content/x.md", 1, "", LINKS, new Problems()).html();
        assertDemotedAsJsoupWould(html, levels);
    }

    @Property(tries = 500)
    void linksInRenderedMarkdownAreMadeAbsoluteAsJsoupFindsThem(@ForAll("markdown") String markdown) {
        assertLinksAsJsoupFindsThem(Markdown.shared().render(markdown, "content/x.md", 1, "", LINKS, new Problems()).html());
    }

    private static void assertDemotedAsJsoupWould(String html, int levels) {
        assertEquals(RenderedHtml.demoteHeadingsByParsing(html, levels), RenderedHtml.demoteHeadings(html, levels), html);
    }
}
