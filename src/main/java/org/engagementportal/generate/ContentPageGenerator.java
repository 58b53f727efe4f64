package org.engagementportal.generate;

import java.util.List;
import java.util.Map;
import org.engagementportal.markdown.Rendered;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.source.HeapShare;
import org.engagementportal.source.Parallel;
import org.engagementportal.source.Position;
import org.engagementportal.render.PageView;
import org.engagementportal.site.SitePage;

/** Every content page, original and variant, through its type's template, in parallel. */
public final class ContentPageGenerator implements Generator {

    @Override
    public String name() {
        return "content pages";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        generate(ctx, out, ctx.site().pages());
    }

    /** These pages of the site alone (those whose text changed, after a save in {@code portal serve}). */
    public static void generate(BuildContext ctx, Output out, java.util.Collection<SitePage> pages) {
        // Each page's share of the heap held while it is made and written, its compressed copies included: see HeapShare.
        Parallel.forEach(pages, page -> HeapShare.pages().with(page.document().body().size(), () -> {
            ctx.reuse().write(out, page.path() + "index.html", ctx.keys().page(page),
                    Origin.content(page.document().source(), Position.file(page.document().source())), () -> render(ctx, page));
            return null;
        }));
    }

    static byte[] render(BuildContext ctx, SitePage page) {
        Rendered body = ctx.markdown(page);
        List<SitePage> children = page.document().isIndex() ? ctx.site().childrenOf(page.path()) : List.of();
        PageView view = ctx.pages().page(page, body, (text, line) -> ctx.markdown(page, text, line), children);
        return ctx.page(ctx.templates().templateFor(((org.engagementportal.render.ShownKind<?>) page.kind()).template()), page.path(), Map.of("page", view), page.document(), body.html());
    }
}
