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
 * Lines starting with a bullet pasted from Word ("• First point") are not made into a list: the page runs them
 * together in one paragraph and screen readers hear no list. The writer is told at each such line, with the line
 * written as a point of a list. A bullet in the middle of a line, and bullets in computer code, are left alone.
 */
class ListLookalikesTest {
    @Test
    void eachPastedPointIsNamedAtItsBulletWithTheLineWrittenAsAPoint() {
        Result r = render("What we heard:\n\n• Waiting times are too long\n• Parking is hard\n");
        assertEquals(2, r.problems().size(), r.problems().toString());
        Problem first = r.problems().get(0);
        assertEquals(Severity.WARNING, first.severity());
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 1), first.position());
        assertTrue(first.message().startsWith("this line starts with a bullet (•), as a list pasted from Word does, but it is not "
                + "made into a list"), first.message());
        assertTrue(first.message().contains("screen readers"), first.message());
        assertEquals("Start each point with a hyphen and a space, on its own line, with an empty line before the list: "
                + "- Waiting times are too long", first.fix());
        assertEquals(new Position(SOURCE, FIRST_LINE + 3, 1), r.problems().get(1).position());
        assertTrue(r.problems().get(1).fix().endsWith(": - Parking is hard"), r.problems().get(1).fix());
        assertTrue(r.html().contains("<p>• Waiting times are too long\n• Parking is hard</p>"),
                "one paragraph, as the warning says: " + r.html());
    }

    @Test
    void everyKindOfBulletWordPastesIsNamedWithOrWithoutASpaceAfterIt() {
        for (String bullet : List.of("•", "·", "▪", "◦", "‣", "⁃", "●", "○", "■", "□", "➢", "➤", "\uF0B7", "\uF0A7", "\uF0D8")) {
            for (String after : List.of(" ", "\t", "", "\u00a0")) {
                Result r = render("Intro.\n\n  " + bullet + after + "Parking is hard\n  " + bullet + after + "Buses are few\n");
                assertEquals(2, r.problems().size(), bullet + after + ": " + r.problems());
                assertEquals(new Position(SOURCE, FIRST_LINE + 2, 3), r.problems().get(0).position(), bullet + after);
                assertTrue(r.problems().get(0).fix().endsWith(": - Parking is hard"), r.problems().get(0).fix());
            }
        }
    }

    @Test
    void inAQuoteTheLineIsWrittenWithItsMark() {
        Result r = render("> Said at the meeting:\n>\n> • More buses\n> • Later trains\n");
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 3), r.problems().get(0).position());
        assertEquals("Start each point with a hyphen and a space, on its own line, with a line with only > on it before the list: "
                + "> - More buses", r.problems().get(0).fix());
    }

    @Test
    void aBulletInTheMiddleOfALineOrInCodeOrAloneIsLeftAlone() {
        Result r = render("Services • GP • Dentist\n\n```\n• shown as typed\n```\n\nType `\n• x` to see.\n\n•\n\n- • Already a point\n\n"
                + "| Clinic | Day |\n|---|---|\n| • Ashby | Monday |\n");
        assertEquals(List.of(), r.problems());
    }

    @Test
    void pointsRunOnUnderAPointOfARealListAreNamed() {
        Result r = render("- Our clinics\n  • Ashby\n  • Barton\n");
        assertEquals(List.of(new Position(SOURCE, FIRST_LINE + 1, 3), new Position(SOURCE, FIRST_LINE + 2, 3)),
                r.problems().stream().map(Problem::position).toList(), r.problems().toString());
    }

    /**
     * Found in a review of real pages: a sentence wrapped before its separator ("8:30 to 17:00\n· Saturday by appointment")
     * and a shape used as a symbol ("■ Key: ...") are one line starting with a bullet, not a list pasted from Word.
     */
    @Test
    void oneLineStartingWithABulletIsNotAList() {
        Result r = render("Riverside House is open Monday to Friday, 8:30 to 17:00\n· Saturday by appointment only.\n\n"
                + "■ Key: items in bold are new.\n");
        assertEquals(List.of(), r.problems());
    }
}
