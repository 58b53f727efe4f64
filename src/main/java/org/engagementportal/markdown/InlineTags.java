package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.engagementportal.source.Limits;

/**
 * HTML tags written among the words of a paragraph, heading or table cell stay inside it: a tag left open
 * is closed where its paragraph ends. A forgotten {@code </em>} then makes one paragraph italic, not the
 * rest of the page; and tags left open cannot pile up, paragraph after paragraph, into a page nested
 * thousands deep, which every later step (the HTML clean-up, the page's checks, the reader's browser)
 * reads in time that grows with the depth of each element. Tags nested deeper than
 * {@link Limits#HTML_NESTING} within one paragraph are reported at the tag.
 */
final class InlineTags {
    private InlineTags() {
    }

    /** Allowed tags that never hold anything, so are never left open. */
    private static final Set<String> VOID = Set.of("br", "hr", "img");

    /**
     * Closes, at the end of each paragraph, heading or table cell, the allowed tags written in it and left open.
     *
     * @return false, with the problem reported, when tags in one of them are nested too deep to render
     */
    static boolean balance(Document document, PageContext page) {
        List<HtmlInline> tags = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof HtmlInline tag) {
                tags.add(tag);
            }
        }
        java.util.Set<Node> dropped = dropRawText(tags);
        Node container = null;
        Deque<String> open = new ArrayDeque<>(); // innermost first
        for (HtmlInline tag : tags) {
            if (dropped.contains(tag)) {
                continue;
            }
            Node at = containerOf(tag);
            if (at != container) {
                close(container, open);
                container = at;
            }
            String text = tag.getChars().toString().strip();
            String name = HtmlAllowList.tagName(text);
            if (!HtmlAllowList.RAW.containsKey(name) || VOID.contains(name)) {
                continue; // removed by the allow-list, or never open
            }
            if (text.startsWith("</")) {
                open.removeFirstOccurrence(name);
            } else {
                open.push(name);
                if (open.size() > Limits.HTML_NESTING) {
                    // The page is not rendered: no need to read on (closing tags would each search a deep list).
                    page.problems().error(page.at(tag), PortalExtension.HtmlSanitisingRenderer.tooDeep(open.size()),
                            PortalExtension.HtmlSanitisingRenderer.TOO_DEEP_FIX);
                    return false;
                }
            }
        }
        close(container, open);
        return true;
    }

    /**
     * Elements whose content is code or markup, not words for the reader: removed by the allow-list, and their
     * content with them, or "var x = 1;" would be left on the page where a {@code <script>} was written in a line.
     */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "template", "iframe", "xmp", "noembed",
            "noframes", "textarea", "title");

    /**
     * Removes, with its closing tag, everything written between an opening tag of {@link #RAW_TEXT} and its closing
     * tag in the same paragraph (the opening tag stays, for the allow-list to remove and report once).
     *
     * @return the tags removed, so they are not counted as open
     */
    private static java.util.Set<Node> dropRawText(List<HtmlInline> tags) {
        java.util.Set<Node> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (HtmlInline tag : tags) {
            String text = tag.getChars().toString().strip();
            String name = HtmlAllowList.tagName(text);
            if (dropped.contains(tag) || !RAW_TEXT.contains(name) || text.startsWith("</") || text.endsWith("/>")) {
                continue;
            }
            Node end = tag.getNext();
            while (end != null && !(end instanceof HtmlInline h && h.getChars().toString().strip().startsWith("</")
                    && HtmlAllowList.tagName(h.getChars().toString().strip()).equals(name))) {
                end = end.getNext();
            }
            if (end == null) {
                continue; // not closed in the same paragraph: left as it is
            }
            Node n = tag.getNext();
            while (n != null) {
                Node next = n.getNext();
                dropped.add(n);
                for (Node d : n.getDescendants()) {
                    dropped.add(d);
                }
                n.unlink();
                if (n == end) {
                    break;
                }
                n = next;
            }
        }
        return dropped;
    }

    /** The paragraph, heading or table cell a tag is written in. */
    private static Node containerOf(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof Block) && !(n instanceof TableCell)) {
            n = n.getParent();
        }
        return n;
    }

    /** Adds a closing tag, innermost first, at the end of {@code container} for each tag still open, and forgets them. */
    private static void close(Node container, Deque<String> open) {
        while (container != null && !open.isEmpty()) {
            container.appendChild(new HtmlInline(BasedSequence.of("</" + open.pop() + ">")));
        }
        open.clear();
    }
}
