package org.engagementportal.generate;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.engagementportal.content.Document;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.site.Listing;

/**
 * Old addresses from pages' {@code aliases}: a {@code _redirects} file (301s, for CDNs that read it) and,
 * for old page addresses (a folder's, or a page's file ending .html or .htm), a small page that sends browsers on and
 * links to the new address. An old address of another kind of file (.aspx, .pdf) redirects only through _redirects: a
 * page published there would be served as that kind of file. It runs after
 * every other generator, so an alias that names any file the build wrote is reported at its line, naming
 * that file, instead of replacing it.
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
            // The alias of a page, or of a folder's introduction, which redirects to the folder's list.
            Document doc = ctx.site().page(to).or(() -> ctx.site().listing(to).flatMap(Listing::intro)).orElseThrow().document();
            Origin origin = Origin.content("the alias " + from + " in " + doc.source(), doc.atAlias(from));
            String target = ctx.site().config().link(to);
            // An old page: a folder's address, or a page's file (/old-site/about-us.html), where any host serves a page. Not
            // .HTML, which some hosts and upload tools do not know for a page: that one redirects by _redirects alone.
            boolean page = from.endsWith("/") || from.endsWith(".html") || from.endsWith(".htm");
            String file = from.endsWith("/") ? from + "index.html" : from;
            var taken = page ? out.writtenBy(file) : java.util.Optional.<Origin>empty();
            if (taken.isPresent()) {
                // /about/index.html is the page /about/ itself: never written over.
                ctx.problems().error(doc.atAlias(from), "the alias " + from + " is the address of " + taken.get().what()
                        + ", so it cannot redirect here.", "Remove it from 'aliases'.");
                return;
            }
            if (page) {
                String absolute = ctx.site().config().absolute(to);
                // The link says where it goes by the page's title, or by its address when it has none.
                String text = ctx.site().titleOf(to).filter(t -> !t.isEmpty()).orElse(absolute);
                out.write(file, ctx.page(ctx.templates().templateFor("redirect"), from,
                        Map.of("target", target, "targetAbsolute", absolute, "text", text)), origin);
            } else {
                var clash = out.writtenBy(from);
                // Written when the site is published, after this: the manifest and each text file's compressed copies.
                // Cloudflare Pages applies redirects before it serves a file.
                boolean published = from.equals(org.engagementportal.publish.Manifest.PATH) || (from.endsWith(".gz") || from.endsWith(".br"))
                        && org.engagementportal.publish.Precompressed.isText(from.substring(0, from.length() - 3))
                        && out.writtenBy(from.substring(0, from.length() - 3)).isPresent();
                if (clash.isEmpty() && published) {
                    ctx.problems().error(doc.atAlias(from), "the alias " + from + " is the address of a file the portal "
                            + "publishes with the site, so it cannot redirect here.", "Remove it from 'aliases'.");
                    return;
                }
                if (clash.isPresent()) {
                    ctx.problems().error(doc.atAlias(from), "the alias " + from + " is the address of " + clash.get().what()
                            + ", so it cannot redirect here.", "Remove it from 'aliases'.");
                    return;
                }
            }
            rules.append(ctx.site().config().link(org.engagementportal.source.Address.encodedPath(from))).append(' ').append(target)
                    .append(" 301\n");
            if (from.endsWith("/")) {
                ctx.site().listing(to).ifPresent(l -> subscriptions(ctx, l).forEach(name -> {
                    // Only where nothing is published at the old file's address (a file left in the old folder wins).
                    if (out.writtenBy(from + name).isEmpty() && out.writtenBy(to + name).isPresent()) {
                        rules.append(ctx.site().config().link(org.engagementportal.source.Address.encodedPath(from + name))).append(' ')
                                .append(ctx.site().config().link(to + name)).append(" 301\n");
                    }
                }));
            }
        });
        out.write("/_redirects", rules.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The files in a list's folder that readers subscribe to, by name ("feed.xml", "calendar.ics"): its feeds and its
     * calendar. A renamed folder's old ones redirect to them (by _redirects alone: they are not pages), so that a feed
     * reader or a calendar subscribed to the old address is not cut off.
     */
    private static java.util.List<String> subscriptions(BuildContext ctx, Listing l) {
        java.util.List<String> files = new java.util.ArrayList<>();
        ctx.feeds().forListing(l.path()).ifPresent(f -> java.util.stream.Stream.of(f.rss(), f.atom(), f.json())
                .forEach(file -> files.add(file.substring(l.path().length()))));
        l.calendar().map(Listing.CalendarLink::path).filter(c -> c.startsWith(l.path()) && c.indexOf('/', l.path().length()) < 0)
                .ifPresent(c -> files.add(c.substring(l.path().length())));
        return files;
    }
}
