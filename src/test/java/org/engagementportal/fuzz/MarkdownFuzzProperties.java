package org.engagementportal.fuzz;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagementportal.markdown.Markdown;
import org.engagementportal.markdown.Rendered;
import org.engagementportal.markdown.SiteLinks;
import org.engagementportal.source.Problems;

/**
 * The Markdown stage under hostile text: whatever is written, rendering returns (problems are reported,
 * never thrown), and the HTML has no script element, event handler, inline style or refused address.
 * Tries: {@code jqwik.tries.default} (src/test/resources/junit-platform.properties; bin/fuzz runs more).
 */
class MarkdownFuzzProperties {
    private static final Markdown MARKDOWN = new Markdown();

    private static final SiteLinks LINKS = new SiteLinks() {
        @Override
        public Optional<String> resolve(String folder, String target) {
            return target.equals("/a/") || target.equals("a.md") ? Optional.of("/a/") : Optional.empty();
        }

        @Override
        public Collection<String> paths() {
            return List.of("/a/", "/consultations/", "/events/drop-in/");
        }

        @Override
        public String href(String sitePath) {
            return sitePath;
        }
    };

    @Provide
    Arbitrary<String> pages() {
        return Hostile.markdown();
    }

    /** Renders on its own thread, so a text that makes the stage hang is reported instead of stopping the run. */
    private static final java.util.concurrent.ExecutorService WORKER = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-markdown");
        t.setDaemon(true);
        return t;
    });

    /** Far beyond any page's time: hostile pages within the limits take well under a second (bin/hostile-bench). */
    static final int HANG_SECONDS = 20;

    @Property
    void noTextPutsScriptOnAPageOrStopsTheStage(@ForAll("pages") String markdown) throws Exception {
        Problems problems = new Problems();
        var rendering = WORKER.submit(() -> MARKDOWN.render(markdown, "content/x.md", 5, "", LINKS, problems));
        Rendered rendered;
        try {
            rendered = rendering.get(HANG_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("HANG: rendering took over " + HANG_SECONDS + " s for this text:\n" + markdown);
            throw new AssertionError("the Markdown stage did not finish in " + HANG_SECONDS + " s (the text is printed above)");
        }
        SafeHtml.assertSafe(rendered.html(), true, "the rendering of:\n" + markdown);
    }
}
