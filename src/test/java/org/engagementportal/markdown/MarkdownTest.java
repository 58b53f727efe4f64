package org.engagementportal.markdown;

import org.engagementportal.types.ContentTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Severity;
import org.engagementportal.site.Links;
import org.engagementportal.site.Site;
import org.engagementportal.site.SiteAssembler;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one Markdown renderer, over a small real site so links resolve against real pages. */
class MarkdownTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));
    static final String SOURCE = "content/consultations/dental.md";

    @TempDir
    Path root;

    private final Markdown markdown = new Markdown();
    private Problems problems;
    private Links links;

    @BeforeEach
    void site() {
        TestSite.write(root, Map.of(
                "content/get-involved.md", page("Get involved"),
                "content/consultations/dental.md", page("Dental services").replace("---\nText", "opens: 2026-02-01T09:00\ncloses: 2026-04-01T17:00\nrespond:\n  email: a@testshire.example\n---\nText"),
                "content/consultations/dental-plan.pdf", "%PDF-1.4\n",
                "content/events/drop-in.md", """
                        ---
                        title: Drop-in
                        summary: Come and talk to us.
                        starts: 2026-03-10T10:00
                        venue:
                          name: Eastbrook Library
                        ---
                        """));
        try {
            // A real PDF: a file of text named .pdf that the text links to is an error now (LooseDocumentsTest).
            org.engagementportal.tools.ExamplePapers.write(root.resolve("content/consultations/dental-plan.pdf"), true, "Dental plan",
                    "Dental plan", List.of("Our plan."));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Problems setup = new Problems();
        SiteData data = new DataLoader(root, setup).load();
        Site site = new SiteAssembler(data, NOW, setup, ContentTypes.ALL).assemble(new ContentLoader(root, data, NOW, setup, ContentTypes.ALL).load());
        assertTrue(setup.sorted().stream().noneMatch(p -> p.severity() == Severity.ERROR), setup.sorted().toString());
        links = new Links(site);
        problems = new Problems();
    }

    private static String page(String title) {
        return "---\ntitle: " + title + "\nsummary: A page.\n---\nText.\n";
    }

    private Document render(String text) {
        return Jsoup.parseBodyFragment(markdown.render(text, SOURCE, 10, "consultations", links, problems).html());
    }

    private List<Problem> problems() {
        return problems.sorted();
    }

    /**
     * Words in square brackets that no definition names ("[sic]", "Dear [Name],", "[PDF, 2MB]") are text, as CommonMark
     * has them: each stopped the build as a link that "points to nothing". A reference that is defined is still a link,
     * and one written in full with a name that has no definition ("[text][missing]") is still an error.
     */
    @Test
    void wordsInSquareBracketsAreTextUnlessTheyNameALink() {
        Document doc = render("It was [sic] wrong. Dear [Name], see the report [PDF, 2MB] or [the plan].\n\n"
                + "[the plan]: dental-plan.pdf\n");
        assertEquals("It was [sic] wrong. Dear [Name], see the report [PDF, 2MB] or the plan.", doc.selectFirst("p").text());
        assertEquals(List.of("/consultations/dental-plan.pdf"), doc.select("a").eachAttr("href"));
        assertTrue(problems().isEmpty(), problems().toString());
        render("A [report][missing] with a name that has no definition.\n");
        assertEquals(1, problems().size(), problems().toString());
        assertTrue(problems().get(0).message().contains("points to nothing"), problems().toString());
    }

    /**
     * A link that Markdown could not take as one, for a space in its address or a bracket not closed, would be published as
     * the brackets and words as written; and another website's address without https:// was taken for a page here, with
     * "link to a page by its address" as the fix. Each is told what is wrong.
     */
    @Test
    void aLinkWithASpaceInItsAddressOrWithoutHttpsIsToldWhatIsWrong() {
        render("Read [our statement](Accessible Information Statement) now.\n");
        assertEquals(1, problems().size(), problems().toString());
        assertTrue(problems().get(0).message().startsWith("this looks like a link, but its address (Accessible Information "
                + "Statement) has a space in it"), problems().toString());
        render("See [NHS](www.nhs.uk).\n");
        assertEquals(2, problems().size(), problems().toString());
        render("See [the plan](/consultations/dental-plan.pdf\nand [more](x y) here.\n");
        assertEquals(4, problems().size(), problems().toString());
        assertTrue(problems().stream().anyMatch(p -> p.message().startsWith("this looks like a link, but the ( after it is not closed with ) on "
                + "the same line") && p.fix().equals("Add ) after the address, on the same line: [words](/address/).")), problems().toString());
        assertTrue(problems().stream().anyMatch(p -> p.message().contains("is another website's address without https://")
                && p.fix().equals("Write it with https:// in front, as in:\n[www.nhs.uk](https://www.nhs.uk)")), problems().toString());
    }

    /**
     * A paragraph that starts with a picture and goes on in words is marked as a row of picture and words (easy read lays it
     * out so); a picture in the middle of a sentence, or alone, is not. The stylesheet had found rows by the picture being
     * the paragraph's first element, which a picture after the first words of a sentence also is.
     */
    @Test
    void aParagraphStartingWithAPictureIsMarkedAsAPictureRow() {
        Document doc = render("![A form](/pictures/form.svg) You can read the [full minutes](/minutes/) and **more**.\n\n"
                + "Call us ![A phone](/pictures/phone.svg) on 01632 960 100.\n\n![A map](/pictures/map.svg)\n\n"
                + "- ![A form](/pictures/form.svg) A point in a list.\n");
        List<org.jsoup.nodes.Element> paragraphs = doc.select("p");
        assertEquals(List.of("portal-picture-row", "", ""), paragraphs.stream().map(org.jsoup.nodes.Element::className).toList());
        assertEquals("You can read the full minutes and more.", paragraphs.get(0).text());
        assertEquals("A form", paragraphs.get(0).child(0).attr("alt"));
    }

    /**
     * An email or web address written out as a link's words (bare, in angle brackets or in square brackets) is marked as a
     * long address in a table, which the stylesheet lets break anywhere; a link of ordinary words, a short address, or an
     * address outside a table (where the words around it wrap) is not, so its words stay whole.
     */
    @Test
    void anAddressWrittenOutAsALinksWordsIsMarkedSoATableMayBreakIt() {
        Document doc = render("| Service | Contact |\n|---|---|\n"
                + "| Physio | msk.physiotherapy.referrals@northshire-icb.example |\n"
                + "| Podiatry | https://www.northshire-icb.example/services/podiatry/referrals |\n"
                + "| Dentists | [dental.enquiries@northshire-icb.example](mailto:dental.enquiries@northshire-icb.example) |\n"
                + "| Hearing | <https://www.northshire-icb.example/hearing-and-audiology> |\n"
                + "| Evenings | [Evening and weekend GP appointments](https://www.northshire-icb.example/gp) |\n"
                + "| Pharmacy | [help@icb.example](mailto:help@icb.example) |\n"
                + "\nEmail engagement.team@northshire-icb.example for a printed copy.\n");
        assertEquals(List.of("msk.physiotherapy.referrals@northshire-icb.example",
                        "https://www.northshire-icb.example/services/podiatry/referrals", "dental.enquiries@northshire-icb.example",
                        "https://www.northshire-icb.example/hearing-and-audiology"),
                doc.select("a.portal-long-address").eachText(), problems().toString());
        assertEquals(6, doc.select("td a").size());
        assertEquals(7, doc.select("a").size());
    }

    /**
     * Found by following README as a comms officer: "![A speech bubble](talk picture.svg)" was told "the picture 'a speech
     * bubble' points to nothing", the description taken for its address; a second picture with the same description was
     * not told at all. Each is now told what is wrong, and a file that is there, with spaces in its name, is given as %20.
     */
    @Test
    void aPictureWithASpaceInItsFileNameOrNoFileIsToldWhatIsWrongAtEach() {
        TestSite.write(root, Map.of("content/consultations/dental plan.pdf", "%PDF-1.4\n"));
        Problems setup = new Problems();
        SiteData data = new DataLoader(root, setup).load();
        links = new Links(new SiteAssembler(data, NOW, setup, ContentTypes.ALL).assemble(new ContentLoader(root, data, NOW, setup,
                ContentTypes.ALL).load()));
        render("![A speech bubble](talk picture.svg)\n\n![A speech bubble](../pictures/our map.png)\n\n"
                + "![A speech bubble]\n\nSee [the plan](dental plan.pdf).\n");
        List<Problem> all = problems();
        assertEquals(List.of(10, 12, 14, 16), all.stream().map(p -> p.position().line()).toList(), all.toString());
        assertEquals("this looks like a picture, but its address (talk picture.svg) has a space in it, so it would be published as "
                + "the brackets and words as written.", all.get(0).message());
        assertTrue(all.get(0).fix().startsWith("Write the address with no spaces: the picture's file name"), all.get(0).fix());
        assertTrue(all.get(1).message().contains("(../pictures/our map.png)"), all.get(1).message());
        assertEquals("this looks like a picture, but it has no file after it in brackets, so it would be published as the ! and the "
                + "words in square brackets.", all.get(2).message());
        assertEquals("Write each space in the file's name as %20: (dental%20plan.pdf); or rename the file without spaces (with "
                + "hyphens between words) and write its new name.", all.get(3).fix());
        assertTrue(all.stream().noneMatch(p -> p.message().contains("a speech bubble")), all.toString());
        // An exclamation mark ending a word, then words in brackets, is a sentence, not a picture (found in a review).
        problems = new Problems();
        render("Over 2,400 people took part![1]\n\nWow![sic] That is what one person wrote.\n");
        assertEquals(List.of(), problems());
    }

    /**
     * "##Opening hours" (no space) was a paragraph showing its hashes, and lines over a line of dashes all became one
     * heading, each in silence. A hashtag at the start of a line, a heading written well and a one-line heading over
     * dashes are left alone.
     */
    @Test
    void headingsWrittenWithoutASpaceOrTextOverALineOfDashesAreWarnedAbout() {
        render("##Opening hours\n\n#NHSNorthshire is here.\n\n## Where to find us\n\nCome in.\nWe are open.\n---\n\nOne line\n---\n");
        List<String> said = problems().stream().map(p -> p.position().line() + " " + p.message() + " " + p.fix()).toList();
        assertEquals(List.of("10 this line starts with ## but has no space after it, so it is not a heading: it is shown as written, "
                        + "## and all. Put a space after the ##: ## Opening hours",
                "16 the line of dashes under these lines makes all of them one heading. For a line across the page, leave a "
                        + "blank line above the dashes; for a heading, write it on one line starting with ## instead."), said);
    }

    @Test
    void tablesGetHeaderCellsWithScopeAndAResponsiveWrapper() {
        Document doc = render("""
                | Clinic | Days open |
                |---|---|
                | Eastbrook | Monday to Friday |
                """);
        assertEquals(2, doc.select("table thead th").size());
        assertEquals("Eastbrook", doc.select("table tbody td").first().text().replace("Clinic ", ""));
        assertTrue(problems().isEmpty(), problems().toString());
    }

    @Test
    void sectionHeadingsGetStableIdsAndAreListed() {
        Rendered r = markdown.render("## Why we are asking\n\ntext\n\n## What happens next\n", SOURCE, 10, "consultations", links, problems);
        Document doc = Jsoup.parseBodyFragment(r.html());
        assertEquals("why-we-are-asking", doc.selectFirst("h2").id());
        assertEquals(List.of("why-we-are-asking", "what-happens-next"), r.headings().stream().map(Rendered.Heading::id).toList());
    }

    @Test
    void aSingleHashHeadingBecomesASectionHeadingWithAWarningAtItsLine() {
        Document doc = render("Intro\n\n# Background\n");
        assertTrue(doc.select("h1").isEmpty());
        assertEquals("Background", doc.selectFirst("h2").text());
        Problem p = problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(12, p.position().line(), "the heading is on the third line of a body starting at line 10");
        assertTrue(p.fix().contains("##"), p.fix());
    }

    @Test
    void abbreviationsBecomeAbbrElementsWithTheirExpansion() {
        Document doc = render("The ICB meets monthly.\n\n*[ICB]: Integrated Care Board\n");
        assertEquals("Integrated Care Board", doc.selectFirst("abbr").attr("title"));
        assertEquals("ICB", doc.selectFirst("abbr").text());
    }

    @Test
    void bareWebAddressesAndEmailAddressesBecomeLinks() {
        Document doc = render("See https://www.example.org/info or write to engage@testshire.example.\n");
        assertEquals("https://www.example.org/info", doc.select("a").get(0).attr("href"));
        assertEquals("mailto:engage@testshire.example", doc.select("a").get(1).attr("href"));
    }

    @Test
    void addressesAreFoundInEveryPieceOfTextAroundEmphasisAndQuotes() {
        Document doc = render("*Note:* \"see www.example.org\" -- or *email* engage@testshire.example, not *here*.\n\nNothing here.\n");
        // A bare www. address links with https://, as README asks of every link (it was http://).
        assertEquals(List.of("https://www.example.org", "mailto:engage@testshire.example"), doc.select("a").eachAttr("href"));
    }

    @Test
    void onlyTheTextItselfIsLookedAtForAnAddress() {
        com.vladsch.flexmark.util.sequence.BasedSequence all = com.vladsch.flexmark.util.sequence.BasedSequence.of(
                "plain words then www.example.org");
        assertTrue(!FastAutolink.mayHoldLink(all.subSequence(0, 16)), "the address starts after this text");
        assertTrue(!FastAutolink.mayHoldLink(all.subSequence(0, 19)), "only part of 'www.' is in this text");
        assertTrue(FastAutolink.mayHoldLink(all.subSequence(17)));
        assertTrue(FastAutolink.mayHoldLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("a@b")));
    }

    @Test
    void textIsEscapedWhetherItTakesTheQuickWayOrNot() {
        Document doc = render("Plain words <b>kept</b> here.\n\nA < B > C & D \\*not emphasis\\* &copy; 5\n\nTwo\r\nlines\n");
        assertEquals("Plain words kept here.", doc.select("p").get(0).text(), "raw HTML still goes to the sanitiser");
        assertEquals("A < B > C & D *not emphasis* \u00a9 5", doc.select("p").get(1).text());
        assertEquals("Two\nlines", doc.select("p").get(2).wholeText());
        assertTrue(PortalExtension.PlainTextRenderer.escape("a <b> \"c\"").equals("a &lt;b&gt; &quot;c&quot;"));
        assertEquals(null, PortalExtension.PlainTextRenderer.plain(com.vladsch.flexmark.util.sequence.BasedSequence.of("a \\* b")));
        assertEquals("a b", PortalExtension.PlainTextRenderer.plain(com.vladsch.flexmark.util.sequence.BasedSequence.of("a b")));
    }

    @Test
    void aNulCharacterIsShownAsFlexmarkShowsItWhicheverWayTheTextTakes() {
        // flexmark reads U+0000 as the replacement character; the quick way once wrote it into the page as it was.
        for (String text : List.of("a\u0000b\n", "> a\n>\tb \u0000 c\n", "- x\n\ty\u0000z\n")) {
            String html = markdown.render(text, SOURCE, 10, "consultations", links, problems).html();
            assertTrue(html.indexOf('\u0000') < 0 && html.contains("\uFFFD"), html);
        }
    }

    @Test
    void quotesAndDashesAreTypographic() {
        String text = render("\"Quoted\" -- and it's fine...\n").text();
        assertTrue(text.contains("\u201cQuoted\u201d"), text);
        assertTrue(text.contains("\u2013"), text);
        assertTrue(text.contains("it\u2019s"), text);
        assertTrue(text.contains("\u2026"), text);
    }

    @Test
    void disallowedHtmlIsRemovedWithAWarningNamingTheLine() {
        Document doc = render("Fine text.\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\">Kept <b>bold</b></p>\n");
        assertTrue(doc.select("script").isEmpty());
        assertFalse(doc.html().contains("alert"), doc.html());
        assertFalse(doc.html().contains("onclick"), doc.html());
        assertEquals("bold", doc.selectFirst("b").text());
        List<Problem> warnings = problems();
        assertFalse(warnings.isEmpty());
        assertTrue(warnings.stream().allMatch(p -> p.severity() == Severity.WARNING), warnings.toString());
        assertEquals(12, warnings.get(0).position().line());
        assertEquals(SOURCE, warnings.get(0).position().file());
    }

    @Test
    void codeWrittenInsideAScriptOrStyleInALineIsRemovedWithItAndReportedOnce() {
        Document doc = render("Inline <script>var x = 1;</script> text, <style>p{color:red}</style> more "
                + "<script>if (a < b) { <em>go()</em> }</script>and <em>kept</em>.\n\nA <script>never closed here.\n");
        String html = doc.html();
        assertFalse(html.contains("var x") || html.contains("color:red") || html.contains("go()"), html);
        assertEquals("Inline text, more and kept.", doc.selectFirst("p").text());
        assertEquals(1, doc.select("em").size(), "the <em> inside the script went with it: " + html);
        assertTrue(doc.select("p").get(1).text().contains("never closed here."), "not closed in its paragraph: left");
        List<Problem> warnings = problems();
        assertEquals(4, warnings.size(), "one warning for each element removed, not for its closing tag too: " + warnings);
        assertTrue(warnings.stream().allMatch(p -> p.severity() == Severity.WARNING), warnings.toString());
    }

    @Test
    void inlineHtmlThatIsAllowedIsKeptWithoutWarnings() {
        Document doc = render("Press <kbd>Enter</kbd> to <strong>continue</strong>.\n");
        assertEquals("Enter", doc.selectFirst("kbd").text());
        assertTrue(problems().isEmpty(), problems().toString());
    }

    /** A name in a right-to-left script inside English text is isolated with bdi, as the right-to-left rule asks. */
    @Test
    void bdiIsKeptToIsolateTextOfTheOtherDirection() {
        Document doc = render("Ask for <bdi lang=\"ur\" dir=\"rtl\">مترجم</bdi> at reception.\n");
        assertEquals("ur rtl", doc.selectFirst("bdi").attr("lang") + " " + doc.selectFirst("bdi").attr("dir"));
        assertTrue(problems().isEmpty(), problems().toString());
    }

    /**
     * A lang that is not a language's code ("urdu") or a dir that is not a direction passed the build and failed the
     * audit (axe's valid-lang) with no file or line: it is an error at its line. A code with a script and region is fine.
     */
    @Test
    void aLangThatIsNotALanguagesCodeIsAnErrorAtItsLine() {
        render("Ask for <span lang=\"urdu\">مترجم</span>.\n\n<p lang=\"ar\" dir=\"sideways\">مرحبا</p>\n\n"
                + "<span lang=\"zh-Hant-HK\">你好</span> <span lang=\"cy\">Helo</span> <span lang=\"ckb\" dir=\"RTL\">سڵاو</span>"
                // codes of the right form that Java cannot name are languages all the same: Dari, Sylheti, Western Punjabi
                + " <span lang=\"prs\" dir=\"rtl\">دری</span> <span lang=\"syl\">ꠍꠤꠟꠐꠤ</span> <span lang=\"pnb\" dir=\"rtl\">پنجابی</span>\n\n"
                // a browser ignores a direction with a space in it, and reads the text left to right
                + "<span lang=\"ar\" dir=\"rtl \">مرحبا</span> <span lang=\"welsh\">Helo</span>\n");
        List<String> found = problems().stream().map(p -> p.severity() + " " + p.position().line() + " " + p.message()).toList();
        assertEquals(List.of("ERROR 10 this HTML's lang=\"urdu\" is not a language's code, so screen readers and browsers cannot tell "
                        + "how to read that part.",
                "ERROR 12 this HTML's dir=\"sideways\" is not a direction, so screen readers and browsers cannot tell how to read that part.",
                "ERROR 16 this HTML's dir=\"rtl \" is not a direction, so screen readers and browsers cannot tell how to read that part.",
                "ERROR 16 this HTML's lang=\"welsh\" is not a language's code, so screen readers and browsers cannot tell how to read "
                        + "that part."), found);
    }

    @Test
    void javascriptLinksAreErrors() {
        Document doc = render("[click](javascript:alert(1))\n");
        assertFalse(doc.html().contains("javascript:"), doc.html());
        Problem p = problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("javascript:"), p.message());
    }

    @Test
    void dataAndFileLinksAreErrorsToo() {
        render("[a](data:text/html,hi) [b](file:///c:/secret.docx)\n");
        assertEquals(2, problems().size(), problems().toString());
        assertTrue(problems().stream().allMatch(p -> p.severity() == Severity.ERROR));
    }

    @Test
    void picturesFromOtherWebsitesAreErrors() {
        render("![Map](https://maps.example.com/tile.png)\n");
        Problem p = problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("another website"), p.message());
    }

    @Test
    void brokenInternalLinksAreErrorsWithASuggestion() {
        render("See [how to get involved](/get-involvd/).\n");
        Problem p = problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(10, p.position().line());
        assertTrue(p.message().contains("/get-involved/"), "suggests the nearest address: " + p.message());
    }

    @Test
    void linksToContentFilesAndFilesBesideThePageBecomeSiteAddresses() {
        Document doc = render("[Drop-in](../events/drop-in.md), [plan](dental-plan.pdf), [involved](/get-involved)\n");
        assertEquals(List.of("/events/drop-in/", "/consultations/dental-plan.pdf", "/get-involved/"),
                doc.select("a").eachAttr("href"));
        assertTrue(problems().isEmpty(), problems().toString());
    }

    @Test
    void fragmentsAndExternalLinksAreKept() {
        Document doc = render("[top](/get-involved/#panel) and [elsewhere](https://www.nhs.uk/)\n");
        assertEquals(List.of("/get-involved/#panel", "https://www.nhs.uk/"), doc.select("a").eachAttr("href"));
    }

    @Test
    void internalLinksCarryTheBasePathOfTheSite() {
        TestSite.write(root, Map.of("content/_data/site.yml", TestSite.SITE_YML.replace(
                "https://engage.testshire.example/", "https://www.testshire.example/engage/")));
        Problems setup = new Problems();
        SiteData data = new DataLoader(root, setup).load();
        Site site = new SiteAssembler(data, NOW, setup, ContentTypes.ALL).assemble(new ContentLoader(root, data, NOW, setup, ContentTypes.ALL).load());
        String html = markdown.render("[involved](/get-involved/)", SOURCE, 1, "consultations", new Links(site), problems).html();
        assertEquals("/engage/get-involved/", Jsoup.parseBodyFragment(html).selectFirst("a").attr("href"));
    }

    /** Every address in the rendered HTML, read as a browser reads it, is one the policy allows. */
    private static void assertNoDangerousAddress(Document doc) {
        for (org.jsoup.nodes.Element el : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                assertFalse(key.startsWith("on"), "event handler in " + doc.html());
                if (key.equals("href") || key.equals("src") || key.equals("cite")) {
                    assertTrue(org.engagementportal.source.Address.check(a.getValue()).allowed(), a + " in " + doc.html());
                }
            }
        }
    }

    @Test
    void anAutolinkWithAScriptAddressIsAnErrorAndNotALink() {
        Document doc = render("Click <javascript:alert(1)> or <JAVASCRIPT:alert(2)> now.\n");
        assertNoDangerousAddress(doc);
        assertEquals(2, problems().size(), problems().toString());
        assertTrue(problems().stream().allMatch(p -> p.severity() == Severity.ERROR && p.position().line() == 10));
        assertTrue(problems().get(0).message().contains("'javascript:'"), problems().get(0).message());
    }

    @Test
    void aScriptAddressInPlainTextIsNotTurnedIntoALink() {
        Document doc = render("Plain javascript://%0aalert(1) and vbscript://x text.\n");
        assertNoDangerousAddress(doc);
        assertEquals(2, problems().size(), problems().toString());
    }

    @Test
    void aReferenceDefinitionIsCheckedWhereItIsWrittenWhetherOrNotItIsUsed() {
        Document doc = render("See [the plan][p] here.\n\n[p]: javascript:alert(1)\n[unused]: data:text/html,x\n");
        assertNoDangerousAddress(doc);
        List<Problem> errors = problems();
        assertEquals(List.of(12, 13), errors.stream().map(p -> p.position().line()).toList(), errors.toString());
        assertTrue(errors.stream().allMatch(p -> p.severity() == Severity.ERROR));
    }

    @Test
    void aReferenceDefinitionToAPageStillWorks() {
        Document doc = render("See [involved][i].\n\n[i]: /get-involved/ \"How to get involved\"\n");
        assertEquals("/get-involved/", doc.selectFirst("a").attr("href"));
        assertEquals("How to get involved", doc.selectFirst("a").attr("title"));
        assertTrue(problems().isEmpty(), problems().toString());
    }

    @Test
    void addressesInHtmlDisguisedWithTabsEntitiesOrCaseAreErrors() {
        Document doc = render("""
                <a href="java	script:alert(1)">a</a> <a href="&#106;avascript:alert(2)">b</a>

                <div><a href="JaVaScRiPt:alert(3)">c</a> <q cite="vbscript:x">d</q></div>

                <img src="data:image/png;base64,AAAA" alt="e"> <a href=" //evil.example/">f</a>
                """);
        assertNoDangerousAddress(doc);
        List<Problem> errors = problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(6, errors.size(), problems().toString());
        assertEquals(List.of(10, 10, 12, 12, 14, 14), errors.stream().map(p -> p.position().line()).toList());
    }

    @Test
    void aPictureInHtmlMustBeOnThisSite() {
        Document doc = render("<img src=\"https://tracker.example/pixel.png\" alt=\"x\">\n");
        assertTrue(doc.select("img[src]").isEmpty(), doc.html());
        assertEquals(Severity.ERROR, problems().get(0).severity());
    }

    @Test
    void linksToAnotherWebsiteWithoutItsSchemeAreErrors() {
        Document doc = render("[a](//evil.example/) and ![b](//evil.example/p.png)\n");
        assertNoDangerousAddress(doc);
        assertEquals(2, problems().size(), problems().toString());
    }

    @Test
    void phoneAndEmailLinksAreKept() {
        Document doc = render("[Call us](tel:01632960100) or [email](mailto:engage@testshire.example)\n");
        assertEquals(List.of("tel:01632960100", "mailto:engage@testshire.example"), doc.select("a").eachAttr("href"));
        assertTrue(problems().isEmpty(), problems().toString());
    }

    /** Found in review: a tag split over two lines was dropped, leaving its closing tag alone. */
    @Test
    void htmlTagsWrittenOverTwoLinesAreReadAsTags() {
        Document doc = render("Say <span\nlang=\"cy\">bore da</span> and <a\nhref=\"/get-involved/\">join in</a> today.\n");
        assertEquals("cy", doc.selectFirst("span").attr("lang"));
        assertEquals("join in", doc.selectFirst("a").text(), "the link ends where it was closed");
        assertTrue(problems().isEmpty(), problems().toString());
    }

    /**
     * One parser reads every page of a build, on both cores, and keeps flexmark's heading and table readers from one
     * page to the next (their regular expressions are compiled once): pages read at once on several threads, with
     * headings of both kinds and tables, give the HTML each gives read alone by a parser of its own.
     */
    @Test
    void pagesReadAtOnceOnSeveralThreadsAreReadAsEachIsAlone() throws Exception {
        List<String> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            pages.add("# Page " + i + "\n\nSetext heading " + i + "\n" + (i % 2 == 0 ? "===" : "---") + "\n\n"
                    + "| Day | Place |\n|" + "-".repeat(1 + i % 4) + "|:---|\n| " + i + " | Eastbrook " + "Library ".repeat(i % 3) + "|\n\n"
                    + "### Closing heading #" + i + " ###\n\n" + (i % 5 == 0 ? "Not | a table\n" : "Text after.\n"));
        }
        List<String> alone = new java.util.ArrayList<>();
        for (String page : pages) {
            alone.add(new Markdown().render(page, SOURCE, 1, "consultations", links, new Problems()).html());
        }
        Markdown shared = new Markdown();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<java.util.concurrent.Future<String>> read = new java.util.ArrayList<>();
                for (String page : pages) {
                    read.add(threads.submit(() -> shared.render(page, SOURCE, 1, "consultations", links, new Problems()).html()));
                }
                for (int i = 0; i < pages.size(); i++) {
                    assertEquals(alone.get(i), read.get(i).get(), "page " + i + ", round " + round);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(alone.get(7).contains("<h2 id=\"setext-heading-7\">") && alone.get(7).contains("<table")
                && alone.get(7).contains("<h3 id=\"closing-heading-7\">Closing heading #7</h3>"), alone.get(7));
        assertTrue(alone.get(5).contains("<p>Not | a table</p>"), alone.get(5));
    }
}
