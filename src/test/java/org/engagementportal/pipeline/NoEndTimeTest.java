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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'ends' may be left out of a meeting or an event. Then it is under way from its start to the end of its day: a
 * drop-in is not "over" a minute after it opens, and the link to join a meeting online stays while people are
 * watching. The build's schedule (status-changes.json) has that moment, so a scheduled build moves it on.
 */
class NoEndTimeTest {
    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.copy("small", dir.resolve("site"));
        Path event = site.resolve("content/events/eastbrook-drop-in.md");
        Files.writeString(event, TestSite.read(event).replace("ends: 2026-03-10T13:00\n", ""));
        Files.writeString(site.resolve("content/governing-body/2026-05-14.md"), """
                ---
                title: Governing Body meeting, May 2026
                summary: Meeting in public of the Governing Body.
                starts: 2026-05-14T10:00
                online: https://engage.testshire.example/live
                ---
                """);
    }

    private Path build(String now) {
        Path out = dir.resolve(now.replace(':', '-'));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", now);
        assertEquals(0, run.exit(), run.all());
        return out;
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(TestSite.read(out.resolve(path.substring(1)).resolve("index.html")));
    }

    @Test
    void anEventWithNoEndIsUnderWayUntilTheEndOfItsDay() {
        Path during = build("2026-03-10T10:01");
        assertFalse(page(during, "/events/eastbrook-drop-in/").text().contains("This event has taken place"));
        assertEquals("Dental drop-in, Eastbrook", page(during, "/events/").select("#upcoming + ul a").text(), "under 'Coming up'");
        assertTrue(page(during, "/").text().contains("Dental drop-in, Eastbrook"), "still coming up on the home page");
        Path late = build("2026-03-10T23:59");
        assertFalse(page(late, "/events/eastbrook-drop-in/").text().contains("This event has taken place"));
        Path next = build("2026-03-11T00:00");
        assertTrue(page(next, "/events/eastbrook-drop-in/").text().contains("This event has taken place"));
        assertFalse(page(next, "/").text().contains("Dental drop-in, Eastbrook"), "no longer on the home page");
        assertEquals("", page(next, "/events/").select("#upcoming + ul a").text(), "under 'Past events'");
        assertTrue(TestSite.read(during.resolve("status-changes.json")).contains(
                "{\"at\": \"2026-03-11T00:00:00Z\", \"local\": \"2026-03-11T00:00\", \"change\": \"event-ends\", \"page\": \"/events/eastbrook-drop-in/\""),
                TestSite.read(during.resolve("status-changes.json")));
    }

    @Test
    void aMeetingWithNoEndKeepsItsLinkToJoinUntilTheEndOfItsDay() {
        String link = "https://engage.testshire.example/live";
        assertTrue(page(build("2026-05-14T13:31"), "/governing-body/2026-05-14/").html().contains(link));
        assertFalse(page(build("2026-05-15T00:00"), "/governing-body/2026-05-14/").html().contains("href=\"" + link));
        // British Summer Time: the end of 14 May is 23:00 by the world's clock
        assertTrue(TestSite.read(build("2026-05-01T09:00").resolve("status-changes.json")).contains(
                "{\"at\": \"2026-05-14T23:00:00Z\", \"local\": \"2026-05-15T00:00\", \"change\": \"meeting-ends\""));
    }
}
