package org.engagementportal.generate;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.content.Document;
import org.engagementportal.content.Event;
import org.engagementportal.content.Meeting;
import org.engagementportal.content.Venue;
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
        List<SitePage> dated = new ArrayList<>();
        for (SitePage p : site.pages()) {
            if (p.document().variant().isOriginal() && (p.document().details() instanceof Meeting || p.document().details() instanceof Event)) {
                dated.add(p);
            }
        }
        dated.sort(Comparator.comparing((SitePage p) -> start(p).toInstant()).thenComparing(SitePage::path));
        for (Term committee : site.data().vocabulary().committees()) {
            ICalendar cal = new ICalendar(committee.name() + " - " + config.name(),
                    "Meetings of the " + committee.name() + " of " + config.name() + ".", config.timeZone());
            dated.stream().filter(p -> p.document().details() instanceof Meeting m && m.committee().equals(committee.id()))
                    .forEach(p -> add(cal, p, config));
            out.write(Calendars.committee(committee.id()), cal.bytes());
        }
        ICalendar all = new ICalendar(config.name() + " meetings and events",
                "Meetings held in public and events of " + config.name() + ".", config.timeZone());
        dated.forEach(p -> add(all, p, config));
        out.write(Calendars.ALL, all.bytes());
    }

    private static ZonedDateTime start(SitePage p) {
        return p.document().details() instanceof Meeting m ? m.starts() : ((Event) p.document().details()).starts();
    }

    private static void add(ICalendar cal, SitePage p, SiteConfig config) {
        Document doc = p.document();
        String url = config.absolute(p.path());
        String host = URI.create(config.absolute("/")).getHost();
        String uid = p.path().replaceAll("^/|/$", "").replace('/', '-') + "@" + host;
        LocalDate stampDate = doc.meta().updated().or(() -> doc.meta().reviewed()).orElse(LocalDate.of(2000, 1, 1));
        ZonedDateTime stamp = stampDate.atStartOfDay(ZoneOffset.UTC);
        StringBuilder description = new StringBuilder(doc.meta().summary());
        if (doc.details() instanceof Meeting m) {
            m.online().ifPresent(o -> description.append("\n\nJoin online: ").append(o));
            m.agenda().stream().filter(i -> i.paper().isPresent()).forEach(i -> {
                if (description.indexOf("\n\nPapers:") < 0) {
                    description.append("\n\nPapers:");
                }
                description.append("\n").append(i.number()).append(". ").append(i.title()).append(": ")
                        .append(config.absolute("/" + i.paper().get().file()));
            });
            description.append("\n\nAgenda and papers: ").append(url);
            cal.event(uid, stamp, m.starts(), m.ends().orElse(null), doc.meta().title(), location(m.venue().orElse(null),
                    m.online().map(URI::toString).orElse(null)), description.toString(), url);
        } else {
            Event e = (Event) doc.details();
            e.booking().ifPresent(b -> description.append("\n\nBook a place: ").append(b));
            e.online().ifPresent(o -> description.append("\n\nJoin online: ").append(o));
            description.append("\n\nDetails: ").append(url);
            cal.event(uid, stamp, e.starts(), e.ends().orElse(null), doc.meta().title(), location(e.venue().orElse(null),
                    e.online().map(URI::toString).orElse(null)), description.toString(), url);
        }
    }

    private static String location(Venue venue, String online) {
        if (venue == null) {
            return online == null ? null : "Online";
        }
        return venue.address().map(a -> venue.name() + ", " + a.strip().replace("\n", ", ")).orElse(venue.name());
    }
}
