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

/** Where each content file is published, and the files that cannot all have their address. */
class AddressesTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    private TextSite site(String block) {
        return TextSite.write(dir.resolve("site"), block);
    }

    /** A content file with the fields every type needs: title, summary, text. */
    static String page(String path, String title, String extra) {
        return "-- content/" + path + " --\n---\ntitle: " + title + "\nsummary: About " + title.toLowerCase() + ".\n" + extra
                + "---\nText about " + title.toLowerCase() + ".\n";
    }

    @Test
    void everyKindOfContentIsPublishedAtItsPathWithoutTheExtension() {
        TextSite.Built built = site(page("index.md", "Have your say", "")
                + page("about.md", "About us", "")
                + page("about.easy-read.md", "About us - easy read", "")
                + page("about.cy.md", "Amdanom ni", "")
                + page("consultations/clinic.md", "A new clinic", "opens: 2026-02-02T09:00\ncloses: 2026-04-30T17:00\nrespond:\n  email: a@testshire.example\n")
                + page("events/fair.md", "Health fair", "starts: 2026-04-10T12:00\nvenue: Kingsmere Hall\n")
                + page("governing-body/2026-03-12.md", "Governing Body, March", "starts: 2026-03-12T10:00\nvenue: Eastbrook Civic Centre\n")
                + page("bulletins/weekly/2026-02-20.md", "Bulletin 20 February", "date: 2026-02-20\n")
                + page("services/dentists/finding-a-dentist.md", "Finding a dentist", "")
                + page("services/index.md", "Our services", ""))
                .build(dir.resolve("out"), NOW).succeeded();
        built.exists("/", "/about/", "/about/easy-read/", "/about/cy/", "/consultations/clinic/", "/events/fair/",
                "/governing-body/2026-03-12/", "/bulletins/weekly/2026-02-20/", "/services/", "/services/dentists/finding-a-dentist/");
        assertEquals("Our services", built.page("/services/").selectFirst("h1").text(), "a folder's index.md is the folder's page");
        assertEquals("Have your say", built.page("/").selectFirst("h1").text(), "content/index.md introduces the home page");
        for (String path : List.of("/about/", "/consultations/clinic/", "/services/dentists/finding-a-dentist/")) {
            assertEquals("https://engage.testshire.example" + path, built.page(path).selectFirst("link[rel=canonical]").attr("href"));
        }
        built.absent("/index/", "/services/index/", "/about.easy-read/", "/about/easy-read/index/");
    }

    @Test
    void aFolderPageListsThePagesDirectlyInsideItByTitle() {
        TextSite.Built built = site(page("services/index.md", "Our services", "")
                + page("services/pharmacies.md", "Pharmacies", "")
                + page("services/dentists.md", "Dentists", "")
                + page("services/dentists.easy-read.md", "Dentists - easy read", "")
                + page("services/gp/opening-hours.md", "Opening hours", "")
                + page("services/old.md", "Archived", "draft: true\n"))
                .build(dir.resolve("out"), NOW).succeeded();
        Document services = built.page("/services/");
        assertEquals("In this section", services.select("main h2").first().text());
        assertEquals(List.of("/services/dentists/", "/services/pharmacies/"), services.select(".nhsuk-card__link").eachAttr("href"),
                "by title, without versions, drafts or pages further down");
        built.absent("/services/old/");
    }

    @Test
    void aPageAndAFolderIndexAtOneAddressAreAnErrorNamingBothFiles() {
        Portal.Run run = site(page("guides.md", "Guides", "") + page("guides/index.md", "All our guides", "")
                + page("guides/walking.md", "Walking", "")).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/guides/index.md: error: this file and content/guides.md would both be published at /guides/."),
                run.all());
        assertTrue(run.all().contains("A folder's index.md and a file named after the folder have the same address."), run.all());
    }

    @Test
    void aDraftIsNotPublishedListedOrLinkable() {
        TextSite site = site(page("about.md", "About us", "") + page("plans.md", "Our plans", "draft: true\n")
                + page("guides/walking.md", "Walking", "draft: true\n"));
        TextSite.Built built = site.build(dir.resolve("out"), NOW).succeeded();
        built.absent("/plans/", "/guides/walking/", "/guides/");
        assertTrue(!built.file("/sitemap.xml").text().contains("plans"));
        Portal.Run linked = TextSite.write(dir.resolve("site"), page("history.md", "History", "").replace("Text about history.",
                "See [our plans](/plans/).")).check(NOW);
        assertEquals(1, linked.exit());
        // Named as a draft, with how to publish it (7d82f27): it was "points to nothing on this site", of a file the writer sees.
        assertTrue(linked.all().contains("content/history.md:5:5: error: the link '/plans/' is to a draft (content/plans.md has "
                + "draft: true), so it is not published, and this page cannot link to it yet."), linked.all());
    }

    @Test
    void anEasyReadOrTranslatedSectionIntroductionIsAnError() {
        Portal.Run run = site(page("consultations/index.md", "Consultations", "")
                + page("consultations/index.easy-read.md", "Consultations - easy read", "")
                + page("bulletins/weekly/index.cy.md", "Bwletin", "")).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/index.easy-read.md: error: easy-read and translated versions of a section's "
                + "introduction are not published"), run.all());
        assertTrue(run.all().contains("content/bulletins/weekly/index.cy.md: error: easy-read and translated versions"), run.all());
    }

    @Test
    void aCommitteeFolderIndexIntroducesItsListing() {
        TextSite.Built built = site(page("governing-body/index.md", "Our Governing Body", "")
                .replace("Text about our governing body.", "You can come and watch.")
                + page("governing-body/2026-03-12.md", "Governing Body, March", "starts: 2026-03-12T10:00\nvenue: Eastbrook Civic Centre\n"))
                .build(dir.resolve("out"), NOW).succeeded();
        Document listing = built.page("/governing-body/");
        assertEquals("Our Governing Body", listing.selectFirst("h1").text());
        assertEquals("About our governing body.", listing.selectFirst(".nhsuk-lede-text").text());
        assertEquals("You can come and watch.", listing.selectFirst(".portal-prose").text());
        assertEquals(List.of("/governing-body/2026-03-12/"), listing.select(".nhsuk-card__link").eachAttr("href"));
    }
}
