package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Links and reference definitions with spaces, tabs and line breaks of every kind between their parts are read
 * by our inline parser as flexmark reads them with its own expressions.
 */
class GuardedInlineParserProperties {
    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
            AbbreviationExtension.create(), TypographicExtension.create()));
    private static final Parser STOCK = Parser.builder(OPTIONS).build();
    private static final Parser GUARDED = FlexmarkTrees.portalParser(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    @Provide
    Arbitrary<String> links() {
        Arbitrary<String> space = Arbitraries.of("", " ", "\t", "\n", "\r\n", "\r", "  \n  ", "\t\r\n\t", "\n\n", " \r \n", "\r\r", "\n\r");
        Arbitrary<String> part = Arbitraries.of("[a]", "[b]", "(", ")", "<c>", "/d", "\"t\"", "'t'", "(t)", ":", "!", "x", "[b]:", "]");
        return Arbitraries.oneOf(space, part, part).list().ofMaxSize(16).map(l -> String.join("", l) + "\n\n[b]: /e");
    }

    @Property
    void spacesAndLineBreaksInLinksAreReadAsFlexmarkReadsThem(@ForAll("links") String markdown) {
        assertEquals(RENDERER.render(STOCK.parse(markdown)), RENDERER.render(GUARDED.parse(markdown)), markdown);
    }

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> piece = Arbitraries.of("We met", " the ICB", "\u0000", "\uFFFD", "\uD83D\uDE00", "\u00e9", "*", "_", "`", "[", "]",
                "!", "<", "&amp;", "&", "\\", "\\*", "'", "\"", "...", "--", ".", "-", "\n", "\r\n", "  \n", "\t", " ", "a@b.example",
                "www.x.org", "https://x.example", "~", "|", "#", "\n\t", "\n  ", "\n> ", "\n>\t", "\n \t");
        Arbitrary<String> lead = Arbitraries.of("", "", "> ", "- ", "1. ", "> - ", "## ", "    ");
        // Later lines of a quote or list item, whose marks or indent flexmark takes away (or, for a tab, makes spaces of).
        return net.jqwik.api.Combinators.combine(lead, piece.list().ofMaxSize(20)).as((l, p) -> l + String.join("", p))
                .list().ofMaxSize(4).map(ps -> String.join("\n\n", ps));
    }

    /** Runs of text are read from the page's Markdown where flexmark reads them through its sequences: the same tree and HTML. */
    @Property(tries = 2000)
    void runsOfTextAreReadAsFlexmarkReadsThem(@ForAll("paragraphs") String markdown) {
        FlexmarkTrees.assertReadAlike(STOCK, GUARDED, RENDERER, markdown);
    }

    @Test
    void linesWhoseTakenAwayMarksAndAddedSpacesAddUpAreReadAsFlexmarkReadsThem() {
        for (String markdown : List.of("- a\n\tb\n\tc*xy*\n  d", "> a\n\tb\n\tc*xy*\n> d\n> e\n> f")) {
            FlexmarkTrees.assertReadAlike(STOCK, GUARDED, RENDERER, markdown);
        }
    }
}
