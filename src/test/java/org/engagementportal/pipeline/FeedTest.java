package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** Feeds parsed by Rome (RSS and Atom) and a JSON parser (JSON Feed 1.1), checked against the content. */
class FeedTest {
    static final String BASE = "https://engage.testshire.example/";

    @TempDir
    Path dir;

    private Path build(Path site, String name, String now) {
        Path out = dir.resolve(name);
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", now, "-q");
        assertEquals(0, run.exit(), run.all());
        return out;
    }

    static SyndFeed rome(Path file) throws Exception {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonFeed(Path file) {
        Map<String, Object> feed = new Json().toType(TestSite.read(file), Map.class);
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"), file.toString());
        assertNotNull(feed.get("title"), file + ": title is required");
        for (Map<String, Object> item : (List<Map<String, Object>>) feed.get("items")) {
            assertNotNull(item.get("id"), file + ": every item needs an id");
            assertTrue(item.get("content_html") != null || item.get("content_text") != null, file + ": every item needs content");
            OffsetDateTime.parse((String) item.get("date_published"));
        }
        return feed;
    }

    static List<String> ids(SyndFeed feed) {
        return feed.getEntries().stream().map(e -> e.getUri()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("items")).stream().map(i -> (String) i.get("id")).toList();
    }

    @Test
    void aSeriesFeedInEveryFormatHasTheSameIssuesNewestFirst() throws Exception {
        Path out = build(TestSite.copy("small", dir.resolve("site")), "out", "2026-03-01T09:00");
        SyndFeed rss = rome(out.resolve("bulletins/weekly/feed.xml"));
        SyndFeed atom = rome(out.resolve("bulletins/weekly/atom.xml"));
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals("atom_1.0", atom.getFeedType());
        List<String> expected = List.of(BASE + "bulletins/weekly/2026-02-27/", BASE + "bulletins/weekly/2026-02-20/");
        assertEquals(expected, ids(rss));
        assertEquals(expected, ids(atom));
        assertEquals(expected, ids(jsonFeed(out.resolve("bulletins/weekly/feed.json"))));
        SyndEntry first = rss.getEntries().get(0);
        assertEquals("Bulletin 27 February 2026", first.getTitle());
        assertEquals(Date.from(OffsetDateTime.parse("2026-02-27T00:00:00Z").toInstant()), first.getPublishedDate());
        assertEquals("Governing Body meeting and pharmacy news.", first.getDescription().getValue());
        String content = atom.getEntries().get(1).getContents().get(0).getValue();
        assertTrue(content.contains("href=\"" + BASE + "consultations/dental-access/\""), "links are absolute: " + content);
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/atom.xml")).contains("<published>2026-02-27T00:00:00+00:00</published>"));
    }

    @Test
    void feedReadersFindFeedsFromTheHomePageGetUpdatesAndAPagesOtherVersions() throws Exception {
        // A reader given the site's address found no feed, and an easy-read or translated page offered none though its
        // page offered the consultations'.
        Path out = build(TestSite.copy("small", dir.resolve("site")), "out", "2026-03-01T09:00");
        for (String page : List.of("index.html", "get-updates/index.html")) {
            List<String> feeds = org.jsoup.Jsoup.parse(TestSite.read(out.resolve(page)))
                    .select("link[rel=alternate][type=application/atom+xml]").eachAttr("href");
            assertEquals(List.of(BASE + "consultations/atom.xml", BASE + "bulletins/atom.xml"), feeds, page);
        }
        assertEquals(List.of(BASE + "consultations/atom.xml"), org.jsoup.Jsoup.parse(TestSite.read(
                out.resolve("consultations/dental-access/easy-read/index.html")))
                .select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        assertEquals(List.of(), org.jsoup.Jsoup.parse(TestSite.read(out.resolve("about/index.html")))
                .select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"), "a page outside every listing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCorrectedBulletinIsShownAsChangedInEveryFeed() throws Exception {
        // A correction with 'updated' changed the entry's text but not its dates, so readers kept it as read, unchanged.
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path bulletin = site.resolve("content/bulletins/weekly/2026-02-20.md");
        Files.writeString(bulletin, Files.readString(bulletin).replaceFirst("\n---\n", "\nupdated: 2026-02-28\n---\n")
                + "\n**Correction:** the drop-in is on Tuesday.\n");
        Path out = build(site, "out", "2026-03-01T09:00");
        String atom = TestSite.read(out.resolve("bulletins/weekly/atom.xml"));
        assertTrue(atom.contains("<published>2026-02-20T00:00:00+00:00</published>\n<updated>2026-02-28T00:00:00+00:00</updated>"), atom);
        assertTrue(atom.contains("<published>2026-02-27T00:00:00+00:00</published>\n<updated>2026-02-27T00:00:00+00:00</updated>"),
                "an issue not corrected is as it was");
        assertTrue(atom.contains("<updated>2026-02-28T00:00:00+00:00</updated>\n<link rel=\"self\""), "the feed's own: " + atom);
        List<Map<String, Object>> items = (List<Map<String, Object>>) jsonFeed(out.resolve("bulletins/weekly/feed.json")).get("items");
        assertEquals("2026-02-28T00:00:00+00:00", items.get(1).get("date_modified"));
        assertFalse(items.get(0).containsKey("date_modified"));
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/feed.xml")).contains("<lastBuildDate>Sat, 28 Feb 2026 00:00:00 +0000"
                + "</lastBuildDate>"));
        // And its page says so, as README says 'updated' is shown.
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/2026-02-20/index.html")).contains("Published <time datetime=\"2026-02-20\">"
                + "20 February 2026</time>; updated <time datetime=\"2026-02-28\">28 February 2026</time>"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTableInABulletinReadsInAFeedReaderWithoutItsCellsCopiesOfTheirHeadings() throws Exception {
        // Each cell carries its column's heading for phones, hidden on wide screens by the site's stylesheet, which a feed
        // reader does not have: every cell read "Day Monday", "What Drop-in".
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path bulletin = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(bulletin, Files.readString(bulletin) + "\n| Day | What |\n|---|---|\n| Monday | Drop-in |\n");
        Path out = build(site, "out", "2026-03-01T09:00");
        Map<String, Object> item = ((List<Map<String, Object>>) jsonFeed(out.resolve("bulletins/weekly/feed.json")).get("items")).get(0);
        String html = (String) item.get("content_html");
        assertTrue(html.contains("Monday") && html.contains("<th") && !html.contains("nhsuk-table__heading"), html);
        String atom = rome(out.resolve("bulletins/weekly/atom.xml")).getEntries().get(0).getContents().get(0).getValue();
        assertFalse(atom.contains("nhsuk-table__heading"), atom);
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/2026-02-27/index.html")).contains("nhsuk-table__heading"),
                "the page keeps them for phones");
    }

    @Test
    void aCharacterXmlForbidsInABulletinLeavesEveryFeedReadable() throws Exception {
        // U+FFFF pasted into a bulletin (invisible) was written into its feeds, which no reader could then read.
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path bulletin = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(bulletin, Files.readString(bulletin)
                .replace("## Governing Body", "## Governing\uFFFE Body")
                .replace("The Governing Body meets on 12 March.", "The Governing Body meets\uFFFF on 12 March \uD83D\uDC4D."));
        Path out = build(site, "out", "2026-03-01T09:00");
        for (String feed : List.of("bulletins/weekly/feed.xml", "bulletins/weekly/atom.xml", "bulletins/feed.xml", "bulletins/atom.xml")) {
            SyndFeed read = rome(out.resolve(feed));
            SyndEntry first = read.getEntries().get(0);
            assertEquals("Bulletin 27 February 2026", first.getTitle(), feed);
            String text = first.getContents().isEmpty() ? first.getDescription().getValue() : first.getContents().get(0).getValue();
            assertTrue(text.contains("Governing Body") && text.contains("meets on 12 March \uD83D\uDC4D."), feed + ": " + text);
        }
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/atom.xml")).contains("meets on 12 March \uD83D\uDC4D."),
                "a character beyond U+FFFF is kept whole");
    }

    @Test
    void whatPeopleToldUsIsInTheOutcomesEntryOnlyFromItsOwnDate() throws Exception {
        // It was in the feeds from the outcome's date, while the page kept it back until its own.
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path page = site.resolve("content/consultations/talking-therapies.md");
        Files.writeString(page, Files.readString(page).replace("feedback:\n  date: 2025-10-01", "feedback:\n  date: 2025-12-01"));
        Path before = build(site, "before", "2025-11-10T09:00");
        String early = TestSite.read(before.resolve("consultations/atom.xml"));
        assertTrue(early.contains("two more therapists"), "the outcome is published: " + early);
        assertFalse(early.contains("waiting times were too long"), "what people told us is not, yet");
        assertFalse(TestSite.read(before.resolve("consultations/talking-therapies/index.html")).contains("waiting times were too long"));
        Path after = build(site, "after", "2025-12-02T09:00");
        assertTrue(TestSite.read(after.resolve("consultations/atom.xml")).contains("waiting times were too long"));
    }

    @Test
    void aBuildAfterThePapersAreDueIsNotUpToDateAndAddsTheirEntry() throws Exception {
        // Papers due at 10:00 on 5 March (7 days before): a build at 9:00, then one at 11:00 into the same folder, said
        // "Nothing to do" and left the committee's feed without "Papers published" until the next day.
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path meeting = site.resolve("content/governing-body/2026-03-12.md");
        Files.writeString(meeting, Files.readString(meeting).replace("    purpose: decision\n",
                "    purpose: decision\n    paper: 2026-03-12-dental.pdf\n"));
        org.engagementportal.tools.ExamplePapers.write(site.resolve("content/governing-body/2026-03-12-dental.pdf"), true,
                "Dental access: what we heard", "Dental access", List.of("What people told us."));
        // Saved an hour ago, as a scheduled build finds them: files saved a moment before a build are not trusted as unchanged.
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (var files = Files.walk(site)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
        Path out = build(site, "out", "2026-03-05T09:00");
        assertEquals(List.of(), ids(rome(out.resolve("governing-body/feed.xml"))));
        Portal.Run later = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-05T11:00");
        assertEquals(0, later.exit(), later.all());
        assertFalse(later.all().contains("Nothing to do"), later.all());
        assertEquals(List.of(BASE + "governing-body/2026-03-12/#papers"), ids(rome(out.resolve("governing-body/feed.xml"))));
    }

    @Test
    void consultationChangesAreSeparateEntriesWithTheirOwnDatesInLondonTime() throws Exception {
        Path out = build(TestSite.copy("small", dir.resolve("site")), "out", "2026-04-20T09:00");
        SyndFeed atom = rome(out.resolve("consultations/atom.xml"));
        assertEquals(List.of(
                BASE + "consultations/dental-access/#closing-soon",
                BASE + "consultations/dental-access/#opened",
                BASE + "consultations/talking-therapies/#outcome",
                BASE + "consultations/talking-therapies/#closing-soon",
                BASE + "consultations/talking-therapies/#opened"), ids(atom));
        assertTrue(TestSite.read(out.resolve("consultations/atom.xml")).contains("<published>2026-04-17T17:00:00+01:00</published>"),
                "closing soon 14 days before 5pm on 1 May, British Summer Time");
        String outcome = atom.getEntries().get(2).getContents().get(0).getValue();
        assertTrue(outcome.contains("two more therapists"), outcome);
        assertTrue(TestSite.read(out.resolve("consultations/feed.xml")).contains("<pubDate>Fri, 17 Apr 2026 17:00:00 +0100</pubDate>"));
    }

    @Test
    void aTopicsFollowersAreToldOfAConsultationOpeningClosingSoonAndItsOutcome() throws Exception {
        // The topic's feed had the consultation once, as a page dated when it opened: no word when it was closing soon,
        // nor when the outcome its followers took part for was published.
        Path out = build(TestSite.copy("small", dir.resolve("site")), "out", "2026-04-20T09:00");
        SyndFeed atom = rome(out.resolve("topics/mental-health/atom.xml"));
        List<String> talking = ids(atom).stream().filter(id -> id.contains("talking-therapies")).toList();
        assertEquals(List.of(BASE + "consultations/talking-therapies/#outcome", BASE + "consultations/talking-therapies/#closing-soon",
                BASE + "consultations/talking-therapies/#opened"), talking);
        assertTrue(atom.getEntries().stream().anyMatch(e -> e.getTitle().startsWith("Outcome published: ")), ids(atom).toString());
        List<String> json = ids(jsonFeed(out.resolve("topics/mental-health/feed.json")));
        assertEquals(talking, json.stream().filter(id -> id.contains("talking-therapies")).toList());
        assertTrue(ids(rome(out.resolve("topics/mental-health/feed.xml"))).containsAll(talking));
        assertEquals(List.of(BASE + "consultations/dental-access/#closing-soon", BASE + "events/eastbrook-drop-in/",
                BASE + "consultations/dental-access/#opened"), ids(rome(out.resolve("topics/dentistry/atom.xml"))),
                "an event is in its topic's feed as itself, between the consultation's entries by date");
    }

    @Test
    void idsDoNotChangeWhenATitleIsEditedAndRebuildsAreByteIdentical() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path first = build(site, "first", "2026-03-01T09:00");
        Path same = build(site, "same", "2026-03-01T09:00");
        for (String f : List.of("feed.xml", "atom.xml", "feed.json")) {
            assertEquals(TestSite.read(first.resolve("bulletins/weekly/" + f)), TestSite.read(same.resolve("bulletins/weekly/" + f)));
        }
        Path issue = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(issue, TestSite.read(issue).replace("title: Bulletin 27 February 2026", "title: Your bulletin, 27 February"));
        Path edited = build(site, "edited", "2026-03-01T09:00");
        SyndFeed after = rome(edited.resolve("bulletins/weekly/atom.xml"));
        assertEquals("Your bulletin, 27 February", after.getEntries().get(0).getTitle());
        assertEquals(ids(rome(first.resolve("bulletins/weekly/atom.xml"))), ids(after));
    }

    @Test
    void linksToAPartOfThePageAndLinksInHtmlLeadToThePageFromAFeedReader() throws Exception {
        // "#pharmacy" was left as it was: a feed reader resolved it against the feed's address and opened the XML. A
        // link written in HTML was left as written, not made absolute like a Markdown one.
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path issue = site.resolve("content/bulletins/weekly/2026-02-27.md");
        Files.writeString(issue, TestSite.read(issue) + "\nSee [the pharmacy news](#pharmacy-news) and <a href=\"/about/\">about us</a>.\n"
                + "\n## Pharmacy news\n\nOpen late on Fridays.\n");
        Path out = build(site, "out", "2026-03-01T09:00");
        SyndFeed atom = rome(out.resolve("bulletins/weekly/atom.xml"));
        String content = atom.getEntries().get(0).getContents().get(0).getValue();
        assertTrue(content.contains("href=\"" + BASE + "bulletins/weekly/2026-02-27/#pharmacy-news\""), content);
        assertTrue(content.contains("href=\"" + BASE + "about/\""), content);
    }

    @Test
    void theNumberOfEntriesIsASiteSetting() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path yml = site.resolve("content/_data/site.yml");
        Files.writeString(yml, TestSite.read(yml) + "feeds:\n  items: 1\n");
        Path out = build(site, "out", "2026-03-01T09:00");
        assertEquals(1, rome(out.resolve("bulletins/feed.xml")).getEntries().size());
    }

