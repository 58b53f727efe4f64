package org.engagementportal.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.render.ListingView;
import org.engagementportal.site.Listing;
import org.engagementportal.source.Position;

/** The home page and every listing, each page of a long listing at its own address. */
public final class ListingGenerator implements Generator {

    @Override
    public String name() {
        return "listings";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        record Job(Listing listing, int page) {
        }
        List<Job> jobs = new ArrayList<>();
        for (Listing l : ctx.site().listings()) {
            int pages = l.shownPages(ctx.site().pageSize());
            for (int n = 1; n <= pages; n++) {
                jobs.add(new Job(l, n));
            }
        }
        jobs.parallelStream().forEach(job -> {
            Listing l = job.listing();
            String path = l.pagePath(job.page());
            ctx.reuse().write(out, path + "index.html", ctx.keys().listing(l, job.page()), origin(ctx, l), () -> {
                        String intro = job.page() == 1 ? l.intro().map(i -> ctx.markdown(i).html()).orElse(null) : null;
                        ListingView view = ctx.listings().page(l, job.page(), intro);
                        String template = ctx.templates().templateFor(l.kind() == Listing.Kind.HOME ? "home" : "listing");
                        return ctx.page(template, path, Map.of("listing", view));
                    });
        });
    }

    /**
     * The portal's own list, except a folder's: that list is there only because content put pages in the folder,
     * so an address it shares with another of the portal's files is a content problem at its first page (reported
     * with both named), never two of the portal's own files at one address (a bug, exit code 3).
     */
    static Origin origin(BuildContext ctx, Listing l) {
        String what = "the portal's list \"" + l.title() + "\"";
        if (l.kind() == Listing.Kind.FOLDER) {
            Optional<String> first = ctx.site().pages().stream().filter(p -> p.path().startsWith(l.path()))
                    .map(p -> p.document().source()).min(String::compareTo);
            if (first.isPresent()) {
                return Origin.content(what + " (of the folder of " + first.get() + ")", Position.file(first.get()));
            }
        }
        return Origin.portal(what);
    }
}
