package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.engagementportal.tools.ExamplePapers;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's web version (DESIGN: the site "warns when a PDF has ... no HTML alternative"): a page of the site with the
 * same text, named by the document's {@code page:}, linked beside the file; a PDF without one is warned about.
 */
class DocumentWebVersionTest {
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
                -- content/about/strategy.md --
                ---
                title: Our five-year strategy
                summary: The text of our strategy for 2026 to 2031.
                ---
                We will listen first.
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

    private void papers(TextSite s, boolean strategyTagged) throws IOException {
        ExamplePapers.write(s.root().resolve("content/about/annual-report.pdf"), true, "Annual report", "Annual report",
                List.of("We did a lot."));
        ExamplePapers.write(s.root().resolve("content/strategy.pdf"), strategyTagged, "Strategy", "Strategy", List.of("Listen."));
    }

    @Test
    void aDocumentWithAWebVersionLinksToItAndOneWithoutIsWarnedAboutAtItsLine() throws IOException {
        TextSite s = site("""
                documents:
                  - title: Annual report 2025/26
                    file: annual-report.pdf
                  - title: Our five-year strategy
                    file: /strategy.pdf
                    page: /about/strategy/
                """);
        papers(s, true);
        TextSite.Built built = s.build(dir.resolve("out"), NOW).warned("content/about/annual-report.md:7:11: warning: the PDF "
                + "content/about/annual-report.pdf has no web page version");
        assertTrue(built.printed().contains("as page: /about/annual-report/."), "the fix names the page to make: " + built.printed());
        assertFalse(built.printed().contains("content/strategy.pdf has no web page"), built.printed());
        List<Element> items = built.page("/about/annual-report/").select("#documents + ul > li");
        assertEquals(2, items.size());
        assertTrue(items.get(0).select(".portal-doc-web").isEmpty(), "no web version, no link");
        Element web = items.get(1).selectFirst(".portal-doc-web a");
        assertEquals("/about/strategy/", web.attr("href"));
        assertEquals("Read it as a web page: Our five-year strategy", web.text(), "the link's name says which document");
    }

    @Test
    void anUntaggedPdfWithAWebVersionIsListedInTheStatementWithItsPage() throws IOException {
        TextSite s = site("""
                documents:
                  - title: Our five-year strategy
                    file: /strategy.pdf
                    page: /about/strategy/
                """);
        papers(s, false);
        TextSite.Built built = s.build(dir.resolve("out"), NOW)
                .warned("content/about/annual-report.md:7:11: warning: the PDF content/strategy.pdf has no title, no language and no tags");
        assertFalse(built.printed().contains("no web page version"), "warned once, as untagged: " + built.printed());
        // Its fix is the PDF's alone: it told them to publish the text as a page, which they had (found in review).
        assertTrue(built.printed().contains("offer its web version and an accessible format.")
                && !built.printed().contains("or publish the text as a page"), built.printed());
        Element listed = built.page("/accessibility/").select("#non-accessible-content ~ ul > li").first();
        assertTrue(listed.text().contains("Our five-year strategy") && listed.text().contains("Its text is also a web page"),
                listed.text());
        assertEquals(List.of("/strategy.pdf", "/about/annual-report/", "/about/strategy/"), listed.select("a").eachAttr("href"),
                "the PDF, the page it is on, then its web version");
    }

    @Test
    void aWebVersionIsAPageWrittenAnyWayItsPartKeptAndADraftIsNamedAsOne() throws IOException {
        // "/about/strategy/#how" and "/about/strategy/index.html" were pages that "do not exist" (found in review).
        TextSite s = site("""
                documents:
                  - title: Our five-year strategy
                    file: /strategy.pdf
                    page: /about/strategy/index.html
                  - title: Our five-year strategy, in short
                    file: /strategy.pdf
                    page: /about/strategy#how
                """);
        papers(s, true);
        List<String> hrefs = s.build(dir.resolve("out"), NOW).succeeded().page("/about/annual-report/")
                .select(".portal-doc-web a").eachAttr("href");
        assertEquals(List.of("/about/strategy/", "/about/strategy/#how"), hrefs);
        java.nio.file.Path strategy = s.root().resolve("content/about/strategy.md");
        java.nio.file.Files.writeString(strategy, java.nio.file.Files.readString(strategy).replace("---\nWe will", "draft: true\n---\nWe will"));
        s.build(dir.resolve("out2"), NOW).failedWith("content/about/annual-report.md:8:11: error: the page '/about/strategy/index.html' "
                + "is a draft (content/about/strategy.md has draft: true)");
    }

    @Test
    void aWebVersionThatIsNotAPageStopsTheBuildAtItsLine() throws IOException {
        TextSite s = site("""
                documents:
                  - title: Our five-year strategy
                    file: /strategy.pdf
                    page: /about/stratgey/
                """);
        papers(s, true);
        s.build(dir.resolve("out"), NOW).failedWith("content/about/annual-report.md:8:11: error: the page '/about/stratgey/' does "
                + "not exist. Did you mean '/about/strategy/'?");
    }

    @Test
    void aConsultationsDocumentIsToldToHaveItsWebVersionOutsideTheConsultationsFolder() throws IOException {
        TextSite s = site("");
        TextSite.write(s.root(), """
                -- content/consultations/dental.md --
                ---
                title: Dental access in Testshire
                summary: Tell us how to improve access to NHS dentists.
                opens: 2026-06-01T09:00
                closes: 2026-07-31T23:59
                formal: false
                engagement: involve
                stage: plan
                respond:
                  email: dental@testshire.example
                documents:
                  - title: Dental access discussion paper
                    file: dental-paper.pdf
                ---
                We want to hear from you.
                """);
        ExamplePapers.write(s.root().resolve("content/consultations/dental-paper.pdf"), true, "Dental", "Dental",
                List.of("Dentists."));
        TextSite.Built built = s.build(dir.resolve("out"), NOW)
                .warned("content/consultations/dental.md:13:11: warning: the PDF content/consultations/dental-paper.pdf has no web page");
        assertTrue(built.printed().contains("as page: /dental-paper/."), "not a page in content/consultations/, which would be "
                + "a consultation: " + built.printed());
    }
}
