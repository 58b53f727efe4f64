package org.engagementportal.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.engagementportal.markdown.SiteLinks;
import org.engagementportal.source.PathSegments;

/**
 * The site's addresses as the Markdown stage sees them. A link in a content file may be a site address
 * ("/consultations/dental/"), a file beside the page ("dental-plan.pdf"), or another content file
 * ("dental.md", "../events/drop-in.md"), as in a GitHub preview; all become the published address.
 */
public final class Links implements SiteLinks {
    private final Site site;
    private final SortedSet<String> paths;
    /** The same addresses for looking up: a sorted set compares long, alike addresses a dozen times per link. */
    private final java.util.Set<String> lookup;
    private final Map<String, String> byContentFile = new HashMap<>();
    /** The folders of pages that could not be read, which have no page of their own now ({@link #Links(Site)}). */
    private final java.util.Set<String> unreadablePaths = new java.util.HashSet<>();
    private final Unpublished unpublished;

    public Links(Site site) {
        this.site = site;
        this.paths = site.linkablePaths();
        this.lookup = new java.util.HashSet<>(paths);
        for (SitePage p : site.pages()) {
            byContentFile.put(p.document().source().substring("content/".length()), p.path());
        }
        for (Listing l : site.listings()) {
            l.intro().ifPresent(i -> byContentFile.put(i.document().source().substring("content/".length()), l.path()));
        }
        // A file with mistakes is not on the site, but links to it are not a second mistake.
        this.unpublished = new Unpublished(site.unreadable());
        for (String file : site.unreadable()) {
            if (!file.endsWith(".md")) {
                continue; // a file refused ("setup.exe") or a folder not walked: as unpublished says
            }
            String path = Site.addressOfFile(file);
            byContentFile.put(file, path);
            // Nor are links to the folders it is in, whose list it may have been on: the issues of a series while
            // series.yml has a mistake wait for it, and the series' page is not made until then.
            for (int slash = path.lastIndexOf('/', path.length() - 2); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                String folder = path.substring(0, slash + 1);
                if (!lookup.contains(folder)) {
                    unreadablePaths.add(folder);
                }
            }
        }
    }

    private Links(Site site, Links same) {
        this.site = site;
        this.paths = same.paths;
        this.lookup = same.lookup;
        this.byContentFile.putAll(same.byContentFile);
        this.unreadablePaths.addAll(same.unreadablePaths);
        this.unpublished = same.unpublished;
    }

    /** The same addresses for {@code site}, a {@linkplain Site#withTexts site whose pages' texts changed} from this one's. */
    public Links on(Site site) {
        return new Links(site, this);
    }

    @Override
    public Optional<String> resolve(String folder, String target) {
        String path = sitePath(folder, target);
        if (path == null) {
            return Optional.empty();
        }
        if (path.endsWith(".md")) {
            String page = byContentFile.get(path.substring(1));
            return page != null || !unpublished.covers(Site.addressOfFile(path.substring(1))) ? Optional.ofNullable(page)
                    : Optional.of(path);
        }
        if (lookup.contains(path) || unreadablePaths.contains(path) || unpublished.covers(path)) {
            return Optional.of(path);
        }
        if (!path.endsWith("/") && (lookup.contains(path + "/") || unreadablePaths.contains(path + "/")
                || unpublished.covers(path + "/"))) {
            return Optional.of(path + "/");
        }
        return Optional.empty();
    }

    /** The site path a link written in a file in {@code folder} names, "." and ".." resolved; null above the site. */
    static String sitePath(String folder, String target) {
        String raw = target.startsWith("/") ? target : folder.isEmpty() ? "/" + target : "/" + folder + "/" + target;
        return raw.contains("/.") || raw.contains("//") ? normalise(raw) : raw;
    }

    @Override
    public Optional<String> draftPage(String folder, String target) {
        // As resolve finds a published page: its address, or with the slash a link may leave off.
        String path = sitePath(folder, target);
        if (path == null) {
            return Optional.empty();
        }
        return site.draftAt(path).or(() -> path.endsWith("/") ? Optional.empty() : site.draftAt(path + "/"));
    }

    @Override
    public Optional<String> heldBackBy(String folder, String target) {
        String path = sitePath(folder, target);
        return path == null ? Optional.empty() : site.heldBackBy(path);
    }

    @Override
    public Optional<java.util.Map.Entry<String, String>> movedTo(String folder, String target) {
        String path = sitePath(folder, target);
        if (path == null) {
            return Optional.empty();
        }
        // An alias is kept as the letters its escapes stand for ("/cysylltu-â-ni/"), as a link may write them escaped.
        String key = path.indexOf('%') < 0 ? path : org.engagementportal.source.Address.decoded(path).orElse(path);
        String to = site.redirects().get(key);
        if (to == null && !key.endsWith("/")) {
            to = site.redirects().get(key + "/");
        }
        return Optional.ofNullable(to).map(t -> java.util.Map.entry(t, site.titleOf(t).orElse(t)));
    }

    @Override
    public Collection<String> paths() {
        return paths;
    }

    @Override
    public String href(String sitePath) {
        return site.config().link(sitePath);
    }

    /** Resolves "." and ".." segments; null when the path climbs above the site. Keeps a trailing slash. */
    static String normalise(String path) {
        List<String> parts = PathSegments.resolve(path);
        if (parts == null) {
            return null;
        }
        String joined = "/" + String.join("/", parts);
        boolean dir = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
        return dir && !joined.equals("/") ? joined + "/" : joined;
    }
}
