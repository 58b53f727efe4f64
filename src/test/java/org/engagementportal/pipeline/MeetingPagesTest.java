package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Governing Body meetings of the fixture site (12 March 2026 10am, and 14 May 2026 added here). */
class MeetingPagesTest {
    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.copy("small", dir.resolve("site"));
        Path march = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(march, TestSite.read(march).replace("---\nThe Governing Body", """
                minutes:
                  page: /about/
                  approved: 2026-05-14
                ---
                The Governing Body"""));
        Files.writeString(site.resolve("content/governing-body/2026-05-14.md"), """
                ---
                title: Governing Body meeting, May 2026
                summary: Meeting in public of the Governing Body.
                starts: 2026-05-14T10:00
                online: https://engage.testshire.example/live
                agenda:
                  - title: Minutes of the last meeting
                    presenter: Chair
                    purpose: decision
                  - title: Finance report
                    presenter: Chief Finance Officer
                    purpose: assurance
                    paper: 2026-05-14-finance.pdf
                ---
                """);
        ExamplePapers.write(site.resolve("content/governing-body/2026-05-14-finance.pdf"), true, "Finance report",
                "Finance report", List.of("On plan."));
    }

    private Portal.Run build(Path out, String now) {
        return Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", now);
    }

    private Document page(Path out, String path) {
        return Jsoup.parse(TestSite.read(out.resolve(path.substring(1)).resolve("index.html")));
    }

    @Test
    void theAgendaShowsNumberedItemsWithPresenterPurposeAndPrivateParts() {
        Path out = dir.resolve("out");
        assertEquals(0, build(out, "2026-03-01T09:00").exit());
        Document doc = page(out, "/governing-body/2026-03-12/");
        List<Element> items = doc.select("ol.portal-agenda > li");
        assertEquals(3, items.size());
        assertEquals("1. Welcome and apologies", items.get(0).selectFirst("h3").text());
        assertTrue(items.get(1).text().contains("Presented by Director of Primary Care. For decision."), items.get(1).text());
        assertTrue(items.get(2).text().contains("Part 2: in private."));
        assertTrue(doc.text().contains("Items in part 2 are discussed in private"));
    }

    @Test
    void theQuestionDeadlineShowsUntilItPasses() {
        Path before = dir.resolve("before");
        assertEquals(0, build(before, "2026-03-09T16:59").exit());
        assertTrue(page(before, "/governing-body/2026-03-12/").text().contains("You can send a question for the meeting until"));
        Path after = dir.resolve("after");
        assertEquals(0, build(after, "2026-03-09T17:00").exit());
        assertFalse(page(after, "/governing-body/2026-03-12/").text().contains("You can send a question"));
    }

    @Test
    void theNextMeetingLinksTheMinutesOfTheLastOne() {
        Path out = dir.resolve("out");
        assertEquals(0, build(out, "2026-05-01T09:00").exit());
        Document may = page(out, "/governing-body/2026-05-14/");
        Element item = may.select("ol.portal-agenda > li").get(0);
        assertEquals("/about/", item.selectFirst("a").attr("href"));
        assertEquals("Minutes of the meeting on 12 March 2026", item.selectFirst("a").text());
        Element paper = may.select("ol.portal-agenda > li").get(1).selectFirst("a");
        assertTrue(paper.text().matches("Finance report, PDF, \\d+ KB, 1 page"), paper.text());
        Document march = page(out, "/governing-body/2026-03-12/");
        assertTrue(march.text().contains("Approved on 14 May 2026"), "the meeting links its own minutes");
    }

    /**
     * Found in testing: every minutes document was titled just "Minutes", so the accessibility statement listed three
     * of them that readers could not tell apart, and the request for an accessible format asked for "Minutes" with no
     * committee. Each is now named by its committee and the meeting's day, there and on the meeting's page.
     */
    @Test
    void aMinutesDocumentIsNamedByItsCommitteeAndTheMeetingsDay() throws IOException {
        Path march = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(march, TestSite.read(march).replace("page: /about/", "file: 2026-03-12-minutes.pdf"));
        ExamplePapers.write(site.resolve("content/governing-body/2026-03-12-minutes.pdf"), false, "Minutes", "Minutes",
                List.of("Approved."));
        Path may = site.resolve("content/governing-body/2026-05-14.md");
        Files.writeString(may, TestSite.read(may).replace("paper: 2026-05-14-finance.pdf\n---",
                "paper: 2026-05-14-finance.pdf\nminutes:\n  file: 2026-05-14-minutes.pdf\n  approved: 2026-05-20\n---"));
        ExamplePapers.write(site.resolve("content/governing-body/2026-05-14-minutes.pdf"), false, "Minutes", "Minutes",
                List.of("Approved."));
        Files.writeString(march.resolveSibling("2026-03-12.easy-read.md"), TestSite.read(march)
                .replace("title: Governing Body meeting, March 2026", "title: Governing Body meeting, March 2026 (easy read)"));
        Path out = dir.resolve("out");
        Portal.Run run = build(out, "2026-06-01T09:00");
        assertEquals(0, run.exit(), run.all());
        Element easy = page(out, "/governing-body/2026-03-12/easy-read/").selectFirst("h2:containsOwn(Minutes) + p a");
        assertTrue(easy.text().startsWith("Minutes of the Governing Body meeting on 12 March 2026, PDF, "), "a version too: " + easy.text());
        List<String> gaps = page(out, "/accessibility/").select("#non-accessible-content ~ ul li").eachText();
        assertTrue(gaps.stream().anyMatch(g -> g.startsWith("Minutes of the Governing Body meeting on 12 March 2026, PDF, ")), gaps.toString());
        assertTrue(gaps.stream().anyMatch(g -> g.startsWith("Minutes of the Governing Body meeting on 14 May 2026, PDF, ")), gaps.toString());
        Element minutes = page(out, "/governing-body/2026-03-12/").selectFirst("h2:containsOwn(Minutes) + p");
        assertTrue(minutes.text().startsWith("Approved on 14 May 2026: Minutes of the Governing Body meeting on 12 March 2026, PDF, "),
                minutes.text());
        String request = java.net.URLDecoder.decode(minutes.select(".portal-doc-warning a").attr("href"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(request.contains("Please send me \"Minutes of the Governing Body meeting on 12 March 2026\", published 12 March 2026"),
                request);
        // On the next meeting's agenda, among the committee's own papers, the day is enough.
        Element item = page(out, "/governing-body/2026-05-14/").select("ol.portal-agenda > li").get(0);
        assertEquals("Minutes of the meeting on 12 March 2026", item.selectFirst("a").text());
    }

    /**
     * Found in testing: every item with the word "minutes" in it linked the last meeting's minutes, so "Public questions
     * (15 minutes)" offered them too. Only an item about the minutes does, however it puts it; a time does not.
     */
    @Test
    void onlyAnItemAboutTheMinutesLinksThoseOfTheLastMeeting() throws IOException {
        Path may = site.resolve("content/governing-body/2026-05-14.md");
        Files.writeString(may, TestSite.read(may).replace("  - title: Finance report\n", """
                  - title: Public questions (15 minutes)
                    presenter: Chair
                  - title: Break (10 mins)
                  - title: Approval of the minutes
                    presenter: Chair
                  - title: Matters arising from the minutes of the previous meeting
                  - title: 5 minutes of reflection
                  - title: Approval of minutes and action log
                  - title: Previous minutes and matters arising
                  - title: A 10-minutes break
                  - title: Finance report
                """));
        Path out = dir.resolve("out");
        Portal.Run run = build(out, "2026-05-01T09:00");
        assertEquals(0, run.exit(), run.all());
        List<Element> items = page(out, "/governing-body/2026-05-14/").select("ol.portal-agenda > li");
        List<String> linked = items.stream().filter(i -> i.selectFirst("a[href=/about/]") != null)
                .map(i -> i.selectFirst("h3").text()).toList();
        assertEquals(List.of("1. Minutes of the last meeting", "4. Approval of the minutes",
                "5. Matters arising from the minutes of the previous meeting", "7. Approval of minutes and action log",
                "8. Previous minutes and matters arising"), linked);
    }

    /**
     * Found in testing: a link in a meeting's text to a paper was to be fixed by listing it under 'documents', which a
     * meeting does not have, so doing so stopped the build again. Each type is told what it can do: a meeting, name it
     * as an agenda item's paper; a type with no place for documents, say its type and size in the link's words.
     */
    @Test
    void aLinkToADocumentInTheTextIsToldAFixItsTypeCanUse() throws IOException {
        Path march = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(march, TestSite.read(march).replace("The Governing Body meets in public.",
                "The Governing Body meets in public. Read [the agenda](2026-03-12-agenda.pdf)."));
        ExamplePapers.write(site.resolve("content/governing-body/2026-03-12-agenda.pdf"), true, "Agenda", "Agenda", List.of("Items."));
        Path event = site.resolve("content/events/eastbrook-drop-in.md");
        Files.writeString(event, TestSite.read(event).replace("Drop in at any time.",
                "Drop in at any time. Read [the leaflet](/governing-body/2026-03-12-agenda.pdf)."));
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\nRead [the agenda](/governing-body/2026-03-12-agenda.pdf).\n");
        Portal.Run run = build(dir.resolve("out"), "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        String[] blocks = run.all().split("\n(?=\\S)");
        String meeting = java.util.Arrays.stream(blocks).filter(b -> b.startsWith("content/governing-body/2026-03-12.md:")
                && b.contains("does not say its file type and size")).findFirst().orElseThrow(() -> new AssertionError(run.all()));
        assertTrue(meeting.contains("Fix: Name the file as the 'paper' of its agenda item (paper: 2026-03-12-agenda.pdf), which "
                + "shows its type and size, instead of linking it in the text."), meeting);
        String drop = java.util.Arrays.stream(blocks).filter(b -> b.startsWith("content/events/eastbrook-drop-in.md:")
                && b.contains("does not say its file type and size")).findFirst().orElseThrow(() -> new AssertionError(run.all()));
        assertTrue(drop.contains("Fix: Write the file's type and size in the link's words, such as [the leaflet (PDF, 340 KB)](/governing-body/2026-03-12-agenda.pdf), with the size your computer shows"), drop);
        String page = java.util.Arrays.stream(blocks).filter(b -> b.startsWith("content/about.md:")
                && b.contains("does not say its file type and size")).findFirst().orElseThrow(() -> new AssertionError(run.all()));
        assertTrue(page.contains("Fix: List the file under 'documents' in the front matter"), "a page has them: " + page);
    }

    @Test
    void aMeetingInsideThePapersWindowWithoutPapersWarns() {
        Path out = dir.resolve("out");
        Portal.Run early = build(out, "2026-03-04T09:00");
        assertFalse(early.all().contains("papers"), "8 days before: not yet expected: " + early.all());
        Portal.Run late = build(out, "2026-03-06T09:00");
        assertEquals(0, late.exit());
        assertTrue(late.all().contains("content/governing-body/2026-03-12.md:10:1: warning: this meeting is on 2026-03-12 and its papers "
                + "should be published 7 days before"), late.all());
        assertFalse(build(out, "2026-05-10T09:00").all().contains("papers should"), "the May meeting has its paper");
    }

    @Test
    void thePapersWindowIsASiteSetting() throws IOException {
        Path yml = site.resolve("content/_data/site.yml");
        Files.writeString(yml, TestSite.read(yml) + "meetings:\n  papers_days_before: 3\n");
        Portal.Run run = build(dir.resolve("out"), "2026-03-06T09:00");
        assertEquals(0, run.exit(), run.all());
        assertFalse(run.all().contains("papers should"), run.all());
    }

    @Test
    void theCommitteePageListsUpcomingMeetingsFirstThenPastOnesByYear() {
        Path out = dir.resolve("out");
        assertEquals(0, build(out, "2026-04-01T09:00").exit());
        Document doc = page(out, "/governing-body/");
        List<String> headings = doc.select("main h2[id]").eachAttr("id");
        assertEquals(List.of("upcoming", "2026"), headings.stream().filter(h -> h.equals("upcoming") || h.matches("\\d{4}")).toList());
        assertEquals("/governing-body/2026-05-14/", doc.selectFirst("#upcoming + ul a").attr("href"));
        assertNotNull(doc.selectFirst("a[href=/governing-body/2026-03-12/]"));
    }

    @Test
    void aMistypedMinutesPageSuggestsAPageNotAMeeting() throws IOException {
        Files.writeString(site.resolve("content/minutes-2026-03-12.md"), "---\ntitle: Minutes\nsummary: Minutes.\n---\nText.\n");
        Path march = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(march, TestSite.read(march).replace("page: /about/", "page: /minutes-2026-03-21/"));
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("the minutes page '/minutes-2026-03-21/' does not exist. Did you mean '/minutes-2026-03-12/'?"), run.all());
        assertTrue(run.all().contains("outside the committee's folder"), run.all());
    }

    /**
     * A meeting held in private publishes no link to join it online, anywhere: anyone who saw it could join. Its
     * writer is told so at the line; search engines are not offered it as an event; it needs no place at all.
     */
    @Test
    void aMeetingHeldInPrivatePublishesNoLinkToJoinIt() throws IOException {
        String secret = "https://engage.testshire.example/board-room-7f3a";
        Files.writeString(site.resolve("content/governing-body/2026-06-11.md"), """
                ---
                title: Governing Body meeting in private, June 2026
                summary: The Governing Body meets in private to discuss contracts.
                starts: 2026-06-11T14:00
                public: false
                online: %s
                ---
                """.formatted(secret));
        Files.writeString(site.resolve("content/governing-body/2026-07-09.md"), """
                ---
                title: Governing Body meeting in private, July 2026
                summary: The Governing Body meets in private.
                starts: 2026-07-09T14:00
                public: false
                ---
                """);
        Path out = dir.resolve("out");
        Portal.Run run = build(out, "2026-05-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/governing-body/2026-06-11.md:6:9: warning: this meeting is held in private"), run.all());
        assertFalse(run.all().contains("2026-07-09.md"), "a meeting held in private needs no place: " + run.all());
        List<Path> files;
        try (var walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".gz") && !f.toString().endsWith(".br")).toList();
        }
        for (Path f : files) {
            assertFalse(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).contains(secret), "published in " + f);
        }
        Document held = page(out, "/governing-body/2026-06-11/");
        assertTrue(held.text().contains("No, this meeting is held in private."), held.text());
        assertEquals(0, held.select("script[type=application/ld+json]").size(), "not an event for search engines to offer");
        Document open = page(out, "/governing-body/2026-05-14/");
        assertNotNull(open.selectFirst("a[href=https://engage.testshire.example/live]"), "a public meeting's link is shown");
        assertEquals(1, open.select("script[type=application/ld+json]").size(), "and it is an event");
        String calendar = TestSite.read(out.resolve("calendar.ics")).replace("\r\n ", ""); // lines unfolded
        assertTrue(calendar.contains("engage.testshire.example/live"));
        assertTrue(calendar.contains("SUMMARY:Governing Body meeting in private\\, June 2026"), calendar);
        assertTrue(calendar.contains("DESCRIPTION:The Governing Body meets in private to discuss contracts.\\n\\nThis meeting is "
                + "held in private: the public cannot attend."), "the site's calendar says so of a meeting held in private: " + calendar);
        Document committee = page(out, "/governing-body/");
        assertTrue(committee.text().contains("Governing Body meeting in private, July 2026"), committee.text());
        for (Element li : committee.select("li")) {
            assertFalse(li.text().isBlank() && li.children().isEmpty(), "no empty fact on a card: " + li.outerHtml());
        }
        assertTrue(committee.text().contains("Online, in private"), "the June meeting's card: " + committee.text());
        assertTrue(committee.text().contains("In private"), "the July meeting's card, with no place: " + committee.text());
    }

    /**
     * An easy-read version of a meeting held in private is held in private too: one that does not say so (a version's
     * settings are its own, and 'public' is true unless it says otherwise) is an error, and nothing is published; one
     * that does publishes no link either.
     */
    @Test
    void anEasyReadVersionOfAMeetingHeldInPrivateMustSaySoAndPublishesNoLink() throws IOException {
        String secret = "https://engage.testshire.example/board-room-9c1d";
        String meeting = """
                ---
                title: Governing Body meeting in private, June 2026
                summary: The Governing Body meets in private.
                starts: 2026-06-11T14:00
                public: false
                online: %s
                ---
                """.formatted(secret);
        Files.writeString(site.resolve("content/governing-body/2026-06-11.md"), meeting);
        Path version = site.resolve("content/governing-body/2026-06-11.easy-read.md");
        Files.writeString(version, meeting.replace("public: false\n", "").replace("June 2026", "June 2026 (easy read)"));
        Path out = dir.resolve("out");
        Portal.Run refused = build(out, "2026-05-01T09:00");
        assertEquals(1, refused.exit(), refused.all());
        assertTrue(refused.all().contains("content/governing-body/2026-06-11.easy-read.md:1:1: error: this easy-read version says "
                + "the meeting is open to the public"), refused.all());
        assertFalse(Files.exists(out), "nothing published");
        Files.writeString(version, meeting.replace("June 2026", "June 2026 (easy read)"));
        Portal.Run run = build(out, "2026-05-01T09:00");
        assertEquals(0, run.exit(), run.all());
        Document easy = page(out, "/governing-body/2026-06-11/easy-read/");
        assertTrue(easy.text().contains("No, this meeting is held in private."), easy.text());
        assertFalse(easy.html().contains(secret), "no link on the easy-read page");
    }
}
