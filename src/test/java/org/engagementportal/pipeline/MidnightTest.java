package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Midnight ends a day. A consultation closing at 2026-05-02T00:00 closes at the end of Friday 1 May: said as "Saturday
 * 2 May, midnight" with "1 day left" on the Friday, a reader would plan to respond on the Saturday and find it closed.
 */
class MidnightTest {
    @TempDir
    Path dir;

    @Test
    void aConsultationClosingAtMidnightClosesAtTheEndOfTheDayBefore() throws IOException {
        Path out = built("2026-05-01T09:00", "closes: 2026-05-01T17:00", "closes: 2026-05-02T00:00");
        Document page = Jsoup.parse(TestSite.read(out.resolve("consultations/dental-access/index.html")));
        String text = page.text();
        assertTrue(text.contains("Friday 1 May 2026, midnight"), text);
        assertFalse(text.contains("Saturday 2 May 2026"), text);
        assertTrue(text.contains("Friday 1 May 2026, midnight Closes today"), text);
        assertEquals("2026-05-02T00:00+01:00", page.select("time[datetime^=2026-05-02]").attr("datetime"), "the exact time for machines");
        Document list = Jsoup.parse(TestSite.read(out.resolve("consultations/index.html")));
        String card = list.select("a[href=/consultations/dental-access/]").first().closest(".nhsuk-card").text();
        assertTrue(card.contains("Closes 1 May 2026 (closes today)"), card);
    }

    /**
     * Midnight begins a day too: a consultation opening at 2026-02-02T00:00 (a date alone) opens on Monday 2 February, said
     * as the day alone. "Opens Monday 2 February 2026, midnight" was read as the Monday night, when it had been open all day.
     */
    @Test
    void aConsultationOpeningAtMidnightOpensOnItsOwnDay() throws IOException {
        Path out = built("2026-01-20T09:00", "opens: 2026-02-02T09:00", "opens: 2026-02-02");
        String text = Jsoup.parse(TestSite.read(out.resolve("consultations/dental-access/index.html"))).text();
        assertTrue(text.contains("Opens Monday 2 February 2026 Closes"), text);
        assertTrue(text.contains("You can respond from Monday 2 February 2026."), text);
        assertFalse(text.contains("Sunday 1 February 2026") || text.contains("2 February 2026, midnight"), text);
    }

    /**
     * An event or meeting at midnight keeps its time, written on purpose (a New Year's Eve gathering), where only a
     * consultation's opening, often a date alone, is said as its day.
     */
    @Test
    void anEventAtMidnightKeepsItsTime() {
        java.time.ZonedDateTime midnight = java.time.ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, java.time.ZoneId.of("Europe/London"));
        assertEquals("Friday 1 January 2027, midnight", org.engagementportal.render.Dates.dateTime(midnight));
        assertEquals("Friday 1 January 2027", org.engagementportal.render.Dates.opens(midnight));
        assertEquals("Friday 1 January 2027, 9am", org.engagementportal.render.Dates.opens(midnight.withHour(9)));
    }

    /**
     * A consultation closing at midnight at the start of 1 April closed on 31 March: it is in that financial year's
     * "you said, we did", and its closing date in the open data is 31 March, as its page says.
     */
    @Test
    void aConsultationClosingAtMidnightIsFiledByTheDayItClosed() throws IOException {
        Path out = built("2026-06-01T09:00", "opens: 2026-02-02T09:00", "opens: 2025-11-03T09:00",
                "closes: 2026-05-01T17:00", "closes: 2026-04-01T00:00");
        assertTrue(Jsoup.parse(TestSite.read(out.resolve("you-said-we-did/2025-26/index.html"))).text()
                .contains("Formal public consultation, 3 November 2025 to 31 March 2026"));
        assertFalse(Files.exists(out.resolve("you-said-we-did/2026-27")), "not in the year after");
        assertTrue(TestSite.read(out.resolve("open-data/engagement.csv")).contains(",2025-11-03,2026-03-31,2025-26,"));
    }

    /**
     * The small site built at {@code now}, with each pair of {@code edits} (what is written, what to write instead) made
     * in the dental consultation and its easy-read version alike, as a version must give its page's dates.
     */
    private Path built(String now, String... edits) throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        for (String f : new String[] {"dental-access.md", "dental-access.easy-read.md"}) {
            Path p = site.resolve("content/consultations").resolve(f);
            String text = TestSite.read(p);
            for (int i = 0; i < edits.length; i += 2) {
                text = text.replace(edits[i], edits[i + 1]);
            }
            Files.writeString(p, text);
        }
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", now);
        assertEquals(0, run.exit(), run.all());
        return out;
    }
}
