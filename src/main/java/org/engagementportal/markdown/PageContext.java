package org.engagementportal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Pair;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;

/**
 * The content file being rendered, stored on the flexmark document so that our renderers and link
 * resolver (which flexmark creates) can report problems at the right file and line.
 *
 * @param source    "content/consultations/dental.md"
 * @param firstLine the file line the Markdown starts on
 * @param folder    the file's folder under content/, for relative links
 */
record PageContext(String source, int firstLine, String folder, SiteLinks links, Problems problems) {

    static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("PORTAL_PAGE_CONTEXT");

    static PageContext of(Document document) {
        PageContext ctx = KEY.get(document);
        if (ctx == null) {
            throw new IllegalStateException("Markdown rendered without a page context");
        }
        return ctx;
    }

    Position at(Node node) {
        Pair<Integer, Integer> lc = node.lineColumnAtStart();
        return new Position(source, firstLine + lc.getFirst(), lc.getSecond() + 1);
    }
}
