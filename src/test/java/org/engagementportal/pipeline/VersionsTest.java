package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Easy-read versions and translations of the fixture site's About page, as readers get them. */
class VersionsTest {
    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.copy("small", dir.resolve("site"));
        write("content/_data/glossary.yml", """
                - term: ICB
                  meaning: Integrated Care Board, which plans local NHS services
                - term: Governing Body
                  meaning: the people who make the big decisions
                """);
        write("content/about.md", """
                ---
                title: About us
                summary: Who we are and what we do.
                updated: 2026-02-10
                ---
                The ICB plans services. The ICB also pays for them.
                """);
        write("content/about.cy.md", """
                ---
                title: Amdanom ni
                summary: Pwy ydym ni a beth rydym yn ei wneud.
                updated: 2026-02-10
                ---
                Rydym yn cynllunio gwasanaethau iechyd.
                """);
        write("content/about.ar.md", """
                ---
                title: من نحن
                summary: من نحن وماذا نفعل.
                updated: 2026-02-10
                ---
                نحن نخطط للخدمات الصحية.
                """);
        write("content/pictures/talk.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 96 96'><rect width='96' height='96'/></svg>");
        write("content/about.easy-read.md", """
                ---
                title: About us - easy read
                summary: Who we are.
                updated: 2026-02-10
                ---
                ![A speech bubble](/pictures/talk.svg) We are the ICB.

                ![A speech bubble](/pictures/talk.svg) Our Governing Body makes the big decisions.
                """);
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path build() {
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(0, run.exit(), run.all());
        return out;
    }

    private static Document page(Path out, String path) {
        return Jsoup.parse(TestSite.read(out.resolve(path.substring(1)).resolve("index.html")));
    }

    @Test
    void versionsHaveTheirOwnAddressesLanguagesAndLinkBothWays() {
        Path out = build();
        Document about = page(out, "/about/");
        Element welsh = about.selectFirst(".portal-versions a[href=/about/cy/]");
        assertEquals("Darllenwch hwn yn Gymraeg", welsh.text());
        assertEquals("cy", welsh.attr("hreflang"));
        assertEquals("cy", welsh.attr("lang"));
        assertNotNull(about.selectFirst("link[rel=alternate][hreflang=ar][href=https://engage.testshire.example/about/ar/]"));
        assertEquals("Read this in easy read", about.selectFirst(".portal-versions a[href=/about/easy-read/]").text());

        Document cy = page(out, "/about/cy/");
        assertEquals("cy", cy.selectFirst("html").attr("lang"));
        assertEquals("ltr", cy.selectFirst("html").attr("dir"));
        assertEquals("Read this in English", cy.selectFirst(".portal-versions a[href=/about/]").text());
        assertEquals("en-GB", cy.selectFirst("main").attr("lang"), "the site's own words are marked as English");
        assertEquals("cy", cy.selectFirst("h1").attr("lang"));

        Document ar = page(out, "/about/ar/");
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("rtl", ar.selectFirst("h1").attr("dir"));
        // No English word on the Arabic page is in a part marked as Arabic (WCAG 3.1.2): the skip link was not, and a
        // screen reader read "Skip to main content" with an Arabic voice.
        List<String> unmarked = new java.util.ArrayList<>();
        for (Element e : ar.body().getAllElements()) {
            String own = e.ownText();
            Element marked = e.closest("[lang]");
            if (own.matches(".*[A-Za-z]{3,}.*") && (marked == null || marked.attr("lang").equals("ar"))) {
                unmarked.add(e.tagName() + ": " + own);
            }
        }
        assertEquals(List.of(), unmarked);
    }

