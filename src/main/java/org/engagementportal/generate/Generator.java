package org.engagementportal.generate;

import org.engagementportal.publish.Output;

/**
 * One kind of output of the build: content pages, listings, the sitemap, redirects... The portal's
 * equivalent of JBake's {@code RenderingTool}: generators are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/org.engagementportal.generate.Generator}), so a new output is a new
 * class, not an edit to the build. Unlike a RenderingTool, a generator is handed the assembled site
 * rather than a database to query, so it never re-reads content.
 */
public interface Generator {

    /** What it makes, for progress lines: "content pages". */
    String name();

    /** Writes its files; content problems go to {@link BuildContext#problems()}. */
    void generate(BuildContext ctx, Output out);
}
