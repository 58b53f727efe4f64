package org.engagementportal.generate;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import java.util.Optional;
import org.engagementportal.content.Details;
import org.engagementportal.content.Document;
import org.engagementportal.publish.Output;
import org.engagementportal.site.Calendars;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;

/**
 * iCalendar files: one per committee ({@code /governing-body/calendar.ics}) and one with every meeting and
 * event ({@code /calendar.ics}), for "add to calendar" and webcal subscriptions. Each meeting or event keeps
 * its UID for as long as its address stays the same, so a subscribed calendar updates it rather than adding
 * a copy; DTSTAMP comes from the content (its 'updated' date), so rebuilding changes nothing.
 */
public final class CalendarGenerator implements Generator {
    @Override
    public String name() {
        return "calendars";
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        Site site = ctx.site();
        SiteConfig config = site.config();
        List<Dated> dated = new ArrayList<>();
        for (SitePage p : site.pages()) {
            if (p.document().variant().isOriginal()) {
                entry(published(p), p, ctx).ifPresent(e -> dated.add(new Dated(p, e)));
            }
        }
        dated.sort(Comparator.comparing((Dated d) -> d.entry().starts().toInstant()).thenComparing(d -> d.page().path()));
        java.util.Map<String, String> uids = uids(dated.stream().map(d -> d.page().path()).toList());
        for (Term committee : site.data().vocabulary().committees()) {
            ICalendar cal = new ICalendar(committee.name() + " - " + config.name(),
                    "Meetings of the " + committee.name() + " of " + config.name() + ".", config.timeZone());
            dated.stream().filter(d -> d.entry().group().filter(committee.id()::equals).isPresent())
                    .forEach(d -> add(cal, d, uids, config));
            out.write(Calendars.committee(committee.id()), cal.bytes());
        }
        ICalendar all = new ICalendar(config.name() + " meetings and events",
                "Meetings held in public and events of " + config.name() + ".", config.timeZone());
        dated.forEach(d -> add(all, d, uids, config));
        out.write(Calendars.ALL, all.bytes());
    }

    /** A page and its calendar entry. */
    private record Dated(SitePage page, PublishedKind.CalendarEntry entry) {
    }

    /** How a page's type is published: every type the site is built with is a {@link PublishedKind}. */
    static PublishedKind<?> published(SitePage page) {
        return (PublishedKind<?>) page.document().kind();
    }

    private static <D extends Details> Optional<PublishedKind.CalendarEntry> entry(PublishedKind<D> kind, SitePage p, BuildContext ctx) {
        return kind.calendar(kind.details().cast(p.document().details()), p, ctx);
    }

    /**
     * Each calendar page's UID before the host: its address with the slashes made hyphens ("events-kingsmere-drop-in"), as
     * subscribed calendars have them. Two addresses that give the same one ({@code events/2026/drop-in} and
     * {@code events/2026-drop-in}) would be one event to a calendar program, which shows the second as a change to the
     * first and loses one: of such, those with the fewest parts keep theirs if one alone has fewest, and the others have
     * their slashes made dots, which no address has ("events.2026.drop-in").
     */
    static java.util.Map<String, String> uids(List<String> paths) {
        java.util.Map<String, List<String>> byUid = new java.util.TreeMap<>();
        for (String path : paths) {
            byUid.computeIfAbsent(path.replaceAll("^/|/$", "").replace('/', '-'), k -> new ArrayList<>()).add(path);
        }
        java.util.Map<String, String> uids = new java.util.HashMap<>();
        ToIntFunction<String> parts = path -> (int) path.chars().filter(c -> c == '/').count();
        byUid.forEach((uid, same) -> {
            int fewest = same.stream().mapToInt(parts).min().orElse(0);
            boolean oneFewest = same.stream().filter(path -> parts.applyAsInt(path) == fewest).count() == 1;
            for (String path : same) {
                uids.put(path, same.size() == 1 || oneFewest && parts.applyAsInt(path) == fewest ? uid
                        : path.replaceAll("^/|/$", "").replace('/', '.'));
            }
        });
        return uids;
    }

    private static void add(ICalendar cal, Dated d, java.util.Map<String, String> uids, SiteConfig config) {
        SitePage p = d.page();
        Document doc = p.document();
        String url = config.absolute(p.path());
        String host = URI.create(config.absolute("/")).getHost();
        String uid = uids.get(p.path()) + "@" + host;
        PublishedKind.CalendarEntry e = d.entry();
        // Without a METHOD, DTSTAMP is when the entry last changed (RFC 5545, 3.8.7.2): its 'updated' day, or the day it was
        // called off when that is later, so a calendar program takes the cancellation as the newer version.
        LocalDate stampDate = doc.lastChecked().orElse(LocalDate.of(2000, 1, 1));
        stampDate = e.cancelled().filter(stampDate::isBefore).orElse(stampDate);
        ZonedDateTime stamp = stampDate.atStartOfDay(ZoneOffset.UTC);
        cal.event(uid, stamp, e.starts(), e.ends().orElse(null), doc.meta().title(), e.location(), e.description(), url,
                e.cancelled().isPresent());
    }
}
