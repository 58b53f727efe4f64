package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.engagementportal.tools.ExamplePapers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * What each feed holds at a given moment: only what has happened by the build's clock, newest first, each
 * change of a consultation its own entry, committee papers from the day they are due, topic feeds of dated
 * pages. Every feed is read back with Rome (RSS and Atom) and as JSON Feed.
 */
class FeedsTest {
    static final String BASE = "https://engage.testshire.example/";

    @TempDir
    Path dir;
    @TempDir
    static Path shared;
    /** The site built at 5pm on 17 April 2026, when the clinic consultation has just started closing soon. */
    static Path out;

    @BeforeAll
    static void buildOnce() {
        out = site(shared.resolve("site")).build(shared.resolve("out"), "2026-04-17T17:00").succeeded().out();
    }

    /**
     * Three consultations (one with its outcome, one open until 5pm on 1 May 2026, one not yet open), two
     * meetings with papers and one without, and pages filed under dentistry with and without dates.
     */
    static final String SITE = """
            -- content/index.md --
            ---
            title: Have your say
            summary: Share your views on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/consultations/clinic.md --
            ---
            title: A new dental clinic
            summary: Tell us what the new clinic should offer.
            topics: [dentistry]
            opens: 2026-03-02T09:00
            closes: 2026-05-01T17:00
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            -- content/consultations/clinic.easy-read.md --
            ---
            title: A new dental clinic - easy read
            summary: Tell us about the new clinic.
            topics: [dentistry]
            opens: 2026-03-02T09:00
            closes: 2026-05-01T17:00
            respond:
              email: clinic@testshire.example
            ---
            We want to build a clinic.
            -- content/consultations/pharmacy.md --
            ---
            title: Late-night pharmacies
            summary: Which pharmacies should open late?
            opens: 2025-09-01T09:00
            closes: 2025-11-28T17:00
            feedback:
              date: 2026-01-05
              body: You said you need a pharmacy open after 10pm.
            outcome:
              date: 2026-02-10
              body: Two pharmacies now open until midnight.
            ---
            We asked which pharmacies should open late.
            -- content/consultations/later.md --
            ---
            title: Community hospital beds
            summary: How should we use the community hospital?
            opens: 2026-06-01T09:00
            closes: 2026-08-28T17:00
            respond:
              email: beds@testshire.example
            ---
            Not open yet.
            -- content/governing-body/2026-04-23.md --
            ---
            title: Governing Body meeting, April 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-04-23T10:00
            venue: Eastbrook Civic Centre
            agenda:
              - title: Finance report
                paper: 2026-04-23-finance.pdf
            ---
            -- content/governing-body/2026-05-21.md --
            ---
            title: Governing Body meeting, May 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-05-21T10:00
            venue: Eastbrook Civic Centre
            agenda:
              - title: Annual report
                paper: 2026-05-21-annual.pdf
            ---
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            venue: Eastbrook Civic Centre
            ---
            -- content/dental-guide.md --
            ---
            title: Finding a dentist
            summary: How to find an NHS dentist.
            topics: [dentistry, mental-health]
            updated: 2026-03-20
            ---
            Call 111.
            -- content/dental-faq.md --
            ---
            title: Dental questions
            summary: Questions people ask about dentists.
            topics: [dentistry, primary-care]
            ---
            Answers.
            -- content/dental-draft.md --
            ---
            title: Dental plans
            summary: Not ready.
            topics: [dentistry]
            updated: 2026-03-25
            draft: true
            ---
            Not ready.
            -- content/events/dental-fair.md --
            ---
            title: Dental fair
            summary: Come and talk about teeth.
            topics: [dentistry]
            starts: 2026-06-10T10:00
            venue: Kingsmere Hall
            ---
            A fair.
            -- content/bulletins/weekly/2026-03-06.md --
            ---
            title: Bulletin 6 March 2026
            summary: News & views.
            date: 2026-03-06
            ---
            Read [about us](/about/).
            """;

