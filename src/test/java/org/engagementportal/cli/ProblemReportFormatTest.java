package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout of a printed problem, as README describes it: {@code file:line:col: error: message}, the line
 * itself with a caret under the column, and a {@code Fix:} line; and the same problems as GitHub workflow
 * annotations, one line each, whatever the text holds.
 */
class ProblemReportFormatTest {
    @TempDir
    Path root;
    final Problems problems = new Problems();

    private void file(String path, String text) {
        TestSite.writeBytes(root.resolve(path), text.getBytes(StandardCharsets.UTF_8));
    }

    private String print(ProblemReport.Style style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new ProblemReport(root).print(problems, style, ps);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aProblemShowsItsPlaceItsLineACaretUnderTheColumnAndTheFix() {
        file("content/consultations/dental.md", "---\ntitle: Dental\ncloses: next week\n---\n");
        problems.error(new Position("content/consultations/dental.md", 3, 9), "'closes' must be a date like 2026-03-31, got \"next week\"",
                "Write the date the consultation closes.");
        assertEquals("""
                content/consultations/dental.md:3:9: error: 'closes' must be a date like 2026-03-31, got "next week"
                    3 | closes: next week
                      |         ^
                    Fix: Write the date the consultation closes.

                """, print(ProblemReport.Style.TEXT));
    }

    @Test
    void theCaretLinesUpUnderTabsAndLongLineNumbers() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < 120; i++) {
            text.append("line ").append(i).append('\n');
        }
        file("content/x.md", text.append("\t| a\t| b |\n").toString());
        problems.warning(new Position("content/x.md", 120, 4), "a table cell", "");
        List<String> lines = print(ProblemReport.Style.TEXT).lines().toList();
        assertEquals("content/x.md:120:4: warning: a table cell", lines.get(0));
        assertEquals("    120 | \t| a\t| b |", lines.get(1));
        assertEquals("        | \t  ^", lines.get(2), "a tab where the line has one, so the caret is under the 'a' in any terminal");
        assertEquals(4, lines.size(), "no Fix line when there is no fix: " + lines);
    }

    @Test
    void aWholeFileProblemHasNoSourceLine() {
        file("content/x.md", "text\n");
        problems.error(Position.file("content/x.md"), "this file is empty of meaning.", "Write something.");
        assertEquals("content/x.md: error: this file is empty of meaning.\n    Fix: Write something.\n\n", print(ProblemReport.Style.TEXT));
    }

    @Test
    void aLineWithoutAColumnHasNoCaret() {
        file("content/x.md", "a\nb\n");
        problems.error(new Position("content/x.md", 2, 0), "line two", "Fix it.");
        assertEquals("content/x.md:2:1: error: line two\n    2 | b\n    Fix: Fix it.\n\n", print(ProblemReport.Style.TEXT));
    }

    @Test
    void aMissingFileALineAfterTheEndAndAHugeFileAreShownWithoutTheirLines() throws IOException {
        file("content/short.md", "one line\n");
        Path huge = root.resolve("content/huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(Limits.MAX_FILE_BYTES + 1); // sparse: no disk is used
        }
        problems.error(new Position("content/gone.md", 1, 1), "gone", "");
        problems.error(new Position("content/short.md", 9, 1), "after the end", "");
        problems.error(new Position("content/huge.md", 1, 1), "too large to show", "");
        assertEquals("content/gone.md:1:1: error: gone\n\ncontent/huge.md:1:1: error: too large to show\n\n"
                + "content/short.md:9:1: error: after the end\n\n", print(ProblemReport.Style.TEXT));
    }

    @Test
    void aByteOrderMarkDoesNotMoveTheCaret() {
        file("content/x.md", "\uFEFFtitle: x\n");
        problems.error(new Position("content/x.md", 1, 8), "here", "");
        List<String> lines = print(ProblemReport.Style.TEXT).lines().toList();
        assertEquals("    1 | title: x", lines.get(1));
        assertEquals(lines.get(1).indexOf('x'), lines.get(2).indexOf('^'));
    }

    @Test
    void aMessageOrFixOfSeveralLinesIsIndentedSoOnlyThePortalStartsALine() {
        problems.error(Position.file("content/x.md"), "first\ncontent/y.md:1:1: error: forged", "Do this\nthen that.");
        String text = print(ProblemReport.Style.TEXT);
        assertEquals("content/x.md: error: first\n    content/y.md:1:1: error: forged\n    Fix: Do this\n         then that.\n\n", text);
    }

    @Test
    void problemsAreSortedByPlaceAndTheSummaryCountsThem() {
        problems.warning(new Position("content/b.md", 1, 1), "b1", "");
        problems.error(new Position("content/a.md", 10, 2), "a10", "");
        problems.error(new Position("content/a.md", 2, 5), "a2", "");
        problems.error(new Position("content/a.md", 2, 5), "a2", ""); // the same problem found twice is shown once
        List<String> firstLines = print(ProblemReport.Style.TEXT).lines().filter(l -> l.startsWith("content/")).toList();
        assertEquals(List.of("content/a.md:2:5: error: a2", "content/a.md:10:2: error: a10", "content/b.md:1:1: warning: b1"), firstLines);
        assertEquals("2 errors and 1 warning in 2 files.", ProblemReport.summary(problems));
    }

    @Test
    void theSummaryCountsInWords() {
        assertEquals("0 errors and 0 warnings in 0 files.", ProblemReport.summary(problems));
        problems.error(Position.file("content/a.md"), "x", "");
        assertEquals("1 error and 0 warnings in 1 file.", ProblemReport.summary(problems));
        assertEquals("3 files", ProblemReport.plural(3, "file"));
    }

    @Test
    void atMostFiftyAreShownInEitherStyle() {
        for (int i = 1; i <= 60; i++) {
            problems.error(new Position("content/x.md", i, 1), "problem " + i, "");
        }
        String text = print(ProblemReport.Style.TEXT);
        assertEquals(50, text.lines().filter(l -> l.startsWith("content/x.md:")).count());
        assertTrue(text.contains("content/x.md:50:1: error: problem 50") && !text.contains("problem 51"), "the first fifty by place");
        assertTrue(text.endsWith("... and 10 more not shown. Fix the ones above and run again to see the rest.\n"), text);
        List<String> annotations = print(ProblemReport.Style.GITHUB).lines().toList();
        assertEquals(51, annotations.size());
        assertTrue(annotations.get(50).startsWith("... and 10 more"), annotations.get(50));
    }

    @Test
    void errorsAreShownBeforeWarningsWhenNotAllFit() {
        // Sixty warnings about consultations whose outcomes are overdue sort before the one error that stops the build.
        for (int i = 1; i <= 60; i++) {
            problems.warning(new Position("content/consultations/old-" + (100 + i) + ".md", 1, 1), "outcome overdue " + i, "");
        }
        problems.error(new Position("content/visiting.md", 3, 1), "'summry' is not a setting", "Did you mean 'summary'?");
        for (ProblemReport.Style style : ProblemReport.Style.values()) {
            String shown = print(style);
            assertTrue(shown.contains("'summry' is not a setting"), style + ": the error is shown\n" + shown);
            assertTrue(shown.contains("outcome overdue 49") && !shown.contains("outcome overdue 50"), style + ": then the first 49 warnings");
            assertTrue(shown.indexOf("outcome overdue 49") < shown.indexOf("'summry'"), style + ": in their order by place");
            assertTrue(shown.contains("... and 11 more warnings not shown."), shown);
        }
    }

    @Test
    void annotationsCarryTheFileLineAndColumnAndTheFix() {
        problems.warning(new Position("content/x.md", 4, 8), "a long sentence", "Split it.");
        problems.error(new Position("content/y.md", 2, 0), "no column", "");
        problems.error(Position.file("content/z.md"), "whole file", "Rename it.");
        assertEquals(List.of("::warning file=content/x.md,line=4,col=8::a long sentence Split it.",
                        "::error file=content/y.md,line=2::no column",
                        "::error file=content/z.md::whole file Rename it."),
                print(ProblemReport.Style.GITHUB).lines().toList());
    }

    @Test
    void annotationTextCannotEndItsPropertiesOrStartANewCommand() {
        problems.error(new Position("content/a,b:c.md", 1, 1), "50% done\r\n::error file=x::forged", "Fix\nit.");
        String annotation = print(ProblemReport.Style.GITHUB);
        assertEquals(1, annotation.lines().count(), annotation);
        assertTrue(annotation.startsWith("::error file=content/a%2Cb%3Ac.md,line=1,col=1::50%25 done\\u000d%0A::error file=x::forged Fix%0Ait."),
                annotation);
    }

    @Test
    void visibleKeepsOrdinaryTextAndShowsWhatATerminalWouldObey() {
        assertEquals("Caf\u00e9 \u2013 d\u00e9j\u00e0 vu \ud83d\ude00", ProblemReport.visible("Caf\u00e9 \u2013 d\u00e9j\u00e0 vu \ud83d\ude00"));
        assertEquals("a\nb", ProblemReport.visible("a\nb"), "line breaks stay in messages, to be indented");
        assertEquals("a\\u000ab", ProblemReport.visible("a\nb", true), "but not in a source line");
        assertEquals("\tx", ProblemReport.visible("\tx", true), "tabs stay in source lines, so the caret lines up");
        assertEquals("\\u0009x", ProblemReport.visible("\tx"));
        assertEquals("\\u001b[2J\\u0085\\u200f\\u2066", ProblemReport.visible("\u001b[2J\u0085\u200f\u2066"));
    }
}
