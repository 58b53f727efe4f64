package org.engagementportal.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Variant;

/**
 * The assembled site: every published page at its address, the listings, static files, redirects and
 * the relations between pages (variants, the Accessible Information Statement). Immutable; built by
 * {@link SiteAssembler}. Every address a page may link to is known here, so links can be checked before
 * anything is written.
 */
public final class Site {
    private final SiteData data;
    private final ZonedDateTime now;
    private final List<SitePage> pages;
    private final Map<String, SitePage> byPath;
    private final Map<String, List<SitePage>> variants;
    private final List<Listing> listings;
    private final Map<String, Listing> listingsByPath;
    private final SortedSet<String> staticFiles;
    /** Files beside the pages not published while the drafts that name them are drafts: by site path, the first draft. */
    private final SortedMap<String, String> heldBack;
    /** Pages not published because they are drafts: by the address they would have, their file. */
    private final SortedMap<String, String> draftPages;
    /**
     * The names of the files drafts' text shows ("closure-map.png"), held back or not: whether each is published depends on
     * whether a published page's text shows it too ({@link DraftFiles}), so a text that gives one is assembled again.
     */
    private final Set<String> draftShown;
    /** PDFs no page names as a document that are not fully accessible, by path under content/ (LoadedContent). */
    private final SortedMap<String, org.engagementportal.attachments.FileFacts> looseDocuments;
    private final SortedMap<String, String> redirects;
    private final Optional<SitePage> statement;
    private final Optional<String> accessibilityStatement;
    private final Map<String, SitePage[]> neighbours;
    private final Map<String, List<SitePage>> children;
    private final Map<String, List<SitePage>> sortedChildren = new java.util.concurrent.ConcurrentHashMap<>();
    private final SortedSet<String> unreadable;
    private final List<ListedKind<?>> kinds;
    private final ListingPlanner planner;
    private final Map<String, List<SitePage>> referring;