    /**
     * Found in a hunt: a translated meeting's or event's venue, access notes and agenda were in the part marked as the site's
     * language, so a screen reader read Urdu and Welsh in an English voice (WCAG 3.1.2), and Urdu was laid out left to right.
     */
    @Test
    void aTranslatedMeetingsAndEventsPlaceAndAgendaAreInTheirLanguage() throws IOException {
        write("content/events/eastbrook-drop-in.ur.md", """
                ---
                title: ایسٹ بروک میں دانتوں کی ڈراپ ان
                summary: این ایچ ایس دانتوں کے بارے میں ہم سے بات کریں۔
                starts: 2026-03-10T10:00
                ends: 2026-03-10T13:00
                venue:
                  name: ایسٹ بروک لائبریری
                  address: 2 Market Square, Eastbrook, NS1 5AB
                  access: سیڑھیوں کے بغیر رسائی
                booking: https://forms.testshire.example/drop-in
                accessibility: [step-free, hearing-loop]
                ---
                کسی بھی وقت آئیں۔
                """);
        write("content/governing-body/2026-03-12.cy.md", """
                ---
                title: Cyfarfod y Corff Llywodraethu, Mawrth 2026
                summary: Cyfarfod cyhoeddus y Corff Llywodraethu.
                starts: 2026-03-12T10:00
                ends: 2026-03-12T12:30
                venue:
                  name: Canolfan Ddinesig Eastbrook
                  address: 1 High Street, Eastbrook, NS1 4QT
                questions_by: 2026-03-09T17:00
                agenda:
                  - title: Croeso ac ymddiheuriadau
                    presenter: Cadeirydd
                  - title: Ymgynghoriad ar fynediad at ddeintydd
                    presenter: Cyfarwyddwr Gofal Sylfaenol
                    purpose: decision
                  - title: Trafodaethau contract
                    part: 2
                ---
                Mae'r Corff Llywodraethu yn cyfarfod yn gyhoeddus.
                """);
        Path out = build();
        Document ur = page(out, "/events/eastbrook-drop-in/ur/");
        for (String words : List.of("ایسٹ بروک لائبریری", "سیڑھیوں کے بغیر رسائی")) {
            Element at = ur.getElementsContainingOwnText(words).first();
            assertNotNull(at, words);
            Element marked = at.closest("[lang]");
            assertEquals("ur", marked.attr("lang"), words);
            assertEquals("rtl", marked.attr("dir"), words);
        }
        // Its postal address, as the post has it, stays in the site's language, and is laid out by its own letters: on the
        // Urdu page, "2 Market Square" was shown right to left as "Market Square, Eastbrook, NS1 5AB 2".
        Element address = ur.selectFirst(".portal-address");
        assertEquals("2 Market Square, Eastbrook, NS1 5AB", address.text());
        assertEquals("en-GB", address.closest("[lang]").attr("lang"));
        assertEquals("auto", address.attr("dir"));
        Document cy = page(out, "/governing-body/2026-03-12/cy/");
        for (String words : List.of("Canolfan Ddinesig Eastbrook", "Croeso ac ymddiheuriadau", "Cadeirydd", "Trafodaethau contract")) {
            Element at = cy.getElementsContainingOwnText(words).first();
            assertNotNull(at, words);
            assertEquals("cy", at.closest("[lang]").attr("lang"), words);
        }
        // The site's words around them stay English.
        Element presented = cy.getElementsContainingOwnText("Presented by").first();
        assertEquals("en-GB", presented.closest("[lang]").attr("lang"));
    }

    @Test
    void easyReadHasItsLayoutPicturesAndHardWords() {
        Document easy = page(build(), "/about/easy-read/");
        assertTrue(easy.selectFirst("main").hasClass("portal-easy-read"));
        List<Element> rows = easy.select(".portal-prose p.portal-picture-row");
        assertEquals(2, rows.size());
        assertEquals("A speech bubble", rows.get(0).selectFirst("img").attr("alt"));
        assertEquals("Read the full version", easy.selectFirst(".portal-versions a[href=/about/]").text());
        Element words = easy.getElementById("hard-words");
        assertNotNull(words);
        assertEquals(List.of("ICB", "Governing Body"), easy.select(".portal-hard-words dt").eachText());
    }

    @Test
    void abbreviationsFromTheGlossaryAreExplainedWhereFirstUsed() {
        Document about = page(build(), "/about/");
        List<Element> abbrs = about.select(".portal-prose abbr");
        assertEquals(1, abbrs.size(), "only the first of two uses");
        assertEquals("Integrated Care Board, which plans local NHS services", abbrs.get(0).attr("title"));
    }

    @Test
    void everyPageOffersLargePrintWithoutJavaScript() {
        Path out = build();
        for (String path : List.of("/", "/about/", "/consultations/", "/about/easy-read/")) {
            Document doc = page(out, path);
            assertNotNull(doc.selectFirst("a.portal-large-print[href=#large-print]"), path);
            assertNotNull(doc.getElementById("large-print"), path + ": the link's target exists");
        }
        String css = TestSite.read(out.resolve(page(out, "/").selectFirst("link[rel=stylesheet]").attr("href").substring(1)));
        assertTrue(css.contains("html:has(#large-print:target)"), "the large-print rule is in the stylesheet");
        assertTrue(css.contains("@media print"), "there is a print stylesheet");
    }

    @Test
    void aVersionOlderThanItsPageWarnsNamingBothDates() throws IOException {
        write("content/about.cy.md", TestSite.read(site.resolve("content/about.cy.md")).replace("updated: 2026-02-10", "updated: 2026-01-05"));
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/about.cy.md:4:10: warning: this translation was last updated on 2026-01-05, but "
                + "content/about.md was updated on 2026-02-10"), run.all());
    }

    @Test
    void aVersionWithoutAPageIsAnError() throws IOException {
        write("content/history.easy-read.md", "---\ntitle: History\nsummary: Our history.\n---\nText.\n");
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(1, run.exit());
        assertTrue(run.all().contains("content/history.easy-read.md: error: this easy-read version has no page to belong to"), run.all());
    }
}
