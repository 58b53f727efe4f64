package org.engagementportal.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.content.AgendaItem;
import org.engagementportal.content.EngagementRecord;
import org.engagementportal.markdown.RenderedHtml;
import org.engagementportal.content.EngagementRow;
import org.engagementportal.content.Evidence;
import org.engagementportal.content.Meeting;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;
import org.engagementportal.site.YouSaidWeDid;

/** Builds the views of the "you said, we did" pages: the list of years and each year. */
public final class YouSaidWeDidViews {
    private final Site site;
    private final SiteConfig config;
    private final LayoutViews layouts;
    private final YouSaidWeDid report;

    private final Sizes sizes;

    /** The sizes in bytes of the open data files, which their links give. */
    public record Sizes(long csv, long json, long schema) {
    }

    public YouSaidWeDidViews(Site site, LayoutViews layouts, Sizes sizes) {
        this.sizes = sizes;
        this.site = site;
        this.config = site.config();
        this.layouts = layouts;
        this.report = site.youSaidWeDid();
    }

    private LayoutView layout(String title, String summary, String path) {
        return layouts.layout(title, summary, path, config.language(), "ltr", List.of(), null);
    }

    public YearsView years() {
        String title = "You said, we did";
        String summary = "What people told us in each year's consultations and engagement, what we decided and the "
                + "difference it made.";
        List<YearsView.YearLink> years = new ArrayList<>();
        for (YouSaidWeDid.Year y : report.years()) {
            YouSaidWeDid.Totals t = report.totals(report.closedIn(y));
            years.add(new YearsView.YearLink(Link.of(config.link(y.path()), "April " + y.startYear() + " to March " + (y.startYear() + 1)
                    + " (" + y.label() + ")"), counts(t) + (y.equals(report.current()) ? ", so far" : "")));
        }
        return new YearsView(layout(title, summary, YouSaidWeDid.ROOT), title, summary, years, csv(), json(), schema());
    }

    /** "Of the 2 consultations, 1 published the outcome on time ...", or for one consultation, what it did. */
    private static String outcomes(YouSaidWeDid.Totals t) {
        int weeks = org.engagementportal.content.Consultation.OUTCOME_DUE_WEEKS;
        if (t.consultations() == 1) {
            return t.onTime() == 1 ? "The consultation published its outcome on time (within " + weeks + " weeks of closing)."
                    : t.late() == 1 ? "The consultation published its outcome late (more than " + weeks + " weeks after closing)."
                    : t.overdue() == 1 ? "The consultation's outcome is overdue: it was due within " + weeks + " weeks of closing."
                    : "The consultation's outcome is not due yet (it is due within " + weeks + " weeks of closing).";
        }
        return "Of the " + t.consultations() + " consultations, " + t.onTime() + " published the outcome on time (within "
                + weeks + " weeks of closing), " + t.late() + " late, and " + t.overdue() + " " + (t.overdue() == 1 ? "is" : "are")
                + " overdue.";
    }

    /** "3 consultations and 6 engagement activities". */
    private static String counts(YouSaidWeDid.Totals t) {
        return Plural.of(t.consultations(), "consultation", "consultations") + " and "
                + Plural.of(t.engagement(), "engagement activity", "engagement activities");
    }

    private Link csv() {
        return Link.of(config.link(YouSaidWeDid.CSV), "All consultations and engagement as a spreadsheet (CSV, " + DocumentViews.size(sizes.csv()) + ")");
    }

    private Link json() {
        return Link.of(config.link(YouSaidWeDid.JSON), "The same as JSON (" + DocumentViews.size(sizes.json()) + ")");
    }

    private Link schema() {
        return Link.of(config.link(YouSaidWeDid.SCHEMA), "What each column means (JSON Schema, " + DocumentViews.size(sizes.schema()) + ")");
    }

