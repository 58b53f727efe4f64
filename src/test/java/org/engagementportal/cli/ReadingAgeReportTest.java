package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.engagementportal.plain.PlainEnglish.PageScore;
import org.engagementportal.plain.Readability.Score;
import org.junit.jupiter.api.Test;

/** The reading-age lines of {@code portal check}: a summary with the median and the hardest page, then every page. */
class ReadingAgeReportTest {

    private static PageScore page(String source, double smog, double fleschKincaid, int words) {
        return new PageScore(source, new Score(10, words, words * 3 / 2, 5, smog, fleschKincaid));
    }

    private static List<String> print(List<PageScore> scores, boolean all) {
        StringWriter out = new StringWriter();
        ReadingAgeReport.print(scores, all, new PrintWriter(out, true));
        return out.toString().lines().toList();
    }

    @Test
    void noScoredPagesPrintNothing() {
        assertEquals(List.of(), print(List.of(), true));
    }

    @Test
    void theSummaryGivesTheMedianAsAReadingAgeAndNamesTheHardestPage() {
        List<PageScore> scores = List.of(page("content/b.md", 9.04, 7.0, 300), page("content/a.md", 12.34, 10.0, 250),
                page("content/c.md", 6.5, 4.2, 120));
        assertEquals(List.of("Reading age: 3 pages scored, median SMOG grade 9.0 (reading age about 14); hardest: content/a.md (12.3)."),
                print(scores, false));
    }

    @Test
    void everyPageIsListedHardestFirstInAlignedColumns() {
        List<PageScore> scores = List.of(page("content/b.md", 9.04, 7.0, 300), page("content/a.md", 12.34, 10.0, 250),
                page("content/c.md", 6.5, 4.25, 1_200));
        List<String> lines = print(scores, true);
        assertEquals(List.of(
                "SMOG   F-K   words  page",
                " 12.3  10.0     250  content/a.md",
                "  9.0   7.0     300  content/b.md",
                "  6.5   4.3    1200  content/c.md"), lines.subList(1, lines.size()));
    }

    @Test
    void pagesOfEqualDifficultyAreListedByName() {
        List<String> lines = print(List.of(page("content/z.md", 8, 6, 200), page("content/m.md", 8, 6, 200),
                page("content/a.md", 8, 6, 200)), true);
        assertEquals(List.of("content/a.md", "content/m.md", "content/z.md"),
                lines.subList(2, 5).stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList());
        assertEquals("Reading age: 3 pages scored, median SMOG grade 8.0 (reading age about 13); hardest: content/a.md (8.0).", lines.get(0));
    }

    @Test
    void numbersUseAPointWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            List<String> lines = print(List.of(page("content/a.md", 9.5, 7.25, 150)), true);
            assertEquals("Reading age: 1 page scored, median SMOG grade 9.5 (reading age about 15); hardest: content/a.md (9.5).",
                    lines.get(0));
            assertEquals("  9.5   7.3     150  content/a.md", lines.get(2));
        } finally {
            Locale.setDefault(before);
        }
    }
}
