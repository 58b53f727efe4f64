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
        Node container = null;
        Deque<String> open = new ArrayDeque<>(); // innermost first
        for (HtmlInline tag : tags) {
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
