package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yml's {@code alert}: the NHS.UK warning callout at the top of every page from its start until its end, and
 * nowhere else (not in feeds); its times are changes in status-changes.json; an alert with no end, or up for longer
 * than {@code alert_max_days}, warns where it is written.
 */
class SiteAlertTest {
    @TempDir
    Path dir;

    static final String ALERT = """
            alert:
              text: "Our Eastbrook office is closed for repairs until 30 November."
              starts: 2026-11-20T09:00
              ends: 2026-11-30T17:00
            """;

    static final String PAGES = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/bulletins/weekly/2026-11-13.md --
            ---
            title: Weekly news, 13 November
            summary: This week's news.
            date: 2026-11-13
            ---
            News.
            -- content/events/fair.md --
            ---
            title: Health fair
            summary: Come to our health fair.
            starts: 2026-12-10T12:00
            venue: Kingsmere Hall
            ---
            A fair.
            """;

    private TextSite.Built build(String siteYmlExtra, String now) {
        String site = "-- content/_data/site.yml --\n" + TestSite.SITE_YML + siteYmlExtra + PAGES;
        Path root = dir.resolve("site-" + now.replace(':', '-'));
        return TextSite.write(root, site).build(dir.resolve("out-" + now.replace(':', '-')), now);
    }

    private static List<String> pagesOf(TextSite.Built built) {
        List<String> pages = new ArrayList<>();
        try (var walk = java.nio.file.Files.walk(built.out())) {
            walk.filter(p -> p.toString().endsWith(".html")).forEach(p -> pages.add("/" + built.out().relativize(p)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pages;
    }

    @Test
    void theAlertIsAtTheTopOfEveryPageFromItsStartUntilItsEnd() {
        TextSite.Built during = build(ALERT, "2026-11-20T09:00").succeeded();
        List<String> pages = pagesOf(during);
        assertTrue(pages.size() > 10, pages.toString());
        for (String page : pages) {
            Document doc = org.jsoup.Jsoup.parse(read(during, page));
            Element alert = doc.selectFirst("#site-alert");
            assertNotNull(alert, page + " shows the alert");
            assertTrue(alert.hasClass("nhsuk-warning-callout"), "the NHS.UK warning callout");
            assertEquals("Important: Site alert", alert.selectFirst("h2").text());
            assertEquals("Our Eastbrook office is closed for repairs until 30 November.", alert.selectFirst("p").text());
            // At the top: after the header, before the breadcrumbs and the page's own content.
            Element container = alert.parent();
            assertEquals(0, container.children().indexOf(alert), page + ": first in the page's container");
            assertNotNull(doc.selectFirst("header + div.nhsuk-width-container > #site-alert"), page);
        }
        TextSite.Built beforeEnd = build(ALERT, "2026-11-30T16:59").succeeded();
        assertNotNull(beforeEnd.page("/about/").selectFirst("#site-alert"), "still up a minute before its end");
    }

    private static String read(TextSite.Built built, String page) {
        return built.file(page.replaceFirst("index\\.html$", "")).text();
    }

    @Test
    void theAlertIsNotShownBeforeItStartsNorFromItsEnd() {
        for (String now : List.of("2026-11-20T08:59", "2026-11-30T17:00", "2026-12-01T09:00")) {
            TextSite.Built built = build(ALERT, now).succeeded();
            for (String page : pagesOf(built)) {
                assertNull(org.jsoup.Jsoup.parse(read(built, page)).selectFirst("#site-alert"), page + " at " + now);
                assertFalse(read(built, page).contains("Eastbrook office"), page + " at " + now);
            }
        }
    }

    /** An end written as a date alone means the end of that day, as a consultation's closing date does, not its start. */
    @Test
    void anEndWrittenAsADateIsTheEndOfThatDay() {
        String alert = ALERT.replace("ends: 2026-11-30T17:00", "ends: 2026-11-30");
        TextSite.Built during = build(alert, "2026-11-30T20:00").succeeded();
        assertTrue(read(during, "/index.html").contains("Eastbrook office"), "still up on the evening of the 30th");
        TextSite.Built after = build(alert, "2026-11-30T23:59").succeeded();
        assertFalse(read(after, "/index.html").contains("Eastbrook office"));
    }

    @Test
    void feedsNeverCarryTheAlert() {
        TextSite.Built built = build(ALERT, "2026-11-23T09:00").succeeded();
        for (String feed : List.of("/bulletins/weekly/feed.xml", "/bulletins/weekly/atom.xml", "/bulletins/weekly/feed.json")) {
            built.file(feed).doesNotContain("Eastbrook office", "Site alert");
        }
        assertTrue(built.page("/bulletins/weekly/").selectFirst("#site-alert") != null, "while the pages show it");
    }

    @Test
    @SuppressWarnings("unchecked")
    void itsStartAndEndAreChangesInStatusChanges() {
        Map<String, Object> before = new org.openqa.selenium.json.Json().toType(
                build(ALERT, "2026-11-19T09:00").succeeded().file("/status-changes.json").text(), Map.class);
        List<String> changes = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) before.get("changes")) {
            changes.add(c.get("local") + " " + c.get("change") + " " + c.get("page"));
        }
        assertEquals(List.of("2026-11-20T09:00 alert-shown /", "2026-11-30T17:00 alert-removed /",
                "2026-12-10T12:00 event-starts /events/fair/", "2026-12-11T00:00 event-ends /events/fair/"), changes);
        assertEquals("2026-11-20T09:00:00Z", before.get("next_change"), "the next rebuild is when the alert goes up");
        // The file is published: an alert's words are not, before it goes up.
        assertEquals("The site alert", ((List<Map<String, Object>>) before.get("changes")).get(0).get("title"));
        build(ALERT, "2026-11-19T09:00").succeeded().file("/status-changes.json").doesNotContain("Eastbrook office");
        Map<String, Object> during = new org.openqa.selenium.json.Json().toType(
                build(ALERT, "2026-11-23T09:00").succeeded().file("/status-changes.json").text(), Map.class);
        assertEquals("2026-11-30T17:00:00Z", during.get("next_change"), "then when it comes down");
    }

    @Test
    void anAlertWithNoEndWarnsAtItsStart() {
        build("""
                alert:
                  text: "Our Eastbrook office is closed."
                  starts: 2026-11-20T09:00
                """, "2026-11-23T09:00").warned("content/_data/site.yml:10:11: warning: the site alert has no 'ends'");
    }

    @Test
    void anAlertUpForLongerThanTheLimitWarnsAtItsEnd() {
        build(ALERT.replace("2026-11-30T17:00", "2026-12-31T17:00"), "2026-11-23T09:00")
                .warned("content/_data/site.yml:11:9: warning: the site alert is shown for more than 31 days");
        TextSite.Built allowed = build("alert_max_days: 60\n" + ALERT.replace("2026-11-30T17:00", "2026-12-31T17:00"),
                "2026-11-24T09:00").succeeded();
        assertFalse(allowed.printed().contains("more than"), allowed.printed());
        assertFalse(build(ALERT, "2026-11-25T09:00").succeeded().printed().contains("site alert"),
                "ten days is within the default 31");
    }

    @Test
    void anAlertThatEndsBeforeItStartsIsAnError() {
        build(ALERT.replace("2026-11-30T17:00", "2026-11-19T17:00"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:11:9: error: the alert 'ends' at 2026-11-19T17:00, which is not after it 'starts'");
    }

    @Test
    void htmlInTheAlertsTextIsAnErrorAtItsLine() {
        for (String text : List.of("<b>Closed</b> today", "Closed </script><script>alert(1)</script>", "Closed <!-- until Monday -->",
                "Call us <br> on 01632 960 100")) {
            build(ALERT.replace("Our Eastbrook office is closed for repairs until 30 November.", text.replace("\"", "\\\"")),
                    "2026-11-23T09:00")
                    .failedWith("content/_data/site.yml:9:9: error: the site alert is plain text, so the HTML \"<");
        }
        build(ALERT.replace("until 30 November.", "until 30&nbsp;November."), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:9:9: error: the site alert is plain text, so the character reference \"&nbsp;\"");
    }

    @Test
    void lessThanSignsAndAmpersandsThatAreNotHtmlAreShownAsWritten() {
        String text = "Q&A for R&D staff: waits < 2 weeks, <3 from the team, fish &chips.";
        TextSite.Built built = build(ALERT.replace("Our Eastbrook office is closed for repairs until 30 November.", text),
                "2026-11-23T09:00").succeeded();
        assertEquals(text, built.page("/about/").selectFirst("#site-alert p").text());
    }

    @Test
    void hostileAlertValuesAreErrorsAtTheirPlaceNeverACrash() {
        build(ALERT.replace("2026-11-20T09:00", "tomorrow"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:10:11: error: 'starts' must be a date");
        build(ALERT.replace("2026-11-30T17:00", "2026-02-30T17:00"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:11:9: error: 'ends' must be a date");
        build(ALERT.replace("2026-11-30T17:00", "+999999999-12-31T23:59"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:11:9: error: 'ends' must be a date");
        build(ALERT.replace("\"Our Eastbrook office is closed for repairs until 30 November.\"", "[a, b]"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:9:9: error: 'text' must be text, but it is a list.");
        build("alert: \"Closed\"\n", "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:8:8: error: the 'alert' settings must be a group of fields");
        build(ALERT + "  colour: red\n", "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:12:3: error: 'colour' is not a field of the 'alert' settings.");
    }

    @Test
    void anEndInTheHourTheClocksSkipIsComparedAsTheMomentItIs() {
        // 01:30 on 28 March 2027 does not exist in London: it is read as 02:30 BST, after an end of 02:10.
        build(ALERT.replace("2026-11-20T09:00", "2027-03-28T01:30").replace("2026-11-30T17:00", "2027-03-28T02:10"),
                "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:11:9: error: the alert 'ends' at 2027-03-28T02:10, which is not after it 'starts'");
    }
}
