package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How links to documents describe them: type in full for screen readers, size as GOV.UK writes it, pages of PDFs. */
class DocumentViewsTest {
    static final String NOW = "2026-03-01T09:00";

    static final String SITE = """
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            summary: How accessible this website is.
            ---
            This website is run by NHS Testshire Integrated Care Board.
            -- content/accessible-information.md --
            ---
            type: statement
            title: Accessible Information Statement
            summary: How to ask for information in a format that works for you.
            formats: [large-print, braille]
            contact:
              email: accessible@testshire.example
            response_days: 10
            ---
            We follow the Accessible Information Standard.
            -- content/consultations/clinic.md --
            ---
            title: A new clinic
            summary: Tell us what the new clinic should offer.
            opens: 2026-02-02T09:00
            closes: 2026-04-30T17:00
            documents:
              - title: Survey questions
                file: clinic-questions.txt
              - title: Answers so far
                file: clinic-answers.csv
              - title: Costs
                file: clinic-costs.xlsx
              - title: Recording of the launch
                file: clinic-launch.mp3
              - title: Film of the site
                file: clinic-film.mp4
              - title: Plan as an e-book
                file: clinic-plan.epub
            respond:
              email: clinic@testshire.example
            ---
            We are planning a new clinic.
            -- content/governing-body/2026-03-12.md --
            ---
            title: Governing Body meeting, March 2026
            summary: Meeting in public of the Governing Body.
            starts: 2026-03-12T10:00
            venue: Eastbrook Civic Centre
            agenda:
              - title: Scanned estates report
                paper: 2026-03-12-estates.pdf
            ---
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() throws Exception {
        TextSite site = TextSite.write(dir.resolve("site"), SITE);
        Path content = site.root().resolve("content");
        TestSite.writeBytes(content.resolve("consultations/clinic-questions.txt"), new byte[] {'?'});
        TestSite.writeBytes(content.resolve("consultations/clinic-answers.csv"), new byte[900]);
        TestSite.writeBytes(content.resolve("consultations/clinic-costs.xlsx"), new byte[2_500]);
        TestSite.writeBytes(content.resolve("consultations/clinic-launch.mp3"), new byte[1_572_864]);
        TestSite.writeBytes(content.resolve("consultations/clinic-film.mp4"), new byte[12 * 1024 * 1024]);
        TestSite.writeBytes(content.resolve("consultations/clinic-plan.epub"), new byte[1024]);
        ExamplePapers.write(content.resolve("governing-body/2026-03-12-estates.pdf"), false, "Estates", "Estates report",
                List.of("Page one."));
        built = site.build(dir.resolve("out"), NOW).succeeded();
    }

    /** Each document link's text, with the full name of its type. */
    static List<String> described(Document doc) {
        return doc.select(".portal-documents > li > a").stream()
                .map(a -> a.text() + " [" + a.selectFirst("abbr").attr("title") + "]").toList();
    }

    @Test
    void eachDocumentSaysItsTypeAndSizeInWords() {
        assertEquals(List.of(
                "Survey questions, TXT, 1 byte [Plain text file]",
                "Answers so far, CSV, 900 bytes [Comma-separated values]",
                "Costs, XLSX, 2 KB [Microsoft Excel spreadsheet]",
                "Recording of the launch, MP3, 1.5 MB [Audio file]",
                "Film of the site, MP4, 12 MB [Video file]",
                "Plan as an e-book, EPUB, 1 KB [File]"), described(built.page("/consultations/clinic/")));
        assertEquals("/consultations/clinic-film.mp4", built.page("/consultations/clinic/").selectFirst(".portal-documents a[href$=.mp4]").attr("href"));
    }

    @Test
    void aPaperThatMayNotWorkWithAScreenReaderOffersAnAccessibleFormatQuotingTheMeetingDay() {
        Element item = built.page("/governing-body/2026-03-12/").selectFirst("ol.portal-agenda > li");
        Element link = item.selectFirst("a[href=/governing-body/2026-03-12-estates.pdf]");
        assertTrue(link.text().matches("Scanned estates report, PDF, \\d+ (bytes|KB), 1 page"), link.text());
        Element warning = item.selectFirst(".portal-doc-warning");
        assertTrue(warning.text().startsWith("This document may not be suitable for users of assistive technology."));
        Element request = warning.selectFirst("a");
        assertEquals("Request an accessible format of Scanned estates report", request.text());
        String mailto = URLDecoder.decode(request.attr("href"), StandardCharsets.UTF_8);
        assertTrue(mailto.startsWith("mailto:accessible@testshire.example?subject=Request for another format: Scanned estates report&"), mailto);
        assertTrue(mailto.contains("\"Scanned estates report\", published 12 March 2026"), "dated by the meeting: " + mailto);
        assertNull(built.page("/consultations/clinic/").selectFirst(".portal-doc-warning"), "only PDFs are checked for tags");
    }

    @Test
    void theAccessibilityStatementListsTheUntaggedPaper() {
        Document statement = built.page("/accessibility/");
        List<String> gaps = statement.select("#non-accessible-content ~ ul li").eachText();
        assertEquals(1, gaps.size(), gaps.toString());
        // Named with the meeting it is a paper of: two meetings' "Chief Executive's report" were two lines alike (found in review).
        assertTrue(gaps.get(0).matches("Scanned estates report, PDF, \\d+ (bytes|KB), 1 page, on Governing Body meeting, March 2026: "
                + "no title, no language, no tags"), gaps.get(0));
    }
}
