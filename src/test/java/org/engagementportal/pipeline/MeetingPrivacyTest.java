package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.tools.ExamplePapers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a board secretary's mistakes must not publish, and what they must be told: a paper for an item discussed in
 * private, papers of a meeting still in draft, two items with one number, questions invited to a private meeting, and
 * minutes approved before the meeting or after today. Each was published or accepted in silence before.
 */
class MeetingPrivacyTest {
    @TempDir
    Path dir;
    Path site;
    Path may;

    static final String MAY = """
            ---
            title: Governing Body meeting, May 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-05-14T10:00
            online: https://engage.testshire.example/live
            agenda:
              - number: "1"
                title: Minutes of the last meeting
              - number: "2"
                title: Finance report
                paper: 2026-05-14-finance.pdf
            ---
            """;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.copy("small", dir.resolve("site"));
        may = site.resolve("content/governing-body/2026-05-14.md");
        Files.writeString(may, MAY);
        ExamplePapers.write(site.resolve("content/governing-body/2026-05-14-finance.pdf"), true, "Finance report",
                "Finance report", List.of("On plan."));
    }

    private Portal.Run build(String now) {
        return Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", now);
    }

    private void may(String from, String to) {
        TestSite.edit(may, from, to);
    }

    @Test
    void aPaperForAnItemDiscussedInPrivateStopsTheBuild() throws IOException {
        may("    paper: 2026-05-14-finance.pdf\n", "    paper: 2026-05-14-finance.pdf\n    part: 2\n");
        Portal.Run run = build("2026-05-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("2026-05-14.md:11:12: error: this item is in part 2, discussed in private, so its paper must "
                + "not be published."), run.all());
        assertTrue(run.all().contains("take the paper out of the content folder"), run.all());
        assertFalse(Files.exists(dir.resolve("out/governing-body/2026-05-14-finance.pdf")));
    }

    @Test
    void aDraftMeetingsPapersAreNotPublishedUntilItIs() throws IOException {
        may("starts:", "draft: true\nstarts:");
        Portal.Run run = build("2026-05-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertFalse(Files.exists(dir.resolve("out/governing-body/2026-05-14-finance.pdf")), "the paper of a draft meeting");
        assertTrue(run.all().contains("content/governing-body/2026-05-14-finance.pdf: warning: this file is not published while "
                + "the page that names it, content/governing-body/2026-05-14.md, is a draft."), run.all());
        // A page's text that links to the held-back paper is told why it is not there (found in review: 'points to nothing').
        Path about = site.resolve("content/about.md");
        String aboutText = TestSite.read(about);
        Files.writeString(about, aboutText + "\nRead [the finance report](/governing-body/2026-05-14-finance.pdf).\n");
        Portal.Run linked = build("2026-05-01T09:00");
        assertEquals(1, linked.exit(), linked.all());
        assertTrue(linked.all().contains("error: the file '/governing-body/2026-05-14-finance.pdf' is not published while "
                + "content/governing-body/2026-05-14.md, which names it, is a draft."), linked.all());
        Files.writeString(about, aboutText);
        may("draft: true\n", "");
        assertEquals(0, build("2026-05-01T09:00").exit());
        assertTrue(Files.exists(dir.resolve("out/governing-body/2026-05-14-finance.pdf")), "published with its meeting");
    }

    @Test
    void twoItemsWithOneNumberStopTheBuild() throws IOException {
        may("  - number: \"2\"", "  - number: \"1\"");
        Portal.Run run = build("2026-05-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("2026-05-14.md:9:13: error: two agenda items are numbered 1 (the other is on line 7)."), run.all());
    }

    @Test
    void aPrivateMeetingInvitingQuestionsIsWarnedAbout() throws IOException {
        may("online: https://engage.testshire.example/live\n", "public: false\nquestions_by: 2026-05-07T17:00\n");
        Portal.Run run = build("2026-05-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("2026-05-14.md:6:15: warning: this meeting is held in private (public: false), but its page "
                + "invites questions from the public for it."), run.all());
    }

    @Test
    void aPrivateMeetingsPublishedPapersAreWarnedAboutOnceAtTheFirst() throws IOException {
        may("online: https://engage.testshire.example/live\n", "public: false\n");
        may("    title: Minutes of the last meeting\n", "    title: Minutes of the last meeting\n    paper: 2026-05-14-finance.pdf\n");
        Portal.Run run = build("2026-05-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("2026-05-14.md:9:12: warning: this meeting is held in private (public: false), but its "
                + "2 papers are published for anyone to read, and listed in its feeds and calendars."), run.all());
        assertEquals(1, run.all().split("held in private", -1).length - 1, "once, at the first paper: " + run.all());
        may("    title: Minutes of the last meeting\n    paper: 2026-05-14-finance.pdf\n", "    title: Minutes of the last meeting\n");
        assertTrue(run.all().contains("remove each 'paper' line"), run.all());
        may("public: false\n", "venue: Board room, Testshire House\n");
        Portal.Run open = build("2026-05-01T09:00");
        assertEquals(0, open.exit(), open.all());
        assertFalse(open.all().contains("held in private"), "a meeting in public publishes its papers: " + open.all());
    }

    @Test
    void minutesApprovedBeforeTheMeetingOrAfterTodayAreCaught() throws IOException {
        String text = TestSite.read(may);
        Files.writeString(may, text.substring(0, text.lastIndexOf("---")) + "minutes:\n  page: /about/\n  approved: 2026-04-01\n---\n");
        Portal.Run before = build("2026-06-01T09:00");
        assertEquals(1, before.exit(), before.all());
        assertTrue(before.all().contains("error: the minutes say they were approved on 2026-04-01, before the meeting on 2026-05-14 "
                + "took place."), before.all());
        may("approved: 2026-04-01", "approved: 2026-07-09");
        Portal.Run ahead = build("2026-06-01T09:00");
        assertEquals(0, ahead.exit(), ahead.all());
        assertTrue(ahead.all().contains("warning: the minutes say they were approved on 2026-07-09, which is after today"), ahead.all());
        assertEquals(0, build("2026-07-09T09:00").exit());
        assertFalse(build("2026-07-09T09:00").all().contains("the minutes say"), "approved on the day it says");
    }

    /** A page's file named as a paper was "does not exist", though it was there; minutes with both a file and a page lost one. */
    @Test
    void aPaperThatIsAPageAndMinutesGivenTwoWaysAreToldSo() throws IOException {
        may("paper: 2026-05-14-finance.pdf", "paper: /about.md");
        String text = TestSite.read(may);
        Files.writeString(may, text.substring(0, text.lastIndexOf("---")) + "minutes:\n  page: /about/\n  file: 2026-05-14-finance.pdf\n"
                + "  approved: 2026-05-14\n---\n");
        Portal.Run run = build("2026-06-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("error: '/about.md' is a page's file, and 'paper' names a document published as it is"), run.all());
        assertTrue(run.all().contains("error: the minutes give both a 'file' and a 'page'"), run.all());
        assertFalse(run.all().contains("does not exist"), run.all());
    }
}
