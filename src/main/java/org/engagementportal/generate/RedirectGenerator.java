package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.engagementportal.publish.Output;

/**
 * Old addresses from pages' {@code aliases}: a {@code _redirects} file (301s, for CDNs that read it) and,
 * for old page addresses, a small page that sends browsers on and links to the new address.
 */
public final class RedirectGenerator implements Generator {

    @Override
    public String name() {
        return "redirects";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        StringBuilder rules = new StringBuilder("# Old addresses and where they moved to (from 'aliases' in the content).\n");
        ctx.site().redirects().forEach((from, to) -> {
            String target = ctx.site().config().link(to);
            rules.append(ctx.site().config().link(from)).append(' ').append(target).append(" 301\n");
            if (from.endsWith("/")) {
                String title = ctx.site().titleOf(to).orElse("");
                out.write(from + "index.html", ctx.page(ctx.templates().templateFor("redirect"), from,
                        Map.of("target", target, "targetAbsolute", ctx.site().config().absolute(to), "title", title)));
            }
        });
        out.write("/_redirects", rules.toString().getBytes(StandardCharsets.UTF_8));
    }
}
