package org.engagementportal.site;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagementportal.config.Term;
import org.engagementportal.content.Bulletin;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.ContentType;
import org.engagementportal.content.Document;
import org.engagementportal.content.Meeting;

/**
 * Every feed of the site and what is in it, worked out from the site model and the build's clock: each
 * bulletin series, all bulletins, consultations (opened, closing soon, outcome published: each its own
 * entry), the papers of each committee, and each topic. Only what has already happened is in a feed, newest
 * first, at most {@code limit} entries. Each feed is published as RSS 2.0, Atom 1.0 and JSON Feed 1.1 in its
 * folder; the listing at the same address links to it.
 */
public final class FeedPlan {

    /** What an entry announces, which also makes its id: the page's address and this. */
    public enum Kind {
        PAGE(""), OPENED("opened"), CLOSING_SOON("closing-soon"), OUTCOME("outcome"), PAPERS("papers");

        private final String fragment;

        Kind(String fragment) {
            this.fragment = fragment;
        }

        public String fragment() {
            return fragment;
        }
    }

    /** One entry: a page, what happened to it and when. */
    public record Entry(SitePage page, Kind kind, String title, ZonedDateTime date) {
    }

    /**
     * A feed. {@code path} is the folder it is published in, which is also the listing it belongs to
     * ("/bulletins/weekly/"): {@code path + "feed.xml"}, {@code "atom.xml"} and {@code "feed.json"}.
     */
    public record Feed(String path, String title, String description, List<Entry> entries) {
        public Feed {
            entries = List.copyOf(entries);
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

        /** The newest entry's date: the feed's own "updated", which changes only when the content does. */
        public Optional<ZonedDateTime> updated() {
            return entries.stream().map(Entry::date).findFirst();
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

    public static FeedPlan of(Site site) {
        ZonedDateTime now = site.now();
        int limit = site.config().feedItems();
        String name = site.config().name();
        List<SitePage> originals = site.pages().stream().filter(p -> p.document().variant().isOriginal()).toList();
        List<Feed> out = new ArrayList<>();

        List<SitePage> bulletins = originals.stream().filter(p -> p.type() == ContentType.BULLETIN).toList();
        out.add(feed("/bulletins/", "Bulletins from " + name, "Every bulletin issue from " + name + ".",
                bulletins.stream().map(p -> pageEntry(p, now)).flatMap(Optional::stream).toList(), now, limit));
        for (Term series : site.data().vocabulary().series()) {
            out.add(feed("/bulletins/" + series.id() + "/", series.name() + " - " + name,
                    series.description().isEmpty() ? "Every issue of the " + series.name() + "." : series.description(),
                    bulletins.stream().filter(p -> p.document().detailsAs(Bulletin.class).series().equals(series.id()))
                            .map(p -> pageEntry(p, now)).flatMap(Optional::stream).toList(), now, limit));
        }

        List<Entry> consultations = new ArrayList<>();
        int soonDays = site.config().closingSoonDays();
        for (SitePage p : originals) {
            if (p.document().details() instanceof Consultation c) {
                consultations.add(new Entry(p, Kind.OPENED, "Now open: " + p.title(), c.opens()));
                if (soonDays > 0) {
                    consultations.add(new Entry(p, Kind.CLOSING_SOON, "Closing soon: " + p.title(), c.closingSoonFrom(soonDays)));
                }
                c.outcome().ifPresent(o -> consultations.add(
                        new Entry(p, Kind.OUTCOME, "Outcome published: " + p.title(), o.date().atStartOfDay(now.getZone()))));
            }
        }
        out.add(feed("/consultations/", "Consultations - " + name,
                "New consultations, consultations closing soon and the outcomes of consultations from " + name + ".",
                consultations, now, limit));

        int papersDays = site.config().papersDaysBefore();
        for (Term committee : site.data().vocabulary().committees()) {
            List<Entry> papers = originals.stream()
                    .filter(p -> p.document().details() instanceof Meeting m && m.committee().equals(committee.id())
                            && m.agenda().stream().anyMatch(i -> i.paper().isPresent()))
                    .map(p -> new Entry(p, Kind.PAPERS, "Papers published: " + p.title(),
                            p.document().detailsAs(Meeting.class).starts().minusDays(papersDays)))
                    .toList();
            out.add(feed("/" + committee.id() + "/", "Papers of the " + committee.name() + " - " + name,
                    "Agendas and papers of " + committee.name() + " meetings, as they are published.", papers, now, limit));
        }

        for (Term topic : site.data().vocabulary().topics()) {
            List<Entry> entries = originals.stream().filter(p -> p.document().meta().topics().contains(topic.id()))
                    .map(p -> pageEntry(p, now)).flatMap(Optional::stream).toList();
            if (!entries.isEmpty()) {
                out.add(feed("/topics/" + topic.id() + "/", topic.name() + " - " + name,
                        "Consultations, meetings, news and pages about " + topic.name().toLowerCase(Locale.UK) + ".",
                        entries, now, limit));
            }
        }
        return new FeedPlan(out);
    }

    /** A page as an entry of its own, dated by when it was published; undated pages are left out. */
    private static Optional<Entry> pageEntry(SitePage p, ZonedDateTime now) {
        Document doc = p.document();
        Object d = doc.details();
        Optional<ZonedDateTime> date;
        if (d instanceof Bulletin b) {
            date = Optional.of(b.date().atStartOfDay(now.getZone()));
        } else if (d instanceof Consultation c) {
            date = Optional.of(c.opens());
        } else if (d instanceof Meeting m) {
            date = Optional.of(m.starts());
        } else if (d instanceof org.engagementportal.content.Event e) {
            date = Optional.of(e.starts());
        } else {
            date = doc.meta().updated().or(() -> doc.meta().reviewed()).map((LocalDate day) -> day.atStartOfDay(now.getZone()));
        }
        return date.map(at -> new Entry(p, Kind.PAGE, p.title(), at));
    }

    private static Feed feed(String path, String title, String description, List<Entry> entries, ZonedDateTime now, int limit) {
        List<Entry> shown = entries.stream()
                .filter(e -> !e.date().isAfter(now))
                .sorted(Comparator.comparing((Entry e) -> e.date().toInstant()).reversed()
                        .thenComparing(e -> e.page().path()).thenComparing(Entry::kind))
                .limit(limit)
                .toList();
        return new Feed(path, title, description, shown);
    }
}
