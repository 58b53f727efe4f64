package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Vague link words are told as the rule's expression told them, and the page's answers to the rules (elements by
 * several tags, a link's words) are those worked out afresh.
 */
class LinkPurposeProperties {
    /** The rule's expression as it was, written out here so that the test does not take it from the code it checks. */
    private static final Pattern END_MARK = Pattern.compile("[.!:]$");
    /** The words that say nothing of where a link goes, written out here for the same reason. */
    private static final java.util.Set<String> VAGUE = java.util.Set.of("click here", "here", "click", "read more", "more", "link",
            "this link", "find out more", "more information", "this page", "its page", "the page", "page", "go");

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> part = Arbitraries.of("here", "Here", "HERE", "click", "click here", "read more", "Read More", "more", "find out more",
                "go", "the plan", "link", "this link", "more information", "this page", "its page", "the page", "page", ".", "!", ":", "?", " ", "  ", "\t", "\n", "\u0085", "\u2028", "\u00a0", "İ", "x");
        return part.list().ofMaxSize(4).map(l -> String.join("", l).strip());
    }

    @Property
    void vagueWordsAreToldAsTheExpressionToldThem(@ForAll("names") String name) {
        assertEquals(VAGUE.contains(END_MARK.matcher(name.toLowerCase(Locale.UK)).replaceAll("").strip()),
                LinkPurpose.isVague(name), name);
    }

    @Example
    void vagueWords() {
        assertTrue(LinkPurpose.isVague("Read more."));
        assertTrue(LinkPurpose.isVague("Click here!"));
        assertTrue(LinkPurpose.isVague("more :"));
        assertFalse(LinkPurpose.isVague("more.."));
        for (String words : VAGUE) {
            assertTrue(LinkPurpose.isVague(words.toUpperCase(Locale.UK) + "."), words);
        }
        assertFalse(LinkPurpose.isVague("Read the plan"));
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> part = Arbitraries.of("<h2>a</h2>", "<h3>b</h3>", "<p>x</p>", "<img alt=\"A\">", "<input>", "<a href=\"/\">here</a>",
                "<a href=\"/\"><img alt=\"Map\"></a>", "<button>Go</button>", "<div><h4>c</h4><input></div>", "<area>", "x");
        return part.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property
    void elementsOfSeveralTagsAreThoseInPageOrder(@ForAll("pages") String html) {
        List<List<String>> asks = List.of(List.of("h1", "h2", "h3", "h4", "h5", "h6"), List.of("img", "area", "input"),
                List.of("button", "input"), List.of("input", "select", "textarea"), List.of("a", "a"));
        for (List<String> tags : asks) {
            PageUnderTest page = new PageUnderTest("/p/", null, null, Jsoup.parseBodyFragment(html));
            List<Element> expected = new ArrayList<>();
            for (Element e : page.main().getAllElements()) {
                if (tags.contains(e.normalName())) {
                    expected.add(e);
                }
            }
            assertEquals(expected, page.elements(tags.toArray(String[]::new)), html + " " + tags);
        }
    }

    @Property
    void aLinksWordsAreWorkedOutOnceAndAsAfresh(@ForAll("pages") String html) {
        PageUnderTest page = new PageUnderTest("/p/", null, null, Jsoup.parseBodyFragment(html));
        for (Element a : page.elements("a")) {
            String name = page.accessibleName(a);
            assertEquals(LinkPurpose.accessibleName(a), name, html);
            assertSame(name, page.accessibleName(a), html);
        }
    }
}
