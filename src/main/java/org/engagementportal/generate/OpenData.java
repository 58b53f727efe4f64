package org.engagementportal.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.EngagementRow;
import org.engagementportal.content.Evidence;
import org.engagementportal.plain.PlainText;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;
import org.engagementportal.site.YouSaidWeDid;

/**
 * The columns of the open data of engagement, in order: each with its name (the CSV's header and the JSON's key),
 * its JSON Schema type, what it means, and its value for a row. The CSV, the JSON and the JSON Schema are all made
 * from this one list, so they cannot disagree.
 */
final class OpenData {
    /**
     * A column.
     *
     * @param type  "string", "integer", "date" (a string like 2026-07-16) or "list" (an array of ids; in the CSV, ids
     *              joined by "; ")
     * @param value the row's value: text, a whole number, a list of text, or null for none
     */
    record Column(String name, String type, String description, Function<Row, Object> value) {
    }

    /** A row: a page and what it contributes. */
    record Row(SitePage page, EngagementRow row) {
    }

    private OpenData() {
    }

    static List<Row> rows(Site site) {
        return site.youSaidWeDid().all().stream().map(i -> new Row(i.page(), i.row())).toList();
    }

    static List<Column> columns(Site site) {
        SiteConfig config = site.config();
        java.time.LocalDate today = site.now().toLocalDate();
        List<Column> c = new ArrayList<>();
        c.add(new Column("type", "string", "\"consultation\" or \"engagement\" (an engagement activity that is not a consultation).",
                r -> r.row().kind()));
        c.add(new Column("title", "string", "Its title.", r -> r.page().title()));
        c.add(new Column("address", "string", "The address of its page.", r -> config.absolute(r.page().path())));
        c.add(new Column("summary", "string", "What was asked, in a sentence or two.", r -> r.page().document().meta().summary()));
        c.add(new Column("activity", "string", "What kind of activity it was, such as \"Formal public consultation\" or \"Focus group\".",
                r -> r.row().activity()));
        c.add(new Column("started", "date", "Its first day.", r -> r.row().started().toString()));
        c.add(new Column("closed", "date", "Its last day: when a consultation closed, or an activity ended.", r -> r.row().closed().toString()));
        c.add(new Column("financial_year", "string", "The NHS financial year (April to March) it closed in, such as \"2026-27\".",
                r -> YouSaidWeDid.Year.of(r.row().closed()).label()));
        c.add(new Column("engagement", "string", "The rung of the ladder of engagement: inform, consult, involve, collaborate or "
                + "devolve; empty when not given.", r -> r.row().rung().map(e -> e.id()).orElse(null)));
        c.add(new Column("stage", "string", "The stage of the commissioning cycle: assess, plan, design, procure or monitor; empty "
                + "when not given.", r -> r.row().stage().map(s -> s.id()).orElse(null)));
        c.add(new Column("topics", "list", "Topic ids, from the site's list of topics.", r -> r.page().document().meta().topics()));
        c.add(new Column("areas", "list", "Area ids, from the site's list of areas.", r -> r.page().document().meta().areas()));
        c.add(new Column("groups", "list", "Ids of the seldom-heard groups it reached or was for, from the site's groups.yml.",
                r -> r.row().groups()));
        c.add(new Column("people", "integer", "How many people took part (engagement) or responded (consultations); empty when not "
                + "counted, or when fewer than 5 (not published, to protect their privacy).", r -> r.row().people().isPresent() ? (Object) (long) r.row().people().getAsInt() : null));
        for (Evidence.Channel ch : Evidence.Channel.values()) {
            c.add(new Column("responses_" + ch.id(), "integer", "Consultation responses that came in this way (" + ch.label().toLowerCase(
                    java.util.Locale.UK) + "); empty when not given, or when fewer than 5 people responded in all.", r -> r.row().responses().stream().filter(x -> x.id().equals(ch.id()))
                    .findFirst().map(x -> (Object) (long) x.count()).orElse(null)));
        }
        c.add(new Column("you_said", "string", "What people told us, the text of its page without formatting (paragraphs "
                + "separated by a blank line); empty until published.",
                r -> r.row().heard().filter(h -> h.outOn(today)).map(h -> PlainText.paragraphs(h.markdown(), h.firstLine()))
                        .orElse(null)));
        c.add(new Column("we_did", "string", "What was decided or done, and the difference it made, the text of its page "
                + "without formatting (paragraphs separated by a blank line); empty until published.",
                r -> r.row().did().filter(d -> !d.date().isAfter(today)).map(d -> PlainText.paragraphs(d.markdown(), d.firstLine()))
                        .orElse(null)));
        c.add(new Column("we_did_date", "date", "The day what we did was published.",
                r -> r.row().did().filter(d -> !d.date().isAfter(today)).map(d -> d.date().toString()).orElse(null)));
        c.add(new Column("decided_at", "string", "The address of the meeting that made the decision (consultations).",
                r -> r.row().decision().map(d -> config.absolute(d.path())).orElse(null)));
        c.add(new Column("decided_item", "string", "The number of the agenda item at that meeting.",
                r -> r.row().decision().map(Evidence.Decision::item).orElse(null)));
        c.add(new Column("outcome_due", "date", "The day a consultation's outcome was due by, 12 weeks after it closed.",
                r -> r.row().due().map(Object::toString).orElse(null)));
        c.add(new Column("on_time", "string", "Whether the outcome was published on time: yes, no, overdue or \"not yet due\"; empty "
                + "for engagement.", r -> {
                    String s = r.row().onTime(today).id();
                    return s.isEmpty() ? null : s;
                }));
        return c;
    }
}