    Site(SiteData data, ZonedDateTime now, List<SitePage> pages, List<Listing> listings, SortedSet<String> staticFiles,
         SortedMap<String, String> redirects, Optional<SitePage> statement, Optional<String> accessibilityStatement,
         SortedSet<String> unreadable, List<ListedKind<?>> kinds, ListingPlanner planner, SortedMap<String, String> heldBack,
         SortedMap<String, org.engagementportal.attachments.FileFacts> looseDocuments, SortedMap<String, String> draftPages,
         Set<String> draftShown) {
        this.heldBack = Collections.unmodifiableSortedMap(new TreeMap<>(heldBack));
        this.draftShown = Set.copyOf(draftShown);
        this.draftPages = Collections.unmodifiableSortedMap(new TreeMap<>(draftPages));
        this.looseDocuments = Collections.unmodifiableSortedMap(new TreeMap<>(looseDocuments));
        this.kinds = List.copyOf(kinds);
        this.planner = planner;
        this.unreadable = Collections.unmodifiableSortedSet(new TreeSet<>(unreadable));
        this.data = data;
        this.now = now;
        this.pages = List.copyOf(pages);
        Map<String, SitePage> index = new LinkedHashMap<>();
        Map<String, List<SitePage>> vars = new LinkedHashMap<>();
        for (SitePage p : this.pages) {
            index.put(p.path(), p);
            if (!p.document().variant().isOriginal()) {
                vars.computeIfAbsent(originalPath(p), k -> new ArrayList<>()).add(p);
            }
        }
        this.byPath = Collections.unmodifiableMap(index);
        vars.replaceAll((k, v) -> List.copyOf(v));
        this.variants = Collections.unmodifiableMap(vars);
        this.listings = List.copyOf(listings);
        Map<String, Listing> lp = new LinkedHashMap<>();
        listings.forEach(l -> lp.put(l.path(), l));
        this.listingsByPath = Collections.unmodifiableMap(lp);
        this.staticFiles = Collections.unmodifiableSortedSet(new TreeSet<>(staticFiles));
        this.redirects = Collections.unmodifiableSortedMap(new TreeMap<>(redirects));
        this.statement = statement;
        this.accessibilityStatement = accessibilityStatement;
        this.neighbours = Collections.unmodifiableMap(neighbours(this.pages, now.getZone()));
        Map<String, List<SitePage>> kids = new LinkedHashMap<>();
        for (SitePage p : this.pages) {
            String parent = ListingPlanner.parentOf(p.path());
            if (parent != null && p.document().variant().isOriginal()) {
                kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(kids); // sorted by title when asked for (only index pages show them)
        Map<String, List<SitePage>> refs = new LinkedHashMap<>();
        for (SitePage p : this.pages) {
            if (p.document().variant().isOriginal()) {
                p.document().references().stream().map(r -> r.path()).distinct()
                        .forEach(path -> refs.computeIfAbsent(path, k -> new ArrayList<>()).add(p));
            }
        }
        refs.replaceAll((k, v) -> List.copyOf(v));
        this.referring = Collections.unmodifiableMap(refs);
    }

    /** {@code site} with the pages at these addresses in place of its own there: everything worked out of them is kept. */
    private Site(Site site, Map<String, SitePage> replaced) {
        this.heldBack = site.heldBack;
        this.draftShown = site.draftShown;
        this.draftPages = site.draftPages;
        this.looseDocuments = site.looseDocuments;
        this.kinds = site.kinds;
        this.unreadable = site.unreadable;
        this.data = site.data;
        this.now = site.now;
        this.pages = swap(site.pages, replaced);
        Map<String, SitePage> index = new LinkedHashMap<>(site.byPath);
        index.putAll(replaced);
        this.byPath = Collections.unmodifiableMap(index);
        this.planner = site.planner.withPages(byPath);
        this.variants = swapAll(site.variants, replaced);
        this.listings = site.listings.stream().map(l -> l.withPages(replaced)).toList();
        Map<String, Listing> lp = new LinkedHashMap<>();
        listings.forEach(l -> lp.put(l.path(), l));
        this.listingsByPath = Collections.unmodifiableMap(lp);
        this.staticFiles = site.staticFiles;
        this.redirects = site.redirects;
        this.statement = site.statement;
        this.accessibilityStatement = site.accessibilityStatement;
        Map<String, SitePage[]> around = new LinkedHashMap<>(site.neighbours);
        around.replaceAll((path, pair) -> {
            SitePage before = pair[0] == null ? null : replaced.getOrDefault(pair[0].path(), pair[0]);
            SitePage after = pair[1] == null ? null : replaced.getOrDefault(pair[1].path(), pair[1]);
            return before == pair[0] && after == pair[1] ? pair : new SitePage[] {before, after};
        });
        this.neighbours = Collections.unmodifiableMap(around);
        this.children = swapAll(site.children, replaced);
        this.referring = swapAll(site.referring, replaced);
    }

    private static List<SitePage> swap(List<SitePage> pages, Map<String, SitePage> replaced) {
        for (SitePage p : pages) {
            if (replaced.containsKey(p.path())) {
                return pages.stream().map(x -> replaced.getOrDefault(x.path(), x)).toList();
            }
        }
        return pages;
    }

    private static Map<String, List<SitePage>> swapAll(Map<String, List<SitePage>> lists, Map<String, SitePage> replaced) {
        Map<String, List<SitePage>> out = new LinkedHashMap<>(lists);
        out.replaceAll((k, v) -> swap(v, replaced));
        return Collections.unmodifiableMap(out);
    }

    /**
     * This site with these documents in place of the ones read from the same files before, when only their text
     * changed: a document whose front matter is the same (so its address, title, dates, state, references and
     * place on every listing are too) and whose Markdown below it is not. Every page, listing, plan, A to Z entry
     * and yearly page is as it was, with the new document where the old one was. Empty when one of them is not a
     * page of this site (a listing's introduction, a draft, a page left out with a mistake) or is the Accessible
     * Information Statement, whose text other pages show.
     */
    public Optional<Site> withTexts(java.util.Collection<org.engagementportal.content.Document> documents) {
        Map<String, org.engagementportal.content.Document> bySource = new java.util.HashMap<>();
        documents.forEach(d -> bySource.put(d.source(), d));
        Map<String, SitePage> replaced = new java.util.HashMap<>();
        for (SitePage p : pages) {
            org.engagementportal.content.Document d = bySource.get(p.document().source());
            if (d != null) {
                if (!d.path().equals(p.document().path()) || !d.variant().equals(p.document().variant())) {
                    return Optional.empty();
                }
                replaced.put(p.path(), new SitePage(d, p.path()));
                // Whether a file a draft holds back or shows is published depends on whether a published page's text shows
                // it (DraftFiles): a text that gives or gave its name is assembled again.
                String now = d.body().markdown();
                String before = p.document().body().markdown();
                for (String held : heldBack.keySet()) {
                    String name = DraftFiles.nameOf(held);
                    if (now.contains(name) || before.contains(name)) {
                        return Optional.empty();
                    }
                }
                for (String name : draftShown) {
                    if (now.contains(name) || before.contains(name)) {
                        return Optional.empty();
                    }
                }
            }
        }
        if (replaced.size() != bySource.size() || statement.map(s -> replaced.containsKey(s.path())).orElse(false)) {
            return Optional.empty();
        }
        Site site = new Site(this, replaced);
        site.youSaidWeDid = youSaidWeDid; // made of what the pages' front matter says
        List<Published.Entry> entries = published;
        if (entries != null) {
            site.published = entries.stream().map(e -> e.page().isPresent() && replaced.containsKey(e.path())
                    ? e.withPage(replaced.get(e.path())) : e).toList();
        }
        return Optional.of(site);
    }

    /**
     * The original pages that refer to the page at {@code path} (the consultations a meeting decided), in the order of
     * the site's pages: a page may show them, so its key includes them.
     */
    public List<SitePage> referring(String path) {
        return referring.getOrDefault(path, List.of());
    }

    /**
     * For each page in a run of pages (a bulletin series' issues, a committee's meetings: its type's
     * {@code sequence}) the pages before and after it, by the date they are filed on, worked out once.
     */
    private static Map<String, SitePage[]> neighbours(List<SitePage> pages, java.time.ZoneId zone) {
        Map<String, List<SitePage>> groups = new TreeMap<>();
        Map<String, java.time.Instant> when = new java.util.HashMap<>();
        for (SitePage p : pages) {
            if (!p.document().variant().isOriginal()) {
                continue;
            }
            Optional<String> sequence = p.document().sequence();
            Optional<ZonedDateTime> filed = p.document().filedOn(zone);
            if (sequence.isPresent() && filed.isPresent()) {
                groups.computeIfAbsent(p.document().kind().id() + " " + sequence.get(), k -> new ArrayList<>()).add(p);
                when.put(p.path(), filed.get().toInstant());
            }
        }
        Map<String, SitePage[]> out = new LinkedHashMap<>();
        for (List<SitePage> group : groups.values()) {
            group.sort(java.util.Comparator.comparing((SitePage p) -> when.get(p.path())).thenComparing(SitePage::path));
            for (int i = 0; i < group.size(); i++) {
                out.put(group.get(i).path(), new SitePage[] {i > 0 ? group.get(i - 1) : null,
                        i < group.size() - 1 ? group.get(i + 1) : null});
            }
        }
        return out;
    }

    /** The page before this one in its run (the issue of the same series, the meeting of the same committee). */
    public Optional<SitePage> previous(SitePage page) {
        return Optional.ofNullable(neighbours.getOrDefault(page.path(), new SitePage[2])[0]);
    }

    /** The page after this one in its run. */
    public Optional<SitePage> next(SitePage page) {
        return Optional.ofNullable(neighbours.getOrDefault(page.path(), new SitePage[2])[1]);
    }

    /** The types of content, in the order their listings, home blocks, feeds and links are shown. */
    public List<ListedKind<?>> kinds() {
        return kinds;
    }

    /** What {@code kind} plans its listings and feeds from. */
    public Plan plan(ListedKind<?> kind) {
        return planner.plan(kind);
    }

    /** The original pages directly inside a folder's address, by title ({@link TitleOrder}). */
    public List<SitePage> childrenOf(String path) {
        List<SitePage> kids = children.get(path);
        return kids == null ? List.of() : sortedChildren.computeIfAbsent(path,
                k -> TitleOrder.byTitle(kids));
    }

    public SiteData data() {
        return data;
    }

    public SiteConfig config() {
        return data.site();
    }

    /** The build's clock: everything date-dependent is worked out against it. */
    public ZonedDateTime now() {
        return now;
    }

    public int pageSize() {
        return data.site().pageSize();
    }

    /** Every published content page, originals and variants, sorted by address. */
    public List<SitePage> pages() {
        return pages;
    }

    public Optional<SitePage> page(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public List<Listing> listings() {
        return listings;
    }

    public Optional<Listing> listing(String path) {
        return Optional.ofNullable(listingsByPath.get(path));
    }

    /** Static files under content/ as site paths: "/consultations/dental-plan.pdf". */
    /** PDFs no page names as a document that are not fully accessible, by path under content/, for the statement. */
    public SortedMap<String, org.engagementportal.attachments.FileFacts> looseDocuments() {
        return looseDocuments;
    }

    /** The file of the draft page that would be published at {@code path} ("/events/workshop/"), if one would. */
    public Optional<String> draftAt(String path) {
        return Optional.ofNullable(draftPages.get(path));
    }

    /** The draft that holds back a file beside the pages ("/governing-body/paper.pdf"), if one does. */
    public Optional<String> heldBackBy(String path) {
        return Optional.ofNullable(heldBack.get(path));
    }

    public SortedSet<String> staticFiles() {
        return staticFiles;
    }

    /** Old addresses (aliases) and the pages they now redirect to. */
    public SortedMap<String, String> redirects() {
        return redirects;
    }

    /** The Accessible Information Statement, if the site has one. */
    public Optional<SitePage> statement() {
        return statement;
    }

    /** The address of the accessibility statement page, if the site has one. */
    public Optional<String> accessibilityStatement() {
        return accessibilityStatement;
    }

    /** The easy-read and translated versions of an original page, easy read first, then by language. */
    public List<SitePage> variantsOf(SitePage original) {
        return variants.getOrDefault(original.path(), List.of());
    }

    /** The page a variant is a version of. */
    public Optional<SitePage> originalOf(SitePage variant) {
        return variant.document().variant().isOriginal() ? Optional.of(variant) : page(originalPath(variant));
    }

    /** The address of the page a version belongs to: "/consultations/dental/easy-read/" is "/consultations/dental/". */
    static String originalPath(SitePage variant) {
        String segment = variant.document().variant().pathSegment().orElseThrow();
        return variant.path().substring(0, variant.path().length() - segment.length() - 1);
    }

    public ConsultationStatus status(Consultation c) {
        return ConsultationStatus.of(c, now, data.site().closingSoonDays());
    }

    /** The title shown for an address in breadcrumbs: a page's or a listing's title. */
    public Optional<String> titleOf(String path) {
        SitePage p = byPath.get(path);
        if (p != null) {
            return Optional.of(p.title());
        }
        return listing(path).map(Listing::title);
    }

    /** Every address a link may point to: pages, listings and all their pages, static files. */
    /** Every consultation and engagement record by the year it closed in, for the yearly pages and the open data. */
    public YouSaidWeDid youSaidWeDid() {
        YouSaidWeDid y = youSaidWeDid;
        if (y == null) {
            y = new YouSaidWeDid(pages, now.toLocalDate(), data.vocabulary().groups());
            youSaidWeDid = y;
        }
        return y;
    }

    private volatile YouSaidWeDid youSaidWeDid;

    /** Every published page with its title, in A to Z order ({@link Published}), worked out once. */
    public List<Published.Entry> published() {
        List<Published.Entry> p = published;
        if (p == null) {
            p = Published.of(this);
            published = p;
        }
        return p;
    }

    private volatile List<Published.Entry> published;

    public SortedSet<String> linkablePaths() {
        SortedSet<String> all = new TreeSet<>(byPath.keySet());
        all.addAll(youSaidWeDid().paths());
        for (Listing l : listings) {
            int n = l.shownPages(pageSize());
            for (int i = 1; i <= n; i++) {
                all.add(l.pagePath(i));
            }
        }
        all.addAll(staticFiles);
        return all;
    }

    /**
     * What is under content/ but not on the site for a mistake reported at it: pages that could not be read, other files
     * refused ("tools/setup.exe"), and folders not walked ("Board Papers/", ending with /). Links to them, and into such
     * a folder, are not reported as broken: the mistake in the file or folder itself is reported already.
     */
    public SortedSet<String> unreadable() {
        return unreadable;
    }

    /**
     * The address a page's file under content/ would have ("consultations/dental.md" is /consultations/dental/,
     * "about/index.md" /about/): for a file that could not be read, whose page is not on the site.
     */
    public static String addressOfFile(String file) {
        String stem = file.substring(0, file.length() - ".md".length());
        return "/" + (stem.endsWith("/index") ? stem.substring(0, stem.length() - "index".length())
                : stem.equals("index") ? "" : stem + "/");
    }
}
