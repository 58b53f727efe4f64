package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that is careless or hostile, built end to end: each mistake is a content error at its file and
 * line (exit code 1, no stack trace, nothing published), and nothing from content can put script on the
 * site or write outside the output folder. One small site per scenario.
 */
class HostileContentTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    private static final String HOME = """
            -- content/index.md --
            ---
            title: Testshire engagement
            summary: Have your say on health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We plan health services.
            """;

    private TextSite site(String block) {
        return TextSite.write(dir.resolve("site"), HOME + block);
    }

    private TextSite.Built build(String block) {
        return site(block).build(dir.resolve("out"), NOW);
    }

    /** A control character written as an escape in quotes was kept by the page and the JSON Feed and dropped by RSS and Atom. */
    @Test
    void aControlCharacterWrittenAsAnEscapeInQuotesIsAnErrorAtItsValue() {
        TextSite.Built built = build("""
                -- content/news.md --
                ---
                title: "Our news\\a today"
                summary: "Tab\\there and a line\\nbreak are fine, as is \\u00e9."
                ---
                News.
                """).failedWith("content/news.md:2:8: error: this value has an invisible control character in it (number U+0007), "
                + "written as an escape with a backslash in quotes", "Fix: Remove the backslash and what follows it from the quoted value.");
        assertFalse(built.printed().contains("content/news.md:3:"), "tabs, line breaks and letters are not control characters: "
                + built.printed());
    }

    @Test
    void anAliasNamingAPageThatExistsIsAContentError() {
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/about/]
                ---
                News.
                """).failedWith("content/news.md:4:11: error: the alias /about/ is the address of a page that still exists");
    }

    /** Found in review: both were published, and on Windows or macOS one file was written over the other. */
    @Test
    void anAliasOrFileThatDiffersFromAnotherOnlyInCapitalsIsAContentError() {
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/About/, /ab%6Fut/]
                ---
                News.
                -- content/notes.txt --
                Notes.
                -- content/Notes.txt --
                Other notes.
                """).failedWith("content/news.md:4:11: error: the alias /About/ in content/news.md would be published at "
                        + "/About/, where content/about.md is published as /about/: they differ only in capital letters",
                // Written /ab%6Fut/, which a server reads as /about/: the alias is that address, and a page is there.
                "content/news.md:4:20: error: the alias /about/ is the address of a page that still exists",
                "content/notes.txt: error: content/notes.txt would be published at /notes.txt, where content/Notes.txt is "
                        + "published as /Notes.txt");
    }

    /**
     * An old address with letters outside English ("/cysylltu-â-ni/", as Welsh writes it, or its escapes as a link writes
     * them): its redirect page is in the folder a server looks in for either, and _redirects gives the address as it is
     * sent. The page was written in a folder named "cysylltu-%C3%A2-ni", which no server reads for that address, and the
     * letters themselves were refused. An escaped slash is refused: it would make two folders of one.
     */
    @Test
    void anOldAddressInAnotherAlphabetRedirectsFromWhereServersLook() {
        TextSite.Built built = build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/cysylltu-%C3%A2-ni/, /hen-dudalen-ŵ/]
                ---
                News.
                """).succeeded();
        built.exists("/cysylltu-â-ni/", "/hen-dudalen-ŵ/");
        assertTrue(built.file("/_redirects").text().contains("/cysylltu-%C3%A2-ni/ /news/ 301\n/hen-dudalen-%C5%B5/ /news/ 301\n"),
                built.file("/_redirects").text());
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/old%2Fnews/]
                ---
                News.
                """).failedWith("each alias must be an old address");
    }

    @Test
    void anAliasWithoutItsSlashNamingAPageIsTheSameMistake() {
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/about]
                ---
                News.
                """).failedWith("content/news.md:4:11: error: the alias /about/ is the address of a page that still exists");
    }

    @Test
    void anAliasNamingAFileThePortalMakesIsAContentErrorNamingThatFile() {
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/sitemap.xml, /calendar.ics]
                ---
                News.
                """).failedWith("content/news.md:4:11: error: the alias /sitemap.xml is the address of the portal's sitemap",
                "content/news.md:4:25: error: the alias /calendar.ics is the address of the portal's calendars");
    }

    /**
     * Files written when the site is published, after the redirects: the manifest, the server's own files and each text
     * file's compressed copies. Each was accepted, and its rule in _redirects sent it elsewhere.
     */
    @Test
    void anAliasCannotNameAFileWrittenWhenTheSiteIsPublished() {
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/manifest.json, /sitemap.xml.gz, /index.html.br]
                ---
                News.
                """).failedWith("content/news.md:4:11: error: the alias /manifest.json is the address of a file the portal publishes",
                "content/news.md:4:27: error: the alias /sitemap.xml.gz is the address of a file the portal publishes",
                "content/news.md:4:44: error: the alias /index.html.br is the address of a file the portal publishes");
    }

    @Test
    void anAliasCannotWriteOutsideTheOutputFolderOrAddRedirectRules() {
        Path escape = dir.resolve("escaped");
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: ["/%s/", "/x\\thttps://evil.example/", "/a\\n/* https://evil.example/ 200", "/../up/", "/a/./b/"]
                ---
                News.
                """.formatted("/" + escape.toString().substring(1))).failedWith("each alias must be an old address");
        assertFalse(Files.exists(escape), "nothing written at " + escape);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFileInContentWithTheNameOfOneThePortalMakesIsAContentErrorNamingBoth() {
        build("""
                -- content/calendar.ics --
                BEGIN:VCALENDAR
                END:VCALENDAR
                """).failedWith("content/calendar.ics: error: content/calendar.ics would be published at /calendar.ics, "
                + "where the portal publishes its calendars.", "Fix: Give content/calendar.ics another name or address: the portal "
                + "makes /calendar.ics itself.");
    }

    @Test
    void aTranslationAndAPageAtOneAddressAreAContentErrorNamingBoth() {
        build("""
                -- content/about/cy.md --
                ---
                title: Page
                summary: A page named like a translation's address.
                ---
                Text.
                -- content/about.cy.md --
                ---
                title: Amdanom ni
                summary: Pwy ydym ni.
                ---
                Testun.
                """).failedWith("would both be published at /about/cy/");
    }

    @Test
    void filesThatCouldRunOnTheSiteAreNotPublished() {
        build("""
                -- content/evil.html --
                <script>alert(1)</script>
                -- content/pictures/tracker.js --
                alert(1)
                -- content/setup.exe --
                MZ
                -- content/feed.xml --
                <rss/>
                """).failedWith("content/evil.html: error: this is a '.html' file, which the portal does not publish",
                "content/pictures/tracker.js: error: this is a '.js' file", "content/setup.exe: error: this is a '.exe' file",
                "content/feed.xml: error: this is a '.xml' file");
    }

    /**
     * Found in the thirty-sixth session: a page linking to a file the portal refuses (a '.exe' beside it) or into a folder
     * whose name cannot be an address was told twice, once at the file ("which the portal does not publish") and again
     * at the link, "points to nothing on this site", though the file is plainly there. The mistake is told once, at
     * the file or folder, whose fix mends the link too; a link to something truly missing is still told.
     */
    @Test
    void aLinkToARefusedFileOrFolderIsNotASecondMistake() {
        String printed = build("""
                -- content/tools.md --
                ---
                title: Tools
                summary: Tools for patient groups.
                ---
                Download [the setup program](setup.exe), see [the agenda](/BoardPapers/agenda.pdf) and
                [the papers](/BoardPapers/), or read [the old guide](/old-guide/).
                -- content/setup.exe --
                MZ
                -- content/BoardPapers/agenda.pdf --
                %PDF-1.4
                """).failedWith("content/setup.exe: error: this is a '.exe' file, which the portal does not publish",
                "content/BoardPapers: error: the folder name 'BoardPapers' cannot be used in a web address",
                "content/tools.md:6:38: error: the link '/old-guide/' points to nothing on this site.").printed();
        assertFalse(printed.contains("'setup.exe' points to nothing"), printed);
        assertFalse(printed.contains("agenda.pdf' points to nothing"), printed);
        assertFalse(printed.contains("Papers/' points to nothing"), printed);
    }

    @Test
    void aWebPageRenamedToAPictureIsReported() {
        build("""
                -- content/photo.png --
                <html><script>alert(1)</script></html>
                """).failedWith("content/photo.png: error: this file's name ends in .png, but it is not that kind of file inside.");
    }

    /**
     * A table whose rows are indented by tabs (as text pasted from a spreadsheet can be) stopped the build with a
     * failure of the portal's own: flexmark's table reader stepped outside the paragraph. The build now publishes the
     * page, those rows as text and the tables around them as tables.
     */
    @Test
    void tableRowsIndentedByTabsArePublishedAsText() {
        TextSite.Built built = build("""
                -- content/opening-times.md --
                ---
                title: Opening times
                summary: When the clinics are open.
                ---
                ---|
                \t\t| Monday |

                | Clinic | Opens |
                |---|---|
                | Ashby | 9am |

                ---|
                \t\t| Tuesday |

                | Clinic | Closes |
                |---|---|
                | Ashby | 5pm |
                """).succeeded();
        built.file("/opening-times/index.html").contains("| Monday |</p>", "| Tuesday |</p>", "scope=\"col\">Opens</th>",
                "scope=\"col\">Closes</th>", "<span class=\"portal-table__value\">9am</span></td>", "<span class=\"portal-table__value\">5pm</span></td>");
        // Each is named at its line of the file, as lines that look like a table but are not one.
        for (String at : List.of("content/opening-times.md:5:1: warning: these lines look like a table, but ",
                "content/opening-times.md:12:1: warning: these lines look like a table, but ")) {
            assertTrue(built.printed().contains(at), built.printed());
        }
    }

    @Test
    void svgPicturesArePublishedWithoutScriptHandlersOrOutsideReferences() {
        TextSite.Built built = build("""
                -- content/pictures/map.svg --
                <?xml version="1.0"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
                  <title>Map of Testshire</title>
                  <script>alert(2)</script>
                  <rect width="10" height="10" fill="url(#g)" onclick="alert(3)"/>
                  <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(4)</script></body></foreignObject>
                  <a xlink:href="javascript:alert(5)"><circle r="3" fill="#005eb8"/></a>
                  <image xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>
                  <set attributeName="href" to="javascript:alert(6)"/>
                  <style>@import url(https://evil.example/x.css); rect { fill: red }</style>
                </svg>
                """).succeeded();
        assertTrue(built.printed().contains("content/pictures/map.svg:3:1: warning: parts of this SVG picture"), built.printed());
        built.file("/pictures/map.svg")
                .contains("<title>Map of Testshire</title>", "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/>", "<circle r=\"3\"")
                .doesNotContain("script", "alert", "onload", "onclick", "foreignObject", "tracker.example", "evil.example", "<set", "DOCTYPE");
    }

    @Test
    void anSvgThatIsNotAPictureIsReported() {
        build("""
                -- content/pictures/page.svg --
                <html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>
                -- content/pictures/broken.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><rect>
                -- content/pictures/entities.svg --
                <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&lol2;</text></svg>
                """).failedWith("content/pictures/page.svg: error: this file ends in .svg but is not an SVG picture.",
                "content/pictures/broken.svg:", "error: this SVG picture cannot be read",
                "content/pictures/entities.svg:");
    }

    @Test
    void scriptAddressesAreErrorsWhereverTheyAreWritten() {
        build("""
                -- content/consultations/dental.md --
                ---
                title: Dental services
                summary: Tell us about dental care.
                opens: 2026-02-01T09:00
                closes: 2026-05-01T17:00
                respond:
                  online: "JavaScript:alert(1)"
                ---
                See <javascript:alert(2)> and [the form][f].

                [f]: vbscript:msgbox(1)
                -- content/events/drop-in.md --
                ---
                title: Drop-in
                summary: Come and talk to us.
                starts: 2026-03-10T10:00
                online: "data:text/html,<script>alert(3)</script>"
                booking: "file:///c:/booking.html"
                ---
                -- content/governing-body/2026-03-12.md --
                ---
                title: Governing Body, March 2026
                summary: Our meeting in public.
                starts: 2026-03-12T10:00
                venue: Testshire House
                minutes:
                  page: "javascript:alert(4)"
                  approved: 2026-03-20
                ---
                """).failedWith(
                "content/consultations/dental.md:7:11: error: 'online' starts with 'javascript:'",
                "content/consultations/dental.md:9:5: error: this link starts with 'javascript:'",
                "content/consultations/dental.md:11:1: error: this link's address starts with 'vbscript:'",
                "content/events/drop-in.md:5:9: error: 'online' starts with 'data:'",
                "content/events/drop-in.md:6:10: error: 'booking' starts with 'file:'",
                "content/governing-body/2026-03-12.md:7:9: error: 'page' starts with 'javascript:'");
    }

    @Test
    void twentyThousandNestedQuotesAreAContentErrorNotACrash() {
        build("""
                -- content/deep.md --
                ---
                title: Deep
                summary: A deep page.
                ---
                %s
                """.formatted("> ".repeat(20_000) + "a")).failedWith("content/deep.md:5:10001: error: this line is 40,001 characters long");
    }

    /** Found in review: these ended in exit code 3, a number too large to read or a date past the calendar's end. */
    @Test
    void aReviewPeriodTooLongToBeMeantIsAContentError() {
        for (String every : java.util.List.of("2147483648 months", "99999999999999999999 days", "999999999 years")) {
            build("""
                    -- content/news.md --
                    ---
                    title: News
                    summary: Our news.
                    reviewed: 2026-01-01
                    review_every: %s
                    ---
                    News.
                    """.formatted(every)).failedWith("content/news.md:5:15: error: 'review_every' must be a length of time "
                    + "like \"6 months\", of up to 100 years");
        }
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadAndTheLimitIsASiteSetting() {
        String big = "Words in a paragraph.\n\n".repeat(120_000); // 2.6 MB
        String block = """
                -- content/big.md --
                ---
                title: Big
                summary: A big page.
                ---
                """ + big;
        build(block).failedWith("content/big.md: error: this file is 2,696 KB, more than the 2 MB the portal reads from one page.",
                "limits: file_size");
        TextSite.Built ok = TextSite.write(dir.resolve("site"), HOME + block + "-- content/_data/site.yml --\n"
                + org.engagementportal.testing.TestSite.SITE_YML + "limits:\n  file_size: 4 MB\n").build(dir.resolve("out2"), NOW).succeeded();
        assertTrue(ok.has("/big/index.html"));
    }

    @Test
    void aSizeLimitThatIsNotASizeIsExplained() {
        build("-- content/_data/site.yml --\n" + org.engagementportal.testing.TestSite.SITE_YML + "limits:\n  file_size: lots\n")
                .failedWith("'file_size' must be a size like \"2 MB\" or \"512 KB\", but it is \"lots\".");
    }

    @Test
    void aSizeLimitOfNothingOrTooMuchSaysTheRange() {
        build("-- content/_data/site.yml --\n" + org.engagementportal.testing.TestSite.SITE_YML + "limits:\n  file_size: 0 MB\n")
                .failedWith("'file_size' must be more than nothing and at most 64 MB, but it is \"0 MB\".");
        build("-- content/_data/site.yml --\n" + org.engagementportal.testing.TestSite.SITE_YML + "limits:\n  file_size: 65 MB\n")
                .failedWith("'file_size' must be more than nothing and at most 64 MB, but it is \"65 MB\".");
    }

    @Test
    void aPageWithHostileLinksPublishesNothing() {
        TextSite.Built built = build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                ---
                <a href="java\tscript:alert(1)">x</a> <img src=x onerror=alert(1) alt="y">
                """).failedWith("content/news.md:5:1: error: an address in this HTML starts with 'javascript:'");
        assertFalse(built.has("/news/index.html"));
    }

    @Test
    void publishedPagesCarryNoScriptFromContent() {
        TextSite.Built built = build("""
                -- content/news.md --
                ---
                title: News <script>alert(1)</script>
                summary: "Our news \\"><img src=x onerror=alert(2)>"
                ---
                Text <b onclick="alert(3)">bold</b> and <span style="x:expression(alert(4))">span</span>.
                """).succeeded();
        Document page = Jsoup.parse(built.file("/news/index.html").text());
        assertTrue(page.select("script").isEmpty(), "no script element");
        assertTrue(page.select("[onclick], [onerror], [style]").isEmpty(), page.html());
        assertEquals("News <script>alert(1)</script>", page.selectFirst("h1").text(), "shown as text");
    }

    /** Found by BuildFuzzProperties: the reference was reported, then rendering the page stopped the build. */
    @Test
    void aConsultationNamingAPageAsItsEventIsAContentErrorNotACrash() {
        build("""
                -- content/consultations/dental.md --
                ---
                title: Dental care
                summary: Tell us.
                respond:
                  email: a@b.example
                  events: [/about/]
                opens: 2026-02-01T09:00
                closes: 2026-05-01T17:00
                ---
                We want your views.
                """).failedWith("content/consultations/dental.md:6:12: error: the event '/about/' is a page (About us), not an event.");
    }

    @Test
    void aPageAtTheAddressOfAListIsOneContentErrorNamingTheList() {
        TextSite.Built built = build("""
                -- content/topics.md --
                ---
                title: Topics
                summary: Our topics.
                ---
                Text.
                """).failedWith("content/topics.md: error: this page would be published at /topics/, which the portal uses for "
                + "its list \"Topics\".");
        assertEquals(1, built.printed().split("error:", -1).length - 1, "reported once: " + built.printed());
    }

    /** Found in review: any file in content/you-said-we-did/ made a list of that folder clash with the yearly pages (exit 3). */
    @Test
    void aFileInAFolderThePortalKeepsForItsOwnPagesIsAContentErrorNotACrash() {
        TextSite.Built built = build("""
                -- content/you-said-we-did/notes.md --
                ---
                title: Notes
                summary: Our notes.
                ---
                Text.
                -- content/you-said-we-did/2025-26/index.md --
                ---
                title: The year 2025 to 2026
                summary: What we did.
                ---
                Text.
                -- content/open-data/readme.md --
                ---
                title: About our data
                summary: What the files hold.
                ---
                Text.
                -- content/topics/dentistry.md --
                ---
                title: Dentistry
                summary: About dentistry.
                ---
                Text.
                """).failedWith(
                "content/you-said-we-did/notes.md:1:1: error: the folder content/you-said-we-did/ is kept for the portal's "
                        + "own 'You said, we did' pages, so nothing in it is published.",
                "content/you-said-we-did/2025-26/index.md:1:1: error: the folder content/you-said-we-did/ is kept",
                "content/open-data/readme.md:1:1: error: the folder content/open-data/ is kept for the portal's own open data files",
                "content/topics/dentistry.md:1:1: error: the folder content/topics/ is kept for the portal's own topic pages",
                "Fix: Move the file to another folder");
        assertEquals(4, built.printed().split("error:", -1).length - 1, "each reported once: " + built.printed());
    }

    @Test
    void aPictureInAFolderThePortalKeepsIsAContentError() throws Exception {
        TextSite site = site("");
        Files.createDirectories(site.root().resolve("content/you-said-we-did/2026-27"));
        Files.write(site.root().resolve("content/you-said-we-did/2026-27/ages.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        site.build(dir.resolve("out"), NOW).failedWith("content/you-said-we-did/2026-27/ages.svg: error: the folder "
                + "content/you-said-we-did/ is kept for the portal's own 'You said, we did' pages");
    }

    @Test
    void aGlossaryEntryCannotAddTextToEveryPage() {
        build("""
                -- content/_data/glossary.yml --
                - term: ICB
                  meaning: "Integrated Care Board\n\n[click](javascript:alert(1))"
                """).failedWith("content/_data/glossary.yml:2:12: error: 'meaning' must be on one line, but it has a line break.");
    }

    /** Found in review: two of the portal's own lists at one address was treated as a bug in the portal. */
    @Test
    void aCommitteeCannotTakeTheAddressOfOneOfThePortalsLists() {
        build("""
                -- content/_data/committees.yml --
                - id: governing-body
                  name: Governing Body
                - id: events
                  name: Events committee
                """).failedWith("content/_data/committees.yml:3:7: error: the id 'events' is the address of one of the portal's own lists");
    }

    /** Found in review: a file and a folder at one name crashed the build while it wrote. */
    @Test
    void anAliasThatWouldMakeAFolderOfAFileIsAContentError() {
        build("""
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                aliases: [/robots.txt/, /consultations./]
                ---
                News.
                """).failedWith("the alias /robots.txt/ in content/news.md would be published at /robots.txt/, where the portal "
                + "publishes its robots.txt.", "but one is \"/consultations./\"");
    }

    @Test
    void aFolderWhoseNameCannotBeAnAddressIsReportedAndNotRead() {
        TextSite.Built built = build("""
                -- content/sitemap.xml/notes.pdf --
                %PDF-1.4
                -- content/BoardPapers/2026.md --
                ---
                title: x
                ---
                """).failedWith("content/sitemap.xml: error: the folder name 'sitemap.xml' cannot be used in a web address",
                "content/BoardPapers: error: the folder name 'BoardPapers' cannot be used in a web address");
        assertFalse(built.printed().contains("2026.md"), "nothing inside is read: " + built.printed());
    }

    @Test
    void rssTitlesAreSafeInReadersThatShowThemAsHtml() {
        TextSite.Built built = build("""
                -- content/bulletins/weekly/2026-02-20.md --
                ---
                title: "Health & care <img src=x onerror=alert(1)>"
                summary: News.
                date: 2026-02-20
                ---
                News.
                """).succeeded();
        built.file("/bulletins/weekly/feed.xml").contains("<title>Health &amp; care &amp;lt;img src=x onerror=alert(1)&amp;gt;</title>");
    }

    /** Found in review: the feed's own title (a series, topic or committee name from a data file) was not escaped so. */
    @Test
    void rssFeedTitlesAreSafeInReadersThatShowThemAsHtmlToo() {
        TextSite.Built built = build("""
                -- content/_data/series.yml --
                - id: weekly
                  name: "Health & care <img src=x onerror=alert(1)>"
                - id: stakeholder
                  name: Stakeholder bulletin
                -- content/bulletins/weekly/2026-02-20.md --
                ---
                title: News
                summary: News.
                date: 2026-02-20
                ---
                News.
                """).succeeded();
        built.file("/bulletins/weekly/feed.xml").contains("<title>Health &amp; care &amp;lt;img src=x onerror=alert(1)&amp;gt;")
                .doesNotContain("&lt;img");
    }

    /** Found in review: a link in the site's folders could publish, or print, any file of the machine that builds it. */
    @Test
    void linksToOtherFilesAreNotReadOrPublished() throws Exception {
        TextSite site = site("");
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "password=hunter2\n");
        Files.createDirectories(site.root().resolve("assets"));
        Files.createSymbolicLink(site.root().resolve("assets/notes.txt"), secret);
        Files.createSymbolicLink(site.root().resolve("content/secret.md"), secret);
        // A link that leads nowhere, or round to itself, is told so, with a fix that can be followed (it was told to copy the
        // file itself, which is not there).
        Files.createSymbolicLink(site.root().resolve("content/gone.pdf"), dir.resolve("deleted.pdf"));
        Files.createSymbolicLink(site.root().resolve("content/loop.pdf"), site.root().resolve("content/loop.pdf"));
        TextSite.Built built = site.build(dir.resolve("out"), NOW)
                .failedWith("content/secret.md: error: this is a link to another file, which the portal does not follow (it could "
                                + "lead out of the site), so it is not read.",
                        "content/gone.pdf: error: this is a link to a file that is not there (it was moved or deleted, or the link "
                                + "leads back to itself), so it is not published.",
                        "content/loop.pdf: error: this is a link to a file that is not there");
        assertFalse(built.printed().contains("hunter2"), built.printed());
        Files.delete(site.root().resolve("content/secret.md"));
        Files.delete(site.root().resolve("content/gone.pdf"));
        Files.delete(site.root().resolve("content/loop.pdf"));
        TextSite.Built published = site.build(dir.resolve("out"), NOW).succeeded();
        assertFalse(published.has("/assets/notes.txt"), "a link in assets/ is not followed");
    }

    @Test
    void aDocumentIsAFileBesideThePageNeverAnotherKindOfAddress() {
        build("""
                -- content/consultations/dental.md --
                ---
                title: Dental care
                summary: Tell us.
                respond:
                  email: a@b.example
                opens: 2026-02-01T09:00
                closes: 2026-05-01T17:00
                documents:
                  - title: Plan
                    file: "javascript:alert(1)"
                  - title: Report
                    file: https://reports.example.org/dental.pdf
                ---
                We want your views.
                """).failedWith("content/consultations/dental.md:10:11: error: 'file' starts with 'javascript:'",
                "content/consultations/dental.md:12:11: error: 'file' must name a file saved beside this page");
    }
}
