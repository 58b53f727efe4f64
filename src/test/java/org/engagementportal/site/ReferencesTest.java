package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References from one page to another (a consultation's events, a meeting's minutes page), resolved or reported. */
class ReferencesTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    static final String PAGES = """
            -- content/events/eastbrook-drop-in.md --
            ---
            title: Dental drop-in, Eastbrook
            summary: Come and talk to us.
            starts: 2026-03-10T10:00
            venue: Eastbrook Library
            ---
            Drop in.
            -- content/events/kingsmere-drop-in.md --
            ---
            title: Dental drop-in, Kingsmere
            summary: Come and talk to us.
            starts: 2026-03-17T10:00
            venue: Kingsmere Library
            draft: true
            ---
            Drop in.
            -- content/minutes/governing-body-2026-01-15.md --
            ---
            title: Minutes of the Governing Body, 15 January 2026
            summary: What was decided.
            ---
            The minutes.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            """;

    static String consultation(String events) {
        return """
                -- content/consultations/clinic.md --
                ---
                title: A new clinic
                summary: Tell us what the new clinic should offer.
                opens: 2026-02-02T09:00
                closes: 2026-04-30T17:00
                respond:
                  events: %s
                ---
                We are planning a new clinic.
                """.formatted(events);
    }

    static String meeting(String minutesPage) {
        return """
                -- content/governing-body/2026-01-15.md --
                ---
                title: Governing Body meeting, January 2026
                summary: Meeting in public of the Governing Body.
                starts: 2026-01-15T10:00
                venue: Eastbrook Civic Centre
                minutes:
                  page: %s
                  approved: 2026-02-20
                ---
                """.formatted(minutesPage);
    }

    @Test
    void eventsCanBeNamedByAddressWithOrWithoutTheSlashOrByFileName() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), PAGES + consultation("[eastbrook-drop-in, /events/eastbrook-drop-in]")
                + meeting("/minutes/governing-body-2026-01-15")).build(dir.resolve("out"), NOW).succeeded();
        Document clinic = built.page("/consultations/clinic/");
        assertEquals(List.of("/events/eastbrook-drop-in/", "/events/eastbrook-drop-in/"), clinic.select("#respond ~ ul a").eachAttr("href"));
        Document meeting = built.page("/governing-body/2026-01-15/");
        assertEquals("/minutes/governing-body-2026-01-15/", meeting.selectFirst("main a:contains(minutes of this meeting)").attr("href"));
    }

    @Test
    void aMistypedEventFileNameIsAnErrorAtItsValueSuggestingTheFileName() {
        Portal.Run run = TextSite.write(dir.resolve("site"), PAGES + consultation("[eastbrok-drop-in]")).check(NOW);
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("content/consultations/clinic.md:7:12: error: the event 'eastbrok-drop-in' does not exist. "
                + "Did you mean 'eastbrook-drop-in'?"), run.all());
        assertTrue(run.all().contains("Write the event's address, such as /events/kingsmere-drop-in/, or its file name"), run.all());
    }

    /** Found in testing: three wrong events were all reported at the first one's line, with it under the caret. */
    @Test
    void eachWrongEventIsReportedAtItsOwnLine() {
        Portal.Run run = TextSite.write(dir.resolve("site"), PAGES + consultation(
                "\n    - eastbrok-drop-in\n    - /events/nowhere/\n    - kingsmere-drop-in")).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/clinic.md:8:7: error: the event 'eastbrok-drop-in' does not exist."),
                run.all());
        assertTrue(run.all().contains("content/consultations/clinic.md:9:7: error: the event '/events/nowhere/' does not exist."),
                run.all());
        assertTrue(run.all().contains("content/consultations/clinic.md:10:7: error: the event 'kingsmere-drop-in' is a draft"),
                run.all());
    }

    @Test
    void anEventNamedByTheOldAddressItMovedFromSaysWhereItIsNow() {
        // It was "does not exist", with the old address itself as the fix's example, where a link in the text to the same
        // address was told where the page had moved.
        String moved = PAGES.replace("title: Dental drop-in, Eastbrook\n", "title: Dental drop-in, Eastbrook\naliases: "
                + "[/events/eastbrook-dental/, /events/old-drop-in/]\n");
        Portal.Run run = TextSite.write(dir.resolve("site"), moved + consultation("[/events/eastbrook-dental/, old-drop-in]")).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/clinic.md:7:12: error: the event '/events/eastbrook-dental/' is an old "
                + "address of 'Dental drop-in, Eastbrook', which has moved to /events/eastbrook-drop-in/."), run.all());
        assertTrue(run.all().contains("Fix: Write where it is now: /events/eastbrook-drop-in/."), run.all());
        assertTrue(run.all().contains("error: the event 'old-drop-in' is an old address of 'Dental drop-in, Eastbrook'"), run.all());
        assertTrue(run.all().contains("Fix: Write where it is now: eastbrook-drop-in."), "in the form it was written: " + run.all());
        assertTrue(!run.all().contains("does not exist"), run.all());
    }

    @Test
    void anEventThatIsADraftCannotBeAWayToRespond() {
        Portal.Run run = TextSite.write(dir.resolve("site"), PAGES + consultation("[/events/kingsmere-drop-in/]")).check(NOW);
        assertEquals(1, run.exit());
        // Named as a draft, with how to publish it (2ad3060): it was "does not exist", of a file the writer could see.
        assertTrue(run.all().contains("content/consultations/clinic.md:7:12: error: the event '/events/kingsmere-drop-in/' is a draft "
                + "(content/events/kingsmere-drop-in.md has draft: true), so it is not published, and this page cannot name it yet."),
                run.all());
    }

    @Test
    void aLinkInTheTextToADraftPageNamesTheDraft() {
        // It was "points to nothing on this site. Did you mean '/events/'?", of a page the writer could see.
        Portal.Run run = TextSite.write(dir.resolve("site"), PAGES + """
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                ---
                Come to [the Kingsmere drop-in](/events/kingsmere-drop-in/#where) or [read about it](/events/kingsmere-drop-in).
                """).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/news.md:5:9: error: the link '/events/kingsmere-drop-in/' is to a draft "
                + "(content/events/kingsmere-drop-in.md has draft: true), so it is not published, and this page cannot link to it yet."),
                run.all());
        assertTrue(run.all().contains("content/news.md:5:70: error: the link '/events/kingsmere-drop-in' is to a draft"), run.all());
        assertTrue(run.all().contains("Fix: Publish it first (remove 'draft: true' from content/events/kingsmere-drop-in.md)"), run.all());
        assertTrue(!run.all().contains("points to nothing"), run.all());
    }

    @Test
    void aMistypedMinutesPageIsAnErrorAtItsValueSuggestingTheNearestPage() {
        Portal.Run run = TextSite.write(dir.resolve("site"), PAGES + meeting("/minutes/governing-body-2026-01-16/")).check(NOW);
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("content/governing-body/2026-01-15.md:7:9: error: the minutes page "
                + "'/minutes/governing-body-2026-01-16/' does not exist. Did you mean '/minutes/governing-body-2026-01-15/'?"), run.all());
    }

    @Test
    void everyBrokenReferenceIsReportedInOneRun() {
        Portal.Run run = TextSite.write(dir.resolve("site"), PAGES + consultation("[/events/eastbrook-dropin/, /about/]")
                + meeting("/minutes/nothing-like-it/")).check(NOW);
        assertEquals(1, run.exit());
        String all = run.all();
        assertTrue(all.contains("the event '/events/eastbrook-dropin/' does not exist. Did you mean '/events/eastbrook-drop-in/'?"), all);
        // A page that is not an event was said not to exist, though the writer could see it: now it says what it is.
        assertTrue(all.contains("clinic.md:7:39: error: the event '/about/' is a page (About us), not an event."), all);
        assertTrue(all.contains("the minutes page '/minutes/nothing-like-it/' does not exist."), all);
        assertTrue(all.indexOf("content/consultations/clinic.md") < all.indexOf("content/governing-body/2026-01-15.md"),
                "sorted by file: " + all);
    }
}
