package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import org.engagementportal.publish.Output;

/** robots.txt: everything may be indexed; the sitemap's address. */
public final class RobotsGenerator implements Generator {

    @Override
    public String name() {
        return "robots.txt";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + ctx.site().config().absolute("/sitemap.xml") + "\n";
        out.write("/robots.txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
