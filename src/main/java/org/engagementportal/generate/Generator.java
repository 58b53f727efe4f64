package org.engagementportal.generate;

import org.engagementportal.publish.Output;

/**
 * One kind of output of the build: content pages, listings, the sitemap, redirects... The portal's
 * equivalent of JBake's {@code RenderingTool}. The build runs them from one explicit, ordered list
 * ({@code Pipeline.GENERATORS}), so an output cannot go missing without a compiler or test noticing. Unlike
 * a RenderingTool, a generator is handed the assembled site rather than a database to query, so it never
 * re-reads content.
 */
public interface Generator {

    /** What it makes, for progress lines and messages ("the portal's sitemap"): "sitemap". */
    String name();

    /** Writes its files; content problems go to {@link BuildContext#problems()}. */
    void generate(BuildContext ctx, Output out);

    /**
     * Starts, before the first generator's turn, work of this one's that writes nothing and reports nothing: as a
     * task of the build's pool, which a thread with nothing else to do takes up, so a core left idle while the others
     * work through their single-threaded parts does it. Its turn takes the result ({@link BuildContext#started()}).
     * Most generators have none.
     */
    default void start(BuildContext ctx) {
    }
}
