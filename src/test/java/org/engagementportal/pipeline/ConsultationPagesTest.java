package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.engagementportal.tools.ExamplePapers;
import org.openqa.selenium.json.Json;

/**
 * The consultation page and listing of the fixture site at different moments of the dental consultation's
 * life (opens 2 February 2026 9am, closes 1 May 2026 5pm, British Summer Time).
 */
class ConsultationPagesTest {
    @TempDir
    Path dir;

    private Path build(String now) {
        Path site = dir.resolve("site");
        if (!site.toFile().exists()) {
            TestSite.copy("small", site);
        }
        Path out = dir.resolve("out-" + now.replace(':', '-'));
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", now, "-q");
        assertEquals(0, run.exit(), run.all());
        return out;
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(TestSite.read(out.resolve(path.substring(1)).resolve("index.html")));
    }

    private static String tag(Document doc) {
        return doc.selectFirst("main .nhsuk-tag").text();
    }

    @Test
    void whileOpenItShowsDaysLeftAndEveryWayToRespond() {
        Document doc = page(build("2026-03-01T09:00"), "/consultations/dental-access/");
        assertEquals("Open", tag(doc));
        assertTrue(doc.text().contains("61 days left"), doc.text());
        Element respond = doc.getElementById("respond");
        assertNotNull(respond);
        assertEquals("https://forms.testshire.example/dental", doc.selectFirst("a.nhsuk-action-link").attr("href"));
        // Its subject says which consultation a response is for, as every consultation's is the same inbox (found in review).
        assertFalse(doc.select("a[href=mailto:dental@testshire.example?subject=Response%3A%20Improving%20access%20to%20NHS%20dentistry]")
                .isEmpty(), doc.select("#respond ~ ul").toString());
        assertFalse(doc.select("a[href=/events/eastbrook-drop-in/]").isEmpty(), "the drop-in is a way to respond");
        assertTrue(doc.text().contains("Consult: We are asking for your views before we decide."), "the engagement rung in plain words");
        assertTrue(doc.text().contains("Designing services"), "the commissioning stage in plain words");
        assertFalse(doc.select("a[href=/consultations/dental-access/easy-read/]").isEmpty());
        String request = doc.selectFirst(".portal-request a[href^=mailto:]").attr("href");
        assertTrue(request.contains("Improving%20access%20to%20NHS%20dentistry"), request);
        assertTrue(request.contains("2%20February%202026"), "prefilled with the publication date: " + request);
        assertNull(doc.getElementById("the-consultation"));
    }

    @Test
    void aMinuteBeforeClosingItIsClosingSoonAndClosesToday() {
        Document doc = page(build("2026-05-01T16:59"), "/consultations/dental-access/");
        assertEquals("Closing soon", tag(doc));
        assertTrue(doc.text().contains("Closes today"));
        assertNotNull(doc.getElementById("respond"));
    }

    @Test
    void onceClosedTheWaysToRespondGiveWayToAnalysingYourFeedback() {
        Document doc = page(build("2026-05-01T17:00"), "/consultations/dental-access/");
        assertEquals("Closed", tag(doc));
        assertNull(doc.getElementById("respond"));
        assertTrue(doc.text().contains("We are analysing your feedback"));
        assertTrue(doc.text().contains("by 24 July 2026"), "says when the outcome is due: " + doc.text());
        Element asked = doc.getElementById("the-consultation");
        assertEquals("What we asked", asked.text());
        assertEquals("Why we are asking", doc.selectFirst(".portal-prose h3").text(), "the original's headings sit under it");
        assertNull(doc.selectFirst(".nhsuk-warning-callout"));
        // It still said "How you can influence this ... We are asking for your views before we decide" once decided.
        assertTrue(doc.text().contains("How people could influence this Consult: People were asked for their views."), doc.text());
        assertFalse(doc.text().contains("We are asking for your views"), doc.text());
    }

    @Test
    void pastTwelveWeeksWithoutAnOutcomeTheResponseIsShownAsDelayed() {
        Document doc = page(build("2026-07-25T09:00"), "/consultations/dental-access/");
        Element warning = doc.selectFirst(".nhsuk-warning-callout");
        assertNotNull(warning);
        assertTrue(warning.text().contains("Our response is delayed"));
        assertTrue(warning.text().contains("24 July 2026"), warning.text());
    }

    @Test
    void afterTheOutcomeYouSaidAndWeDidAreOnTheSameAddress() {
        Document doc = page(build("2026-03-01T09:00"), "/consultations/talking-therapies/");
        assertEquals("Outcome published", tag(doc));
        Element said = doc.getElementById("you-said");
        Element did = doc.getElementById("we-did");
        assertNotNull(said);
        assertNotNull(did);
        assertTrue(said.siblingIndex() < did.siblingIndex(), "you said, then we did");
        assertTrue(did.nextElementSibling().text().contains("two more therapists"));
        assertEquals("What we asked", doc.getElementById("the-consultation").text());
    }

