package org.engagementportal.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The moments after the build's clock when something on the site changes by itself, as each page's type
 * says ({@code ContentKind.moments}): a consultation opens, starts closing soon, closes, has its outcome
 * published or becomes overdue; a meeting's question deadline passes or the meeting starts; an event starts; the site
 * alert in site.yml goes up or comes down. A build is true only until the first of them, so the
 * publishing job rebuilds at (or just after) {@link #next()}.
 */
public final class StatusSchedule {

    /** One change: when, which page, and what happens ("closes"). */
    public record Change(ZonedDateTime at, String path, String title, String change) {
    }

    private final ZonedDateTime now;
    private final List<Change> changes;

    private StatusSchedule(ZonedDateTime now, List<Change> changes) {
        this.now = now;
        this.changes = List.copyOf(changes);
    }

    /** What the site alert's changes are called in place of a page's title. */
    static final String ALERT = "The site alert";

    public static StatusSchedule of(Site site) {
        ZonedDateTime now = site.now();
        List<Change> out = new ArrayList<>();
        for (SitePage p : site.pages()) {
            if (!p.document().variant().isOriginal()) {
                continue;
            }
            for (var m : p.document().moments(site.config(), now.getZone())) {
                add(out, now, m.at(), p, m.change());
            }
        }
        // The site alert goes up and comes down on every page: listed against the home page, without its text, as the file
        // is published and an alert's words are not for readers before it goes up.
        site.config().alert().ifPresent(a -> a.moments().forEach(m -> {
            if (m.at().isAfter(now)) {
                out.add(new Change(m.at(), "/", ALERT, m.change()));
            }
        }));
        out.sort(Comparator.comparing((Change c) -> c.at().toInstant()).thenComparing(Change::path).thenComparing(Change::change));
        return new StatusSchedule(now, out);
    }

    private static void add(List<Change> out, ZonedDateTime now, ZonedDateTime at, SitePage page, String change) {
        if (at.isAfter(now)) {
            out.add(new Change(at, page.path(), page.title(), change));
        }
    }

    public ZonedDateTime now() {
        return now;
    }

    /** Every change after the build's clock, soonest first. */
    public List<Change> changes() {
        return changes;
    }

    /** When the built site next goes out of date, if ever. */
    public java.util.Optional<ZonedDateTime> next() {
        return changes.stream().findFirst().map(Change::at);
    }
}
