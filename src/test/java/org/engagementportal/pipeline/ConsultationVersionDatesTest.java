package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An easy-read or translated version of a consultation is published at the same moments as its page: its outcome and
 * what people told us on the page's dates, and neither before the page has them. A version's own date told its readers
 * "we are analysing your feedback" while the page said "outcome published", or published the decision before the page.
 */
class ConsultationVersionDatesTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    private Portal.Run check(String version) throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/consultations/talking-therapies.easy-read.md"), version);
        return Portal.run("check", "--source", site.toString(), "--now", NOW);
    }

    private static final String HEAD = """
            ---
            title: Talking therapies for young people - easy read
            summary: How should talking therapies for young people work?
            opens: 2025-06-02T09:00
            closes: 2025-08-29T17:00
            """;

    /** An easy-read version with the page's feedback and an outcome of this date. */
    private static String withOutcome(String date) {
        return HEAD + """
                feedback:
                  date: 2025-10-01
                  body: You said you wait too long.
                outcome:
                  date: %s
                  body: We pay for two more therapists.
                ---
                We asked young people.
                """.formatted(date);
    }

    @Test
    void anOutcomeOrFeedbackDatedOtherwiseThanThePagesIsAnErrorWithThePagesDate() throws IOException {
        Portal.Run run = check(withOutcome("2025-12-05"));
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/talking-therapies.easy-read.md:10:9: error: this easy-read version dates "
                + "the outcome 2025-12-05, but content/consultations/talking-therapies.md dates it 2025-11-05, the day it is "
                + "published."), run.all());
        assertTrue(run.all().contains("Fix: Give it the page's date:\n"), run.all());
    }

    @Test
    void aVersionWithAnOutcomeThePageHasNotGotIsAnError() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path page = site.resolve("content/consultations/talking-therapies.md");
        Files.writeString(page, Files.readString(page).replaceAll("(?s)outcome:\n  date: 2025-11-05\n  body: \\|\n    We have funded two more therapists.\n", "")
                .replaceAll("(?s)decision:\n  meeting: governing-body/2026-03-12\n  item: \"2\"\n", ""));
        Files.writeString(site.resolve("content/consultations/talking-therapies.easy-read.md"), withOutcome("2025-11-05"));
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("error: this easy-read version has an 'outcome' (what we did), but "
                + "content/consultations/talking-therapies.md has none yet, so this version would publish the decision before "
                + "the page does."), run.all());
    }

    @Test
    void aVersionWithThePagesDatesIsFine() throws IOException {
        Portal.Run run = check(withOutcome("2025-11-05"));
        assertEquals(0, run.exit(), run.all());
    }
}
