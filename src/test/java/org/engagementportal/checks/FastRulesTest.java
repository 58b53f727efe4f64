package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
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
                Arguments.of(new TableHeaders(), "<h1>T</h1><table><tr><th>A</th></tr><tr><td>1</td></tr></table>",
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
    void pageLanguageAndTitle() {
        assertEquals(List.of(), new PageLanguage().check(page("<h1>T</h1>")));
        assertEquals(1, new PageLanguage().check(FastRules.page("/", String.format(FRAME, "", "T", "<h1>T</h1>"))).size());
        assertEquals(1, new PageLanguage().check(FastRules.page("/", String.format(FRAME, "123", "T", "<h1>T</h1>"))).size());
        assertEquals(List.of(), new PageTitle().check(page("<h1>T</h1>")));
        assertEquals(1, new PageTitle().check(FastRules.page("/", String.format(FRAME, "en", " ", "<h1>T</h1>"))).size());
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
            assertTrue(run.all().contains("content/about.md:" + line + ":1: error: accessibility (2.4.4 Link Purpose (In Context)) on "
                    + "/about/: the link \"click here\" does not say where it goes."), command + ": " + run.all());
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
}
