package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
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
import org.junit.jupiter.api.Test;

/**
 * Headings, fenced code and thematic breaks tried only on lines that can start them ({@link FastBlockStarts}) give
 * the stock parser's tree and HTML, and every kind of block is tried in the stock order (with our abbreviation
 * definitions too).
 */
class FastBlockStartsProperties {
    /** With our reading of abbreviation definitions: the stock one fails on some (see {@link AbbreviationDefinitions}). */
    private static final List<Extension> STOCK_EXTENSIONS = List.of(TablesExtension.create(), new AbbreviationDefinitions(),
            TypographicExtension.create());

    private static Parser parser(List<Extension> extensions) {
        return FlexmarkTrees.portalParser(new MutableDataSet().set(Parser.EXTENSIONS, extensions)).build();
    }

    private static List<Extension> with(Extension more) {
        List<Extension> all = new ArrayList<>(STOCK_EXTENSIONS);
        all.add(more);
        return all;
    }

    private static final Parser STOCK = parser(STOCK_EXTENSIONS);
    private static final Parser FAST = parser(with(FastBlockStarts.create()));
    /** flexmark's own extensions only. */
    private static final Parser FLEXMARK = parser(List.of(TablesExtension.create(), AbbreviationExtension.create(),
            TypographicExtension.create()));
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS, STOCK_EXTENSIONS)).build();

    private static void assertReadAsStockReadsIt(String markdown) {
        FlexmarkTrees.assertReadAlike(STOCK, FAST, HTML, markdown);
    }


    /** The kinds of block a parser tries at the start of a line, in order, ours named by the stock kind they stand for. */
    @SuppressWarnings("unchecked")
    private static List<String> blockKinds(Parser parser) throws ReflectiveOperationException {
        var field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        List<String> kinds = new ArrayList<>();
        for (CustomBlockParserFactory f : (List<CustomBlockParserFactory>) field.get(parser)) {
            Class<?> ours = f.getClass().getEnclosingClass();
            Class<?> kind = ours == FastBlockStarts.class || ours == AbbreviationDefinitions.class ? f.getClass().getSuperclass() : f.getClass();
            kinds.add(kind.getName());
        }
        return kinds;
    }

    @Test
    void everyKindOfBlockIsTriedInTheStockOrder() throws ReflectiveOperationException {
        List<String> stock = blockKinds(FLEXMARK);
        assertEquals(stock, blockKinds(STOCK));
        assertEquals(stock, blockKinds(FAST));
        assertTrue(stock.contains("com.vladsch.flexmark.parser.core.HeadingParser$Factory"), stock.toString());
        assertTrue(stock.size() >= 8, stock.toString()); // the seven core kinds and the abbreviations'
    }

    /** Registered in any order, ours take the stock kinds' places: each names the others as the stock kinds name them. */
    @Test
    void theOrderDoesNotDependOnTheOrderOursAreRegisteredIn() throws ReflectiveOperationException {
        MutableDataSet options = new MutableDataSet();
        FastBlockStarts.create().parserOptions(options);
        List<CustomBlockParserFactory> reversed = List.of(new FastBlockStarts.ThematicBreaks(), new FastBlockStarts.FencedCode(),
                new FastBlockStarts.Headings(), new AbbreviationDefinitions.Definitions());
        List<String> kinds = new ArrayList<>();
        for (CustomBlockParserFactory f : com.vladsch.flexmark.parser.internal.DocumentParser.calculateBlockParserFactories(options, reversed)) {
            Class<?> ours = f.getClass().getEnclosingClass();
            kinds.add((ours == FastBlockStarts.class || ours == AbbreviationDefinitions.class ? f.getClass().getSuperclass() : f.getClass())
                    .getName());
        }
        assertEquals(blockKinds(FLEXMARK), kinds);
    }

    @Provide
    Arbitrary<String> blocks() {
        Arbitrary<String> lead = Arbitraries.of("", "", "", " ", "  ", "   ", "    ", "\t", "> ", "- ", "* ", "1. ", "2) ", "+ ", "  - ",
                "> - ", ">", "-", "#", "*[ICB]: Integrated care board ");
        Arbitrary<String> part = Arbitraries.of("#", "##", "###### ", "####### ", "# ", "#x", "=", "===", "= =", "-", "---", "- - -", "--",
                "***", "* * *", "*", "___", "_ _ _", "_", "```", "````", "~~~", "~", "```js", "~~~ x ~", "`x`", "``", "text", "Why we ask",
                "ICB", " ", "\t", "\u2028", "\u0085", "[x]: /y", "[x]", "<div>", "</div>", "<!-- c -->", "|", "|---|", "1.", ">", "\\#", "&#35;");
        Arbitrary<String> line = Combinators.combine(lead, part.list().ofMaxSize(5)).as((l, parts) -> l + String.join("", parts));
        Arbitrary<String> end = Arbitraries.of("\n", "\n", "\n", "\r\n", "\n\n", "\r");
        return Combinators.combine(line, end).as((l, e) -> l + e).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void blocksAreReadAsTheStockParserReadsThem(@ForAll("blocks") String markdown) {
        assertReadAsStockReadsIt(markdown);
    }

    @Test
    void eachKindIsStillMadeWhereItIsWritten() {
        String markdown = """
                # A heading
                   ## Indented three spaces
                A setext heading
                ----------------

                Another
                ===

                ```
                code
                ```

                ~~~
                more code
                ~~~

                * * *
                ___
                - - -

                > ### In a quote
                > ```
                > quoted code
                > ```

                - ## In a list
                  ---
                """;
        assertReadAsStockReadsIt(markdown);
        String html = HTML.render(FAST.parse(markdown));
        assertEquals(6, html.split("<h[1-6]", -1).length - 1, html);
        assertEquals(3, html.split("<pre>", -1).length - 1, html);
        assertEquals(4, html.split("<hr />", -1).length - 1, html);
    }
}
