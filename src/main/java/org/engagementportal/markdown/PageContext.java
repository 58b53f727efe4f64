package org.engagementportal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.source.Suggest;

/**
 * The content file being rendered, stored on the flexmark document so that our renderers and link
 * resolver (which flexmark creates) can report problems at the right file and line. One per rendering,
 * used by one thread.
 */
final class PageContext {
    static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("PORTAL_PAGE_CONTEXT");

    /**
     * "Did you mean" compares a broken link with every address of the site. A file full of broken links
     * gets suggestions for its first ones only, so its cost stays in proportion to its size.
     */
    static final int SUGGESTIONS_PER_FILE = 20;

    private final String source;
    private final int firstLine;
    private final String folder;
    private final SiteLinks links;
    private final Problems problems;
    private Object indexed;
    private int[] lineStarts;
    private int suggestions;

    /**
     * @param source    "content/consultations/dental.md"
     * @param firstLine the file line the Markdown starts on
     * @param folder    the file's folder under content/, for relative links
     */
    PageContext(String source, int firstLine, String folder, SiteLinks links, Problems problems) {
        this.source = source;
        this.firstLine = firstLine;
        this.folder = folder;
        this.links = links;
        this.problems = problems;
    }

    /** The same page, its problems not reported (for rendering it a second time), nor "did you mean" worked out for them. */
    PageContext quietly() {
        PageContext quiet = new PageContext(source, firstLine, folder, links, Problems.ignored());
        quiet.suggestions = SUGGESTIONS_PER_FILE;
        return quiet;
    }

    static PageContext of(Document document) {
        PageContext ctx = KEY.get(document);
        if (ctx == null) {
            throw new IllegalStateException("Markdown rendered without a page context");
        }
        return ctx;
    }

    String source() {
        return source;
    }

    String folder() {
        return folder;
    }

    SiteLinks links() {
        return links;
    }

    Problems problems() {
        return problems;
    }

    /**
     * Where a node starts in the file. flexmark's own lineColumnAtStart counts lines from the top of the text
     * for each call, which on a page with a problem in every paragraph made reporting take time growing
     * with the square of the page; the start of each line is found once here instead.
     */
    Position at(Node node) {
        return at(node, node.getStartOffset());
    }

    /** Where in the file the character at {@code offset} of the page's text (the text {@code node} is part of) is. */
    Position at(Node node, int offset) {
        Object key = node.getChars().getBase();
        CharSequence base = node.getChars().getBaseSequence();
        if (key != indexed) {
            indexed = key;
            lineStarts = lineStarts(base);
        }
        offset = Math.max(0, Math.min(offset, base.length()));
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Position(source, firstLine + line, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(CharSequence text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        String s = text.toString();
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** The file line of a 0-based line of the Markdown. */
    Position atLine(int markdownLine, int column) {
        return new Position(source, firstLine + markdownLine, column);
    }

    /** Reports a link to nothing, with the nearest address for the file's first few. */
    void brokenLink(Node node, String message, String target) {
        brokenLink(node, node.getStartOffset(), message, target);
    }

    /** As {@link #brokenLink(Node, String, String)}, reported at {@code offset} of the page's text (a link in an HTML block). */
    void brokenLink(Node node, int offset, String message, String target) {
        Position where = at(node, offset);
        if (target.regionMatches(true, 0, "www.", 0, 4)) {
            problems.error(where, message.replace(" points to nothing on this site.", " is another website's address "
                    + "without https:// at its start, so it was taken for a page on this site."), "Write it with https:// in front, as in:\n[" + Excerpt.of(target, 40) + "](https://" + target + ")");
            return;
        }
        var draft = links.draftPage(folder(), target);
        if (draft.isPresent()) {
            // It was "points to nothing on this site", of a page the writer can see, with another page suggested.
            problems.error(where, "the link '" + Excerpt.of(target, 80) + "' is to a draft (" + draft.get() + " has draft: true), "
                    + "so it is not published, and this page cannot link to it yet.",
                    "Publish it first (remove 'draft: true' from " + draft.get() + "), or take the link out until it is.");
            return;
        }
        var held = links.heldBackBy(folder(), target);
        if (held.isPresent()) {
            problems.error(where, "the file '" + Excerpt.of(target, 80) + "' is not published while " + held.get()
                    + ", which names it, is a draft.", "Publish that page first (remove 'draft: true'), or link to the file once it is.");
            return;
        }
        var moved = links.movedTo(folder(), target);
        if (moved.isPresent()) {
            // A page renamed with its old address kept as an alias: the redirect is for readers' bookmarks and other
            // websites, and a link on this site goes straight to where the page is now.
            problems.error(where, "the link '" + Excerpt.of(target, 80) + "' is an old address of '" + moved.get().getValue()
                    + "', kept so that bookmarks and other websites still reach it.", "Link to its address now: " + moved.get().getKey() + ".");
            return;
        }
        String hint = suggestions++ < SUGGESTIONS_PER_FILE ? Suggest.didYouMean(target, links.paths()) : "";
        problems.error(where, message + hint,
                "Link to a page by its address (such as /consultations/dental/) or to a file beside this page by its name.");
    }
}
