package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our inline parser reads link titles and addresses in angle brackets with a loop instead of flexmark's
 * regular expressions; it must read them exactly as flexmark does, escapes and backtracking included.
 */
class GuardedInlineParserTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
            AbbreviationExtension.create(), AutolinkExtension.create(), TypographicExtension.create()));
    private static final Parser STOCK = Parser.builder(OPTIONS).build();
    private static final Parser GUARDED = Parser.builder(OPTIONS).customInlineParserFactory(GuardedInlineParser::new)
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private static void assertSameAsFlexmark(String markdown) {
        assertEquals(RENDERER.render(STOCK.parse(markdown)), RENDERER.render(GUARDED.parse(markdown)), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[a](b)", "[a](b \"t\")", "[a](b 't')", "[a](b (t))", "[a](b \"\")", "[a](b '')", "[a](b ())",
            "[a](b \"t\\\"\")", "[a](b \"t\\\" x)", "[a](b \"t\\\\\")", "[a](b \"t\\\"\\\"\")", "[a](b \"t\nu\")",
            "[a](b (t\\)))", "[a](b (t\\))", "[a](b\"t\")", "[a](b \"unclosed)", "[a](b 'it\\'s')",
            "[a](<b>)", "[a](<b c>)", "[a](<b\\>)", "[a](<b\\>c>)", "[a](<b\\> \"t\")", "[a](<>)", "[a](<b>c)",
            "[a](<\\\\>)", "[a](<b<c>)", "[a](<b\nc>)", "![i](<x y> \"t\")", "![i](<x> \"t\")",
            "[a]: <b>\n\n[a]", "[a]: b \"t\"\n\n[a]", "[a]: b 't\nu'\n\n[a]", "[a]: <b\\>\n\n[a]", "[a]: b \"t\\\"\n\n[a]",
            "[a]: b\n\"title\"\n\n[a]", "[a]:\n<b> (t)\n\n[a]", "[x](<abc", "[x](<a b> \"t\")",
            "a <!----> b", "a <!-- c --> b", "a <!--> b", "a <!---> b", "a <!-- c -- d --> b", "a <!-- c ---> b", "a <!---c--> b",
            "a <!-- c\nd --> b", "a <!-- unclosed", "a <!--- -> x --> b", "a <!-- a->b --> b",
            "a <span title=\"x > y\" lang=cy>b</span>", "a <span\nlang='cy'\n>b</span>", "a <b x y z>c", "a </b> c", "a <b/> c",
            "a <?php x ?> b", "a <!DOCTYPE x> b", "a <![CDATA[ x ]]> b", "a <b", "a < b > c",
            "<https://example.org/a?b=c>", "<mailto:a@b.example>", "<a@b.example>", "<www.example.org>", "<https://a.example/ b>",
            "<javascript:alert(1)>", "[a][b]\n\n[b]: /c", "[a][]\n\n[a]: /c", "[a][b\\]]\n\n[b\\]]: /c", "[a][b\\]",
            "[a][b\\]c]", "[a]( b )", "[a](\tb\t\"t\"\t)", "[a](\nb\n\"t\"\n)", "[a](  \n  b  \n  't'  \n  )",
            "[a](\r\nb\r\n(t)\r\n)", "[a](\rb\r\"t\"\r)", "[a](\r \t\nb)", "[a](b\n\n\"t\")", "[a]( \t \r\n \t <b> \t \r\n \t)",
            "[a]:\r\n /b\r\n 't'\r\n\r\n[a]", "[a]: \t/b \t\n\t\"t\"\n\n[a]", "[a](",
            "[a][\\\"\\\"]", "[a][b[c]]", "[a][b\\[c]\n\n[b\\[c]: /d", "[a]\\[b]", "[a][ b ]\n\n[b]: /c", "[b\\]x]: /c\n\n[b\\]x]"})
    void readsLinksAsFlexmarkDoes(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    @Test
    void readsLabelsAtTheirLengthLimitAsFlexmarkDoes() {
        for (String label : List.of("\\\"".repeat(6), "a".repeat(998), "a".repeat(999), "a".repeat(1_000), "a".repeat(997) + "\\]",
                "a".repeat(998) + "\\]", "\\]".repeat(100), "b\\]" + "c".repeat(1_200))) {
            // (under the limit of formatting marks, past which a paragraph is not read as Markdown at all)
            assertSameAsFlexmark("[x][" + label + "]\n\n[" + label + "]: /y");
        }
    }

    @Test
    void readsTheExamplePortalAsFlexmarkDoes() throws IOException {
        try (Stream<Path> files = Files.walk(TestSite.PROJECT.resolve("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                assertSameAsFlexmark(Files.readString(f));
            }
        }
    }
}
