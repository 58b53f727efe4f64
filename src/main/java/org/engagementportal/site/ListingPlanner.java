package org.engagementportal.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Term;
import org.engagementportal.content.Document;

/** Plans every listing of the site: each type's own (see {@link ListedKind}), the home page, topics and areas, folders. */
final class ListingPlanner {
    private final SiteData data;
    private final ZonedDateTime now;
    private final List<SitePage> originals;
    private final Map<String, SitePage> byPath;
    private final Map<String, Document> intros;
    private final List<ListedKind<?>> kinds;

    ListingPlanner(SiteData data, ZonedDateTime now, Map<String, SitePage> byPath, Map<String, Document> intros,
                   List<ListedKind<?>> kinds) {
        this.data = data;
        this.now = now;
        this.byPath = byPath;
        this.intros = intros;
        this.kinds = kinds;
        this.originals = byPath.values().stream().filter(p -> p.document().variant().isOriginal())
                .sorted(Comparator.comparing(SitePage::path)).toList();
    }

    /** The same plans over these pages: the same addresses, some with a document whose text changed. */
    ListingPlanner withPages(Map<String, SitePage> pages) {
        return new ListingPlanner(data, now, pages, intros, kinds);
    }

    /** How many of the newest items a topic's or area's page shows. */
    static final int TERM_LATEST = 50;

    /** What {@code kind} plans from: its original pages. */
    Plan plan(ListedKind<?> kind) {
        return new Plan(data, now, originals.stream().filter(p -> p.document().kind() == kind).toList(), intros);
    }

    List<Listing> plan() {
        List<Listing> out = new ArrayList<>();
        out.add(home());
        for (ListedKind<?> kind : kinds) {
            out.addAll(kind.listings(plan(kind)));
        }
        List<Listing> typed = List.copyOf(out);
        out.addAll(terms(Listing.Kind.TOPICS, Listing.Kind.TOPIC, "/topics/", "Topics", data.vocabulary().topics(),
                p -> p.document().meta().topics(), typed));
        out.addAll(terms(Listing.Kind.AREAS, Listing.Kind.AREA, "/areas/", "Areas", data.vocabulary().areas(),
                p -> p.document().meta().areas(), typed));
        out.add(new Plan(data, now, List.of(), intros).listing(Listing.Kind.UPDATES, Listing.UPDATES_PATH, "get-updates", "Get updates",
                "How to follow our bulletins, consultations, meetings and topics in a feed reader, by email or in your calendar.",
                List.of()));
        out.addAll(folders(out));
        return out;
    }

    private Listing home() {
        List<Listing.Section> sections = new ArrayList<>();
        for (ListedKind<?> kind : kinds) {
            kind.home(plan(kind)).ifPresent(sections::add);
        }
        return new Plan(data, now, List.of(), intros).listing(Listing.Kind.HOME, "/", "", data.site().name(),
                data.site().description().orElse(""), sections);
    }

