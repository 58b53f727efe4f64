package org.engagementportal.render;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Bulletin;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Event;
import org.engagementportal.content.Meeting;
import org.engagementportal.content.Venue;
import org.engagementportal.site.ConsultationStatus;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;

/** Turns pages into the cards of listings: title, summary, the few facts that matter, a status tag. */
public final class CardViews {
    private final Site site;
    private final SiteConfig config;

    public CardViews(Site site) {
        this.site = site;
        this.config = site.config();
    }

    public List<CardView> cards(List<SitePage> pages) {
        return pages.stream().map(this::card).toList();
    }

    public CardView card(SitePage page) {
        List<String> meta = new ArrayList<>();
        TagView tag = null;
        Object details = page.document().details();
        if (details instanceof Consultation c) {
            ConsultationStatus s = site.status(c);
            tag = tag(s);
            meta.add(consultationDates(c, s));
        } else if (details instanceof Meeting m) {
            meta.add(Dates.dateTime(m.starts()));
            meta.add(where(m.venue().orElse(null), m.online().isPresent()));
            Vocabulary.find(site.data().vocabulary().committees(), m.committee()).ifPresent(t -> meta.add(t.name()));
        } else if (details instanceof Event e) {
            meta.add(Dates.dateTime(e.starts()));
            meta.add(where(e.venue().orElse(null), e.online().isPresent()));
        } else if (details instanceof Bulletin b) {
            meta.add(Dates.day(b.date()));
            Vocabulary.find(site.data().vocabulary().series(), b.series()).ifPresent(t -> meta.add(t.name()));
        } else {
            page.document().meta().updated().ifPresent(d -> meta.add("Updated " + Dates.day(d)));
        }
        meta.removeIf(m -> m == null || m.isEmpty());
        return new CardView(config.link(page.path()), page.title(), page.document().meta().summary(), List.copyOf(meta), tag);
    }

    static TagView tag(ConsultationStatus s) {
        return new TagView(s.label(), s.colour());
    }

    /** "Closes 31 March 2026 (12 days left)", "Opens ...", "Closed ...". */
    String consultationDates(Consultation c, ConsultationStatus s) {
        return switch (s) {
            case UPCOMING -> "Opens " + Dates.day(c.opens().toLocalDate());
            case OPEN, CLOSING_SOON -> "Closes " + Dates.day(c.closes().toLocalDate()) + " (" + daysLeft(c) + ")";
            case CLOSED -> "Closed " + Dates.day(c.closes().toLocalDate());
            case OUTCOME_PUBLISHED -> "Outcome published " + Dates.day(c.outcome().orElseThrow().date());
        };
    }

    /** "closes today", "1 day left", "12 days left", counted in calendar days. */
    String daysLeft(Consultation c) {
        long days = ChronoUnit.DAYS.between(site.now().toLocalDate(), c.closes().toLocalDate());
        if (days <= 0) {
            return "closes today";
        }
        return days == 1 ? "1 day left" : days + " days left";
    }

    static String where(Venue venue, boolean online) {
        if (venue != null) {
            return online ? venue.name() + " and online" : venue.name();
        }
        return online ? "Online" : "";
    }
}
