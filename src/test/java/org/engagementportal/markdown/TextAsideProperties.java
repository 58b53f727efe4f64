package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/**
 * Rendering with the words set aside ({@link TextAside}) gives the HTML, headings and problems of rendering
 * without, private-use characters written anywhere included.
 */
class TextAsideProperties {
    private static final Markdown ASIDE = new Markdown(true);
    private static final Markdown PLAIN = new Markdown(false);
    private static final String SOURCE = "content/consultations/dental.md";

    /** Links to "/missing..." point at nothing (a problem for each); every other link points where it is written. */
    private static final SiteLinks LINKS = new SiteLinks() {
        @Override
        public Optional<String> resolve(String folder, String target) {
            return target.startsWith("/missing") ? Optional.empty() : Optional.of(target);
        }

        @Override
        public Collection<String> paths() {
            return List.of("/about/", "/missing-not/");
        }

        @Override
        public String href(String sitePath) {
            return sitePath;
        }
    };

    private record Result(String html, List<Rendered.Heading> headings, List<Problem> problems) {
    }

    private static Result render(Markdown markdown, String text) {
        Problems problems = new Problems();
        Rendered r = markdown.render(text, SOURCE, 7, "consultations", LINKS, problems);
        return new Result(r.html(), r.headings(), problems.since(0));
    }

    private static void assertAsWithout(String text) {
        assertEquals(render(PLAIN, text), render(ASIDE, text), text);
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> part = Arbitraries.of("We", "met", "the", "ICB", "\uE000", "a\uE001b", "\uF8FF", "&#xE000;", "&#57345;",
                "&amp;", "&copy;", "A&E", "\\*", "\\\\", "[the plan](/about/)", "[plan \uE000](/about/)", "[x](/a\uE002)",
                "[gone](/missing-page/)", "[gone \uE001](/missing-\uE003/)", "![Map \uE004](/map.png)", "![](/p.png)",
                "<span>\uE005</span>", "<b>bold</b>", "<em>x", "`code \uE006`", "`a&b`", "*em*", "**strong**", "_u_",
                "\"quoted\"", "it's", "--", "...", "<", ">", "\"", "\t", "  ", "www.example.org", "engage@testshire.example",
                "*[ICB]: Integrated Care Board\n", "\n", "  \n",
                "_x_ ".repeat(Limits.MARKS_PER_PARAGRAPH / 3 + 1)); // over the limit: the paragraph is kept as one text, lines and all
        Arbitrary<String> lead = Arbitraries.of("", "", "", "## ", "### ", "# ", "- ", "1. ", "> ", "> - ", "    ", "\t",
                "| a | b \uE007 |\n|---|---|\n| ", "```\n", "~~~\n");
        Arbitrary<String> line = Combinators.combine(lead, part.list().ofMaxSize(10), Arbitraries.of("", " ", "  ", "\\"))
                .as((l, parts, end) -> l + String.join(" ", parts) + end);
        return line.list().ofMaxSize(8).map(lines -> String.join("\n\n", lines));
    }

    @Property(tries = 1500)
    void settingWordsAsideChangesNothing(@ForAll("pages") String text) {
        long before = ASIDE.renderedTwice();
        assertAsWithout(text);
        if (text.chars().noneMatch(c -> c >= TextAside.FIRST && c <= TextAside.LAST) && !text.contains("&#")) {
            assertEquals(before, ASIDE.renderedTwice(), "with no private-use character anywhere, one rendering is enough");
        }
    }

    @Test
    void aPageWithPrivateUseCharactersOnlyInItsWordsIsRenderedOnce() {
        String text = "## Why \uE000 we ask\n\nWe met [the ICB](/about/) on *Tuesday* \uE001.\n\n- one\n- two &amp; three\n\n"
                + "| Service | Where |\n|---|---|\n| Dental | Eastbrook |\n";
        long before = ASIDE.renderedTwice();
        long setAside = ASIDE.setAside();
        assertAsWithout(text);
        assertEquals(before, ASIDE.renderedTwice());
        // the heading's words, "We met ", the link's words, " on ", "Tuesday", the rest of the sentence, the list items'
        // words, and the table's four cells: every run but the spaces between
        assertTrue(ASIDE.setAside() - setAside >= 10, "words set aside: " + (ASIDE.setAside() - setAside));
    }

    @Test
    void aPageWithPrivateUseCharactersOutsideItsWordsIsRenderedAgainAndItsProblemsReportedOnce() {
        String text = "See [the plan](/a\uE000/) and [the old plan](/missing-\uE001/).\n\n![Map \uE002](/map.png)\n\nMore words.\n";
        Result without = render(PLAIN, text);
        long before = ASIDE.renderedTwice();
        assertAsWithout(text);
        assertEquals(before + 1, ASIDE.renderedTwice());
        assertTrue(without.html().contains("href=\"/a\uE000/\""), without.html());
        assertEquals(1, without.problems().size(), without.problems().toString());
    }

    @Test
    void moreRunsThanPrivateUseCharactersAreWrittenAsTheyAre() {
        String text = "Word\n\n".repeat(LIMIT + 100);
        long before = ASIDE.renderedTwice();
        assertAsWithout(text);
        assertEquals(before, ASIDE.renderedTwice());
        // Past the last, words with a private-use character are written as they are, so the page is rendered again.
        String last = text + "Last \uE000 word\n";
        long twice = ASIDE.renderedTwice();
        assertAsWithout(last);
        assertEquals(twice + 1, ASIDE.renderedTwice());
        assertTrue(render(ASIDE, last).html().endsWith("<p>Word</p>\n<p>Last \uE000 word</p>\n"));
    }

    private static final int LIMIT = TextAside.LAST - TextAside.FIRST + 1;

    @Test
    void onlyRunsWithSomethingBesidesSpacesAndNoLineBreakAreSetAside() {
        TextAside aside = new TextAside();
        assertEquals(0, aside.setAside("two\nlines"));
        assertEquals(0, aside.setAside("carriage\rreturn"));
        assertEquals(0, aside.setAside(" \t "));
        assertEquals(TextAside.FIRST, aside.setAside(" words "));
        assertEquals(TextAside.FIRST + 1, aside.setAside("more"));
        assertEquals("<p> words </p><p>more</p>", aside.putBack("<p>\uE000</p><p>\uE001</p>"));
    }

    @Test
    void htmlWithoutEachRunOnceInOrderIsRefused() {
        TextAside aside = new TextAside();
        aside.setAside("a");
        aside.setAside("b");
        assertEquals("ab", aside.putBack("\uE000\uE001"));
        assertNull(aside.putBack("\uE001\uE000"), "out of order");
        assertNull(aside.putBack("\uE000"), "one missing");
        assertNull(aside.putBack("\uE000\uE000\uE001"), "one twice");
        assertNull(aside.putBack("\uE000\uE001\uE002"), "another after them");
        assertNull(aside.putBack("\uE000\uE005\uE001"), "another between them");
        TextAside none = new TextAside();
        assertEquals("<p>\uE000</p>", none.putBack("<p>\uE000</p>"), "nothing was set aside, so nothing is put back");
    }
}
