package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagementportal.content.Body;
import org.engagementportal.content.Document;
import org.engagementportal.content.Page;
import org.engagementportal.content.Variant;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.types.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fast rule on a page that passes it and a page that fails it. */
class FastRulesTest {
    static final String FRAME = "<!DOCTYPE html><html lang=\"%s\"><head><title>%s</title></head><body><main>%s</main></body></html>";

    static PageUnderTest page(String main) {
        return FastRules.page("/test/", String.format(FRAME, "en-GB", "A page", main));
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(new OneMainHeading(), "<h1>Title</h1><h2>Part</h2>", "<h1>Title</h1><h1>Another</h1>"),
                Arguments.of(new HeadingOrder(), "<h1>T</h1><h2>A</h2><h3>B</h3><h2>C</h2>", "<h1>T</h1><h2>A</h2><h4>B</h4>"),
                Arguments.of(new ImageAlt(), "<h1>T</h1><img src=\"a.svg\" alt=\"A map\"><img src=\"b.svg\" alt=\"\">", "<h1>T</h1><img src=\"a.svg\">"),
                Arguments.of(new LinkPurpose(), "<h1>T</h1><a href=\"/plan/\">Read the plan</a><a href=\"/x/\"><img src=\"i.svg\" alt=\"Home\"></a>",
                        "<h1>T</h1><a href=\"/plan/\">click here</a>"),
                Arguments.of(new LinkPurpose(), "<h1>T</h1><a href=\"/plan/\" aria-label=\"The plan\"></a>", "<h1>T</h1><a href=\"/plan/\"> </a>"),
                Arguments.of(new ButtonName(), "<h1>T</h1><button>Search</button>", "<h1>T</h1><button></button>"),
                Arguments.of(new DuplicateIds(), "<h1 id=\"a\">T</h1><h2 id=\"b\">B</h2>", "<h1 id=\"a\">T</h1><h2 id=\"a\">B</h2>"),
                Arguments.of(new TableHeaders(), "<h1>T</h1><table><tr><th>A</th></tr><tr><td>1</td></tr></table>"
                        + "<table role=\"presentation\"><tr><td>Layout</td></tr></table>",
                        "<h1>T</h1><table><tr><td>A</td></tr></table>"),
                Arguments.of(new FormLabels(), "<h1>T</h1><label for=\"q\">Search</label><input id=\"q\"><label>Name <input></label>",
                        "<h1>T</h1><input id=\"q\" type=\"text\">"),
                Arguments.of(new DocumentLinks(), "<h1>T</h1><a href=\"/p.pdf\">Plan, PDF, 340 KB, 12 pages</a>",
                        "<h1>T</h1><a href=\"/p.pdf\">Plan</a>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachRulePassesGoodMarkupAndCatchesBadMarkup(Rule rule, String good, String bad) {
        assertEquals(List.of(), rule.check(page(good)), rule.id() + " on good markup");
        List<Finding> found = rule.check(page(bad));
        assertEquals(1, found.size(), rule.id() + " on bad markup: " + found);
        assertEquals(rule.id(), found.get(0).rule());
        assertTrue(!found.get(0).fix().isBlank());
    }

    @Test
    void aPageWithoutMainIsCheckedWholeAsPagesFromOtherToolsOftenAre() {
        PageUnderTest p = FastRules.page("/old/", "<!DOCTYPE html><html lang=\"en\"><head><title>Old</title></head><body>"
                + "<h1>Old site</h1><p><a href=\"/x/\">click here</a></p></body></html>");
        assertEquals(1, new LinkPurpose().check(p).size());
        assertEquals(List.of(), new OneMainHeading().check(p));
        assertEquals(List.of(), new LinkPurpose().check(FastRules.page("/empty/", "<p>no body tags at all</p>")).stream()
                .filter(f -> f.element() != null).toList());
    }

    @Test
    void rightToLeftTextNeedsItsDirectionOnlyOnAPageInALeftToRightLanguage() {
        String main = "<h1>T</h1><p lang=\"ar\">اقرأ بالعربية</p>";
        assertEquals(1, new RightToLeftDirection().check(FastRules.page("/", String.format(FRAME, "en-GB", "T", main))).size());
        assertEquals(List.of(), new RightToLeftDirection().check(FastRules.page("/", String.format(FRAME, "ar", "T", main))),
                "a page in Arabic sets dir on <html>");
        // A direction counts as a browser reads it: rtl or auto in any case; "rtl " (with a space) or ltr is no help.
        String marked = "<h1>T</h1><p lang=\"ar\" dir=\"RTL\">اقرأ</p><p lang=\"ar\" dir=\"auto\">اقرأ</p>"
                + "<p lang=\"ar\" dir=\"rtl \">اقرأ</p><p lang=\"ur\" dir=\"ltr\">پڑھیں</p>";
        assertEquals(2, new RightToLeftDirection().check(FastRules.page("/", String.format(FRAME, "en-GB", "T", marked))).size());
    }

    @Test
    void aPictureDescribedInWordsThatStartLikeAFileNameIsNotFlagged() {
        assertEquals(List.of(), new AltNotDescription().check(page("<h1>T</h1><img src=\"/a.png\" alt=\"Image 3 shows the floor plan\">"
                + "<img src=\"/b.png\" alt=\"Screenshot of the form\">")));
        assertEquals(2, new AltNotDescription().check(page("<h1>T</h1><img src=\"/a.png\" alt=\"DSC_0042\">"
                + "<img src=\"/b.png\" alt=\"picture\">")).size());
    }

    @Test
    void pageLanguageAndTitle() {
        assertEquals(List.of(), new PageLanguage().check(page("<h1>T</h1>")));
        assertEquals(1, new PageLanguage().check(FastRules.page("/", String.format(FRAME, "", "T", "<h1>T</h1>"))).size());
        assertEquals(1, new PageLanguage().check(FastRules.page("/", String.format(FRAME, "123", "T", "<h1>T</h1>"))).size());
        assertEquals(List.of(), new PageTitle().check(page("<h1>T</h1>")));
        assertEquals(1, new PageTitle().check(FastRules.page("/", String.format(FRAME, "en", " ", "<h1>T</h1>"))).size());
    }

    @Test
    void eachRuleSaysWhichPartOfThePageItLooksAt() {
        Map<String, Scope> scopes = new LinkedHashMap<>();
        FastRules.ALL.forEach(r -> scopes.put(r.id(), r.scope()));
        Map<String, Scope> expected = new LinkedHashMap<>();
        expected.put("page-language", Scope.HEAD);
        expected.put("page-title", Scope.HEAD);
        expected.put("one-main-heading", Scope.WHOLE_PAGE);
        for (String id : List.of("heading-order", "image-alt", "link-purpose", "button-name", "duplicate-id", "table-headers",
                "form-label", "document-link", "presentational-markup", "empty-paragraph", "alt-not-description", "spacer-image-alt",
                "empty-alt-with-title", "alt-title-differ", "presentation-role-with-alt", "accesskey", "tabindex-non-interactive",
                "link-to-nowhere", "link-text-symbols", "new-window-warning", "adjacent-duplicate-links", "same-link-text",
                "link-title-repeats", "media-alternative", "layout-table-semantics", "table-caption", "table-without-data",
                "nested-table", "table-column-count", "table-header-scope", "colour-without-background", "preformatted-layout",
                "spaced-letters", "capitals-passage", "italic-passage", "abbreviation-expanded", "language-of-parts", "rtl-direction",
                "fieldset-legend", "grouped-choices", "label-for", "duplicate-label", "fake-heading", "sensory-instruction",
                "colour-only-instruction", "autoplay-media")) {
            expected.put(id, Scope.TEXT);
        }
        assertEquals(expected, scopes);
        assertEquals(List.of("page-language", "page-title"), FastRules.HEAD.stream().map(Rule::id).toList());
        assertEquals(List.copyOf(expected.keySet()).subList(3, expected.size()), FastRules.TEXT.stream().map(Rule::id).toList(),
                "the text rules, in the order of ALL");
    }

    @Test
    void theBuildEnforcesOnlyDefiniteFailuresOfLevelAAndAA() {
        assertEquals(List.of("page-language", "page-title", "one-main-heading", "heading-order", "image-alt", "link-purpose",
                "button-name", "duplicate-id", "table-headers", "form-label", "document-link", "alt-not-description", "spacer-image-alt",
                "presentation-role-with-alt", "link-text-symbols", "layout-table-semantics"), FastRules.BUILD.stream().map(Rule::id).toList());
        assertEquals(FastRules.BUILD.stream().filter(r -> r.scope() == Scope.TEXT).toList(), FastRules.BUILD_TEXT);
    }

    @Test
    void aWarningInContentDoesNotFailTheBuildButAFileNameForADescriptionDoes() {
        String body = "<p>PLEASE BRING YOUR APPOINTMENT LETTER WITH YOU.</p><p><img src=\"/about/IMG_2041.jpg\" alt=\"IMG_2041.jpg\"></p>";
        Problems problems = new Problems();
        FastRules.checkText("/about/", String.format(BUILT, body), body, "templates/page.ftlh",
                about("PLEASE BRING YOUR APPOINTMENT LETTER WITH YOU.\n\n![IMG_2041.jpg](IMG_2041.jpg)\n"), problems);
        List<String> found = problems.sorted().stream().map(Problem::toString).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/about.md:8:1: error: accessibility (1.1.1 Non-text Content) on /about/: the picture "
                + "/about/IMG_2041.jpg is described as \"IMG_2041.jpg\""), found.toString());
    }

    static final String BUILT = String.format(FRAME, "en-GB", "About us", "<h1>About us</h1><div class=\"portal-prose\">%s</div>");

    /** A content file as far as the rules use it: where it is and its Markdown. */
    static Document about(String markdown) {
        return new Document("content/about.md", "about", new Pages(), Variant.ORIGINAL, null, new Page(), new Body(markdown, 6), Map.of());
    }

    /**
     * A finding about a table is at the table's line: its first cell's words on a line with a pipe, not the same words
     * in the text above it, nor the words of every cell run together (which the Markdown never has).
     */
    @Test
    void aTableIsFoundAtItsFirstRowNotAtTheWordsAboveIt() {
        String body = "<p>Ashby clinic is open on Mondays.</p>"
                + "<table class=\"nhsuk-table\"><thead class=\"nhsuk-table__head\"></thead><tbody class=\"nhsuk-table__body\">"
                + "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\">Ashby</td><td class=\"nhsuk-table__cell\">Monday</td></tr>"
                + "</tbody></table>"
                + "<table class=\"nhsuk-table\"><thead class=\"nhsuk-table__head\"></thead><tbody class=\"nhsuk-table__body\">"
                + "<tr class=\"nhsuk-table__row\"><td class=\"nhsuk-table__cell\"><span class=\"nhsuk-table__heading\" aria-hidden=\"true\">"
                + "Clinic </span>Barton</td></tr></tbody></table>";
        Problems problems = new Problems();
        FastRules.checkText("/about/", String.format(BUILT, body), body, "templates/page.ftlh",
                about("Ashby clinic is open on Mondays.\n\n|---|---|\n| Ashby | Monday |\n\n|---|\n| Barton |\n"), problems);
        List<Position> at = problems.sorted().stream().filter(p -> p.message().contains("no header row")).map(Problem::position).toList();
        assertEquals(List.of(new Position("content/about.md", 9, 3), new Position("content/about.md", 12, 3)), at,
                problems.sorted().toString());
    }

    /** The text rules' errors for {@code markdown} as about.md's text, rendered as the build renders it. */
    private static List<Problem> errorsFor(String markdown) {
        String body = org.engagementportal.markdown.Markdown.shared().render(markdown, "content/about.md", 6, "", null, new Problems()).html();
        Problems problems = new Problems();
        FastRules.checkText("/about/", String.format(BUILT, body), body, "templates/page.ftlh", about(markdown), problems);
        return problems.sorted();
    }

    /**
     * A picture in the page's text described only by spaces (a space typed between the brackets, or a no-break, wide or
     * zero-width space pasted there) has no description as much as one with nothing between them: a screen reader says
     * nothing, or "blank". Each is the same error, at the picture.
     */
    @Test
    void aPictureDescribedOnlyBySpacesHasNoDescription() {
        String markdown = "![ ](/about/a.png)\n\n![\u00a0](/about/b.png)\n\n![\u2003\u200b\u3000](/about/c.png)\n\n"
                + "![](/about/d.png)\n\n![A map of the clinic](/about/e.png)\n";
        String body = org.engagementportal.markdown.Markdown.shared().render(markdown, "content/about.md", 6, "",
                org.engagementportal.markdown.LinksAsWritten.LINKS, new Problems()).html();
        Problems problems = new Problems();
        FastRules.checkText("/about/", String.format(BUILT, body), body, "templates/page.ftlh", about(markdown), problems);
        List<String> found = problems.sorted().stream().filter(p -> p.message().contains("(1.1.1 Non-text Content)"))
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().replaceAll("^.* on /about/: ", "")
                        + " " + p.fix()).toList();
        assertEquals(List.of(
                "6:1 the picture /about/a.png has no description. Describe it between the square brackets: ![What the picture shows](/about/a.png)",
                "8:1 the picture /about/b.png has no description. Describe it between the square brackets: ![What the picture shows](/about/b.png)",
                "10:1 the picture /about/c.png has no description. Describe it between the square brackets: ![What the picture shows](/about/c.png)",
                "12:1 the picture /about/d.png has no description. Describe it between the square brackets: ![What the picture shows](/about/d.png)"),
                found, problems.sorted().toString());
        // In the page's frame, empty text marks decoration, and so does text of spaces only.
        assertEquals(List.of(), new ImageAlt().check(page("<h1>T</h1><img src=\"logo.svg\" alt=\" \">")));
    }

    /**
     * A table's cell is looked for where a cell is written (at the start of a row, and whole: "Day" is not "Days
     * open"), and the first cell with words counts (a corner cell may be empty); an HTML table is found at its cell's
     * tag. Nothing in a page's text stops the search: a heading of one private-use character is found as any other.
     */
    @Test
    void aTablesCellIsLookedForWhereACellIsWritten() {
        List<Position> at = errorsFor("""
                | Days open | Clinic |
                |---|---|
                | Monday | Ashby |

                |---|---|
                | Day | Eastbrook |

                |---|---|
                |  | Tuesday |
                """).stream().filter(p -> p.message().contains("no header row")).map(Problem::position).toList();
        assertEquals(List.of(new Position("content/about.md", 11, 3), new Position("content/about.md", 14, 6)), at);
        List<Problem> html = errorsFor("Intro.\n\n<table><tr><td>Barton</td></tr></table>\n\n| Clinic | Day |\n|---|---|\n| Barton | Monday |\n");
        assertEquals(List.of(new Position("content/about.md", 8, 16)), html.stream().filter(p -> p.message().contains("no header row"))
                .map(Problem::position).toList(), html.toString());
        List<Problem> odd = errorsFor("Intro.\n\n#### \uE000\n\nText.\n");
        assertEquals(List.of(new Position("content/about.md", 8, 6)), odd.stream().map(Problem::position).toList(), odd.toString());
    }

    /**
     * A table whose first cell is not written as it shows (bold, quotes made typographic, an entity, a link) is found
     * as the nth table of the text, so two such tables are two errors, each at its own first row, not one error at the
     * text's first line.
     */
    @Test
    void aTableWhoseWordsAreWrittenOtherwiseIsFoundByItsPlaceAmongTheTables() {
        List<Position> at = errorsFor("""
                Our clinics.

                |---|---|
                | _Ashby_ | Monday |

                > |---|
                > | "Yes" |

                ```
                |---|
                | not a table |
                ```

                - |---|---|
                  | [Barton](https://example.org/) | A &amp; E |

                <table><tr><td>Eastbrook &amp; Fenwick</td></tr></table>
                """).stream().filter(p -> p.message().contains("no header row")).map(Problem::position).toList();
        assertEquals(List.of(new Position("content/about.md", 8, 1), new Position("content/about.md", 11, 3),
                new Position("content/about.md", 19, 3), new Position("content/about.md", 22, 1)), at);
    }

    /** When the text has more things like tables than the page shows tables, no guess is made: the text's first line. */
    @Test
    void aTableIsNotGuessedAtWhenTheTextHasMoreTableLikeLinesThanTables() {
        List<Position> at = errorsFor("""
                Our clinics.
                | Clinic | Day |
                |---|---|

                |---|
                | _Ashby_ |
                """).stream().filter(p -> p.message().contains("no header row")).map(Problem::position).toList();
        assertEquals(List.of(new Position("content/about.md", 6, 1)), at);
    }

    @Test
    void tableStartsAreEachTablesFirstRow() {
        assertEquals(List.of(0, 21, 34), FastRules.tableStarts("| a | b |\n|---|---|\n\n|---|\n| c |\n\n<TABLE>\n<table-like>"));
        assertEquals(List.of(), FastRules.tableStarts("~~~\n| a |\n|---|\n~~~\nText | more\n\n---\n"));
    }

    /**
     * A link to a part of the same page that is not there goes nowhere, silently: a heading reworded after the link was
     * written, or a heading's words written in another script than its id keeps. It is a warning at the link, with the
     * page's headings to choose from; a link to a heading or to the top is fine.
     */
    @Test
    void aLinkToAPartOfThePageThatIsNotThereIsAWarning() {
        List<Problem> found = errorsFor("""
                ## How to respond

                See [how to respond](#how-to-respond), [back to the top](#top) and [the old section](#how-to-reply).

                ## Contact us

                Call us.
                """);
        assertEquals(List.of("content/about.md:8:68: warning: on /about/: the link \"the old section\" goes to #how-to-reply, but this "
                + "page has no part with that id, so the link goes nowhere."), found.stream().map(p -> p.position() + ": "
                + p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p.message()).toList(), found.toString());
        assertEquals("Link to a heading of this page by its id, its words in small letters with hyphens for spaces: "
                + "#how-to-respond, #contact-us.", found.get(0).fix());
    }

    @Test
    void theBuildRunsTheTextRulesOnTextFromContentAndNotTheWholePageRules() {
        String body = "<h1>Our history</h1><p><a href=\"/plan/\">click here</a></p>";
        Problems problems = new Problems();
        FastRules.checkText("/about/", String.format(BUILT, body), body, "templates/page.ftlh",
                about("# Our history\n\nFor our plans [click here](/plan/).\n"), problems);
        List<String> found = problems.sorted().stream().map(Problem::toString).toList();
        assertEquals(1, found.stream().filter(p -> p.contains("main heading")).count(), "one main heading is counted once: " + found);
        assertTrue(found.stream().anyMatch(p -> p.startsWith("templates/page.ftlh") && p.contains("the page has 2 main headings")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/about.md:8:1") && p.contains("the link \"click here\"")), found.toString());
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void aFindingAboutTheHeadIsAtTheFrontMatterAndOneAboutTheWholePageAtTheTemplate() {
        Document content = about("Words.\n");
        Finding untitled = new PageTitle().check(FastRules.page("/about/", String.format(FRAME, "en-GB", "", "<h1>T</h1>"))).get(0);
        assertEquals(new Position("content/about.md", 1, 1), FastRules.where(untitled, Scope.HEAD, "templates/page.ftlh", content));
        Finding noHeading = new OneMainHeading().check(page("<p>No heading</p>")).get(0);
        assertEquals(Position.file("templates/page.ftlh"), FastRules.where(noHeading, Scope.WHOLE_PAGE, "templates/page.ftlh", content));
        assertEquals(Position.file("templates/list.ftlh"), FastRules.where(untitled, Scope.HEAD, "templates/list.ftlh", null),
                "a listing has no content file: the template");
        Problems problems = new Problems();
        String html = String.format(FRAME, "en-GB", "", "<h1>About us</h1>");
        FastRules.checkText("/about/", html, "", "templates/page.ftlh", content, problems);
        assertEquals(List.of(new Position("content/about.md", 1, 1)), problems.sorted().stream().map(Problem::position).toList());
    }

    @TempDir
    Path dir;

    @Test
    void aVagueLinkInContentIsAnErrorAtItsLineInBuildAndCheck() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\nFor our history [click here](/get-involved/).\n");
        int line = TestSite.read(about).split("\n").length;
        for (String command : List.of("build", "check")) {
            Portal.Run run = Portal.run(command, "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
            assertEquals(1, run.exit(), run.all());
            assertTrue(run.all().contains("content/about.md:" + line + ":17: error: accessibility (2.4.4 Link Purpose (In Context)) on "
                    + "/about/: the link \"click here\" does not say where it goes."), command + ": " + run.all());
        }
    }

    @Test
    void aMistakeWrittenLikeAnEarlierGoodOneIsReportedWhereItIsNotWhereTheFirstIs() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/map.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path about = site.resolve("content/about.md");
        String before = TestSite.read(about);
        int first = before.split("\n").length + 2;
        Files.writeString(about, before + """

                ![A map of the area](map.svg) and our [history](/get-involved/).

                The same map again: <img src="map.svg"> as HTML.

                For our history [click here](/get-involved/), or for our plans [click here](/get-involved/).
                """);
        for (String command : List.of("build", "check")) {
            Portal.Run run = Portal.run(command, "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
            assertEquals(1, run.exit(), run.all());
            assertTrue(run.all().contains("content/about.md:" + (first + 2) + ":21: error: accessibility (1.1.1 Non-text Content)"),
                    command + ", the second picture, at its <img: " + run.all());
            assertFalse(run.all().contains("content/about.md:" + first + ":"), command + ": nothing on the first line, which is right: " + run.all());
            assertTrue(run.all().contains("content/about.md:" + (first + 4) + ":17: error: accessibility (2.4.4"), command + ": " + run.all());
            assertTrue(run.all().contains("content/about.md:" + (first + 4) + ":64: error: accessibility (2.4.4"),
                    command + ", the second link with the same words, at its own place: " + run.all());
        }
    }

    @Test
    void aMistakeIsNotPlacedWhereItsWordsOrFileAppearAsPartOfSomethingElse() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/map.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(site.resolve("content/team-map.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path about = site.resolve("content/about.md");
        String before = TestSite.read(about);
        int first = before.split("\n").length + 2;
        Files.writeString(about, before + """

                ![The team's patch](team-map.svg) and ![click here](map.svg) as a description.

                Our <abbr title="National Health Service">NHS</abbr> history: [click here][more].

                The area again: <img src="map.svg">

                [more]: /get-involved/
                """);
        for (String command : List.of("build", "check")) {
            Portal.Run run = Portal.run(command, "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
            assertEquals(1, run.exit(), run.all());
            assertTrue(run.all().contains("content/about.md:" + (first + 2) + ":63: error: accessibility (2.4.4"),
                    command + ", the link at its [, not at <abbr, nor at the picture's words: " + run.all());
            assertTrue(run.all().contains("content/about.md:" + (first + 4) + ":17: error: accessibility (1.1.1 Non-text Content)"),
                    command + ", the picture at its <img, not where map.svg ends team-map.svg: " + run.all());
            assertFalse(run.all().contains("content/about.md:" + (first + 6) + ":"), command + ", not at the reference: " + run.all());
        }
    }

    @Test
    void aPictureWithoutDescriptionFromContentPointsAtItsLine() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/map.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\n![](map.svg)\n");
        int line = TestSite.read(about).split("\n").length;
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
        assertTrue(run.all().contains("content/about.md:" + line + ":1: error: accessibility (1.1.1 Non-text Content)"), run.all());
    }

    /**
     * Found in review: a picture without a description was said to be at the first sentence that named its file ("the
     * leaflet talk.svg"), lines above the picture; and a picture given by a reference ("![][b]" with "[b]: talk.svg" at
     * the end) at the sentence too, or at the reference's definition. Each is at the picture as written.
     */
    @Test
    void aPictureIsFoundWhereItIsWrittenNotWhereASentenceNamesItsFile() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/talk.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(site.resolve("content/map.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path about = site.resolve("content/about.md");
        String before = TestSite.read(about);
        int first = before.split("\n").length + 2;
        Files.writeString(about, before + """

                The leaflet talk.svg and the file map.svg have the times.

                ![][b]

                ![](map.svg)

                [b]: talk.svg
                """);
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00", "-q");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/about.md:" + (first + 2) + ":1: error: accessibility (1.1.1 Non-text Content) on "
                + "/about/: the picture /talk.svg"), "the reference's use: " + run.all());
        assertTrue(run.all().contains("content/about.md:" + (first + 4) + ":1: error: accessibility (1.1.1 Non-text Content) on "
                + "/about/: the picture /map.svg"), run.all());
        assertFalse(run.all().contains("content/about.md:" + first + ":") || run.all().contains("content/about.md:" + (first + 6) + ":"),
                "not at the sentence, nor at the reference's definition: " + run.all());
    }

    @Test
    void aReferencesDefinitionLeadsToWhereItIsUsed() {
        String text = "Intro.\n\n![A map][Area map] and [more][b].\n\n![b]\n\n[area map]: map.png\n[b]: /get-involved/\n[c]: x.png\n";
        assertEquals(text.indexOf("![A map]"), FastRules.referenceUse(text, text.indexOf("map.png")), "the label's case aside");
        assertEquals(text.indexOf("[more]"), FastRules.referenceUse(text, text.indexOf("/get-involved/")), "its first use");
        assertEquals(text.indexOf("x.png"), FastRules.referenceUse(text, text.indexOf("x.png")), "never used: the definition");
        assertEquals(text.indexOf("Intro"), FastRules.referenceUse(text, text.indexOf("Intro")), "not a definition");
    }
}
