package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Text written to make a Markdown parser slow or crash, as in commonmark's pathological tests: each is
 * either read in time proportional to its length or reported at its line, and never stops the build with
 * a stack overflow. The timeouts only guard against a hang; build speed is measured by bin/hostile-bench.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalMarkdownTest {
    private final Markdown markdown = new Markdown();
    private final Problems problems = new Problems();

    /** A site with one page, /a/: enough for link checks, which these inputs are not about. */
    private static final SiteLinks LINKS = new SiteLinks() {
        @Override
        public Optional<String> resolve(String folder, String target) {
            return target.equals("/a/") ? Optional.of("/a/") : Optional.empty();
        }

        @Override
        public Collection<String> paths() {
            return List.of("/a/");
        }

        @Override
        public String href(String sitePath) {
            return sitePath;
        }
    };

    private Document render(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text, "content/x.md", 5, "", LINKS, problems).html());
    }

    private List<Problem> errors() {
        return problems.sorted().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    private static String lines(int n, java.util.function.IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    /**
     * A fault of the Markdown reader's on some text (flexmark's or ours) stops the command as the fault it is, but
     * says which page: a table whose rows were indented by tabs once stopped the build naming no page at all. Here a
     * link lookup that fails stands for such a fault: every one found in the reader so far has been mended.
     */
    @Test
    void aFaultOfTheReadersNamesThePage() {
        SiteLinks failing = new SiteLinks() {
            @Override
            public Optional<String> resolve(String folder, String target) {
                throw new IllegalStateException("lookup failed for " + target);
            }

            @Override
            public Collection<String> paths() {
                return List.of();
            }

            @Override
            public String href(String sitePath) {
                return sitePath;
            }
        };
        PageFault fault = org.junit.jupiter.api.Assertions.assertThrows(PageFault.class,
                () -> markdown.render("Intro.\n\nSee [the plan](plan.md).\n", "content/a.md", 5, "", failing, problems));
        assertEquals(Optional.of("content/a.md"), fault.source());
        assertEquals(5, fault.firstLine());
        assertEquals("lookup failed for plan.md", fault.getCause().getMessage());
        assertEquals("It failed while reading content/a.md (from line 5). Until it is mended, changing that part of the page "
                + "may let the build go on.", fault.advice());
        // As the command's handler finds it, under the build's threads' wrapping.
        Throwable wrapped = new RuntimeException(new java.util.concurrent.ExecutionException(fault));
        assertEquals(Optional.of(fault), PageFault.in(wrapped));
        assertEquals(Optional.empty(), PageFault.in(new RuntimeException(new IllegalStateException())));
        assertTrue(errors().isEmpty(), "a fault, not a content error: " + errors());
    }

    @Test
    void twentyThousandNestedBlockQuotesAreReportedNotACrash() {
        render("> ".repeat(20_000) + "a\n");
        assertEquals(1, errors().size(), errors().toString());
        assertEquals(5, errors().get(0).position().line());
        assertFalse(errors().get(0).message().contains("could not read"), "found by the limits, not the last resort");
    }

    @Test
    void quotesAndListsPiledOnOneLineAreReportedAtTheirLine() {
        render("Intro\n\n" + "- ".repeat(200) + "a\n\n" + "> - ".repeat(50) + "b\n");
        assertEquals(List.of(7, 9), errors().stream().map(p -> p.position().line()).toList(), errors().toString());
        assertTrue(errors().get(0).message().contains("inside each other"), errors().get(0).message());
    }

    @Test
    void listsNestedAThousandDeepByIndentationAreReported() {
        render(lines(1000, i -> "  ".repeat(i) + "* item"));
        assertEquals(1, errors().size(), errors().toString());
        assertTrue(errors().get(0).message().contains("nested more than " + Limits.NESTING), errors().get(0).message());
    }

    @Test
    void listsAndQuotesNestedWithinTheLimitRender() {
        Document doc = render(lines(Limits.NESTING, i -> "  ".repeat(i) + "* level " + i) + "\n" + "> ".repeat(5) + "quote\n");
        assertEquals(Limits.NESTING, doc.select("li").size());
        assertEquals(5, doc.select("blockquote").size());
        assertTrue(errors().isEmpty(), errors().toString());
    }

    @Test
    void aLineLongerThanTheLimitIsReportedWithItsLength() {
        render("Short.\n\n" + "word ".repeat(3_000) + "\n");
        assertEquals(7, errors().get(0).position().line());
        assertEquals(Limits.LINE_LENGTH + 1, errors().get(0).position().column());
        assertTrue(errors().get(0).message().contains("15,000 characters"), errors().get(0).message());
    }

    @Test
    void longLinkTitlesAndAddressesInAngleBracketsAreReadWithoutOverflowingTheStack() {
        String title = "t".repeat(9_000);
        Document doc = render("[a](/a/ \"" + title + "\")\n\n[b](<" + "/a/".repeat(2_500) + ">)\n");
        assertEquals(title, doc.selectFirst("a").attr("title"));
        assertEquals(2, doc.select("a").size());
        assertTrue(problems.sorted().stream().noneMatch(p -> p.message().contains("could not read")), problems.sorted().toString());
    }

    @Test
    void aTitleSpanningManyLinesIsReadToo() {
        Document doc = render("[a](/a/ \"" + lines(200, i -> "line " + i + " of a long title") + "\")\n");
        assertTrue(doc.selectFirst("a").attr("title").contains("line 199"));
    }

    /** Paragraphs that make the pairing of formatting marks slow: reported, and kept as plain text. */
    @Test
    void paragraphsWithThousandsOfFormattingMarksAreReported() {
        List<Function<Integer, String>> hostile = List.of(
                n -> "*a **a ".repeat(n) + "b" + " a** a*".repeat(n),
                n -> "[ (](".repeat(n),
                n -> "[a](<b".repeat(n),
                n -> "</" + "<!--".repeat(n),
                n -> "![".repeat(n) + "a" + "](b)".repeat(n),
                n -> "a**b" + "c* ".repeat(n),
                n -> "&amp;".repeat(n),
                n -> "_a ".repeat(n));
        for (Function<Integer, String> pattern : hostile) {
            Problems p = new Problems();
            // 60 lines of 50 repetitions each: one paragraph, no line too long
            String paragraph = lines(60, i -> pattern.apply(50));
            String html = markdown.render(paragraph, "content/x.md", 1, "", LINKS, p).html();
            assertEquals(1, p.errorCount(), pattern.apply(2) + ": " + p.sorted());
            assertTrue(p.sorted().get(0).message().contains("formatting marks"), p.sorted().toString());
            assertFalse(html.contains("<em>") || html.contains("<a "), "kept as plain text");
        }
    }

    @Test
    void backticksOfEveryLengthInOneParagraphAreReported() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < 400; i++) {
            s.append('e').append("`".repeat(i));
            if (i % 20 == 0) {
                s.append('\n');
            }
        }
        render(s + "\n");
        assertEquals(1, errors().size(), errors().toString());
    }

    @Test
    void thousandsOfReferenceDefinitionsInOneBlockAreReported() {
        render(lines(3_000, i -> "[r" + i + "]: /a/") + "\n" + "[r1] [r2]\n");
        assertFalse(errors().isEmpty());
    }

    @Test
    void aBlockOfTextLongerThanTheLimitIsReported() {
        render("| a | b |\n|---|---|\n" + lines(Limits.LINES_PER_BLOCK + 10, i -> "| " + i + " | x |"));
        assertEquals(1, errors().size(), errors().toString());
        assertTrue(errors().get(0).message().contains("without a blank line"), errors().get(0).message());
    }

    @Test
    void aLongTableWithinTheLimitRenders() {
        Document doc = render("| a | b |\n|---|---|\n" + lines(900, i -> "| " + i + " | x |"));
        assertEquals(900, doc.select("tbody tr").size());
        assertTrue(errors().isEmpty(), errors().toString());
    }

    @Test
    void htmlNestedAsDeepAsTheLimitIsSanitisedAndKept() {
        Document doc = render(lines(Limits.HTML_NESTING, i -> "<div onclick=\"x()\">") + "\n");
        assertTrue(errors().isEmpty(), errors().toString());
        assertEquals(Limits.HTML_NESTING, doc.select("div").size());
        assertTrue(doc.select("[onclick]").isEmpty(), doc.body().html());
    }

    /**
     * Found in review: the allow-list's clean-up looks up through every parent of each element, so a block of
     * tags opened and never closed took time with the square of its length (a thousand lines of them, minutes).
     */
    @Test
    void deeplyNestedHtmlIsReportedAtItsLineWithoutOverflowingTheStack() {
        Document doc = render("Intro\n\n" + lines(100, i -> "<div>".repeat(90)) + "\n");
        assertTrue(problems.sorted().stream().noneMatch(p -> p.message().contains("could not read")), problems.sorted().toString());
        assertEquals(1, errors().size(), errors().toString());
        assertEquals(7, errors().get(0).position().line());
        assertTrue(errors().get(0).message().contains("tags inside each other 9,000 deep"), errors().get(0).message());
        assertTrue(doc.select("div").isEmpty(), "nothing of it is kept");
    }

    /**
     * Found in review: tags left open in one paragraph stayed open for the rest of the page, so paragraph after
     * paragraph of them nested the page deeper and deeper, and the build took time with the square of its length.
     */
    @Test
    void tagsLeftOpenInAParagraphAreClosedWhereItEnds() {
        Document doc = render("A <em>forgotten and <span lang=\"cy\">Croeso\n\nPlain words.\n\n"
                + lines(2_000, i -> "x " + "<strong>".repeat(90) + "y\n"));
        assertTrue(errors().isEmpty(), errors().toString());
        assertEquals("Plain words.", doc.select("p").get(1).text());
        assertTrue(doc.select("p").get(1).parents().stream().noneMatch(e -> e.is("em, span, strong")),
                doc.select("p").get(1).parents().stream().map(org.jsoup.nodes.Element::tagName).toList().toString());
        assertEquals(1, doc.select("em").size());
        int deepest = HtmlAllowList.depth(doc.body());
        assertTrue(deepest <= 2 + 90, "the page is only as deep as one paragraph: " + deepest);
    }

    @Test
    void tagsInOneParagraphNestedPastTheLimitAreReported() {
        render("Intro\n\nx " + "<em>".repeat(Limits.HTML_NESTING + 1) + "y\n");
        assertEquals(1, errors().size(), errors().toString());
        assertEquals(7, errors().get(0).position().line());
        assertTrue(errors().get(0).message().contains("tags inside each other 101 deep"), errors().get(0).message());
    }

    @Test
    void nullCharactersAndInvisibleControlsDoNotBreakRendering() {
        Document doc = render("a\u0000b [x](/a/\u0000) \u0007 \u202e text\n");
        assertTrue(doc.text().contains("text"), doc.text());
        assertFalse(doc.html().contains("\u0000"), doc.html());
    }

    /** Each of these overflowed the stack in flexmark's regular expressions (or hid the page) before. */
    @Test
    void longLinksTagsCommentsAndAutolinksAreReadOrReportedWithoutOverflowingTheStack() {
        String words = "word ".repeat(1_900);
        List<String> inputs = List.of("[x](<" + "a".repeat(9_000), "text <!-- " + (words.substring(0, 500) + "\n").repeat(18) + " -->",
                "a <span " + "x ".repeat(4_000) + ">b", "a <" + "b".repeat(5_000) + " c>", "a <" + "a".repeat(5_000) + "@b.example>",
                "a <https://a.example/" + "a".repeat(9_000) + ">");
        for (String input : inputs) {
            Problems p = new Problems();
            markdown.render(input + "\n", "content/x.md", 1, "", LINKS, p);
            assertTrue(p.sorted().stream().noneMatch(x -> x.message().contains("could not read")), input.substring(0, 30) + ": " + p.sorted());
        }
    }

    @Test
    void tagsTooLargeToReadAtTheStartOfALineAreReported() {
        render("<span " + "x ".repeat(4_000) + ">\n\n<" + "a".repeat(5_000) + "@b.example>\n");
        assertEquals(List.of(5, 7), errors().stream().map(p -> p.position().line()).toList(), errors().toString());
        assertTrue(errors().get(0).message().contains("HTML tag that is too large"), errors().get(0).message());
    }

    @Test
    void aNoteThatIsNeverClosedIsAnErrorRatherThanHidingThePage() {
        Document doc = render("Intro.\n\n<!-- note for the team\n\nEverything after this.\n");
        assertEquals("Intro.", doc.text());
        assertEquals(7, errors().get(0).position().line());
        assertTrue(errors().get(0).message().contains("never closed"), errors().get(0).message());
    }

    @Test
    void punctuationIsNotCountedAsFormattingMarks() {
        Document doc = render(lines(120, i -> "2026-01-" + (i % 28 + 1) + " - Governing body met... Minutes approved."));
        assertTrue(errors().isEmpty(), errors().toString());
        assertTrue(doc.text().contains("Governing body"));
    }

    /** Found in review: lines Shape took for a code fence, and flexmark did not, went unchecked. */
    @Test
    void onlyARealCodeFenceExemptsItsLinesFromTheChecks() {
        for (String notAFence : List.of("    ```", "```a`b", "\t~~~")) {
            Problems p = new Problems();
            markdown.render(notAFence + "\n\n" + "- ".repeat(300) + "x\n", "content/x.md", 1, "", LINKS, p);
            assertEquals(1, p.errorCount(), notAFence + ": " + p.sorted());
        }
        render("```text\n" + "- ".repeat(300) + "x\n```\n\n~~~~\n> > > > > > > > > > > > x\n~~~\n~~~~\n");
        assertTrue(errors().isEmpty(), "inside real fences lines are code: " + errors());
    }

    /** Found by bin/fuzz: flexmark's link-label expression backtracks exponentially on escaped characters. */
    @Test
    void escapedCharactersAfterALinkAreReadInProportion() {
        Document doc = render("[x][" + "\\\"".repeat(60) + "\n\n[y][" + "\\]".repeat(60) + "\n");
        assertTrue(doc.text().contains("\"".repeat(60)), doc.text());
    }
}
