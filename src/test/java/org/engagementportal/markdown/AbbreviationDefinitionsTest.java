package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/**
 * Abbreviation definitions ({@link AbbreviationDefinitions}) are read where they are written: one at the start of
 * its line as flexmark reads it, one after an indent or in a quote or list as if it started its line (where flexmark
 * defines the wrong letters, or fails).
 */
class AbbreviationDefinitionsTest {
    private static Parser parser(Extension... extensions) {
        return Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(extensions))).build();
    }

    private static final Parser STOCK = parser(AbbreviationExtension.create());
    /** The definitions, and their uses marked up as the portal does it ({@link PostProcessing}). */
    private static final Parser OURS = parser(new AbbreviationDefinitions(), PostProcessing.create());
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.<Extension>of(AbbreviationExtension.create()))).build();


    @Provide
    Arbitrary<String> startingTheirLines() {
        Arbitrary<String> line = Arbitraries.of("*[ICB]: Integrated Care Board", "*[ICB]:", "*[ ICB ]:  x ", "*[]: empty", "*[A]: [B]: c",
                "*[x]", "*[", "The ICB meets.", "ICB", "**[ICB]: bold", "", "#", "    *[ICB]: code");
        return Combinators.combine(line, Arbitraries.of("\n", "\r\n", "\n\n")).as((l, e) -> l + e).list().ofMaxSize(8)
                .map(l -> String.join("", l));
    }

    /**
     * Where the line starts with the definition (no quote or list around it: there flexmark reads it wrongly, as
     * below), flexmark's reading is kept: the same tree and HTML.
     */
    @Property(tries = 1000)
    void aDefinitionStartingItsLineIsReadAsFlexmarkReadsIt(@ForAll("startingTheirLines") String markdown) {
        FlexmarkTrees.assertReadAlike(STOCK, OURS, HTML, markdown);
    }

    @Test
    void anIndentedDefinitionDefinesItsOwnLetters() {
        String markdown = "  *[ICB]: Integrated Care Board\n\nThe ICB met. B]: is not a word.\n";
        assertEquals("<p>The <abbr title=\"Integrated Care Board\">ICB</abbr> met. B]: is not a word.</p>\n",
                HTML.render(OURS.parse(markdown)));
        // what flexmark makes of it: the letters two places on
        assertTrue(HTML.render(STOCK.parse(markdown)).contains("<abbr title=\"Integrated Care Board\">B]:</abbr>"));
    }

    @Test
    void definitionsInQuotesAndListsAreDefinitions() {
        String markdown = "> *[GP]: general practice\n\n- *[A&E]: accident and emergency\n\nSee a GP or go to A&E.\n";
        String html = HTML.render(OURS.parse(markdown));
        assertTrue(html.contains("<abbr title=\"general practice\">GP</abbr>"), html);
        assertTrue(html.contains("<abbr title=\"accident and emergency\">A&amp;E</abbr>"), html);
    }

    /** flexmark fails on a definition in a list in a list; the portal reads it, and the build goes on. */
    @Test
    void aDefinitionInANestedListNoLongerFailsTheBuild() {
        String markdown = "* * *[x]: /y\n";
        assertThrows(StringIndexOutOfBoundsException.class, () -> STOCK.parse(markdown));
        Problems problems = new Problems();
        Rendered rendered = Markdown.shared().render(markdown + "\nSee x.\n", "content/a.md", 1, "", LinksAsWritten.LINKS, problems);
        assertTrue(rendered.html().contains("<abbr title=\"/y\">x</abbr>"), rendered.html());
    }
}
