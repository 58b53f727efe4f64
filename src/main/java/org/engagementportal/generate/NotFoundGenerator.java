package org.engagementportal.generate;

import java.util.List;
import java.util.Map;
import org.engagementportal.publish.Output;

/** /404.html: what the CDN shows for an address that does not exist, with ways back into the site. */
public final class NotFoundGenerator implements Generator {

    @Override
    public String name() {
        return "404 page";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        var layout = ctx.layouts().layout("Page not found", "The page you were looking for could not be found.",
                "/404.html", ctx.site().config().language(), "ltr", List.of(), null);
        out.write("/404.html", ctx.page(ctx.templates().templateFor("notfound"), "/404.html", Map.of("layout", layout)));
    }
}
