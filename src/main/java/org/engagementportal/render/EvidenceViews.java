package org.engagementportal.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagementportal.content.AgendaItem;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Evidence;
import org.engagementportal.content.Meeting;
import org.engagementportal.site.SitePage;

/**
 * Builds a consultation's {@link EvidenceView}, and publishes counts of people by characteristic the way NHS statistics
 * do. Responses by channel are not about who people are, and are shown as they are (the yearly totals add them up).
 */
public final class EvidenceViews {
    private EvidenceViews() {
    }

    /** "4,318"; a count from 1 to 4 is "fewer than 5" so that nobody can be singled out. */
    public static String count(int n) {
        return Evidence.suppressed(n).isPresent() ? number(n) : "fewer than " + Evidence.SMALLEST_SHOWN;
    }

    /** Shown in place of a count withheld so that a small number beside it cannot be worked out. */
    public static final String WITHHELD = "not shown";

    /**
     * The counts of one characteristic as published. Each from 1 to 4 is "fewer than 5"; and when only one is, the
     * smallest of the others is withheld too, since the total responses are published and the one small number
     * could otherwise be worked out by subtraction (secondary suppression, as NHS statistics do).
     */
    public static List<String> shown(List<Integer> counts) {
        List<String> out = new ArrayList<>(counts.stream().map(EvidenceViews::count).toList());
        long small = counts.stream().filter(n -> Evidence.suppressed(n).isEmpty()).count();
        if (small == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                int n = counts.get(i);
                if (Evidence.suppressed(n).isPresent() && n > 0 && (smallest < 0 || n < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                out.set(smallest, WITHHELD);
            }
        }
        return out;
    }

    /** "4,318": a whole number as people write it. */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    /** The evidence of a consultation, or null when it has none to show. */
    public static EvidenceView of(Consultation c, Views views) {
        Evidence e = c.evidence();
        if (e.equals(Evidence.none()) && !c.formal()) {
            return null;
        }
        var site = views.site();
        DocumentView eiaDocument = null;
        Link eiaPage = null;
        String eiaNotNeeded = null;
        Evidence.Eia eia = e.eia().orElse(null);
        if (eia instanceof Evidence.Eia.File f) {
            eiaDocument = views.describe(f.document(), Dates.day(c.opens().toLocalDate()));
        } else if (eia instanceof Evidence.Eia.Page p) {
            eiaPage = site.page(p.path()).map(x -> views.link(x.path(), x.title())).orElse(null);
        } else if (eia instanceof Evidence.Eia.NotNeeded n) {
            eiaNotNeeded = n.reason();
        }
        Link decidedAt = null;
        String decidedItem = null;
        if (e.decision().isPresent()) {
            Evidence.Decision d = e.decision().get();
            // A decision at a page that is not a meeting is reported when the site is assembled; it is not linked.
            Optional<SitePage> meeting = site.page(d.path()).filter(m -> m.document().is(Meeting.class));
            decidedAt = meeting.map(m -> views.link(m.path(), m.title())).orElse(null);
            decidedItem = meeting.flatMap(m -> m.document().detailsAs(Meeting.class).agenda().stream()
                    .filter(i -> i.number().equals(d.item())).map(AgendaItem::title).findFirst())
                    .map(t -> "Item " + d.item() + ": " + t).orElse(null);
        }
        List<EvidenceView.Row> responses = new ArrayList<>();
        e.responses().ifPresent(r -> {
            for (Evidence.Channel ch : Evidence.Channel.values()) {
                r.byChannel().stream().filter(x -> x.id().equals(ch.id())).findFirst()
                        .ifPresent(x -> responses.add(new EvidenceView.Row(ch.label(), number(x.count()))));
            }
        });
        List<EvidenceView.Table> tables = new ArrayList<>();
        e.respondents().ifPresent(r -> r.profiles().forEach(p -> {
            List<String> shown = shown(p.counts().stream().map(Evidence.Count::count).toList());
            List<EvidenceView.Row> rows = new ArrayList<>();
            for (int i = 0; i < p.counts().size(); i++) {
                rows.add(new EvidenceView.Row(p.characteristic().labelOf(p.counts().get(i).id()), shown.get(i)));
            }
            tables.add(new EvidenceView.Table("respondents-" + p.characteristic().id(), p.characteristic().label(), rows));
        }));
        return new EvidenceView(c.formal() || eia != null, eiaDocument, eiaPage, eiaNotNeeded,
                c.formal() || e.substantialVariation() ? (e.substantialVariation() ? "Yes" : "No") : null,
                e.scrutiny().map(Evidence.Scrutiny::committee).orElse(null),
                e.scrutiny().map(s -> Dates.day(s.consulted())).orElse(null),
                e.scrutiny().map(Evidence.Scrutiny::view).orElse(null), decidedAt, decidedItem,
                e.responses().map(r -> number(r.total())).orElse(null), responses, tables);
    }
}
