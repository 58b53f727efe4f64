package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.junit.jupiter.api.Test;

/**
 * Lines written as a table that are not made into one are published as text; the writer is told where, why and how
 * to write it. Tables written well are tables, with nothing said.
 */
class TableLookalikesTest {
    private static final String SOURCE = "content/services/clinics.md";
    /** The line of the file the Markdown starts on, below the front matter. */
    private static final int FIRST_LINE = 6;

    private record Result(String html, List<Problem> problems) {
    }

    private static Result render(String markdown) {
        Problems problems = new Problems();
        String html = Markdown.shared().render(markdown, SOURCE, FIRST_LINE, "services", null, problems).html();
        return new Result(html, problems.since(0));
    }

    private static Problem onlyWarning(Result r) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().startsWith("these lines look like a table, but "), p.message());
        assertTrue(p.message().contains("published as a paragraph of text"), p.message());
        assertTrue(org.jsoup.Jsoup.parse(r.html()).select("p, li").stream().anyMatch(e -> e.text().contains("|")),
                "the lines are a paragraph (or a list item's text) with bars in it: " + r.html());
        return p;
    }

    @Test
    void eachKindOfMistakeIsNamedAtTheTablesFirstRowWithItsFix() {
        record Case(String markdown, int line, int column, String cause, String fix) {
        }
        for (Case c : List.of(
                new Case("| Clinic | Day |\n|-|-|\n| Ashby | Monday |\n", 0, 1, "not written as three dashes or more", "|---|---|"),
                new Case("| Clinic | Day |\n| : --- | --- |\n", 0, 1, "not written as three dashes or more", ":---"),
                new Case("| Clinic | Day |\n|---|\n| Ashby | Monday |\n", 0, 1, "the row of dashes has 1 column and the row above it 2",
                        "|---|---|"),
                new Case("Our clinics:\n| Clinic | Day |\n|---|---|\n| Ashby | Monday |\n", 1, 1, "straight after the text above it",
                        "Leave a blank line before"),
                new Case("| Clinic | Day |\n|---|---|\n\t| Ashby | Monday |\n", 0, 1, "indented with tabs", "Remove the tabs"),
                new Case("Some words first.\n\n> | Clinic | Day |\n> |--|--|\n", 2, 3, "not written as three dashes or more", "|---|---|"),
                new Case("- Our clinics\n\n  | Clinic | Day | Time |\n  |-|-|-|\n", 2, 3, "not written as three dashes or more", "|---|---|---|"),
                // A table begun on a list item's line: its columns counted without the list's mark, and found there.
                new Case("- | Clinic | Day |\n  |---|\n", 0, 3, "has 1 column and the row above it 2", "|---|---|"),
                new Case("1. | Clinic | Day |\n   |-|-|\n", 0, 4, "not written as three dashes or more", "|---|---|"),
                // From a word processor: long dashes, no-break spaces.
                new Case("| Clinic | Day |\n|\u2013\u2013\u2013|\u2014\u2014\u2014|\n| Ashby | Monday |\n", 0, 1, "long dashes",
                        "hyphen key: |---|---|"),
                new Case("| Clinic | Day |\n|\u00a0---\u00a0|---|\n| Ashby | Monday |\n", 0, 1, "no-break space", "|---|---|"),
                // Two rows of headings are read (flexmark reads both): the dashes are what is wrong, not a missing blank line.
                new Case("| Clinic | Day |\n| Where | When |\n|-|-|\n", 0, 1, "not written as three dashes or more", "|---|---|"),
                // In a quote a blank line would end the quote: a line with only > on it is what it needs.
                new Case("> Our clinics:\n> | Clinic | Day |\n> |---|---|\n", 1, 3, "straight after the text above it",
                        "a line with only > on it"),
                // Two mistakes at once are both named.
                new Case("Our clinics:\n| Clinic | Day |\n|-|-|\n", 1, 1, "straight after the text above it, and a column of the row",
                        "Leave a blank line before the table's first row. Write each column"),
                // Rows after a table with a blank line between: a blank line ends a table.
                new Case("| Clinic | Day |\n|---|---|\n| Ashby | Monday |\n\n| Barton | Tuesday |\n| Coley | Friday |\n", 4, 1,
                        "a blank line cuts them off from the table above", "Remove the blank line"))) {
            Problem p = onlyWarning(render(c.markdown()));
            assertEquals(new Position(SOURCE, FIRST_LINE + c.line(), c.column()), p.position(), c.markdown());
            assertTrue(p.message().contains(c.cause()), c.markdown() + " => " + p.message());
            assertTrue(p.fix().contains(c.fix()), c.markdown() + " => " + p.fix());
        }
    }

    /** A row over a line of dashes with no pipes is a heading of bars: named, with the dashes it needs. */
    @Test
    void aRowOverALineOfDashesWithoutPipesIsNamed() {
        Result r = render("Our clinics are below.\n\n| Clinic | Day |\n-----------------\n| Ashby | Monday |\n");
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(new Position(SOURCE, FIRST_LINE + 2, 1), p.position());
        assertTrue(p.message().contains("published as a heading"), p.message());
        assertTrue(p.fix().contains("|---|---|"), p.fix());
        assertTrue(r.html().contains("<h2"), r.html());
        // A heading with a pipe in its words is a heading as meant.
        assertEquals(List.of(), render("Services | Northshire\n---------------------\n\nText.\n").problems());
        // Two rows over the dashes: the columns are the first row's.
        Problem two = render("| Clinic | Day | Time |\n| Ashby | Monday | 9am |\n---\n").problems().get(0);
        assertEquals(new Position(SOURCE, FIRST_LINE, 1), two.position());
        assertTrue(two.fix().contains("such as |---|---|---|, "), two.fix());
        // Text straight above the row is part of the heading too: named at the row, with the blank line it needs.
        List<Problem> above = render("Opening times\n| Clinic | Day |\n---\n").problems();
        assertEquals(1, above.size(), above.toString());
        assertEquals(new Position(SOURCE, FIRST_LINE + 1, 1), above.get(0).position());
        assertTrue(above.get(0).fix().startsWith("Leave a blank line before the table's first row, and write the dashes"), above.get(0).fix());
        // Over equals signs it is a main heading, which is warned of as such: not named twice.
        List<Problem> equals = render("| Clinic | Day |\n===\n").problems();
        assertEquals(1, equals.size(), equals.toString());
        assertTrue(equals.get(0).message().contains("single #"), equals.toString());
    }

    @Test
    void tablesAndRowsOfDashesThatAreNotTextSayNothing() {
        String markdown = """
                | Clinic | Day |
                |---|---|
                | Ashby | Monday |

                Clinic | Day
                :---: | ---:
                Ashby | Monday

                ```
                | Clinic | Day |
                |-|-|
                ```

                    |--|--|

                Call us | or write

                Type `
                |---|---|
                ` under the first row to make a table.

                - |

                Ashby | Monday

                ---

                A line of dashes alone is a break, not a row.
                """;
        Result r = render(markdown);
        // The row of dashes indented four spaces is said to be shown as typed, like computer code (ParagraphLookalikes), not a table.
        assertEquals(List.of("like computer code"), r.problems().stream().map(p -> p.message().contains("like computer code")
                ? "like computer code" : p.message()).toList());
        assertEquals(2, r.html().split("<table", -1).length - 1, r.html());
        assertTrue(r.html().contains("<code>|---|---|</code>"), "code written across lines, shown as written: " + r.html());
    }

    @Test
    void oneWarningForAParagraphWithSeveralRowsOfDashesAndOneForEachParagraph() {
        String markdown = "| a | b |\n|-|-|\n| c | d |\n|-|-|\n\nMore:\n| e | f |\n|---|---|\n";
        Result r = render(markdown);
        assertEquals(List.of(FIRST_LINE, FIRST_LINE + 6), r.problems().stream().map(p -> p.position().line()).toList(),
                r.problems().toString());
    }

    /** A table written well, of 1 to 4 columns and 0 to 3 rows, its dashes aligned in any of the ways a table may be. */
    @Provide
    Arbitrary<List<String>> tables() {
        Arbitrary<String> cell = Arbitraries.of("Ashby", "Monday", "9am to 5pm", "*Closed*", "**Open**", "£5", "");
        Arbitrary<String> dashes = Arbitraries.of("---", "----", ":---", "---:", ":---:", " --- ");
        return Arbitraries.integers().between(1, 4).flatMap(columns -> Combinators.combine(
                        cell.list().ofSize(columns), dashes.list().ofSize(columns),
                        cell.list().ofSize(columns).list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((header, line, rows, outer) -> {
                    List<String> out = new java.util.ArrayList<>();
                    out.add(row(header, outer));
                    out.add(row(line, outer));
                    rows.forEach(r -> out.add(row(r, outer)));
                    return out;
                }));
    }

    private static String row(List<String> cells, boolean outer) {
        // A cell may be empty between outer pipes; without them an empty first cell would read as an outer pipe.
        String inner = String.join(" | ", cells.stream().map(c -> c.isEmpty() ? (outer ? " " : "none") : c).toList());
        return outer ? "| " + inner + " |" : cells.size() == 1 ? "| " + inner + " |" : inner;
    }

    @Property(tries = 300)
    void aTableWrittenWellIsATableWithNothingSaid(@ForAll("tables") List<String> table) {
        Result r = render("Opening times are below.\n\n" + String.join("\n", table) + "\n\nAsk at reception.\n");
        assertEquals(List.of(), r.problems(), String.join("\n", table));
        assertTrue(r.html().contains("<table"), r.html());
    }

    /** One of the mistakes people make writing a table, to a table written well, and what the warning says of it. */
    enum Mistake {
        NO_BLANK_LINE("straight after the text above it", 1) {
            List<String> apply(List<String> t) {
                return prepend("Our clinics:", t);
            }
        },
        SHORT_DASHES("not written as three dashes or more", 0) {
            List<String> apply(List<String> t) {
                // Two dashes, not one: "- | ---" would start a list.
                return with(t, 1, t.get(1).replaceFirst(":?-+:?", "--"));
            }
        },
        ROWS_BY_TABS("indented with tabs", 0) {
            List<String> apply(List<String> t) {
                List<String> out = new java.util.ArrayList<>(t);
                for (int i = 1; i < out.size(); i++) {
                    out.set(i, "\t\t" + out.get(i));
                }
                return out;
            }
        };

        final String cause;
        final int headerLine;

        Mistake(String cause, int headerLine) {
            this.cause = cause;
            this.headerLine = headerLine;
        }

        abstract List<String> apply(List<String> table);

        static List<String> prepend(String line, List<String> t) {
            List<String> out = new java.util.ArrayList<>(t);
            out.add(0, line);
            return out;
        }

        static List<String> with(List<String> t, int i, String line) {
            List<String> out = new java.util.ArrayList<>(t);
            out.set(i, line);
            return out;
        }
    }

    @Property(tries = 300)
    void eachMistakeMadeInATableWrittenWellIsNamedAtItsFirstRow(@ForAll("tables") List<String> table, @ForAll Mistake mistake) {
        List<String> wrong = mistake.apply(table);
        Result r = render("Opening times are below.\n\n" + String.join("\n", wrong) + "\n\nAsk at reception.\n");
        Problem p = onlyWarning(r);
        assertTrue(!r.html().contains("<table"), "no table was made: " + r.html());
        assertTrue(p.message().contains(mistake.cause), String.join("\n", wrong) + " => " + p.message());
        assertEquals(FIRST_LINE + 2 + mistake.headerLine, p.position().line(), String.join("\n", wrong));
        for (String word : List.of("Opening times are below.", "Ask at reception.")) {
            assertTrue(r.html().contains(word), r.html());
        }
    }
}
