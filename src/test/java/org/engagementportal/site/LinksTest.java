package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links written in content as comms staff write them (site addresses, files beside the page, other
 * Markdown files as in a GitHub preview) become the published addresses, and links to nothing are errors.
 */
class LinksTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    static final String SITE = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            ## Our duties

            We must involve people.
            -- content/guides/index.md --
            ---
            title: Guides
            summary: Our guides.
            ---
            Guides.
            -- content/consultations/index.md --
            ---
            title: Consultations
            summary: Have your say.
            ---
            Find out what we are asking about.
            -- content/events/drop-in.md --
            ---
            title: Drop-in
            summary: Come along.
            starts: 2026-03-10T10:00
            venue: Eastbrook Library
            ---
            Drop in.
            -- content/consultations/dental.easy-read.md --
            ---
            title: Dentists - easy read
            summary: Tell us about dentists.
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: dental@testshire.example
            ---
            Go back to the [full version](dental.md).
            -- content/consultations/dental.md --
            ---
            title: Improving access to NHS dentistry
            summary: Tell us where you need a dentist.
            topics: [dentistry]
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            respond:
              email: dental@testshire.example
            ---
            - [plan, CSV, 31 bytes](dental-plan.csv)
            - [plan again, CSV, 31 bytes](./dental-plan.csv)
            - [drop-in](../events/drop-in.md)
            - [about](/about)
            - [our duties](/about/#our-duties)
            - [guides](../guides/index.md)
            - [all consultations](index.md)
            - [easy read](dental.easy-read.md)
            - [dentistry](/topics/dentistry/)
            - [page two](/consultations/?page=2)
            - [the drop-in again](/consultations/../events/drop-in/)
            -- content/consultations/dental-plan.csv --
            clinic,patients
            Eastbrook,1200
            """;

    @Test
    void everyFormOfLinkBecomesThePublishedAddress() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
        assertEquals(List.of("/consultations/dental-plan.csv", "/consultations/dental-plan.csv", "/events/drop-in/", "/about/",
                "/about/#our-duties", "/guides/", "/consultations/", "/consultations/dental/easy-read/", "/topics/dentistry/",
                "/consultations/?page=2", "/events/drop-in/"),
                built.page("/consultations/dental/").select(".portal-prose li a").eachAttr("href"));
        assertEquals(List.of("/consultations/dental/"), built.page("/consultations/dental/easy-read/").select(".portal-prose a").eachAttr("href"));
    }

    @Test
    void underAPathPrefixEveryResolvedLinkCarriesIt() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW,
                "--base-url", "https://www.testshire.example/engage/").succeeded();
        List<String> links = built.page("/consultations/dental/").select(".portal-prose li a").eachAttr("href");
        assertEquals(11, links.size());
        for (String href : links) {
            assertTrue(href.startsWith("/engage/"), href);
        }
        assertTrue(links.contains("/engage/about/#our-duties") && links.contains("/engage/consultations/?page=2"), links.toString());
    }

    @Test
    void linksToNothingAreErrorsAtTheirLineWithASuggestion() {
        Portal.Run run = TextSite.write(dir.resolve("site"), SITE + """
                -- content/history.md --
                ---
                title: History
                summary: Our history.
                ---
                See [about](/abuot/), [the plan](consultations/dental-plan.pdf) and [secrets](../../etc/passwd).
                """).check(NOW);
        assertEquals(1, run.exit(), run.all());
        String all = run.all();
        assertTrue(all.contains("content/history.md:5:5: error: the link '/abuot/' points to nothing on this site. Did you mean '/about/'?"), all);
        assertTrue(all.contains("error: the link 'consultations/dental-plan.pdf' points to nothing on this site."), all);
        assertTrue(all.contains("error: the link '../../etc/passwd' points to nothing on this site."), "climbing above the site: " + all);
    }

    @Test
    void aLinkToAFileWithMistakesIsNotASecondError() {
        Portal.Run run = TextSite.write(dir.resolve("site"), SITE + """
                -- content/history.md --
                ---
                title: History
                summary: Our history.
                ---
                See [the board](board.md).
                -- content/board.md --
                ---
                title: The board
                ---
                No summary.
                """).check(NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/board.md"), run.all());
        assertTrue(!run.all().contains("content/history.md"), "only the file with the mistake is reported: " + run.all());
        assertTrue(TestSite.read(dir.resolve("site/content/history.md")).contains("board.md"));
    }
}
