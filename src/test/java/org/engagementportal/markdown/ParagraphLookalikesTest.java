package org.engagementportal.markdown;

import static org.engagementportal.markdown.TextRendering.FIRST_LINE;
import static org.engagementportal.markdown.TextRendering.SOURCE;
import static org.engagementportal.markdown.TextRendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagementportal.markdown.TextRendering.Result;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Severity;
import org.junit.jupiter.api.Test;

/**
 * A paragraph pasted with spaces or a tab at the start of its lines (from Word or an email) is shown as typed, in a
 * different font, like computer code, and the easy-read and plain-English checks skip it; the writer is told at its
 * first line and how to mend it. Text indented under a point of a list, and computer code written on purpose between
 * lines of ```, are left alone.
 */
class ParagraphLookalikesTest {
    private static Problem onlyWarning(Result r) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("show as typed, in a different font, like computer code"), p.message());
        assertTrue(p.message().contains("easy-read and plain-English checks skip"), p.message());
        assertTrue(r.html().contains("<pre><code>"), "published as the warning says: " + r.html());
        return p;
    }

    @Test
    void aParagraphPastedWithSpacesIsNamedAtItsFirstWord() {
        Result r = render("We want to hear from you.\n\n    Tell us what you think of the new clinic\n    by 5 January.\n\nThank you.\n");
        Problem p = onlyWarning(r);
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 5), p.position(), "at the T of Tell, after the four spaces");
        assertTrue(p.message().startsWith("the spaces at the start of these lines make them show as typed"), p.message());
        assertEquals("Delete the spaces at the start of lines 8 to 9.", p.fix());
    }

    @Test
    void aParagraphPastedWithATabIsNamedAndItsFixSaysTab() {
        Problem p = onlyWarning(render("Intro.\n\n\tOur opening times change in December.\n"));
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 2), p.position());
        assertTrue(p.message().startsWith("the tab at the start of this line makes it show as typed"), p.message());
        assertEquals("Delete the tab at the start of line 8.", p.fix());
    }

    @Test
    void inAQuoteTheFixSaysWhereTheSpacesAre() {
        Problem p = onlyWarning(render("> Said at the meeting:\n>\n>     We waited too long.\n"));
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 7), p.position());
        assertEquals("Delete the spaces between the > and the words at the start of line 8.", p.fix());
    }

    @Test
    void underAPointOfAListTheFixSaysToLineItUp() {
        Problem p = onlyWarning(render("- First point\n\n        More about the first point.\n"));
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 9), p.position());
        assertTrue(p.fix().startsWith("Start line 8 where the words of the point above it start"), p.fix());
    }

    @Test
    void textIndentedUnderAPointIsPartOfThePointAndNotWarnedAbout() {
        Result r = render("- First point\n\n    More about the first point.\n\n1. One\n\n   More about one.\n");
        assertEquals(List.of(), r.problems());
        assertTrue(r.html().contains("<p>More about the first point.</p>"), r.html());
    }

    @Test
    void computerCodeWrittenOnPurposeAndIndentedLinesOfAParagraphAreLeftAlone() {
        Result r = render("Type this:\n\n```\n    indented inside the backticks\n```\n\nA line\n    carried on with spaces.\n");
        assertEquals(List.of(), r.problems());
    }
}
