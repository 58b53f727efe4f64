package org.engagementportal.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Term;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Document;

/**
 * What a type needs to plan its listings, home block and feeds ({@link ListedKind}): its published pages
 * (originals, by address), the site's data and clock, the folders' introductions, and the ways listings and
 * feeds are made, so every type makes them alike.
 */
public final class Plan {
    /** How many items each block of the home page shows (all that is open, for consultations). */
    public static final int HOME_ITEMS = 3;

    private final SiteData data;
    private final ZonedDateTime now;
    private final List<SitePage> pages;
    private final Map<String, Document> intros;

    Plan(SiteData data, ZonedDateTime now, List<SitePage> pages, Map<String, Document> intros) {
        this.data = data;
        this.now = now;
        this.pages = List.copyOf(pages);
        this.intros = intros;
    }

    /** The type's original pages (not easy-read or translated versions), by address. */
    public List<SitePage> pages() {
        return pages;
    }

    public SiteData data() {
        return data;
    }

    public SiteConfig config() {
        return data.site();
    }

    public ZonedDateTime now() {
        return now;
    }

    /** The folder's {@code index.md}, which introduces the listing at the folder's address. */
    public Optional<SitePage> intro(String folder) {
        return Optional.ofNullable(intros.get(folder)).map(d -> new SitePage(d, folder.isEmpty() ? "/" : "/" + folder + "/"));
    }

    /** A section listing at {@code path}, titled by its folder's introduction if it has one, else as given. */
    public Listing listing(String path, String folder, String title, String summary, List<Listing.Section> sections) {
        return listing(Listing.Kind.SECTION, path, folder, title, summary, sections);
    }

    Listing listing(Listing.Kind kind, String path, String folder, String title, String summary, List<Listing.Section> sections) {
        Optional<SitePage> intro = intro(folder);
        return new Listing(kind, path, intro.map(SitePage::title).orElse(title),
                intro.map(i -> i.document().meta().summary()).orElse(summary), intro, sections, List.of());
    }

    public static Listing.Section section(String id, String heading, List<SitePage> items) {
        return new Listing.Section(id, heading, items);
    }

    /**
     * Those still to come at the build's clock, soonest first. At the very minute something starts it is no longer
     * to come, as the schedule of status changes says, so the build run then shows it as started.
     */
    public List<SitePage> upcoming(List<SitePage> items, Function<SitePage, ZonedDateTime> when) {
        return items.stream().filter(p -> now.isBefore(when.apply(p)))
                .sorted(Comparator.comparing(when).thenComparing(SitePage::path)).toList();
    }

    /** Those started by the build's clock, latest first. */
    public List<SitePage> past(List<SitePage> items, Function<SitePage, ZonedDateTime> when) {
        return items.stream().filter(p -> !now.isBefore(when.apply(p)))
                .sorted(Comparator.comparing(when).reversed().thenComparing(SitePage::path)).toList();
    }

    /**
     * Items in the order of a time of theirs (soonest first, or {@code latestFirst}), then by {@code then}, keeping
     * the order given for ties; each item's instant is worked out once, not at every comparison (there are
     * thousands on some lists, and a zoned time's instant is not cheap).
     */
    public static <T> List<T> byTime(java.util.Collection<T> items, Function<T, ZonedDateTime> time, boolean latestFirst,
                                     Function<T, String> then) {
        record Timed<T>(long second, int nano, T item) {
        }
        java.util.Comparator<Timed<T>> order = java.util.Comparator.<Timed<T>>comparingLong(Timed::second).thenComparingInt(Timed::nano);
        return items.stream().map(i -> {
                    ZonedDateTime t = time.apply(i);
                    return new Timed<>(t.toEpochSecond(), t.getNano(), i);
                })
                .sorted((latestFirst ? order.reversed() : order).thenComparing(t -> then.apply(t.item())))
                .map(Timed::item).toList();
    }

