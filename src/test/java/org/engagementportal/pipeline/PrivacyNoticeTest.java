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
 * A consultation asks for people's views, and an event to book for their names: each tells them how what they give is
 * used, by a link to the organisation's privacy notice (site.yml's 'privacy', a page of the site or its own website's; else
 * a page at /privacy/). A site that asks and names none is warned about; a 'privacy' page that is not there is an error.
 */
class PrivacyNoticeTest {
    @TempDir
    Path dir;

    private Portal.Run build(String privacyLine, String now) throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site-" + Math.abs(privacyLine.hashCode())));
        Path yml = site.resolve("content/_data/site.yml");
        // The small site names its notice: taken out, for each test to give its own or none.
        Files.writeString(yml, TestSite.read(yml).replaceAll("(?m)^privacy:.*\n", "") + privacyLine);
        return Portal.run("build", "--source", site.toString(), "--out", site.resolveSibling(site.getFileName() + "-out").toString(),
                "--now", now);
    }

    private Document page(String privacyLine, String path) {
        Path site = dir.resolve("site-" + Math.abs(privacyLine.hashCode()));
        return Jsoup.parse(TestSite.read(site.resolveSibling(site.getFileName() + "-out").resolve(path).resolve("index.html")));
    }

    @Test
    void aSiteThatAsksForViewsWithoutANoticeIsWarned() throws IOException {
        Portal.Run run = build("", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/_data/site.yml: warning: the site asks people for their views or names (2 consultations "
                + "and events still to come), but gives no privacy notice to tell them how what they give is used."), run.all());
        assertTrue(page("", "consultations/dental-access").select("a:contains(How we use the information you give us)").isEmpty());
        // Once nothing asks (every consultation closed, the event past), nothing is said.
        Portal.Run later = build("\n", "2026-06-01T09:00");
        assertFalse(later.all().contains("privacy notice"), later.all());
    }

    @Test
    void theNoticeNamedIsLinkedWhereViewsAreAskedForAndInTheFooter() throws IOException {
        String line = "privacy: https://www.testshire-icb.example/privacy-notice\n";
        Portal.Run run = build(line, "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertFalse(run.all().contains("privacy notice"), run.all());
        Document consultation = page(line, "consultations/dental-access");
        var link = consultation.selectFirst("#respond ~ p a:contains(How we use the information you give us)");
        assertTrue(link != null, consultation.select("main").html());
        assertEquals("https://www.testshire-icb.example/privacy-notice", link.attr("href"));
        assertEquals("https://www.testshire-icb.example/privacy-notice", consultation.selectFirst("footer a:contains(Privacy)").attr("href"));
        Document event = page(line, "events/eastbrook-drop-in");
        assertEquals("https://www.testshire-icb.example/privacy-notice",
                event.selectFirst("a:contains(How we use the information you give us)").attr("href"), "beside its booking link");
    }

    @Test
    void aNoticePageThatIsNotThereIsAnErrorAtItsLine() throws IOException {
        Portal.Run run = build("privacy: /privacy-notice/\n", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/_data/site.yml:9:10: error: there is no page at /privacy-notice/ "
                + "(content/privacy-notice.md) for the privacy notice."), run.all());
    }
}
