package org.engagementportal.markdown;

import static org.engagementportal.markdown.TextRendering.FIRST_LINE;
import static org.engagementportal.markdown.TextRendering.SOURCE;
import static org.engagementportal.markdown.TextRendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagementportal.markdown.TextRendering.Result;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Severity;
import org.junit.jupiter.api.Test;

/**
 * Footnotes pasted from a word processor ({@code [^1]} and {@code [^1]: ...}) are not made into footnotes; the writer is
 * told, at each mark and note, what the page shows instead and how to write it. Text with a caret in brackets that is
 * not a footnote (in code, a link's own words) is left alone.
 */
class FootnoteLookalikesTest {
    @Test
    void aMarkAndItsNoteAreEachNamedWhereTheyAreWithWhatThePageShows() {
        Result r = render("Waiting times fell last year.[^1]\n\nMore text.\n\n[^1]: NHS figures for 2025.\n");
        assertEquals(2, r.problems().size(), r.problems().toString());
        Problem mark = r.problems().get(0);
        assertEquals(Severity.WARNING, mark.severity());
        assertEquals(FIRST_LINE, mark.position().line());
        assertEquals(30, mark.position().column(), "at the mark's [");
        assertTrue(mark.message().startsWith("[^1] looks like a footnote mark, but the site does not make footnotes: it is shown "
                + "as typed"), mark.message());
        assertTrue(mark.fix().contains("into the sentence itself"), mark.fix());
        Problem note = r.problems().get(1);
        assertEquals(FIRST_LINE + 4, note.position().line());
        assertEquals(1, note.position().column());
        assertTrue(note.message().contains("shown as typed, [^1]: and all"), note.message());
        assertTrue(note.fix().contains("then delete this line"), note.fix());
        assertTrue(r.html().contains("last year.[^1]"), "published as typed, which is what the warning says: " + r.html());
    }

    @Test
    void aNoteThatIsAnAddressIsSaidToVanishAndItsMarkToBecomeALink() {
        Result r = render("See the source.[^src]\n\n[^src]: https://example.org/report\n");
        assertEquals(2, r.problems().size(), r.problems().toString());
        Problem mark = r.problems().stream().filter(p -> p.position().line() == FIRST_LINE).findFirst().orElseThrow();
        assertTrue(mark.message().contains("it becomes a link reading \"^src\""), mark.message());
        Problem note = r.problems().stream().filter(p -> p.position().line() == FIRST_LINE + 2).findFirst().orElseThrow();
        assertTrue(note.message().contains("it is not shown at all"), note.message());
        assertTrue(note.fix().contains("[the full report](https://example.org/report)"), note.fix());
        assertTrue(r.html().contains(">^src</a>"), "the link the warning describes: " + r.html());
    }

    /** Found in review: the second of two notes pasted on consecutive lines was called a mark, and its fix left ": ..." behind. */
    @Test
    void notesOnConsecutiveLinesAreEachANote() {
        Result r = render("Waiting times fell[^1] and visits rose[^2].\n\n[^1]: NHS figures, 2025.\n[^2]: Practice records, 2026.\n");
        assertEquals(4, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(3).message().startsWith("this line looks like a footnote ([^2]:)"), r.problems().get(3).message());
        assertEquals(FIRST_LINE + 3, r.problems().get(3).position().line());
    }

    @Test
    void caretsInCodeAndOrdinaryBracketsAreLeftAlone() {
        Result r = render("Type `[^1]` to see it.\n\n    [^2]: in a code block\n\nA [^ on its own] and x^2 [note].\n");
        // The line indented four spaces is said to be shown as typed, like computer code (ParagraphLookalikes), not a footnote.
        assertEquals(List.of("like computer code"), r.problems().stream().map(p -> p.message().contains("like computer code")
                ? "like computer code" : p.message()).toList());
    }
}