    private List<Listing> terms(Listing.Kind indexKind, Listing.Kind termKind, String root, String title,
                                List<Term> terms, Function<SitePage, List<String>> of, List<Listing> planned) {
        List<Listing> out = new ArrayList<>();
        List<Listing.TermCount> counts = new ArrayList<>();
        Map<String, List<SitePage>> byTerm = Plan.byTerm(originals, of);
        for (Term term : terms) {
            List<SitePage> items = byTerm.getOrDefault(term.id(), List.of());
            if (items.isEmpty()) {
                continue;
            }
            String path = root + term.id() + "/";
            counts.add(new Listing.TermCount(term.id(), term.name(), term.description(), path, items.size()));
            String summary = term.description().isEmpty()
                    ? "Consultations, meetings, news and pages about " + (indexKind == Listing.Kind.TOPICS ? term.topicInSentence()
                            : term.name()) + "."
                    : term.description();
            // The newest items, on one page; the complete lists are the consultations filtered by this term
            // (linked here with their count), the bulletin archives and this topic's feed.
            List<SitePage> latest = newestFirst(items, TERM_LATEST);
            String heading = items.size() > TERM_LATEST ? "The latest " + TERM_LATEST + " of " + items.size() : "Everything about " + term.name();
            // Each type's listing filtered by this term ("/consultations/topics/dentistry/"), with its count.
            List<Listing.TermCount> more = new ArrayList<>();
            for (Listing l : planned) {
                if (!l.filters().isEmpty() && l.path().endsWith(root.substring(1) + term.id() + "/")) {
                    more.add(new Listing.TermCount(term.id(), l.title(), "", l.path(), l.itemCount()));
                }
            }
            out.add(new Listing(termKind, path, term.name(), summary, Optional.empty(),
                    List.of(Plan.section("latest", heading, latest)), more));
        }
        String summary = indexKind == Listing.Kind.TOPICS ? "Find consultations, meetings and news by subject."
                : "Find consultations, meetings and news by where you live.";
        out.add(0, new Listing(indexKind, root, title, summary, Optional.empty(), List.of(), counts));
        return out;
    }

    /** A listing for each folder of pages that has no page of its own, so every breadcrumb leads somewhere. */
    private List<Listing> folders(List<Listing> planned) {
        TreeSet<String> taken = new TreeSet<>(byPath.keySet());
        planned.forEach(l -> taken.add(l.path()));
        Map<String, List<SitePage>> children = new TreeMap<>();
        for (SitePage p : originals) {
            String parent = parentOf(p.path());
            while (parent != null && !parent.equals("/")) {
                if (!taken.contains(parent)) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>());
                }
                parent = parentOf(parent);
            }
            String direct = parentOf(p.path());
            if (direct != null && children.containsKey(direct)) {
                children.get(direct).add(p);
            }
        }
        List<Listing> out = new ArrayList<>();
        children.forEach((path, items) -> {
            String name = path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1).replace('-', ' ');
            String title = name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
            List<SitePage> sorted = TitleOrder.byTitle(items);
            out.add(new Listing(Listing.Kind.FOLDER, path, title, "Pages in the section " + title + ".", Optional.empty(),
                    List.of(Plan.section("pages", "Pages", sorted)), List.of()));
        });
        return out;
    }

    static String parentOf(String path) {
        if (path.equals("/")) {
            return null;
        }
        int cut = path.lastIndexOf('/', path.length() - 2);
        return path.substring(0, cut + 1);
    }

    /**
     * The newest {@code limit} pages by the date each is filed under (undated last), then by title ({@link TitleOrder}),
     * then by address.
     */
    private List<SitePage> newestFirst(List<SitePage> pages, int limit) {
        record Dated(long day, String key, SitePage page) {
        }
        List<Dated> dated = new ArrayList<>(pages.size());
        for (SitePage p : pages) {
            dated.add(new Dated(days.computeIfAbsent(p.path(), k -> {
                java.time.LocalDate d = sortDate(p);
                return d == null ? Long.MIN_VALUE : d.toEpochDay();
            }), titleKeys.computeIfAbsent(p.path(), k -> Published.sortKey(p.title())), p));
        }
        return Plan.first(dated, Comparator.comparingLong(Dated::day).reversed().thenComparing(Dated::key, TitleOrder.KEYS)
                        .thenComparing(d -> d.page().path()), limit)
                .stream().map(Dated::page).toList();
    }

    /** Each page's {@link #sortDate} as a day number, worked out once: a page is on the lists of each of its terms. */
    private final Map<String, Long> days = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each page's title as sorted ({@link Published#sortKey}), worked out once: a page is on the lists of each of its terms. */
    private final Map<String, String> titleKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private java.time.LocalDate sortDate(SitePage p) {
        return p.document().filedOn(now.getZone()).map(ZonedDateTime::toLocalDate).orElse(null);
    }
}
