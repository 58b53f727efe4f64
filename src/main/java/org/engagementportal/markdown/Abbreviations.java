package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Each abbreviation explained once, where it is first used, as style guides ask: flexmark marks up every use
 * of a defined abbreviation (those of the text and, for pages, the glossary's) as an {@code <abbr title>}; on
 * the parsed text, before it is rendered, every use after the first becomes plain text again. "First" is in the
 * order the page shows them (a table's caption before its cells). An {@code <abbr title="...">} written in the
 * text's own HTML counts as a use, and what flexmark marked up inside it is left plain, so no {@code <abbr>} is
 * put inside another.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    static void explainFirstUseOnly(Document document) {
        var defined = AbbreviationExtension.ABBREVIATIONS.get(document);
        if (defined == null || defined.isEmpty()) {
            return; // nothing marked up
        }
        walk(document, new HashSet<>(), false);
    }

    /** @param insideExplained whether {@code parent} is inside an {@code <abbr title>} of the text's own HTML */
    private static void walk(Node parent, Set<String> seen, boolean insideExplained) {
        if (parent instanceof TableBlock) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof TableCaption) {
                    walk(n, seen, insideExplained);
                }
            }
        }
        boolean inside = insideExplained;
        StringBuilder explained = null; // the text of the <abbr title> being read, when not already inside one
        Node n = parent.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            if (n instanceof Abbreviation a) {
                String text = a.getChars().toString();
                if (explained != null) {
                    explained.append(text);
                }
                if (inside || !seen.add(text)) {
                    Text plain = new Text(a.getChars());
                    a.insertBefore(plain);
                    a.unlink();
                }
            } else if (n instanceof HtmlInline html) {
                String tag = html.getChars().toString();
                if (!inside && opensExplainedAbbr(tag)) {
                    inside = true;
                    explained = new StringBuilder();
                } else if (explained != null && tag.regionMatches(true, 0, "</abbr", 0, 6)) {
                    seen.add(explained.toString());
                    inside = insideExplained;
                    explained = null;
                }
            } else if (!(n instanceof TableCaption && parent instanceof TableBlock)) {
                if (explained != null) {
                    explained.append(n.getChars());
                }
                walk(n, seen, inside);
            }
            n = next;
        }
    }

    /** Whether a piece of inline HTML is an {@code <abbr>} start tag with a title. */
    private static boolean opensExplainedAbbr(String tag) {
        if (!tag.toLowerCase(Locale.ROOT).startsWith("<abbr")) {
            return false;
        }
        Element abbr = Jsoup.parseBodyFragment(tag + "</abbr>").selectFirst("abbr");
        return abbr != null && abbr.hasAttr("title");
    }
}
