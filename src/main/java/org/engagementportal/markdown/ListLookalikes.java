package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.engagementportal.source.Excerpt;

/**
 * Lists pasted from Word or an email: each point starts with the bullet the word processor drew ("• First point"),
 * which Markdown does not read as a list. The lines are published run together as one paragraph ("• First point •
 * Second point"), and a screen reader is not told there is a list, nor how many points it has (WCAG 1.3.1). Each
 * such line gets a warning at its bullet, with the line written as a point of a list. A bullet in the middle of a
 * line is left alone (it is as likely a separator, "GP • Dentist"), and so are bullets in computer code, in a table's
 * cell, and after a list's own mark ("- • First": already a point, if one with a bullet too many).
 */
final class ListLookalikes {
    /**
     * The bullets word processors draw: the bullet, middle dot, small and large squares and circles, triangular and
     * hyphen bullets, arrowheads; and as Word pastes its own from the Symbol and Wingdings fonts, in Unicode's private
     * use area (the bullet, the small square and the arrowhead), which show as a box or not at all elsewhere.
     */
    static final String BULLETS = "\u2022\u00b7\u25aa\u25e6\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\uf0b7\uf0a7\uf0d8";

    private ListLookalikes() {
    }

    /** Warns at each line of a paragraph of {@code document} (parsed from {@code markdown}) that starts with a bullet. */
    static void report(String markdown, Document document, PageContext ctx) {
        if (!mayHoldOne(markdown)) {
            return; // nearly every page: no paragraphs looked at
        }
        walk(document, ctx);
    }

    /** Whether the text has a bullet anywhere. */
    private static boolean mayHoldOne(String markdown) {
        for (char c : Stretch.charsOrCopy(markdown)) {
            if (c >= '\u00b7' && BULLETS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The blocks under {@code parent}, down to paragraphs; not tables, nor code (which holds no paragraphs). */
    private static void walk(Node parent, PageContext ctx) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                check(p, ctx);
            } else if (n instanceof Block && !(n instanceof TableBlock)) {
                walk(n, ctx);
            }
        }
    }

    /** A line of a paragraph that starts with a bullet: where, which, and its words. */
    private record Pasted(BasedSequence line, int k, int at, char bullet, String words) {
    }

    private static void check(Paragraph p, PageContext ctx) {
        var lines = p.getContentLines();
        List<Pasted> pasted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 && p.getParent() instanceof ListItem && p.getPrevious() == null) {
                continue; // "- • First": the line is a point already
            }
            BasedSequence line = lines.get(i);
            int k = 0;
            while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                k++;
            }
            if (k == line.length() || BULLETS.indexOf(line.charAt(k)) < 0) {
                continue;
            }
            String words = strip(line.subSequence(k + 1).toString());
            int at = line.getIndexOffset(k); // not start + k: flexmark may hold a tab as spaces
            if (words.isEmpty() || inCode(p, at)) {
                continue;
            }
            pasted.add(new Pasted(line, k, at, line.charAt(k), words));
        }
        // A list is two points or more: one line starting with a bullet is a sentence wrapped before a separator ("GP
        // · Dentist"), or a shape used as a symbol ("■ Key: items in bold are new"), found in a review of real pages.
        if (pasted.size() < 2) {
            return;
        }
        boolean quoted = p.getAncestorOfType(BlockQuote.class) != null;
        for (Pasted x : pasted) {
            String before = quoted ? markBefore(x.line(), x.k()) : "";
            ctx.problems().warning(ctx.at(p, x.at()), "this line starts with a bullet ("
                            + (Character.getType(x.bullet()) == Character.PRIVATE_USE ? "it may show as a box, or not at all" : x.bullet())
                            + "), as a list pasted from Word does, but it is not made into a list: the lines are published "
                            + "run together in one paragraph (• First point • Second point), and screen readers do not say "
                            + "there is a list.",
                    "Start each point with a hyphen and a space, on its own line, with "
                            + (quoted ? "a line with only > on it" : "an empty line") + " before the list: "
                            + before + "- " + Excerpt.of(x.words(), 80));
        }
    }

    /** The quote's marks written before the bullet on its line ("> ", "> > "), as the line is written in the page. */
    private static String markBefore(BasedSequence line, int bullet) {
        CharSequence page = line.getBaseSequence();
        int end = line.getIndexOffset(bullet);
        int start = end;
        while (start > 0 && page.charAt(start - 1) != '\n' && page.charAt(start - 1) != '\r') {
            start--;
        }
        String marks = page.subSequence(start, end).toString().strip();
        return marks.isEmpty() ? "" : marks + " ";
    }

    /** Spaces of any kind (a tab, a no-break space as Word puts after its bullet) taken off both ends. */
    private static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from)))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || Character.isSpaceChar(text.charAt(to - 1)))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Whether the bullet at {@code offset} lies in code written across lines ({@code `...`}), which is shown as it is written. */
    private static boolean inCode(Paragraph p, int offset) {
        for (Node n : p.getDescendants()) {
            if (n instanceof Code && n.getStartOffset() < offset && n.getEndOffset() > offset) {
                return true;
            }
        }
        return false;
    }
}
