package org.engagementportal.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.render.ListingView;
import org.engagementportal.site.Listing;
import org.engagementportal.source.Parallel;
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
        Map<String, String> firstFiles = firstFiles(ctx);
        Parallel.forEach(jobs, job -> {
            Listing l = job.listing();
            String path = l.pagePath(job.page());
            ctx.reuse().write(out, path + "index.html", ctx.keys().listing(l, job.page()), origin(l, firstFiles), () -> {
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
    static Origin origin(Listing l, Map<String, String> firstFiles) {
        String what = "the portal's list \"" + l.title() + "\"";
        if (l.kind() == Listing.Kind.FOLDER) {
            String first = firstFiles.get(l.path());
            if (first != null) {
                return Origin.content(what + " (of the folder of " + first + ")", Position.file(first));
            }
        }
        return Origin.portal(what);
    }

    /** For each folder's list, the first file (by name) of the pages under its address, in one pass over the pages. */
    private static Map<String, String> firstFiles(BuildContext ctx) {
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (Listing l : ctx.site().listings()) {
            if (l.kind() == Listing.Kind.FOLDER) {
                folders.add(l.path());
            }
        }
        Map<String, String> first = new java.util.HashMap<>();
        for (var page : ctx.site().pages()) {
            String path = page.path();
            String source = page.document().source();
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash + 1);
                if (folders.contains(folder)) {
                    first.merge(folder, source, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return first;
    }
}
