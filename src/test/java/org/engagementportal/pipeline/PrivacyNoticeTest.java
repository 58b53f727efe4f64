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

    /**
     * Found in review: a notice page that is a draft was linked from every page; one outside the published folders
     * ("/../README") was taken; "/privacy" was linked without its slash, which a CDN serves as nothing; a section of the
     * page ("#your-rights") was looked for as a file.
     */
    @Test
    void theNoticePageIsLinkedAsALinkInTextWouldBeAndMustBePublished() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("notice"));
        Path yml = site.resolve("content/_data/site.yml");
        String base = TestSite.read(yml).replaceAll("(?m)^privacy:.*\n", "");
        Files.writeString(site.resolve("content/privacy.md"), "---\ntitle: Privacy notice\nsummary: How we use your "
                + "information.\n---\nWe use it to plan services.\n");
        Files.writeString(site.resolve("README.md"), "# The site\n");
        Path out = dir.resolve("notice-out");
        Files.writeString(yml, base + "privacy: /privacy#your-rights\n");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        Document consultation = Jsoup.parse(TestSite.read(out.resolve("consultations/dental-access/index.html")));
        assertEquals("/privacy/#your-rights", consultation.selectFirst("a:contains(How we use the information you give us)").attr("href"));

        Files.writeString(yml, base + "privacy: /../README\n");
        Portal.Run outside = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, outside.exit(), outside.all());
        assertTrue(outside.all().contains("error: there is no page at /../README that the site publishes for the privacy notice."),
                outside.all());
        assertFalse(outside.all().contains("gives no privacy notice"), "told once, at its line: " + outside.all());

        Files.writeString(yml, base + "privacy: /privacy/\n");
        Files.writeString(site.resolve("content/privacy.md"), TestSite.read(site.resolve("content/privacy.md"))
                .replace("summary:", "draft: true\nsummary:"));
        Portal.Run draft = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertTrue(draft.all().contains("content/_data/site.yml: warning: 'privacy' names /privacy/, which is not published while "
                + "content/privacy.md is a draft, so every link to the privacy notice leads nowhere."), draft.all());
    }
}
