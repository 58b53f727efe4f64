package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old address may redirect only if nothing lives there now: not a page or a version of one, not one of
 * the portal's lists (including a folder's), not a file beside the content.
 */
class AliasesTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    static final String SITE = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            -- content/about.easy-read.md --
            ---
            title: About us - easy read
            summary: Who we are.
            ---
            We plan health services.
            -- content/guides/walking.md --
            ---
            title: Walking for health
            summary: Walk more.
            ---
            Walk.
            -- content/reports/annual-report.csv --
            year,spend
            2025,100
            """;

    private Portal.Run checkWithAliases(String aliases) {
        return TextSite.write(dir.resolve("site"), SITE + """
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: %s
                ---
                News.
                """.formatted(aliases)).check(NOW);
    }

    @Test
    void anAliasAtTheAddressOfAListIsAnError() {
        Portal.Run run = checkWithAliases("[/consultations/, /topics/, /guides/]");
        assertEquals(1, run.exit());
        // Each at its own place in the list ([ is column 10), where all three were said at the list's start.
        java.util.Map<String, Integer> columns = java.util.Map.of("/consultations/", 11, "/topics/", 28, "/guides/", 38);
        columns.forEach((alias, column) -> assertTrue(run.all().contains("content/news.md:4:" + column + ": error: the alias " + alias
                + " is the address of a page that still exists"), alias + ": " + run.all()));
    }

    @Test
    void anAliasAtTheAddressOfAVersionOrAFileIsAnError() {
        Portal.Run run = checkWithAliases("[/about/easy-read/, /reports/annual-report.csv]");
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("the alias /about/easy-read/ is the address of a page that still exists"), run.all());
        assertTrue(run.all().contains("the alias /reports/annual-report.csv is the address of a page that still exists"), run.all());
        assertTrue(run.all().contains("Remove it from 'aliases'."), run.all());
    }

    @Test
    void eachWrongAliasIsReportedAtItsOwnLine() {
        // All were said at the first alias's line, a correct one, with it under the caret.
        Portal.Run run = TextSite.write(dir.resolve("site"), SITE + """
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases:
                  - /alpha/
                  - /docs/old name/
                  - https://engage.example/full/
                  - /about/
                ---
                News.
                """).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/news.md:6:5: error: each alias must be an old address on this site starting with /, "
                + "like /old-consultations/dental/, but one is \"/docs/old name/\"."), run.all());
        assertTrue(run.all().contains("content/news.md:7:5: error: each alias must be an old address on this site starting with /, "
                + "like /old-consultations/dental/, but one is \"https://engage.example/full/\"."), run.all());
        assertTrue(run.all().contains("content/news.md:8:5: error: the alias /about/ is the address of a page that still exists"),
                run.all());
        assertTrue(!run.all().contains("content/news.md:5:"), "nothing at the alias that is right: " + run.all());
    }

    @Test
    void anAliasBesideThoseAddressesIsFine() {
        Portal.Run run = checkWithAliases("[/news-and-views/, /guides/old-news/, /reports/annual-report-2024.csv]");
        assertEquals(0, run.exit(), run.all());
        TextSite.Built built = TextSite.write(dir.resolve("site"), "").build(dir.resolve("out"), NOW).succeeded();
        built.exists("/news-and-views/", "/guides/old-news/").absent("/reports/annual-report-2024.csv");
        assertTrue(built.file("/_redirects").text().contains("/reports/annual-report-2024.csv /news/ 301"));
    }
    @Test
    void aMovedPagesVersionsRedirectFromTheirOldAddressesToo() {
        // Only the page's own old address redirected: /who-we-are/easy-read/, printed on an easy-read leaflet, was a 404.
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE.replace("title: About us\nsummary: Who we are.\n",
                "title: About us\nsummary: Who we are.\naliases: [/who-we-are/, /old/about.html]\n") + """
                -- content/about.cy.md --
                ---
                title: Amdanom ni
                summary: Pwy ydym ni.
                aliases: [/pwy-ydym-ni/]
                ---
                Rydym yn cynllunio gwasanaethau iechyd.
                """).build(dir.resolve("out"), NOW).succeeded();
        String rules = built.file("/_redirects").text();
        assertTrue(rules.contains("/who-we-are/ /about/ 301\n"), rules);
        assertTrue(rules.contains("/who-we-are/easy-read/ /about/easy-read/ 301\n"), rules);
        assertTrue(rules.contains("/who-we-are/cy/ /about/cy/ 301\n"), rules);
        assertTrue(rules.contains("/pwy-ydym-ni/ /about/cy/ 301\n"), "a version's own alias as well: " + rules);
        assertTrue(!rules.contains("/old/about.html/"), "an old page file has no versions under it: " + rules);
        built.exists("/who-we-are/easy-read/", "/who-we-are/cy/");
        // Found in review: one that differs from an address in use only in capitals was reported in the version's file.
        TextSite.Built clash = TextSite.write(dir.resolve("clash"), SITE.replace("title: About us\nsummary: Who we are.\n",
                "title: About us\nsummary: Who we are.\naliases: [/Who-We-Are/]\n") + """
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/who-we-are/easy-read/]
                ---
                News.
                """).build(dir.resolve("clash-out"), NOW).succeeded();
        assertTrue(clash.file("/_redirects").text().contains("/who-we-are/easy-read/ /news/ 301\n"), clash.file("/_redirects").text());
        assertTrue(!clash.file("/_redirects").text().contains("/Who-We-Are/easy-read/"), "the page's own alias wins, in any case");
        assertTrue(built.file("/who-we-are/cy/").text().contains("/about/cy/"), built.file("/who-we-are/cy/").text());
    }

    static final String RENAMED_COMMITTEE = """
            -- content/_data/committees.yml --
            - id: governing-body
              name: Governing Body
            - id: primary-care-committee
              name: Primary Care Committee
            -- content/primary-care-committee/index.md --
            ---
            title: Primary Care Committee
            summary: The committee that decides on GP and dental services.
            aliases: [%s]
            ---
            The committee meets in public.
            -- content/primary-care-committee/2026-03-19.md --
            ---
            title: Primary Care Committee meeting, March 2026
            summary: Meeting in public.
            starts: 2026-03-19T10:00
            online: https://engage.testshire.example/live
            ---
            """;

    /**
     * Found in testing: a committee's folder renamed, with its old address as an alias of its introduction (the folder's
     * index.md), left that address a 404 without a word: an introduction's aliases were never read. They redirect to its
     * list now, and so do the old folder's feeds and calendar, so that subscribers are not cut off.
     */
    @Test
    void aRenamedFoldersIntroductionRedirectsItsOldAddressFeedsAndCalendar() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE + RENAMED_COMMITTEE.formatted("/primary-care-commissioning/"))
                .build(dir.resolve("out"), NOW).succeeded();
        String rules = built.file("/_redirects").text();
        assertTrue(rules.contains("/primary-care-commissioning/ /primary-care-committee/ 301\n"), rules);
        for (String file : java.util.List.of("feed.xml", "atom.xml", "feed.json", "calendar.ics")) {
            assertTrue(rules.contains("/primary-care-commissioning/" + file + " /primary-care-committee/" + file + " 301\n"), rules);
        }
        built.exists("/primary-care-commissioning/", "/primary-care-committee/feed.xml", "/primary-care-committee/calendar.ics");
        assertTrue(built.file("/primary-care-commissioning/").text().contains("href=\"/primary-care-committee/\""));
    }

    @Test
    void anIntroductionsAliasAtAnAddressInUseIsAnErrorAtItsPlace() {
        Portal.Run run = TextSite.write(dir.resolve("site"), SITE + RENAMED_COMMITTEE.formatted("/old-pcc/, /about/, /governing-body/"))
                .check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/primary-care-committee/index.md:4:22: error: the alias /about/ is the address of a "
                + "page that still exists"), run.all());
        assertTrue(run.all().contains("content/primary-care-committee/index.md:4:31: error: the alias /governing-body/ is the "
                + "address of a page that still exists"), run.all());
    }
}