    private static TextSite site(Path root) {
        TextSite site = TextSite.write(root, SITE);
        try {
            ExamplePapers.write(site.root().resolve("content/governing-body/2026-04-23-finance.pdf"), true, "Finance report",
                    "Finance report", List.of("On plan."));
            ExamplePapers.write(site.root().resolve("content/governing-body/2026-05-21-annual.pdf"), true, "Annual report",
                    "Annual report", List.of("A good year."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    private TextSite.Built build(String name, String now, String... options) {
        return site(dir.resolve("site")).build(dir.resolve(name), now, options).succeeded();
    }

    static SyndFeed rome(Path file) {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        } catch (Exception e) {
            throw new AssertionError(file + " is not a feed Rome can read", e);
        }
    }

    static List<String> ids(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> jsonIds(Path file) {
        Map<String, Object> json = new Json().toType(TestSite.read(file), Map.class);
        return ((List<Map<String, Object>>) json.get("items")).stream().map(i -> (String) i.get("id")).toList();
    }

    @Test
    void aConsultationsChangesAppearAsTheyHappenNewestFirst() {
        Path before = build("before", "2026-04-17T16:59").out();
        SyndFeed atom = rome(before.resolve("consultations/atom.xml"));
        assertEquals(List.of(BASE + "consultations/clinic/#opened", BASE + "consultations/pharmacy/#outcome",
                BASE + "consultations/pharmacy/#closing-soon", BASE + "consultations/pharmacy/#opened"), ids(atom),
                "nothing yet for the consultation that opens in June, and nothing twice for the easy-read version");
        assertEquals(List.of("Now open: A new dental clinic", "Outcome published: Late-night pharmacies",
                "Closing soon: Late-night pharmacies", "Now open: Late-night pharmacies"),
                atom.getEntries().stream().map(SyndEntry::getTitle).toList());
        String outcome = atom.getEntries().get(1).getContents().get(0).getValue();
        assertTrue(outcome.contains("You said you need a pharmacy open after 10pm.") && outcome.contains("Two pharmacies now open until midnight."),
                "the outcome entry says what people said and what was done: " + outcome);

        List<String> now = ids(rome(out.resolve("consultations/atom.xml")));
        assertEquals(BASE + "consultations/clinic/#closing-soon", now.get(0), "14 days before it closes, to the minute");
        assertEquals(now.subList(1, now.size()), ids(atom));
    }

    /**
     * A consultation that runs for the closing-soon days or less (14) is closing soon as it opens: it has no 'Closing soon'
     * entry, which would be dated before it opened and invite responses to what cannot be answered yet, nor a moment of
     * its own in the schedule; its 'Now open' is its only entry, and its page says it is closing soon from the start.
     */
    @Test
    void aShortConsultationIsAnnouncedOnceWhenItOpens() throws IOException {
        TextSite site = site(dir.resolve("site"));
        Files.writeString(site.root().resolve("content/consultations/short.md"), """
                ---
                title: A short consultation
                summary: Tell us about weekend opening.
                opens: 2026-04-25T09:00
                closes: 2026-05-02T17:00
                respond:
                  email: short@testshire.example
                ---
                Text.
                """);
        Path before = site.build(dir.resolve("before"), "2026-04-24T09:00").succeeded().out();
        assertFalse(ids(rome(before.resolve("consultations/atom.xml"))).stream().anyMatch(id -> id.contains("/short/")),
                "nothing before it opens");
        assertFalse(TestSite.read(before.resolve("status-changes.json")).contains("\"closing-soon\", \"page\": \"/consultations/short/\""));
        Path open = site.build(dir.resolve("open"), "2026-04-25T09:00").succeeded().out();
        SyndFeed atom = rome(open.resolve("consultations/atom.xml"));
        assertEquals(List.of(BASE + "consultations/short/#opened"), ids(atom).stream().filter(id -> id.contains("/short/")).toList());
        assertEquals("Closing soon", org.jsoup.Jsoup.parse(TestSite.read(open.resolve("consultations/short/index.html")))
                .selectFirst("main .nhsuk-tag").text());
    }

    @Test
    void aCommitteesPapersAreAnnouncedFromTheDayTheyAreDue() {
        Path early = build("early", "2026-04-16T09:59").out();
        assertEquals(List.of(), ids(rome(early.resolve("governing-body/atom.xml"))), "a week before 10am on 23 April, not yet");
        Path due = build("due", "2026-04-16T10:00").out();
        SyndFeed feed = rome(due.resolve("governing-body/feed.xml"));
        assertEquals(List.of(BASE + "governing-body/2026-04-23/#papers"), ids(feed),
                "the meeting without papers never has an entry, the May meeting's are not due");
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("Papers published: Governing Body meeting, April 2026", entry.getTitle());
        String html = rome(due.resolve("governing-body/atom.xml")).getEntries().get(0).getContents().get(0).getValue();
        assertTrue(html.contains("Thursday 23 April 2026, 10am"), html);
        assertTrue(html.matches("(?s).*1\\. Finance report: <a href=\"" + BASE + "governing-body/2026-04-23-finance\\.pdf\">"
                + "Finance report</a> \\(PDF, \\d+ KB, 1 page\\).*"), html);
    }

    @Test
    void aTopicFeedHoldsTheDatedOriginalPagesFiledUnderItThatHaveHappened() {
        assertEquals(List.of(BASE + "consultations/clinic/#closing-soon", BASE + "dental-guide/", BASE + "consultations/clinic/#opened"),
                ids(rome(out.resolve("topics/dentistry/atom.xml"))), "the consultation closing soon, the page updated on 20 March, "
                        + "then the consultation opened on 2 March (each announced as the consultations' feed does); not the "
                        + "undated page, the draft, the easy-read version or the fair in June");
        assertEquals(List.of(BASE + "dental-guide/"), ids(rome(out.resolve("topics/mental-health/feed.xml"))));
        // Primary care has only an undated page, so there is nothing a feed could ever announce.
        assertTrue(Files.isRegularFile(out.resolve("topics/primary-care/index.html")));
        assertTrue(!Files.exists(out.resolve("topics/primary-care/feed.xml")) && !Files.exists(out.resolve("topics/primary-care/atom.xml")));
    }

    @Test
    void theNumberOfEntriesIsLimitedNewestFirstInEveryFeed() throws IOException {
        TextSite site = site(dir.resolve("site"));
        Path yml = site.root().resolve("content/_data/site.yml");
        Files.writeString(yml, TestSite.read(yml) + "feeds:\n  items: 2\n");
        Path limited = site.build(dir.resolve("out"), "2026-04-17T17:00").succeeded().out();
        assertEquals(List.of(BASE + "consultations/clinic/#closing-soon", BASE + "consultations/clinic/#opened"),
                ids(rome(limited.resolve("consultations/atom.xml"))));
        assertEquals(2, jsonIds(limited.resolve("consultations/feed.json")).size());
    }

    @Test
    void everyFeedParsesInEachFormatWithTheSameEntriesAndTheNewestEntrysDate() throws IOException {
        List<Path> atoms;
        try (Stream<Path> walk = Files.walk(out)) {
            atoms = walk.filter(p -> p.getFileName().toString().equals("atom.xml")).sorted().toList();
        }
        List<String> folders = atoms.stream().map(p -> "/" + out.relativize(p.getParent()).toString().replace('\\', '/') + "/").toList();
        assertEquals(List.of("/bulletins/", "/bulletins/stakeholder/", "/bulletins/weekly/", "/consultations/", "/governing-body/",
                "/topics/dentistry/", "/topics/mental-health/"), folders);
        List<String> problems = new ArrayList<>();
        for (Path atomFile : atoms) {
            SyndFeed atom = rome(atomFile);
            SyndFeed rss = rome(atomFile.resolveSibling("feed.xml"));
            if (!atom.getFeedType().equals("atom_1.0") || !rss.getFeedType().equals("rss_2.0")) {
                problems.add(atomFile + ": " + atom.getFeedType() + " and " + rss.getFeedType());
            }
            if (!ids(atom).equals(ids(rss)) || !ids(atom).equals(jsonIds(atomFile.resolveSibling("feed.json")))) {
                problems.add(atomFile + ": the formats disagree");
            }
            if (!atom.getEntries().isEmpty() && !atom.getPublishedDate().equals(atom.getEntries().get(0).getPublishedDate())) {
                problems.add(atomFile + ": the feed's date is not its newest entry's");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals("News & views.", rome(out.resolve("bulletins/weekly/atom.xml")).getEntries().get(0).getDescription().getValue());
    }

    @Test
    void linksInEntriesAreAbsoluteUnderAPathPrefix() {
        Path prefixed = build("out", "2026-04-17T17:00", "--base-url", "https://www.testshire.example/engage/").out();
        SyndEntry issue = rome(prefixed.resolve("bulletins/weekly/atom.xml")).getEntries().get(0);
        assertEquals("https://www.testshire.example/engage/bulletins/weekly/2026-03-06/", issue.getLink());
        String html = issue.getContents().get(0).getValue();
        assertTrue(html.contains("href=\"https://www.testshire.example/engage/about/\""), html);
    }

    /**
     * Found while timing pages as large as the limits allow: a bulletin of 2 MB of tables made 56 MB of HTML, and each feed
     * it was in 333 MB. An entry longer than a feed takes whole has its summary and a link to its page.
     */
    @Test
    void anEntryTooLongForAFeedHasItsSummaryAndALinkToItsPage() throws IOException {
        TextSite site = site(dir.resolve("site"));
        String paragraph = "Every pharmacy in Testshire and its opening hours over the Easter weekend. ".repeat(60) + "\n\n";
        String text = paragraph.repeat(FeedGenerator.ENTRY_LIMIT / paragraph.length() + 2);
        Files.writeString(site.root().resolve("content/bulletins/weekly/2026-04-10.md"), "---\ntitle: Easter opening hours\n"
                + "summary: Opening hours <and> closures.\ndate: 2026-04-10\n---\n" + text);
        Path built = site.build(dir.resolve("out"), "2026-04-17T17:00").succeeded().out();
        String page = BASE + "bulletins/weekly/2026-04-10/";
        assertTrue(TestSite.read(built.resolve("bulletins/weekly/2026-04-10/index.html")).contains(paragraph.trim()),
                "the page itself is whole");
        String shown = "<p>Opening hours &lt;and&gt; closures.</p>\n<p>This is too long to show in full here. <a href=\"" + page
                + "\">Read it on our website</a>.</p>\n";
        for (String feed : List.of("bulletins/weekly/atom.xml", "bulletins/weekly/feed.xml", "bulletins/atom.xml")) {
            SyndFeed read = rome(built.resolve(feed));
            assertEquals(page, read.getEntries().get(0).getLink(), feed);
            assertEquals(shown, read.getEntries().get(0).getContents().get(0).getValue(), feed);
            assertTrue(read.getEntries().get(1).getContents().get(0).getValue().contains("href=\"" + BASE + "about/\""),
                    "the issue before it is whole: " + feed);
        }
        assertTrue(Files.size(built.resolve("bulletins/weekly/feed.json")) < 20_000, "and the feeds stay small");
        assertTrue(TestSite.read(built.resolve("bulletins/weekly/feed.json")).contains("Read it on our website"));
    }

    @Test
    void aFeedWhoseEntriesHaveNotChangedIsByteIdenticalAtALaterBuild() {
        Path later = build("later", "2026-04-20T09:00").out();
        for (String feed : List.of("consultations/feed.xml", "consultations/atom.xml", "consultations/feed.json",
                "bulletins/weekly/atom.xml", "topics/dentistry/feed.xml")) {
            assertEquals(TestSite.read(out.resolve(feed)), TestSite.read(later.resolve(feed)), feed);
        }
    }

    /**
     * Found in review: a feed with no entries yet (a committee that has not met, a series with no issue) was dated 1 January
     * 1970, which feed readers show. It has the day its listing's introduction was last changed, or else the newest date of
     * the site's other feeds: never the build's clock, so it stays the same at every build until the content changes.
     */
    @Test
    void aFeedWithNoEntriesIsDatedByItsIntroductionOrElseTheSitesNewestFeed() throws IOException {
        String atom = TestSite.read(out.resolve("bulletins/stakeholder/atom.xml"));
        assertFalse(atom.contains("1970"), atom);
        assertTrue(atom.contains("<updated>2026-04-17T17:00:00+01:00</updated>"), "when the clinic started closing soon: " + atom);
        assertTrue(TestSite.read(out.resolve("bulletins/stakeholder/feed.xml")).contains("<lastBuildDate>Fri, 17 Apr 2026 17:00:00 +0100"
                + "</lastBuildDate>"));

        TextSite site = site(dir.resolve("site"));
        Files.createDirectories(site.root().resolve("content/bulletins/stakeholder"));
        Files.writeString(site.root().resolve("content/bulletins/stakeholder/index.md"), """
                ---
                title: Stakeholder briefing
                summary: News for our partners.
                reviewed: 2026-02-02
                review_every: 12 months
                ---
                Our briefing for partners.
                """);
        Path introduced = site.build(dir.resolve("out"), "2026-04-17T17:00").succeeded().out();
        assertTrue(TestSite.read(introduced.resolve("bulletins/stakeholder/atom.xml")).contains("<updated>2026-02-02T00:00:00+00:00</updated>"),
                TestSite.read(introduced.resolve("bulletins/stakeholder/atom.xml")));
    }

    @Test
    void aFeedWithNoEntriesIsByteIdenticalAtALaterBuild() {
        Path later = build("later", "2026-04-20T09:00").out();
        for (String feed : List.of("bulletins/stakeholder/feed.xml", "bulletins/stakeholder/atom.xml")) {
            assertEquals(TestSite.read(out.resolve(feed)), TestSite.read(later.resolve(feed)), feed);
        }
    }
}
