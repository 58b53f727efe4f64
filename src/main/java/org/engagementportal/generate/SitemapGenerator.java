package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.publish.Output;
import org.engagementportal.source.XmlText;
import org.engagementportal.source.Utf8;
import org.engagementportal.site.Listing;
import org.engagementportal.site.SitePage;

/**
 * sitemap.xml for search engines: every page, the first page of every listing, the A to Z and search pages, with the date a page
 * last changed where it says. Over 50,000 addresses (the sitemap limit) it becomes an index of several.
 */
public final class SitemapGenerator implements Generator {
    static final int LIMIT = 50_000;

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        SiteConfig config = ctx.site().config();
        TreeMap<String, Optional<LocalDate>> urls = new TreeMap<>();
        for (SitePage p : ctx.site().pages()) {
            urls.put(p.path(), p.document().lastChanged(config, ctx.site().now().getZone()));
        }
        for (Listing l : ctx.site().listings()) {
            urls.putIfAbsent(l.path(), Optional.empty());
        }
        ctx.site().youSaidWeDid().paths().stream().filter(p -> p.endsWith("/")).forEach(p -> urls.putIfAbsent(p, Optional.empty()));
        // The A to Z (its front page and each page of each letter with titles) and the search page.
        urls.putIfAbsent(org.engagementportal.render.LayoutViews.AZ_PATH, Optional.empty());
        org.engagementportal.render.FindViews.letterPages(ctx.site().published())
                .forEach(p -> urls.putIfAbsent(p.path(), Optional.empty()));
        urls.putIfAbsent(org.engagementportal.render.LayoutViews.SEARCH_PATH, Optional.empty());
        List<String> entries = new ArrayList<>();
        urls.forEach((path, date) -> entries.add("  <url><loc>" + XmlText.escape(config.absolute(path)) + "</loc>"
                + date.map(d -> "<lastmod>" + d + "</lastmod>").orElse("") + "</url>\n"));
        if (entries.size() <= LIMIT) {
            out.write("/sitemap.xml", urlset(entries));
            return;
        }
        StringBuilder index = new StringBuilder(HEADER).append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0, n = 1; i < entries.size(); i += LIMIT, n++) {
            String name = "/sitemap-" + n + ".xml";
            out.write(name, urlset(entries.subList(i, Math.min(i + LIMIT, entries.size()))));
            index.append("  <sitemap><loc>").append(XmlText.escape(config.absolute(name))).append("</loc></sitemap>\n");
        }
        out.write("/sitemap.xml", index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private static byte[] urlset(List<String> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        entries.forEach(sb::append);
        return Utf8.bytes(sb.append("</urlset>\n").toString());
    }
}
