package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Links found and abbreviations marked up through {@link PostProcessing} give the tree and HTML of the two
 * post-processors given to flexmark as they were, which it runs on every page, and leave the text's words in their order.
 */
class PostProcessingProperties {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), new AbbreviationDefinitions(),
            TypographicExtension.create());

    private static Parser.Builder builder(List<Extension> extensions) {
        return FlexmarkTrees.portalParser(new MutableDataSet().set(Parser.EXTENSIONS, extensions));
    }

    /** The post-processors given to flexmark itself, which sorts every page's nodes and runs them. */
    private static final Parser DIRECT = builder(EXTENSIONS).postProcessorFactory(FastAutolink.factory())
            .postProcessorFactory(InPlaceAbbreviations.factory()).build();
    /** No links found in text and no abbreviations marked up: the words as written. */
    private static final Parser NEITHER = builder(EXTENSIONS).build();
    private static final Parser OURS = builder(with(PostProcessing.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS, EXTENSIONS)).build();

    private static List<Extension> with(Extension more) {
        List<Extension> all = new ArrayList<>(EXTENSIONS);
        all.add(more);
        return all;
    }


    private static void assertAsFlexmarkDoesIt(String markdown) {
        FlexmarkTrees.assertReadAlike(DIRECT, OURS, HTML, markdown);
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> part = Arbitraries.of("We", "met", "the", "ICB", "NHS", "ICBs", "engage@testshire.example", "a@b", "@", "://",
                "www.", "www.example.org", "https://example.org/a?b=c", "<https://x.example>", "[link](https://x.example)",
                "[ICB](/a)", "`www.code`", "`ICB`", "**ICB**", "*NHS*", "\\@", "ICB@x.example", "(www.x.org)", "\"quoted\"", "--", "|");
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("", "", "> ", "- ", "# ", "*[ICB]: Integrated Care Board\n",
                        "*[NHS]: National Health Service\n", "*[www]: world wide web\n"), part.list().ofMaxSize(8))
                .as((lead, parts) -> lead + String.join(" ", parts));
        return line.list().ofMaxSize(6).map(lines -> String.join("\n\n", lines));
    }

    @Property(tries = 2000)
    void linksAndAbbreviationsAreMadeAsFlexmarkMakesThem(@ForAll("pages") String markdown) {
        assertAsFlexmarkDoesIt(markdown);
    }

    /** flexmark's own abbreviations put what they made of the text before a link found in it after the link. */
    @Property(tries = 2000)
    void theWordsStayInTheirOrder(@ForAll("pages") String markdown) {
        assertEquals(Jsoup.parse(HTML.render(NEITHER.parse(markdown))).text(), Jsoup.parse(HTML.render(OURS.parse(markdown))).text(),
                markdown);
    }

    @Test
    void textBeforeALinkFoundInItKeepsItsPlaceWithItsAbbreviation() {
        String html = HTML.render(OURS.parse("Ask the ICB about it: email team@example.org.\n\n"
                + "The GP surgery has a page at https://www.example.org/gp for the ICB.\n\n"
                + "*[ICB]: Integrated Care Board\n*[GP]: general practitioner\n"));
        assertTrue(html.contains("<p>Ask the <abbr title=\"Integrated Care Board\">ICB</abbr> about it: email "
                + "<a href=\"mailto:team@example.org\">team@example.org</a>.</p>"), html);
        assertTrue(html.contains("<p>The <abbr title=\"general practitioner\">GP</abbr> surgery has a page at "
                + "<a href=\"https://www.example.org/gp\">https://www.example.org/gp</a> for the "
                + "<abbr title=\"Integrated Care Board\">ICB</abbr>.</p>"), html);
    }

    @Test
    void aPageWithNothingToDoIsLeftAsItIsAndTheOthersAreDone() {
        String plain = "We met the ICB.\n\nTell us what you think.\n";
        assertTrue(PostProcessing.nothingToDo(OURS.parse(plain)));
        assertAsFlexmarkDoesIt(plain);
        String email = plain + "\nWrite to engage@testshire.example.\n";
        assertFalse(PostProcessing.nothingToDo(OURS.parse(email)));
        assertTrue(HTML.render(OURS.parse(email)).contains("<a href=\"mailto:engage@testshire.example\">"), HTML.render(OURS.parse(email)));
        String defined = plain + "\n*[ICB]: Integrated Care Board\n";
        assertFalse(PostProcessing.nothingToDo(OURS.parse(defined)));
        assertTrue(HTML.render(OURS.parse(defined)).contains("<abbr title=\"Integrated Care Board\">ICB</abbr>"));
    }
}
