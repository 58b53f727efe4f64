package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents on any page (an annual report, a strategy), with the checks and descriptions consultations' documents get. */
class PageDocumentsTest {
    static final String NOW = "2026-07-01T09:00";

    @TempDir
    Path dir;

    private TextSite site(String documents) {
        return TextSite.write(dir.resolve("site"), """
                -- content/accessible-information.md --
                ---
                type: statement
                title: Accessible Information Statement
                summary: How to ask for information in a format that works for you.
                formats: [easy-read, large-print]
                contact:
                  email: accessible@testshire.example
                response_days: 10
                ---
                We follow the Accessible Information Standard.
                -- content/accessibility.md --
                ---
                title: Accessibility statement
                summary: How accessible this website is.
                ---
                We want everyone to be able to use this website.
                -- content/about/annual-report.md --
                ---
                title: Annual report
                summary: What we did last year.
                updated: 2026-06-30
                """ + documents + """
                ---
                Our annual report for 2025/26.
                """);
    }

    @Test
    void aPagesDocumentsSayTheirTypeSizeAndPagesAndAnUntaggedPdfIsFlagged() throws IOException {
        TextSite s = site("""
                documents:
                  - title: Annual report 2025/26
                    file: annual-report.pdf
                  - title: Our five-year strategy
                    file: /strategy.pdf
                """);
        ExamplePapers.write(s.root().resolve("content/about/annual-report.pdf"), true, "Annual report", "Annual report",
                List.of("We did a lot."));
        ExamplePapers.write(s.root().resolve("content/strategy.pdf"), false, "Strategy", "Strategy", List.of("Scanned."));
        TextSite.Built built = s.build(dir.resolve("out"), NOW)
                .warned("content/about/annual-report.md:9:11: warning: the PDF content/strategy.pdf has no title, no language and no tags");
        Document page = built.page("/about/annual-report/");
        List<Element> links = page.select("#documents + ul > li");
        assertEquals(2, links.size());
        assertEquals("/about/annual-report.pdf", links.get(0).selectFirst("a").attr("href"));
        assertTrue(links.get(0).selectFirst("a").text().matches("Annual report 2025/26, PDF, [0-9.]+ KB, 1 page"),
                links.get(0).selectFirst("a").text());
        assertTrue(links.get(0).select(".portal-doc-warning").isEmpty(), "a tagged PDF is not flagged");
        assertTrue(links.get(1).selectFirst(".portal-doc-warning").text().contains("may not be suitable for users of assistive technology"));
        String request = links.get(1).select(".portal-doc-warning a").attr("href");
        assertTrue(request.startsWith("mailto:accessible@testshire.example") && request.contains("30%20June%202026"),
                "the request quotes the page's date: " + request);
        assertTrue(built.page("/accessibility/").text().contains("Our five-year strategy"), "listed as not accessible");
    }

    @Test
    void aDocumentThatIsNotThereStopsTheBuildAtItsLine() {
        site("documents:\n  - title: Annual report\n    file: annual-reprot.pdf\n")
                .build(dir.resolve("out"), NOW)
                .failedWith("content/about/annual-report.md:7:11: error: the file 'annual-reprot.pdf' named here does not exist");
    }

    @Test
    void aPageWithoutDocumentsHasNoDocumentsHeading() {
        TextSite.Built built = site("").build(dir.resolve("out"), NOW).succeeded();
        assertTrue(built.page("/about/annual-report/").select("#documents").isEmpty());
    }
}
