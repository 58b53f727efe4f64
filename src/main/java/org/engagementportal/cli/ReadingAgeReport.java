package org.engagementportal.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.engagementportal.plain.PlainEnglish;

/** The reading-age lines of {@code portal check}: a summary, and with --reading-age every page, hardest first. */
final class ReadingAgeReport {
    private ReadingAgeReport() {
    }

    static void print(List<PlainEnglish.PageScore> scores, boolean all, PrintWriter out) {
        if (scores.isEmpty()) {
            return;
        }
        List<PlainEnglish.PageScore> hardest = scores.stream()
                .sorted(Comparator.comparingDouble((PlainEnglish.PageScore s) -> s.score().smog()).reversed()
                        .thenComparing(PlainEnglish.PageScore::source))
                .toList();
        double median = hardest.get(hardest.size() / 2).score().smog();
        out.printf(Locale.UK, "Reading age: %s scored, median SMOG grade %.1f (reading age about %.0f); hardest: %s (%.1f).%n",
                ProblemReport.plural(scores.size(), "page"), median, median + 5, hardest.get(0).source(), hardest.get(0).score().smog());
        if (all) {
            out.println("SMOG   F-K   words  page");
            for (PlainEnglish.PageScore s : hardest) {
                out.printf(Locale.UK, "%5.1f %5.1f %7d  %s%n", s.score().smog(), s.score().fleschKincaid(), s.score().words(), s.source());
            }
        }
    }
}