    /**
     * The first {@code limit} of {@link #byTime}'s order, without sorting the rest: a feed shows the newest twenty of
     * thousands of pages. The same items in the same order as {@code byTime(...).subList(0, limit)}.
     */
    public static <T> List<T> firstByTime(List<T> items, Function<T, ZonedDateTime> time, boolean latestFirst,
                                          Function<T, String> then, int limit) {
        record Timed<T>(long second, int nano, T item) {
        }
        List<Timed<T>> timed = new ArrayList<>(items.size());
        for (T item : items) {
            ZonedDateTime t = time.apply(item);
            timed.add(new Timed<>(t.toEpochSecond(), t.getNano(), item));
        }
        Comparator<Timed<T>> byClock = Comparator.<Timed<T>>comparingLong(Timed::second).thenComparingInt(Timed::nano);
        return first(timed, (latestFirst ? byClock.reversed() : byClock).thenComparing(t -> then.apply(t.item())), limit)
                .stream().map(Timed::item).toList();
    }

    /**
     * The first {@code limit} items in {@code order} (ties in the order given), without sorting the rest: the same as
     * sorting them all and taking the head.
     */
    public static <T> List<T> first(List<T> items, Comparator<T> order, int limit) {
        if (limit <= 0 || items.isEmpty()) {
            return List.of();
        }
        record Indexed<T>(int index, T item) {
        }
        Comparator<Indexed<T>> total = Comparator.<Indexed<T>, T>comparing(Indexed::item, order).thenComparingInt(Indexed::index);
        // The heap's head is the last of those kept, so each later item is weighed against it alone.
        java.util.PriorityQueue<Indexed<T>> kept = new java.util.PriorityQueue<>(Math.min(limit, items.size()) + 1, total.reversed());
        for (int i = 0; i < items.size(); i++) {
            Indexed<T> next = new Indexed<>(i, items.get(i));
            if (kept.size() < limit) {
                kept.add(next);
            } else if (total.compare(next, kept.peek()) < 0) {
                kept.poll();
                kept.add(next);
            }
        }
        List<Indexed<T>> head = new ArrayList<>(kept);
        head.sort(total);
        return head.stream().map(Indexed::item).toList();
    }

    /** The items under each term they have, in one pass, each list in the items' order. */
    public static java.util.Map<String, List<SitePage>> byTerm(List<SitePage> items, Function<SitePage, List<String>> of) {
        java.util.Map<String, List<SitePage>> out = new java.util.HashMap<>();
        for (SitePage p : items) {
            List<String> ids = of.apply(p);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (ids.indexOf(id) == i) { // once, if a page names a term twice
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
                }
            }
        }
        return out;
    }

    /** Each term that some item has, with the address of its filtered listing under {@code root} and its count. */
    public static List<Listing.TermCount> filterOptions(List<SitePage> items, List<Term> terms, String root,
                                                        Function<SitePage, List<String>> of) {
        // How many items have each term, in one pass over the items.
        java.util.Map<String, List<SitePage>> grouped = byTerm(items, of);
        List<Listing.TermCount> out = new ArrayList<>();
        for (Term t : terms) {
            int n = grouped.getOrDefault(t.id(), List.of()).size();
            if (n > 0) {
                out.add(new Listing.TermCount(t.id(), t.name(), t.description(), root + t.id() + "/", n));
            }
        }
        return out;
    }

    /** Links to the listing of each group (committee, series) that has something in it, with its count. */
    public static List<Listing.TermCount> groups(List<Term> terms, String root, List<SitePage> items,
                                                 Function<SitePage, String> groupOf) {
        return filterOptions(items, terms, root, p -> List.of(groupOf.apply(p)));
    }

    public ConsultationStatus status(Consultation c) {
        return ConsultationStatus.of(c, now, data.site().closingSoonDays());
    }

    /** A feed of what has already happened at the build's clock, newest first, at most the site's feed length. */
    public FeedPlan.Feed feed(String path, String title, String description, List<FeedPlan.Entry> entries) {
        // Its date while it has none: the day its listing's introduction (the folder's index.md) was last changed, up to today.
        String folder = path.replaceAll("^/|/$", "");
        Optional<ZonedDateTime> since = intro(folder).flatMap(i -> i.document().lastChecked())
                .filter(d -> !d.isAfter(now.toLocalDate())).map(d -> d.atStartOfDay(now.getZone()));
        return FeedPlan.feed(path, title, description, entries, now, data.site().feedItems(), since);
    }

    /** A page as an entry of its own, dated by when it is filed; undated pages are left out. */
    public Optional<FeedPlan.Entry> entry(SitePage p) {
        return FeedPlan.pageEntry(p, now);
    }
}