    @Test
    void theListingHasASectionPerStateWithCountsAndFilters() {
        Path out = build("2026-03-01T09:00");
        Document doc = page(out, "/consultations/");
        assertEquals(List.of("open", "upcoming", "closed", "outcome"),
                doc.select("main h2[id]").stream().map(Element::id).filter(id -> !id.isEmpty()).toList());
        assertEquals("Open now (1)", doc.getElementById("open").text());
        assertEquals("Closed: outcome published (1)", doc.getElementById("outcome").text());
        Element filters = doc.selectFirst("nav.portal-filters");
        assertEquals(List.of("/consultations/topics/dentistry/", "/consultations/topics/mental-health/",
                "/consultations/areas/eastbrook/", "/consultations/areas/kingsmere/"), filters.select("a").eachAttr("href"));

        Document dentistry = page(out, "/consultations/topics/dentistry/");
        assertEquals(List.of("/consultations/dental-access/"), dentistry.select(".nhsuk-card a").eachAttr("href"));
        assertEquals("Dentistry", dentistry.selectFirst("nav.portal-filters a[aria-current=page]").text());
        assertFalse(dentistry.select("nav.portal-filters a[href=/consultations/]").isEmpty(), "a way back to all");
        Document kingsmere = page(out, "/consultations/areas/kingsmere/");
        assertEquals(List.of("/consultations/talking-therapies/"), kingsmere.select(".nhsuk-card a").eachAttr("href"));
    }

    @Test
    void theNextStatusChangeIsRecordedForTheScheduledRebuild() {
        Path out = build("2026-04-20T09:00");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new Json().toType(TestSite.read(out.resolve("status-changes.json")), Map.class);
        assertEquals("2026-05-01T16:00:00Z", json.get("next_change"), "5pm BST on 1 May, when it closes");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) json.get("changes");
        Map<String, Object> first = changes.get(0);
        assertEquals("closes", first.get("change"));
        assertEquals("/consultations/dental-access/", first.get("page"));
        assertEquals("2026-05-01T17:00", first.get("local"));
    }

    private Path siteWithDocuments(String untaggedBytesOrNull) throws java.io.IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        ExamplePapers.write(site.resolve("content/consultations/dental-plan.pdf"), true, "Dental plan", "Dental plan",
                List.of("We plan three new clinics."));
        Path eia = site.resolve("content/consultations/dental-eia.pdf");
        if (untaggedBytesOrNull == null) {
            ExamplePapers.write(eia, false, "EIA", "Equality impact assessment", List.of("Scanned."));
        } else {
            java.nio.file.Files.writeString(eia, untaggedBytesOrNull);
        }
        Path file = site.resolve("content/consultations/dental-access.md");
        String text = TestSite.read(file).replace("respond:\n", """
                documents:
                  - title: Dental services plan
                    file: dental-plan.pdf
                  - title: Equality impact assessment
                    file: dental-eia.pdf
                respond:
                """);
        java.nio.file.Files.writeString(file, text);
        return site;
    }

    @Test
    void documentsSayTheirTypeSizeAndPagesAndWarnWhenAPdfIsNotAccessible() throws java.io.IOException {
        Path site = siteWithDocuments(null);
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.err().contains("content/consultations/dental-access.md:16:11: warning: the PDF content/consultations/dental-eia.pdf "
                + "has no title, no language and no tags"), run.err());
        Document doc = page(out, "/consultations/dental-access/");
        List<Element> items = doc.select(".portal-documents > li");
        assertEquals(2, items.size());
        Element plan = items.get(0);
        assertEquals("PDF", plan.selectFirst("abbr").text());
        assertEquals("Portable Document Format", plan.selectFirst("abbr").attr("title"));
        assertTrue(plan.selectFirst("a").text().matches("Dental services plan, PDF, \\d+ KB, 1 page"), plan.text());
        assertNull(plan.selectFirst(".portal-doc-warning"));
        Element eia = items.get(1);
        assertTrue(eia.selectFirst(".portal-doc-warning").text().startsWith("This document may not be suitable for users of assistive technology."));
        String request = eia.selectFirst(".portal-doc-warning a").attr("href");
        assertTrue(request.startsWith("mailto:accessible@testshire.example?"), request);
        assertTrue(request.contains("Equality%20impact%20assessment"), request);
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("consultations/dental-eia.pdf")), "the file is published");
    }

    @Test
    void aPdfThatCannotBeOpenedIsAnErrorAtItsLine() throws java.io.IOException {
        Path site = siteWithDocuments("not a pdf");
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/dental-access.md:16:11: error: the PDF content/consultations/dental-eia.pdf cannot be opened"), run.all());
    }

    @Test
    void aMistypedEventIsSuggestedInTheFormItWasWritten() throws java.io.IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path file = site.resolve("content/consultations/dental-access.md");
        java.nio.file.Files.writeString(file, TestSite.read(file).replace("/events/eastbrook-drop-in/", "/events/eastbrok-drop-in/"));
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("the event '/events/eastbrok-drop-in/' does not exist. Did you mean '/events/eastbrook-drop-in/'?"), run.all());
    }
}
