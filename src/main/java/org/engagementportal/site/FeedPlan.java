package org.engagementportal.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.config.Term;

/**
 * Every feed of the site and what is in it, worked out from the site model and the build's clock: each
 * bulletin series, all bulletins, consultations (opened, closing soon, outcome published: each its own
 * entry), the papers of each committee, and each topic. Only what has already happened is in a feed, newest
 * first, at most {@code limit} entries. Each feed is published as RSS 2.0, Atom 1.0 and JSON Feed 1.1 in its
 * folder; the listing at the same address links to it.
 */
public final class FeedPlan {

    /**
     * One entry: a page, what happened to it and when. {@code announces} is empty for the page itself, or what
     * happened ("opened", "closing-soon", "outcome", "papers"), which also makes the entry's id with the page's
     * address; the page's type writes the entry's text for it.
     */
    public record Entry(SitePage page, String announces, String title, ZonedDateTime date) {
        public boolean isPage() {
            return announces.isEmpty();
        }

        /**
         * When the entry last changed: a page's 'updated' day when it is after the entry's date (a correction), so feed
         * readers show the entry as changed; otherwise, and for an announcement, its date.
         */
        public ZonedDateTime modified() {
            if (!isPage()) {
                return date;
            }
            return page.document().meta().updated().filter(d -> d.isAfter(date.toLocalDate()))
                    .map(d -> d.atStartOfDay(date.getZone())).orElse(date);
        }
    }

    /**
     * A feed. {@code path} is the folder it is published in, which is also the listing it belongs to
     * ("/bulletins/weekly/"): {@code path + "feed.xml"}, {@code "atom.xml"} and {@code "feed.json"}. {@code since} is its
     * date while it has no entries (see {@link #updated()}).
     */
    public record Feed(String path, String title, String description, List<Entry> entries, Optional<ZonedDateTime> since) {
        public Feed {
            entries = List.copyOf(entries);
        }

        public Feed(String path, String title, String description, List<Entry> entries) {
            this(path, title, description, entries, Optional.empty());
        }

        public String rss() {
            return path + "feed.xml";
        }

        public String atom() {
            return path + "atom.xml";
        }

        public String json() {
            return path + "feed.json";
        }

        /**
         * When an entry last changed, the latest: the feed's own "updated", which changes only when the content does (a new
         * entry, or a correction to one). A feed with no entries yet (a committee that has not met, a series with no issue)
         * has its {@code since}: the day its listing's introduction was last changed, or else the newest date of the site's
         * other feeds (see {@link #of}). Not the build's clock, which would change the feed at every build.
         */
        public Optional<ZonedDateTime> updated() {
            return entries.stream().map(Entry::modified).max(java.util.Comparator.comparing(ZonedDateTime::toInstant)).or(() -> since);
        }

        Feed since(Optional<ZonedDateTime> date) {
            return new Feed(path, title, description, entries, date);
        }
    }

    private final List<Feed> feeds;
    private final java.util.Map<String, Feed> byPath;
    private final java.util.Set<String> pages;

    private FeedPlan(List<Feed> feeds) {
        this.feeds = List.copyOf(feeds);
        this.byPath = feeds.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Feed::path, f -> f));
        this.pages = feeds.stream().flatMap(f -> f.entries().stream()).map(e -> e.page().path())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** This plan with the pages at these addresses in place of the ones its entries had there (see {@link Site#withTexts}). */
    public FeedPlan withPages(java.util.Map<String, SitePage> replaced) {
        if (java.util.Collections.disjoint(pages, replaced.keySet())) {
            return this;
        }
        return new FeedPlan(feeds.stream().map(f -> new Feed(f.path(), f.title(), f.description(), f.entries().stream()
                .map(e -> replaced.containsKey(e.page().path()) ? new Entry(replaced.get(e.page().path()), e.announces(),
                        e.title(), e.date()) : e).toList(), f.since())).toList());
    }

    /** The address of every page with an entry in some feed. */
    public java.util.Set<String> pages() {
        return pages;
    }

    public List<Feed> feeds() {
        return feeds;
    }

    /** The feed published beside the listing at {@code path}, if there is one. */
    public Optional<Feed> forListing(String path) {
        return Optional.ofNullable(byPath.get(path)); // looked up for every page the build makes
    }

    /** Each type's feeds, in the order of the types, then a feed for each topic that has something in it. */
    public static FeedPlan of(Site site) {
        ZonedDateTime now = site.now();
        int limit = site.config().feedItems();
        String name = site.config().name();
        List<Feed> out = new ArrayList<>();
        // Each page under each of its topics, as its type announces it there, in one pass.
        java.util.Map<String, List<Entry>> byTopic = new java.util.HashMap<>();
        for (ListedKind<?> kind : site.kinds()) {
            Plan plan = site.plan(kind);
            out.addAll(kind.feeds(plan));
            for (SitePage p : plan.pages()) {
                if (!p.document().meta().topics().isEmpty()) {
                    List<Entry> entries = kind.topicEntries(plan, p);
                    new java.util.LinkedHashSet<>(p.document().meta().topics())
                            .forEach(id -> byTopic.computeIfAbsent(id, k -> new ArrayList<>()).addAll(entries));
                }
            }
        }
        for (Term topic : site.data().vocabulary().topics()) {
            List<Entry> entries = byTopic.getOrDefault(topic.id(), List.of());
            if (!entries.isEmpty()) {
                out.add(feed("/topics/" + topic.id() + "/", topic.name() + " - " + name,
                        "Consultations, meetings, news and pages about " + topic.topicInSentence() + ".",
                        entries, now, limit));
            }
        }
        // A feed with no entries and no introduction dated: the newest date of the others, when the site's feeds last changed.
        Optional<ZonedDateTime> newest = out.stream().filter(f -> !f.entries().isEmpty()).map(Feed::updated).flatMap(Optional::stream)
                .max(java.util.Comparator.comparing(ZonedDateTime::toInstant));
        return new FeedPlan(out.stream().map(f -> f.updated().isEmpty() ? f.since(newest) : f).toList());
    }

    /** A page as an entry of its own, dated by when it is filed; undated pages are left out. */
    static Optional<Entry> pageEntry(SitePage p, ZonedDateTime now) {
        return p.document().filedOn(now.getZone()).map(at -> new Entry(p, "", p.title(), at));
    }

    static Feed feed(String path, String title, String description, List<Entry> entries, ZonedDateTime now, int limit) {
        return feed(path, title, description, entries, now, limit, Optional.empty());
    }

    /** {@code since}: the feed's date while it has no entries ({@link Feed#updated()}). */
    static Feed feed(String path, String title, String description, List<Entry> entries, ZonedDateTime now, int limit,
                     Optional<ZonedDateTime> since) {
        // Newest first, then by address, and for one page in the order its type gave them.
        List<Entry> shown = Plan.firstByTime(entries.stream().filter(e -> !e.date().isAfter(now)).toList(), Entry::date, true,
                e -> e.page().path(), limit);
        return new Feed(path, title, description, shown, since);
    }
}
