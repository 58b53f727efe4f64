package org.engagementportal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Pair;
import org.engagementportal.source.Limits;
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
    private final Limits limits;
    private int suggestions;

    /**
     * @param source    "content/consultations/dental.md"
     * @param firstLine the file line the Markdown starts on
     * @param folder    the file's folder under content/, for relative links
     */
    PageContext(String source, int firstLine, String folder, SiteLinks links, Problems problems, Limits limits) {
        this.source = source;
        this.firstLine = firstLine;
        this.folder = folder;
        this.links = links;
        this.problems = problems;
        this.limits = limits;
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

    Limits limits() {
        return limits;
    }

    Position at(Node node) {
        Pair<Integer, Integer> lc = node.lineColumnAtStart();
        return new Position(source, firstLine + lc.getFirst(), lc.getSecond() + 1);
    }

    /** The file line of a 0-based line of the Markdown. */
    Position atLine(int markdownLine, int column) {
        return new Position(source, firstLine + markdownLine, column);
    }

    /** Reports a link to nothing, with the nearest address for the file's first few. */
    void brokenLink(Node node, String message, String target) {
        String hint = suggestions++ < SUGGESTIONS_PER_FILE ? Suggest.didYouMean(target, links.paths()) : "";
        problems.error(at(node), message + hint,
                "Link to a page by its address (such as /consultations/dental/) or to a file beside this page by its name.");
    }
}
