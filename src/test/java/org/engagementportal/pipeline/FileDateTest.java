package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meetings and bulletins are filed by their date. A file copied from the last one, with its title changed and its date
 * not, published the old date at the new address, and in calendars, with no word said: now the build warns at the date.
 */
class FileDateTest {
    @TempDir
    Path dir;

    @Test
    void aMeetingOrBulletinWhoseFileNamesAnotherDateIsWarnedAbout() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path meeting = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(site.resolve("content/governing-body/2026-05-20.md"),
                TestSite.read(meeting).replace("March 2026", "May 2026"));
        Path bulletin = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(site.resolve("content/bulletins/weekly/2026-03-06.md"), TestSite.read(bulletin));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/governing-body/2026-05-20.md:" + line(meeting, "starts:") + ":9: warning: this meeting's "
                + "file is named for 2026-05-20 (2026-05-20.md), but its 'starts' is 2026-03-12."), run.all());
        // A meeting moved to another day: its old address kept, for bookmarks and people's calendars (it was a 404).
        assertTrue(run.all().contains("Fix: Correct 'starts' to the meeting's date, or rename the file to 2026-03-12.md (if it was "
                + "published under this name, keep its address for bookmarks and calendars with the line aliases: "
                + "[/governing-body/2026-05-20/]); and check the dates in its title and summary."), run.all());
        assertTrue(run.all().contains("content/bulletins/weekly/2026-03-06.md:" + line(bulletin, "date:") + ":7: warning: this bulletin's "
                + "file is named for 2026-03-06 (2026-03-06.md), but its 'date' is 2026-02-27."), run.all());
        assertFalse(run.all().contains("content/governing-body/2026-03-12.md"), "a file named for its own date says nothing");
    }

    /** A translation with another date was told to rename itself, which left it without its page and stopped the build. */
    @Test
    void aVersionWithAnotherDateIsToldItsPagesDate() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path bulletin = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(site.resolve("content/bulletins/weekly/2026-02-27.ro.md"), TestSite.read(bulletin)
                .replace("date: 2026-02-27", "date: 2025-02-27"));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/bulletins/weekly/2026-02-27.ro.md:" + line(bulletin, "date:") + ":7: warning: this "
                + "bulletin's file is named for 2026-02-27 (2026-02-27.ro.md), but its 'date' is 2025-02-27."), run.all());
        assertTrue(run.all().contains("Fix: Give it its page's date, as the page's file 2026-02-27.md has it:\n         date: 2026-02-27\n"),
                run.all());
        assertFalse(run.all().contains("rename the file to 2025-02-27.ro.md"), run.all());
    }

    /**
     * Found in review: a bulletin dated after today was published at once, on its page, in the list of issues and on the
     * home page, while its feeds left it out until its day, with no word said. Now a warning at its date says so, and how
     * to publish it on its day; a draft, which is not published, says nothing.
     */
    @Test
    void aBulletinDatedAfterTodayIsWarnedAbout() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path bulletin = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(site.resolve("content/bulletins/weekly/2026-03-06.md"), TestSite.read(bulletin)
                .replace("date: 2026-02-27", "date: 2026-03-06"));
        Files.writeString(site.resolve("content/bulletins/weekly/2026-03-13.md"), TestSite.read(bulletin)
                .replace("date: 2026-02-27", "date: 2026-03-13\ndraft: true"));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/bulletins/weekly/2026-03-06.md:" + line(bulletin, "date:") + ":7: warning: this bulletin "
                + "is dated 2026-03-06, after today (2026-03-01), but it is published now, on its own page, in the list of issues and "
                + "on the home page; only its feeds wait until that day."), run.all());
        assertTrue(run.all().contains("Fix: If the date is a slip, correct it. If the issue is ready early, add draft: true to it "
                + "and take that line out on 2026-03-06, so that it is published on its day."), run.all());
        assertFalse(run.all().contains("2026-03-13.md:"), "a draft is not published: " + run.all());
        Portal.Run onTheDay = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now",
                "2026-03-06T00:00");
        assertFalse(onTheDay.all().contains("2026-03-06.md:"), onTheDay.all());
    }

    private static int line(Path file, String start) {
        String[] lines = TestSite.read(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }
}
