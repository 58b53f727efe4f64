package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How problems are printed when the content itself is hostile: long lines, control characters. */
class ProblemReportTest {
    @TempDir
    Path root;

    private String print(Problems problems, ProblemReport.Style style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new ProblemReport(root).print(problems, style, ps);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLongLineIsShownAroundTheColumnWithTheMarkerUnderIt() {
        String line = "a".repeat(5_000) + "XY" + "b".repeat(5_000);
        TestSite.write(root, Map.of("content/x.md", "---\ntitle: x\n---\n" + line + "\n"));
        Problems problems = new Problems();
        problems.error(new Position("content/x.md", 4, 5_001), "here", "Fix it.");
        String[] lines = print(problems, ProblemReport.Style.TEXT).split("\n");
        assertTrue(lines[1].length() < 200, "shown in a window: " + lines[1].length());
        assertTrue(lines[1].contains("...") && lines[1].contains("XY"), lines[1]);
        assertEquals(lines[1].indexOf("XY"), lines[2].indexOf('^'), "the marker is under the column");
    }

    @Test
    void controlCharactersFromContentAreShownNotObeyed() {
        TestSite.write(root, Map.of("content/x.md", "---\ntitle: x\n---\nclear \u001b[2J\u001b]0;owned\u0007 \u202eevil\n"));
        Problems problems = new Problems();
        problems.error(new Position("content/x.md", 4, 1), "the link '\u001b[31mred\r\n::error::forged' is wrong", "Fix it.");
        String text = print(problems, ProblemReport.Style.TEXT);
        assertFalse(text.contains("\u001b") || text.contains("\u0007") || text.contains("\u202e") || text.contains("\r"), text);
        assertTrue(text.contains("\\u001b[2J") && text.contains("\\u202eevil"), text);
        String annotation = print(problems, ProblemReport.Style.GITHUB);
        assertEquals(1, annotation.lines().count(), "one annotation, not a forged second: " + annotation);
        assertFalse(annotation.contains("\u001b"), annotation);
    }

    /** Found in review: a line break in a file name or quoted address printed a line that read as a problem of its own. */
    @Test
    void aLineBreakFromContentCannotStartALineOfTheReport() {
        Problems problems = new Problems();
        problems.error(new Position("content/new\ncontent/about.md:1:1: error: forged.png", 0, 0), "a real problem", "Fix it.");
        problems.error(new Position("content/x.md", 0, 0), "the address (https://x/a\ncontent/about.md:1:1: error: forged) is wrong",
                "Fix it.");
        String text = print(problems, ProblemReport.Style.TEXT);
        assertTrue(text.lines().noneMatch(l -> l.startsWith("content/about.md")), text);
        assertTrue(text.contains("content/new\\u000acontent/about.md"), text);
    }

    /**
     * A PDF that a page and its translations all name was warned about once for each, in the same words: one warning, with
     * the versions' places under it. Errors in the same words stay apart (each is mended where it is), and so do annotations,
     * other pages' warnings and two in one file.
     */
    @Test
    void aWarningInTheSameWordsInAPageAndItsVersionsIsPrintedOnceWithTheirPlaces() {
        Problems problems = new Problems();
        for (String page : new String[] {"content/c/hubs.easy-read.md", "content/c/hubs.md", "content/c/hubs.ur.md"}) {
            problems.warning(new Position(page, 19, 9), "the PDF content/c/eia.pdf has no tags.", "Export it again.");
            problems.error(new Position(page, 3, 1), "'staus' is not a field of a consultation.", "Delete it.");
        }
        problems.warning(new Position("content/c/other.md", 2, 1), "the PDF content/c/eia.pdf has no tags.", "Tag it.");
        // Not a version of the page: told apart. Nor are two in one file, each mended where it is.
        problems.warning(new Position("content/c/other.md", 9, 1), "the PDF content/c/eia.pdf has no tags.", "Export it again.");
        problems.warning(new Position("content/c/hubs.md", 30, 1), "the PDF content/c/eia.pdf has no tags.", "Export it again.");
        String text = print(problems, ProblemReport.Style.TEXT);
        assertEquals(1, text.lines().filter(l -> l.contains("warning: the PDF content/c/eia.pdf has no tags.")
                && l.startsWith("content/c/hubs.md:19:9")).count(), text);
        // Led by the page itself, though its easy-read version's file sorts first.
        assertTrue(text.contains("    The same warning at content/c/hubs.easy-read.md:19:9 and content/c/hubs.ur.md:19:9.\n"), text);
        assertEquals(3, text.lines().filter(l -> l.contains("error: 'staus'")).count(), text);
        assertTrue(text.contains("content/c/other.md:2:1: warning:"), "another fix is another warning: " + text);
        assertTrue(text.contains("content/c/other.md:9:1: warning:") && text.contains("content/c/hubs.md:30:1: warning:"), text);
        assertEquals(1, text.lines().filter(l -> l.contains("The same warning")).count(), text);
        assertEquals(9, print(problems, ProblemReport.Style.GITHUB).lines().count(), "an annotation at every place");
    }
}
