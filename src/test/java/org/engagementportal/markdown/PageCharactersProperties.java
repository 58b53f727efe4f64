package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;

/**
 * Reading a page's Markdown through the characters {@link Stretch#chars} keeps gives what reading the String gave: the
 * one-pass test of a text's words ({@link PortalExtension.PlainTextRenderer#plainEscaped}) answers as the String tests
 * did, as does the test for a link ({@link FastAutolink#mayHoldLink}), and the characters are the page's being read on
 * the thread, and no other String's.
 */
class PageCharactersProperties {
    @Provide
    Arbitrary<String> pages() {
        // Each character that either test looks for, beside ordinary words, a curly quote (which makes the String
        // UTF-16), a private-use character, and characters just past the ones looked for.
        Arbitrary<String> single = Arbitraries.strings().withChars("ab \t\n\r\\&<>\"\0'=?[]\u2019\uE000\u00e9@:/w.").ofLength(1);
        return Arbitraries.oneOf(single, single, single, Arbitraries.of("://", "www.", "ww.", ":/"))
                .list().ofMaxSize(16).map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void theOnePassTestAnswersAsTheStringTestsDid(@ForAll("pages") String page, @ForAll @IntRange(max = 40) int a,
                                                   @ForAll @IntRange(max = 40) int b, @ForAll boolean reading) {
        int from = Math.min(Math.min(a, b), page.length());
        int to = Math.min(Math.max(a, b), page.length());
        // The page being read is tested through its characters; any other String as it was.
        Stretch.page(reading ? page : "another page");
        BasedSequence text = BasedSequence.of(page).subSequence(from, to);
        assertTrue(text instanceof SubSequence, "flexmark's stretch of a String: " + text.getClass());
        assertSame(page, text.getBase(), "flexmark reads the String itself");
        String plain = PortalExtension.PlainTextRenderer.plain(text);
        String expected = plain == null ? null : PortalExtension.PlainTextRenderer.escape(plain);
        assertEquals(expected, PortalExtension.PlainTextRenderer.plainEscaped(text));
    }

    @Property(tries = 3000)
    void aTextMayHoldALinkAlikeReadEitherWay(@ForAll("pages") String page, @ForAll @IntRange(max = 40) int a,
                                              @ForAll @IntRange(max = 40) int b) {
        int from = Math.min(Math.min(a, b), page.length());
        int to = Math.min(Math.max(a, b), page.length());
        BasedSequence text = BasedSequence.of(page).subSequence(from, to);
        Stretch.page("another page");
        boolean asString = FastAutolink.mayHoldLink(text);
        Stretch.page(page);
        assertEquals(asString, FastAutolink.mayHoldLink(text));
        assertEquals(FastAutolink.mayHoldLink((CharSequence) text.toString()), asString, "as the text's own String");
    }

    @Test
    void aLinksStartIsLookedForOnlyWithinTheText() {
        String page = "a:// then www. and x@";
        Stretch.page(page);
        BasedSequence all = BasedSequence.of(page);
        assertTrue(FastAutolink.mayHoldLink(all.subSequence(0, 4)), "'://' ending where the text ends");
        assertTrue(!FastAutolink.mayHoldLink(all.subSequence(0, 3)), "':/' only");
        assertTrue(FastAutolink.mayHoldLink(all.subSequence(10, 14)), "'www.' ending where the text ends");
        assertTrue(!FastAutolink.mayHoldLink(all.subSequence(10, 13)), "'www' only");
        assertTrue(!FastAutolink.mayHoldLink(all.subSequence(4, 10)), "' then '");
        assertTrue(FastAutolink.mayHoldLink(all.subSequence(19, 21)), "'x@'");
        assertSame(page, all.getBase());
    }

    @Property(tries = 500)
    void theCharactersAreThoseOfThePageBeingRead(@ForAll("pages") String first, @ForAll("pages") String second) {
        // Equal pages that are not the same String are each their own: only the page being read has its characters.
        String again = new String(first.toCharArray());
        for (String page : new String[] {first, second, again, first}) {
            assertArrayEquals(page.toCharArray(), Stretch.page(page));
            assertSame(Stretch.page(page), Stretch.chars(page));
        }
        Stretch.page(first);
        assertNull(Stretch.chars(again), "a String equal to the page, but not it");
    }

    @Test
    void thePageAskedForAgainIsNotCopiedAgain() {
        String page = "Dental services \u2019 in Eastbrook";
        char[] chars = Stretch.page(page);
        assertSame(chars, Stretch.page(page));
        assertSame(chars, Stretch.chars(page));
        String other = "Another page";
        assertNull(Stretch.chars(other), "not the page being read");
        assertNotSame(chars, Stretch.page(other));
        assertNull(Stretch.chars(page), "no longer the page being read");
        assertEquals(other, new String(Stretch.chars(other)));
    }

    @Test
    void aPageIsReadThroughItsCharactersWhileItIsRenderedAndLetGoAfter() {
        // The parser's text is a stretch of the page's own String, and the page is being read while it is rendered (asked
        // here when its link is resolved), so the quick ways above are the ones a build takes.
        String page = "We met \u2019the ICB\u2019 on <Tuesday> & [the plan](/about/) \"Wednesday\".\n";
        List<char[]> whileRendered = new ArrayList<>();
        SiteLinks links = LinksAsWritten.calling(() -> whileRendered.add(Stretch.chars(page)));
        Stretch.page("another page");
        String html = Markdown.shared().render(page, "content/about.md", 1, "", links, Problems.ignored()).html();
        assertTrue(html.contains("href=\"/about/\""), html);
        assertTrue(!whileRendered.isEmpty(), "the link was resolved");
        for (char[] chars : whileRendered) {
            assertArrayEquals(page.toCharArray(), chars);
        }
        assertNull(Stretch.chars(page), "let go when rendered");
        Markdown.shared().read(page, 1, new WordsRead(words -> whileRendered.add(Stretch.chars(page))));
        assertArrayEquals(page.toCharArray(), whileRendered.get(whileRendered.size() - 1), "read as it is rendered");
        assertNull(Stretch.chars(page), "let go when read");
    }
}