    @Test
    void listingsLinkTheirFeedsAndTheGetUpdatesPageExplainsThem() {
        Path out = build(TestSite.copy("small", dir.resolve("site")), "out", "2026-03-01T09:00");
        Document series = Jsoup.parse(TestSite.read(out.resolve("bulletins/weekly/index.html")));
        assertEquals(BASE + "bulletins/weekly/feed.xml", series.selectFirst("link[rel=alternate][type=application/rss+xml]").attr("href"));
        assertEquals(BASE + "bulletins/weekly/atom.xml", series.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertEquals(List.of("/bulletins/weekly/feed.xml", "/bulletins/weekly/atom.xml", "/bulletins/weekly/feed.json", "/get-updates/"),
                series.select(".portal-subscribe a").eachAttr("href"));
        Document issue = Jsoup.parse(TestSite.read(out.resolve("bulletins/weekly/2026-02-27/index.html")));
        assertFalse(issue.select("link[rel=alternate][href=" + BASE + "bulletins/weekly/feed.xml]").isEmpty(), "an issue points to its series' feed");
        assertEquals("/bulletins/weekly/2026-02-20/", issue.selectFirst("a[rel=prev]").attr("href"));
        Document updates = Jsoup.parse(TestSite.read(out.resolve("get-updates/index.html")));
        assertEquals("Get updates", updates.selectFirst("h1").text());
        List<String> addresses = updates.select("code.portal-feed-address").eachText();
        assertTrue(addresses.contains(BASE + "consultations/feed.xml"), addresses.toString());
        assertTrue(addresses.contains(BASE + "governing-body/feed.json"), addresses.toString());
        assertTrue(updates.text().contains("feed-to-email"), "explains getting updates by email");
        assertTrue(TestSite.read(out.resolve("sitemap.xml")).contains(BASE + "get-updates/"));
    }

    @Test
    void everyFeedOfTheExamplePortalParsesAndPointsAtRealPages() throws Exception {
        Path out = build(TestSite.PROJECT, "example", TestSite.EXAMPLE_NOW);
        List<Path> xml;
        try (Stream<Path> walk = Files.walk(out)) {
            xml = walk.filter(p -> p.getFileName().toString().matches("feed\\.xml|atom\\.xml")).sorted().toList();
        }
        assertTrue(xml.size() >= 2 * 6, "feeds: " + xml.size());
        List<String> problems = new ArrayList<>();
        for (Path file : xml) {
            SyndFeed feed = rome(file);
            Map<String, Object> json = jsonFeed(file.resolveSibling("feed.json"));
            if (!ids(feed).equals(ids(json))) {
                problems.add(file + ": the JSON Feed has different entries");
            }
            Date previous = null;
            for (SyndEntry e : feed.getEntries()) {
                String link = e.getLink();
                Path page = out.resolve(link.substring("https://engage.northshire-icb.example/".length())).resolve("index.html");
                if (!Files.isRegularFile(page)) {
                    problems.add(file + ": " + link + " is not a page of the site");
                }
                Date date = e.getPublishedDate();
                if (previous != null && date.after(previous)) {
                    problems.add(file + ": entries are not newest first");
                }
                previous = date;
            }
            if (feed.getEntries().size() > 20) {
                problems.add(file + ": more than 20 entries");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(8, rome(out.resolve("bulletins/weekly/feed.xml")).getEntries().size(), "every weekly issue");
    }
}
