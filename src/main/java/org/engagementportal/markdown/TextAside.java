package org.engagementportal.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's words kept out of flexmark's HTML writer while it renders, and put back in one pass after.
 *
 * <p>flexmark's writer takes what it is given one character at a time, each through several calls, to keep
 * track of lines. Most of a page's characters are its words, which need none of that. So
 * {@link PortalExtension.PlainTextRenderer} writes a single character in place of each run of words, one of
 * Unicode's private-use characters (the first run U+E000, the next U+E001, and so on up to U+F8FF), and
 * {@link #putBack} replaces them with the words. On the benchmark this made rendering Markdown about a twelfth
 * quicker.
 *
 * <p>The HTML is flexmark's, character for character. In the writer's pass-through mode, which {@link Markdown}
 * sets, the writer treats a run of words exactly as it treats a single character that is not a space, a tab or
 * a line break (in its other modes it trims and indents, and this would not hold). So a run is set aside only
 * when it has no line break and something besides spaces and tabs. Words that are themselves private-use
 * characters are set aside and put back like any others. One written anywhere else (in a link's address, a
 * picture's description, raw HTML, or as an entity flexmark decodes outside a run) would be mistaken for the
 * character standing for a run, so {@link #putBack} checks that the HTML has each of its characters once, in
 * order, and no other private-use character; when it does not, the page is rendered again without setting
 * anything aside.
 */
final class TextAside {
    static final NullableDataKey<TextAside> KEY = new NullableDataKey<>("PORTAL_TEXT_ASIDE");

    static final char FIRST = '\uE000';
    static final char LAST = '\uF8FF';

    private final List<String> runs = new ArrayList<>();
    private int length;

    TextAside() {
    }

    /**
     * Renders the document with its words set aside and put back: its HTML, or null when the HTML had a private-use
     * character this did not put there, and the document must be rendered again without (see {@link #putBack}).
     * Call it once for each TextAside: the runs it set aside are not cleared.
     */
    String render(HtmlRenderer renderer, Document document) {
        document.set(KEY, this);
        try {
            return putBack(renderer.render(document));
        } finally {
            document.set(KEY, null);
        }
    }

    /** How many runs were set aside. */
    int runs() {
        return runs.size();
    }

    /** The page's, or null when it sets nothing aside. */
    static TextAside of(Document document) {
        return KEY.get(document);
    }

    /**
     * The one character to write in place of {@code html} (HTML-escaped words), or 0 when it must be written
     * as it is: it has a line break, or nothing but spaces and tabs, or the page has used every private-use
     * character (6,400 runs). (A carriage return, which flexmark's writer reads as part of a line break, is left
     * out too, though the renderer never hands one over: it turns them into line breaks first.)
     */
    char setAside(String html) {
        if (runs.size() > LAST - FIRST || html.indexOf('\n') >= 0 || html.indexOf('\r') >= 0 || !hasNonBlank(html)) {
            return 0;
        }
        runs.add(html);
        length += html.length();
        return (char) (FIRST + runs.size() - 1);
    }

    private static boolean hasNonBlank(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * The HTML with the words back in place, or null when it does not have every character set aside exactly
     * once and in order, and no other private-use character (then the page must be rendered again).
     */
    String putBack(String html) {
        if (runs.isEmpty()) {
            return html; // nothing to put back, nor to mistake for it
        }
        StringBuilder out = new StringBuilder(html.length() - runs.size() + length);
        int next = 0;
        int from = 0;
        for (int i = 0, n = html.length(); i < n; i++) {
            char c = html.charAt(i);
            if (c >= FIRST && c <= LAST) {
                if (next == runs.size() || c - FIRST != next) {
                    return null;
                }
                out.append(html, from, i).append(runs.get(next++));
                from = i + 1;
            }
        }
        if (next != runs.size()) {
            return null;
        }
        return out.append(html, from, html.length()).toString();
    }
}
