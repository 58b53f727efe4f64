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
     * The counts of one characteristic as published ({@link Suppression}): each from 1 to 4 is "fewer than 5", and
     * others are "not shown" until none of the small ones could be worked out from the rest and the total. A table
     * that cannot be published safely at all is all "not shown" (its page leaves it out).
     */
    public static List<String> shown(List<Integer> counts) {
        Optional<List<Suppression.Cell>> cells = Suppression.cells(counts);
        if (cells.isEmpty()) {
            return counts.stream().map(n -> WITHHELD).toList();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            out.add(switch (cells.get().get(i)) {
                case SHOWN -> number(counts.get(i));
                case SMALL -> "fewer than " + Evidence.SMALLEST_SHOWN;
                case WITHHELD -> WITHHELD;
            });
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
        // Fewer than 5 responses in all: the total is "fewer than 5", and nothing is broken down, since any count of
        // them by channel or characteristic would give the small number away.
        boolean fewResponses = e.responses().map(r -> Evidence.suppressed(r.total()).isEmpty()).orElse(false);
        List<EvidenceView.Row> responses = new ArrayList<>();
        e.responses().filter(r -> !fewResponses).ifPresent(r -> {
            for (Evidence.Channel ch : Evidence.Channel.values()) {
                r.byChannel().stream().filter(x -> x.id().equals(ch.id())).findFirst()
                        .ifPresent(x -> responses.add(new EvidenceView.Row(ch.label(), number(x.count()))));
            }
        });
        List<EvidenceView.Table> tables = new ArrayList<>();
        List<String> left = new ArrayList<>();
        e.respondents().filter(r -> !fewResponses).ifPresent(r -> r.profiles().forEach(p -> {
            List<Integer> counts = p.counts().stream().map(Evidence.Count::count).toList();
            if (Suppression.cells(counts).isEmpty()) {
                left.add(p.characteristic().label().toLowerCase(Locale.UK));
                return;
            }
            List<String> shown = shown(counts);
            List<EvidenceView.Row> rows = new ArrayList<>();
            for (int i = 0; i < p.counts().size(); i++) {
                rows.add(new EvidenceView.Row(p.characteristic().labelOf(p.counts().get(i).id()), shown.get(i)));
            }
            tables.add(new EvidenceView.Table("respondents-" + p.characteristic().id(), p.characteristic().label(), rows));
        }));
        String withheld = null;
        if (fewResponses) {
            withheld = "Fewer than " + Evidence.SMALLEST_SHOWN + " people responded, so to protect their privacy we do not "
                    + "publish how their responses came in or anything they told us about themselves.";
        } else if (!left.isEmpty()) {
            withheld = "So few people answered about their " + String.join(" or ", left) + " that no count could be shown "
                    + "without giving away someone's answer, so "
                    + (left.size() == 1 ? "that table is" : "those tables are") + " not published.";
        }
        String total = e.responses().map(r -> fewResponses ? count(r.total()) : number(r.total())).orElse(null);
        // A total of 1 is "fewer than 5", so the total is never a lone "1 responses".
        String sentence = total == null ? null : "We received " + total + " responses.";
        return new EvidenceView(c.formal() || eia != null, eiaDocument, eiaPage, eiaNotNeeded,
                c.formal() || e.substantialVariation() ? (e.substantialVariation() ? "Yes" : "No") : null,
                e.scrutiny().map(Evidence.Scrutiny::committee).orElse(null),
                e.scrutiny().map(s -> Dates.day(s.consulted())).orElse(null),
                e.scrutiny().map(Evidence.Scrutiny::view).orElse(null), decidedAt, decidedItem,
                total, sentence, responses, tables, withheld);
    }
}
