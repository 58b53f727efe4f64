package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in a hunt: an event over several days, on its second day, was listed under "Coming up" with its first day's date
 * alone ("Tuesday 1 December 2026, 9am"), a date already past, with nothing to say it went on until Thursday. Its card now
 * says the whole of it; an event within one day keeps its start alone.
 */
class MultiDayCardTest {
    @TempDir
    Path dir;

    @Test
    void anEventOverSeveralDaysIsListedWithItsEnd() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/events/health-fair.md"), """
                ---
                title: Health fair over three days
                summary: Stalls and talks on staying well this winter.
                starts: 2026-03-09T09:00
                ends: 2026-03-11T17:00
                venue:
                  name: Eastbrook Civic Centre
                  address: 1 High Street, Eastbrook, NS1 4QT
                ---
                Come along on any of the three days.
                """);
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-10T12:00", "-q");
        assertEquals(0, run.exit(), run.all());
        var events = Jsoup.parse(TestSite.read(out.resolve("events/index.html")));
        Element fair = events.selectFirst("#upcoming + ul a:contains(Health fair)").closest("li");
        assertTrue(fair.text().contains("Monday 9 March 2026, 9am to Wednesday 11 March 2026, 5pm"), fair.text());
        // On its page, its start and its end are each a time element with its own datetime (one round the whole said the
        // start alone, found in a hunt).
        var page = Jsoup.parse(TestSite.read(out.resolve("events/health-fair/index.html")));
        assertEquals(java.util.List.of("2026-03-09T09:00+00:00", "2026-03-11T17:00+00:00"), page.select("main time").eachAttr("datetime"));
        assertEquals(java.util.List.of("Monday 9 March 2026, 9am", "Wednesday 11 March 2026, 5pm"), page.select("main time").eachText());
        Element dropIn = events.selectFirst("#upcoming + ul a:contains(Dental drop-in)").closest("li");
        assertTrue(dropIn.text().contains("Tuesday 10 March 2026, 10am Eastbrook Library"), dropIn.text());
    }
}
