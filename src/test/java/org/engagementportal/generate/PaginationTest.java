package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulletin series of 38 weekly issues (from 10 October 2025 to 26 June 2026) listed 5 to a page: eight
 * pages at their own addresses, linked by previous, next and numbered links that work without JavaScript.
 */
class PaginationTest {
    static final String NOW = "2026-06-27T09:00";
    static final int ISSUES = 38;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    static LocalDate issue(int i) {
        return LocalDate.of(2025, 10, 10).plusWeeks(i);
    }

    @BeforeAll
    static void build() {
        StringBuilder block = new StringBuilder("""
                -- content/_data/site.yml --
                name: NHS Testshire Integrated Care Board
                base_url: https://engage.testshire.example/
                page_size: 5
                contact:
                  email: engage@testshire.example
                -- content/bulletins/weekly/index.md --
                ---
                title: Patient and public bulletin
                summary: Our weekly news for patients and the public.
                ---
                Sent every Friday. Older issues are on [page 2](/bulletins/weekly/page/2/) and after.
                """);
        for (int i = 0; i < ISSUES; i++) {
            block.append("-- content/bulletins/weekly/").append(issue(i)).append(".md --\n---\ntitle: Bulletin ").append(issue(i))
                    .append("\nsummary: News for the week.\ndate: ").append(issue(i)).append("\n---\nNews.\n");
        }
        built = TextSite.write(dir.resolve("site"), block.toString()).build(dir.resolve("out"), NOW).succeeded();
    }

    static String page(int n) {
        return n == 1 ? "/bulletins/weekly/" : "/bulletins/weekly/page/" + n + "/";
    }

    static List<String> cards(Document doc) {
        return doc.select(".nhsuk-card__link").eachAttr("href");
    }

    @Test
    void eachPageHasItsOwnAddressAndTheNextFiveIssuesNewestFirst() {
        built.exists(page(1), page(2), page(8)).absent("/bulletins/weekly/page/1/", "/bulletins/weekly/page/9/");
        List<String> all = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            List<String> cards = cards(built.page(page(n)));
            assertEquals(n < 8 ? 5 : 3, cards.size(), "page " + n);
            all.addAll(cards);
        }
        List<String> expected = new ArrayList<>();
        for (int i = ISSUES - 1; i >= 0; i--) {
            expected.add("/bulletins/weekly/" + issue(i) + "/");
        }
        assertEquals(expected, all, "every issue once, newest first, across the pages");
    }

    @Test
    void previousAndNextLinkTheNeighbouringPagesAndThePageNumbersMarkTheCurrentOne() {
        Document first = built.page(page(1));
        assertNull(first.selectFirst("nav.nhsuk-pagination a[rel=prev]"));
        assertEquals("/bulletins/weekly/page/2/", first.selectFirst("nav.nhsuk-pagination a[rel=next]").attr("href"));
        Document second = built.page(page(2));
        assertEquals("/bulletins/weekly/", second.selectFirst("a[rel=prev]").attr("href"), "back to the listing's own address, not page/1/");
        assertEquals("/bulletins/weekly/page/3/", second.selectFirst("a[rel=next]").attr("href"));
        Document last = built.page(page(8));
        assertEquals("/bulletins/weekly/page/7/", last.selectFirst("a[rel=prev]").attr("href"));
        assertNull(last.selectFirst("a[rel=next]"));
        Element current = second.selectFirst(".nhsuk-pagination__item--current a");
        assertEquals("2", current.text());
        assertEquals("page", current.attr("aria-current"));
        assertEquals(1, second.select("[aria-current=page]").size());
    }

    @Test
    void longRunsOfPageNumbersAreShortenedAroundTheCurrentPage() {
        assertEquals(List.of("1", "2", "3", "…", "8"), numbers(built.page(page(1))));
        assertEquals(List.of("1", "…", "3", "4", "5", "6", "7", "8"), numbers(built.page(page(5))));
        assertEquals(List.of("1", "…", "6", "7", "8"), numbers(built.page(page(8))));
        for (Element link : built.page(page(5)).select(".nhsuk-pagination__link")) {
            assertEquals(page(Integer.parseInt(link.text())), link.attr("href"));
            assertEquals("Page " + link.text(), link.attr("aria-label"));
        }
    }

    private static List<String> numbers(Document doc) {
        return doc.select(".nhsuk-pagination__item").eachText();
    }

    @Test
    void laterPagesSayWhichPageTheyAreAndAreTheirOwnCanonicalAddress() {
        Document third = built.page(page(3));
        assertEquals("Patient and public bulletin (page 3 of 8) - NHS Testshire Integrated Care Board", third.title());
        assertEquals("Patient and public bulletin (Page 3 of 8)", third.selectFirst("h1").text());
        assertEquals("https://engage.testshire.example/bulletins/weekly/page/3/", third.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Patient and public bulletin - NHS Testshire Integrated Care Board", built.page(page(1)).title());
        assertTrue(built.page(page(1)).text().contains("Sent every Friday."), "the introduction is on the first page");
        assertTrue(!third.text().contains("Sent every Friday."), "and only there");
        assertEquals(List.of("/bulletins/weekly/page/2/"), built.page(page(1)).select(".portal-prose a").eachAttr("href"),
                "a link to a later page of a listing is a link to a page of the site");
    }

    @Test
    void yearHeadingsKeepTheirTotalsOnEveryPageTheirIssuesAreOn() {
        // 2026 has 26 issues (2 January to 26 June), 2025 has 12: the turn of the year is on page 6.
        assertEquals(List.of("Issues in 2026 (26)"), built.page(page(5)).select("main h2[id]").eachText());
        assertEquals(List.of("Issues in 2026 (26)", "Issues in 2025 (12)"), built.page(page(6)).select("main h2[id]").eachText());
        assertEquals(List.of("Issues in 2025 (12)"), built.page(page(8)).select("main h2[id]").eachText());
        List<String> onSix = cards(built.page(page(6)));
        assertEquals(List.of("/bulletins/weekly/2026-01-02/", "/bulletins/weekly/2025-12-26/"), onSix.subList(0, 2));
    }

    @Test
    void theFirstPageDoesNotCallASectionEmptyWhenItsItemsAreOnLaterPages() {
        for (Element heading : built.page(page(1)).select("main h2[id]")) {
            Element next = heading.nextElementSibling();
            assertTrue(heading.text().endsWith("(0)") || next == null || !next.text().equals("There is nothing here at the moment."),
                    heading.text() + " is followed by: " + next);
        }
    }

    @Test
    void aLinkToAPageOfAListingThatDoesNotExistIsABrokenLink(@TempDir Path other) {
        StringBuilder block = new StringBuilder("""
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                See [old news](/bulletins/weekly/page/2/).
                """);
        for (int i = 0; i < 3; i++) {
            block.append("-- content/bulletins/weekly/").append(issue(i)).append(".md --\n---\ntitle: Bulletin ").append(issue(i))
                    .append("\nsummary: News for the week.\ndate: ").append(issue(i)).append("\n---\nNews.\n");
        }
        TextSite.write(other.resolve("site"), block.toString()).build(other.resolve("out"), NOW)
                .failedWith("content/about.md:5:5: error: the link '/bulletins/weekly/page/2/' points to nothing on this site.");
    }
}