    /**
     * @param html turns a piece of a page's Markdown ("you said", "we did") into HTML, reporting problems at its lines
     */
    public YearView year(YouSaidWeDid.Year year, BiFunction<SitePage, EngagementRecord.Said, String> html) {
        List<YouSaidWeDid.Item> items = report.closedIn(year);
        YouSaidWeDid.Totals t = report.totals(items);
        LocalDate today = report.today();
        String title = "You said, we did: " + year.label();
        String summary = "The consultations and engagement that closed between " + Dates.day(year.first()) + " and "
                + Dates.day(year.last()) + ": what you told us, what we decided and the difference it made.";
        String inProgress = year.equals(report.current()) ? "This year is not over. This page was last brought up to date on "
                + Dates.day(today) + ", and grows as consultations and engagement close." : null;
        long groupCount = t.groups().size();
        String reached = groupCount == 1 ? (t.groupsReached() == 1 ? "we reached the one group" : "we did not reach the one group")
                : "we reached " + t.groupsReached() + " of the " + groupCount + " groups";
        // None counted, or every count under 5 (never published): "0 people took part" would say nobody came.
        String people = t.people() == 0 ? "We have no count of the people who took part that we can publish (a number under "
                + Evidence.SMALLEST_SHOWN + " is never published)" : EvidenceViews.number(t.people()) + (t.people() == 1 ? " person"
                : " people") + " took part or responded where we counted them";
        String intro = "In " + year.label() + ", " + counts(t) + " closed. " + people + ", and " + reached + " we most want to hear from.";
        String onTime = t.consultations() == 0 ? null : outcomes(t);
        String base = year.path();
        List<ChartView> charts = new ArrayList<>();
        charts.add(chart(base, "rungs", "Activities by how much say people had", "How much say people had", "Activities",
                t.byRung().entrySet().stream().map(e -> bar(Views.capitalise(e.getKey().id()), e.getValue())).toList()));
        charts.add(chart(base, "stages", "Activities by stage of planning", "Stage of planning", "Activities",
                t.byStage().entrySet().stream().map(e -> bar(e.getKey().plain(), e.getValue())).toList()));
        if (t.responses() > 0) {
            charts.add(chart(base, "channels", "Consultation responses by how they came in", "How", "Responses",
                    t.byChannel().entrySet().stream().filter(e -> e.getValue() > 0)
                            .map(e -> bar(e.getKey().label(), e.getValue())).toList()));
        }
        List<YearView.GroupRow> groups = new ArrayList<>();
        List<String> notReached = new ArrayList<>();
        for (Map.Entry<Term, Integer> g : t.groups().entrySet()) {
            groups.add(new YearView.GroupRow(g.getKey().name(), g.getKey().description(), EvidenceViews.number(g.getValue())));
            if (g.getValue() == 0) {
                notReached.add(g.getKey().name());
            }
        }
        List<YearView.ItemView> views = new ArrayList<>();
        for (YouSaidWeDid.Item i : items) {
            views.add(item(i, today, html));
        }
        List<Link> others = report.years().stream().filter(y -> !y.equals(year))
                .map(y -> Link.of(config.link(y.path()), y.label())).toList();
        return new YearView(layout(title, summary, base), title, summary, Dates.day(year.first()) + " to " + Dates.day(year.last()),
                inProgress, intro, charts, groups, notReached, onTime, views, csv(), json(), schema(),
                Link.of(config.link(YouSaidWeDid.ROOT), "All years"), others);
    }

    private static ChartView.Bar bar(String label, long value) {
        return new ChartView.Bar(label, value, EvidenceViews.number(value));
    }

    private ChartView chart(String base, String id, String title, String header, String unit, List<ChartView.Bar> bars) {
        String words = title + ": " + String.join("; ", bars.stream().map(b -> b.label() + ", " + b.shown()).toList()) + ".";
        // On the page the table follows the picture, so its alternative text sums it up rather than reading every number twice.
        ChartView.Bar longest = bars.stream().reduce((a, b) -> b.value() > a.value() ? b : a).orElse(null);
        String alt = "Bar chart: " + title + "." + (longest == null ? "" : " The longest bar is " + longest.label() + " ("
                + longest.shown() + ").") + " Every number is in the table below.";
        return new ChartView(id, config.link(base + id + ".svg"), title, words, alt, header, unit, bars);
    }

    private YearView.ItemView item(YouSaidWeDid.Item i, LocalDate today, BiFunction<SitePage, EngagementRecord.Said, String> html) {
        EngagementRow r = i.row();
        SitePage page = i.page();
        String when = r.started().equals(r.closed()) ? Dates.day(r.started())
                : Dates.day(r.started()) + " to " + Dates.day(r.closed());
        Link decidedAt = null;
        String decided = null;
        if (r.decision().isPresent()) {
            Evidence.Decision d = r.decision().get();
            Optional<SitePage> meeting = site.page(d.path()).filter(m -> m.document().is(Meeting.class));
            if (meeting.isPresent()) {
                decidedAt = Link.of(config.link(meeting.get().path()), meeting.get().title());
                decided = meeting.get().document().detailsAs(Meeting.class).agenda().stream()
                        .filter(a -> a.number().equals(d.item())).map(AgendaItem::title).findFirst()
                        .map(t -> "item " + d.item() + ": " + t).orElse(null);
            }
        }
        Optional<org.engagementportal.content.Report> did = r.did().filter(x -> !x.date().isAfter(today));
        String due = r.due().map(Dates::day).orElse("");
        String onTime = switch (r.onTime(today)) {
            case YES -> "Yes: due by " + due + ".";
            case LATE -> "No: it was due by " + due + ".";
            case OVERDUE -> "Overdue: it was due by " + due + " and is not published yet.";
            case NOT_YET_DUE -> "Not yet due: it is due by " + due + ".";
            case NOT_APPLICABLE -> null;
        };
        String people = r.people().isPresent() ? EvidenceViews.number(r.people().getAsInt())
                + (r.people().getAsInt() == 1 ? " person" : " people")
                + (r.kind().equals("consultation") ? " responded" : " took part") : null;
        String id = page.path().replace('/', '-').replaceAll("^-|-$", "");
        // Under the item's h3 and its h4 "You said": the text's own headings are h5 or h6, and their ids the item's.
        return new YearView.ItemView(id, Link.of(config.link(page.path()), page.title()),
                r.activity(), when, page.document().meta().summary(),
                r.heard().filter(h -> h.outOn(today)).map(h -> nested(html.apply(page, h), id + "-said")).orElse(null), decidedAt, decided,
                did.map(x -> Dates.day(x.date())).orElse(null),
                did.map(x -> nested(html.apply(page, new EngagementRecord.Said(x.markdown(), x.firstLine())), id + "-did"))
                        .orElse(null), onTime, people);
    }

    private static String nested(String html, String prefix) {
        return RenderedHtml.prefixIds(RenderedHtml.demoteHeadings(html, 3), prefix);
    }
}
