package org.engagementportal.types;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.ConsultationReader;
import org.engagementportal.content.AgendaItem;
import org.engagementportal.content.Engagement;
import org.engagementportal.content.Evidence;
import org.engagementportal.content.Meeting;
import org.engagementportal.content.Event;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Report;
import org.engagementportal.content.Respond;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.Variant;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.render.ConsultationView;
import org.engagementportal.render.Dates;
import org.engagementportal.render.Link;
import org.engagementportal.render.Views;
import org.engagementportal.site.ConsultationStatus;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;
import org.engagementportal.source.XmlText;

/**
 * Consultations, in {@code content/consultations/}: open from {@code opens} to {@code closes}, their status
 * worked out from the clock. Listed by status with filters by topic and area, announced in a feed when they
 * open, start closing soon and publish their outcome.
 */
public final class Consultations implements ContentType<Consultation> {
    static final String FOLDER = "consultations";
    static final String ROOT = "/" + FOLDER + "/";

    @Override
    public String id() {
        return "consultation";
    }

    @Override
    public String described() {
        return "a consultation";
    }

    @Override
    public Class<Consultation> details() {
        return Consultation.class;
    }

    @Override
    public Placement placement() {
        return new Placement.Folder(FOLDER);
    }

    @Override
    public List<String> fields() {
        return Consultation.FIELDS;
    }

    @Override
    public java.util.Map<String, String> workedOut() {
        return java.util.Map.of("status", "A consultation's status (coming up, open, closed, decided) is worked out from its "
                + "'opens' and 'closes' dates and its 'outcome', so it is never written. Delete this line; to close the "
                + "consultation early or keep it open longer, change 'closes' to the day and time it closes.");
    }

    @Override
    public Optional<Consultation> read(Fields f, ReadContext ctx) {
        return ConsultationReader.read(f, ctx);
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.of("page's text");
    }

    @Override
    public Optional<ZonedDateTime> filedOn(Consultation c, ZoneId zone) {
        return Optional.of(c.opens());
    }

    @Override
    public Optional<LocalDate> publishedOn(Consultation c) {
        return Optional.of(c.opens().toLocalDate());
    }

    @Override
    public List<Moment> moments(Consultation c, SiteConfig config, ZoneId zone) {
        List<Moment> out = new ArrayList<>();
        out.add(new Moment(c.opens(), "opens"));
        if (!c.closingSoonOnOpening(config.closingSoonDays())) {
            out.add(new Moment(c.closingSoonFrom(config.closingSoonDays()), "closing-soon"));
        }
        out.add(new Moment(c.closes(), "closes"));
        c.feedback().ifPresent(f -> out.add(new Moment(f.date().atStartOfDay(zone), "feedback-published")));
        out.add(c.outcome().map(o -> new Moment(o.date().atStartOfDay(zone), "outcome-published"))
                .orElseGet(() -> new Moment(c.outcomeDue().plusDays(1).atStartOfDay(zone), "response-delayed")));
        return out;
    }

    @Override
    public List<Attachment> attachments(Consultation c) {
        List<Attachment> out = new ArrayList<>(c.documents());
        c.evidence().eia().ifPresent(e -> {
            if (e instanceof Evidence.Eia.File f) {
                out.add(f.document());
            }
        });
        return out;
    }

    /**
     * When and where an event to respond at is, as its card says it: "Thursday 3 December 2026, 1pm to 7pm, at Northam
     * Library", or "online"; a drop-in from 1pm to 7pm was read as an appointment at 1pm, somewhere.
     */
    private static String eventWhenAndWhere(Event e) {
        String when = e.ends().map(x -> Dates.range(e.starts(), x)).orElse(Dates.dateTime(e.starts()));
        return when + e.venue().map(v -> ", at " + v.name() + (e.online().isPresent() ? " and online" : ""))
                .orElse(e.online().isPresent() ? ", online" : "");
    }

    /** An event to respond at that starts after the consultation closes: views given there could not count. */
    private static Optional<org.engagementportal.content.ContentKind.Unmet> afterClosing(Consultation c, String ref, Event e) {
        if (!e.starts().isAfter(c.closes())) {
            return Optional.empty();
        }
        // A warning: an event moved after the consultation was published must not stop the site publishing.
        return Optional.of(new org.engagementportal.content.ContentKind.Unmet("the event '" + ref + "' is on "
                + Dates.dateTime(e.starts()) + ", after the consultation closes (" + Dates.deadline(c.closes()) + "), so views "
                + "given there would not count, and the page does not offer it.", "Remove it from 'events', or name an event "
                + "held before the consultation closes.", true));
    }

    @Override
    public List<Reference> references(Consultation c) {
        List<Reference> out = new ArrayList<>(c.respond().events().stream().map(ref -> new Reference("respond.events." + ref, ref,
                eventPath(ref), Event.class, true, "the event", Optional.of(Events.FOLDER), "Write the event's address, such as "
                        + "/events/kingsmere-drop-in/, or its file name in content/events/ without .md, such as kingsmere-drop-in.")
                .when(target -> ((Event) target).cancelled().map(x -> new org.engagementportal.content.ContentKind.Unmet("the "
                        + "event '" + ref + "' is cancelled, so the page no longer offers it as a way to respond.", "Remove it from "
                        + "'events'" + x.instead().map(i -> ", or name the event held instead, " + i).orElse("") + ".", true))
                        .or(() -> afterClosing(c, ref, (Event) target))))
                .toList());
        out.addAll(org.engagementportal.content.ConsultationReader.webVersions(c.documents()));
        Evidence e = c.evidence();
        e.decision().ifPresent(d -> out.add(new Reference("decision.meeting", d.written(), d.path(), Meeting.class, true,
                "the meeting", Optional.empty(), "Write the meeting's file under content/ without .md, such as "
                        + "governing-body/2026-07-16, or its address, such as /governing-body/2026-07-16/.")
                .to(new Part("decision.item", d.item(), m -> ((Meeting) m).agenda().stream().map(AgendaItem::number).toList(),
                        "agenda item"))
                .when(m -> decidedAtCancelled((Meeting) m).or(() -> decidedTooSoon(c, (Meeting) m)))));
        e.eia().ifPresent(eia -> {
            if (eia instanceof Evidence.Eia.Page p) {
                out.add(new Reference("eia.page", p.written(), p.path(), org.engagementportal.content.Details.class, false,
                        "the page", Optional.empty(), "Write the address of the page with the impact assessment, such as /about/equality/."));
            }
        });
        return out;
    }

    /** The meeting named as deciding was cancelled: no decision was made there. */
    static Optional<org.engagementportal.content.ContentKind.Unmet> decidedAtCancelled(Meeting m) {
        return m.cancelled().map(x -> new org.engagementportal.content.ContentKind.Unmet("the meeting named as deciding this "
                + "consultation was cancelled on " + x.on() + ", so no decision was made there.",
                "Check 'decision': name the meeting that made the decision" + x.instead().map(i -> ", such as the one held instead, "
                        + i).orElse("") + ".", false));
    }

    /**
     * A decision at a meeting before the consultation closed, which its page and the open data would publish: before it
     * opened, it is the wrong meeting; while it was open, a decision made before hearing everyone (DESIGN: decisions come
     * after engagement), or the wrong meeting.
     */
    static Optional<org.engagementportal.content.ContentKind.Unmet> decidedTooSoon(Consultation c, Meeting m) {
        LocalDate held = m.starts().toLocalDate();
        if (!m.starts().isBefore(c.closes())) {
            return Optional.empty();
        }
        boolean beforeOpening = m.starts().isBefore(c.opens());
        return Optional.of(new org.engagementportal.content.ContentKind.Unmet("the meeting named as deciding this consultation was held on " + held + ", "
                + (beforeOpening ? "before the consultation opened on " + c.opens().toLocalDate()
                : "while the consultation was still open (it closes on " + c.closes().toLocalDate() + ")")
                + ": a decision is made after hearing what people said.",
                "Check 'decision': name the meeting that made the decision, after the consultation closed.", !beforeOpening));
    }

    /** The consultations decided at an agenda item of a meeting, which its page links to. */
    static List<SitePage> decidedAt(org.engagementportal.site.Site site, SitePage meeting, String item) {
        return site.referring(meeting.path()).stream().filter(p -> p.document().details() instanceof Consultation c
                && c.evidence().decision().filter(d -> d.item().equals(item)).isPresent()).toList();
    }

    /** An event named in 'respond.events': its address, or its file name in content/events/. */
    static String eventPath(String ref) {
        return ref.startsWith("/") ? (ref.endsWith("/") ? ref : ref + "/") : Events.ROOT + ref + "/";
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(Consultation c) {
        Evidence e = c.evidence();
        // Fewer than 5 responses are "fewer than 5" on the consultation's page, so they are not counted on the yearly
        // page or in the open data either, where the number (or its channels) would give them away.
        Optional<Evidence.Responses> counted = e.responses().filter(r -> Evidence.suppressed(r.total()).isPresent());
        return Optional.of(new org.engagementportal.content.EngagementRow("consultation",
                c.formal() ? "Formal public consultation" : "Consultation", c.opens().toLocalDate(), Dates.dayOf(c.closes()),
                c.engagement(), c.stage(), c.groups(),
                counted.map(r -> java.util.OptionalInt.of(r.total())).orElse(java.util.OptionalInt.empty()),
                counted.map(Evidence.Responses::byChannel).orElse(List.of()),
                c.feedback().map(f -> new org.engagementportal.content.EngagementRecord.Said(f.markdown(), f.firstLine(),
                        Optional.of(f.date()))),
                c.outcome(), e.decision(), Optional.of(c.outcomeDue())));
    }

    /** What people told us and what we did, as its page shows them. */
    @Override
    public List<org.engagementportal.content.ContentKind.Passage> passages(Consultation c) {
        List<org.engagementportal.content.ContentKind.Passage> out = new ArrayList<>(2);
        c.feedback().ifPresent(f -> out.add(new org.engagementportal.content.ContentKind.Passage("feedback", f.markdown(), f.firstLine())));
        c.outcome().ifPresent(o -> out.add(new org.engagementportal.content.ContentKind.Passage("outcome", o.markdown(), o.firstLine())));
        return out;
    }

    @Override
    public Optional<String> sequence(Consultation c) {
        return Optional.empty();
    }

    /** Its ways to respond ask for views until it closes. */
    @Override
    public Optional<ZonedDateTime> asksUntil(Consultation c) {
        return Optional.of(c.closes());
    }

    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Consultation original, Consultation version) {
        List<org.engagementportal.content.ContentKind.Disagreement> found = new ArrayList<>();
        Versions.time("opens", "the consultation", original.opens(), version.opens()).ifPresent(found::add);
        Versions.time("closes", "the consultation", original.closes(), version.closes()).ifPresent(found::add);
        Versions.report(OUTCOME, original.outcome(), version.outcome(), found);
        Versions.report(FEEDBACK, original.feedback(), version.feedback(), found);
        found.addAll(EvidenceVersions.of(original, version));
        return found;
    }

    private static final Versions.Said OUTCOME = new Versions.Said("outcome", "has an 'outcome' (what we did)",
            "has no 'outcome' (what we did)", "has one, dated %s, so its readers are told it is still to come", "dates the outcome",
            "the decision", "Add the outcome in this version's own words, with the page's date:\noutcome:\n  date: %s\n  body: "
                    + "(what we did, in this version's words)");
    private static final Versions.Said FEEDBACK = new Versions.Said("feedback", "has 'feedback' (what you told us)",
            "has no 'feedback' (what you told us)", "has it, dated %s", "dates what people told us", "it",
            "Add what people told us in this version's own words, with the page's date:\nfeedback:\n  date: %s\n  body: (what "
                    + "people told us, in this version's words)");

    /** See {@link ConsultationStarter}. */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        return ConsultationStarter.starter(title, ctx);
    }

    @Override
    public List<String> sections() {
        return List.of(FOLDER);
    }

    @Override
    public List<Listing> listings(Plan plan) {
        List<SitePage> all = plan.pages();
        Vocabulary vocabulary = plan.data().vocabulary();
        List<Listing.TermCount> topics = Plan.filterOptions(all, vocabulary.topics(), ROOT + "topics/", p -> p.document().meta().topics());
        List<Listing.TermCount> areas = Plan.filterOptions(all, vocabulary.areas(), ROOT + "areas/", p -> p.document().meta().areas());
        Function<Optional<String>, Listing.Filters> filters = current -> new Listing.Filters("consultations", ROOT, List.of(
                new Listing.Filter("Topic", topics, current.filter(c -> c.startsWith("topics/")).map(c -> c.substring(7))),
                new Listing.Filter("Area", areas, current.filter(c -> c.startsWith("areas/")).map(c -> c.substring(6)))));
        List<Listing> out = new ArrayList<>();
        out.add(plan.listing(ROOT, FOLDER, "Consultations",
                "Have your say on changes to health services, and see what happened after past consultations.",
                sections(plan, all)).withFilters(filters.apply(Optional.empty())));
        Map<String, List<SitePage>> byTopic = Plan.byTerm(all, p -> p.document().meta().topics());
        Map<String, List<SitePage>> byArea = Plan.byTerm(all, p -> p.document().meta().areas());
        for (Listing.TermCount t : topics) {
            List<SitePage> items = byTopic.getOrDefault(t.id(), List.of());
            out.add(new Listing(Listing.Kind.SECTION, t.path(), "Consultations about " + Views.inSentence(t.name()),
                    "Consultations filed under the topic " + t.name() + ".", Optional.empty(), sections(plan, items),
                    List.of()).withFilters(filters.apply(Optional.of("topics/" + t.id()))));
        }
        for (Listing.TermCount t : areas) {
            List<SitePage> items = byArea.getOrDefault(t.id(), List.of());
            out.add(new Listing(Listing.Kind.SECTION, t.path(), "Consultations in " + t.name(),
                    "Consultations for people in " + t.name() + ".", Optional.empty(), sections(plan, items),
                    List.of()).withFilters(filters.apply(Optional.of("areas/" + t.id()))));
        }
        return out;
    }

    /**
     * Open (closing soonest first), opening soon, closed awaiting an outcome, closed with the outcome overdue (only when
     * there is one: each page says "Our response is delayed", so its list does too), and outcome published.
     */
    private static List<Listing.Section> sections(Plan plan, List<SitePage> all) {
        Map<String, List<SitePage>> groups = new LinkedHashMap<>();
        for (String id : List.of("open", "upcoming", "closed", "delayed", "outcome")) {
            groups.put(id, new ArrayList<>());
        }
        for (SitePage p : all) {
            ConsultationStatus s = plan.status(of(p));
            String id = s.isOpen() ? "open" : s == ConsultationStatus.UPCOMING ? "upcoming"
                    : s == ConsultationStatus.CLOSED ? (of(p).outcomeOverdue(plan.now()) ? "delayed" : "closed") : "outcome";
            groups.get(id).add(p);
        }
        List<Listing.Section> out = new ArrayList<>(List.of(
                Plan.section("open", "Open now", byTime(groups.get("open"), p -> of(p).closes(), false)),
                Plan.section("upcoming", "Opening soon", byTime(groups.get("upcoming"), p -> of(p).opens(), false)),
                Plan.section("closed", "Closed: we are analysing your feedback", byTime(groups.get("closed"), p -> of(p).closes(), true))));
        if (!groups.get("delayed").isEmpty()) {
            out.add(Plan.section("delayed", "Closed: our response is delayed", byTime(groups.get("delayed"), p -> of(p).closes(), true)));
        }
        out.add(Plan.section("outcome", "Closed: outcome published", byTime(groups.get("outcome"),
                p -> of(p).outcome().orElseThrow().date().atStartOfDay(ZoneOffset.UTC), true)));
        return List.copyOf(out);
    }

    private static List<SitePage> byTime(List<SitePage> pages, Function<SitePage, ZonedDateTime> time, boolean latestFirst) {
        return Plan.byTime(pages, time, latestFirst, SitePage::path);
    }

    private static Consultation of(SitePage p) {
        return p.document().detailsAs(Consultation.class);
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        // Said even when nothing is open, so the home page always tells people whether they can have their say.
        return Optional.of(new Listing.Section("open", "Have your say now", plan.pages().stream()
                .filter(p -> plan.status(of(p)).isOpen()).sorted(Comparator.comparing(p -> of(p).closes())).toList(),
                Optional.of("There are no open consultations at the moment.")));
    }

    /** One feed of consultations: each is announced when it opens, when it starts closing soon and with its outcome. */
    @Override
    public List<FeedPlan.Feed> feeds(Plan plan) {
        List<FeedPlan.Entry> entries = new ArrayList<>();
        for (SitePage p : plan.pages()) {
            entries.addAll(topicEntries(plan, p));
        }
        String name = plan.config().name();
        return List.of(plan.feed(ROOT, "Consultations - " + name,
                "New consultations, consultations closing soon and the outcomes of consultations from " + name + ".", entries));
    }

    /** A consultation's moments, in its topics' feeds as in the consultations' feed. */
    @Override
    public List<FeedPlan.Entry> topicEntries(Plan plan, SitePage p) {
        Consultation c = of(p);
        int soonDays = plan.config().closingSoonDays();
        List<FeedPlan.Entry> entries = new ArrayList<>(3);
        entries.add(new FeedPlan.Entry(p, "opened", "Now open: " + p.title(), c.opens()));
        // One that runs for soonDays or less is closing soon as it opens: its 'Now open' says all there is to say,
        // and a 'Closing soon' dated before it opened would invite responses to what cannot be answered yet.
        if (soonDays > 0 && !c.closingSoonOnOpening(soonDays)) {
            entries.add(new FeedPlan.Entry(p, "closing-soon", "Closing soon: " + p.title(), c.closingSoonFrom(soonDays)));
        }
        c.outcome().ifPresent(o -> entries.add(new FeedPlan.Entry(p, "outcome", "Outcome published: " + p.title(),
                o.date().atStartOfDay(plan.now().getZone()))));
        return entries;
    }

    @Override
    public Optional<Navigation> navigation(Vocabulary vocabulary) {
        return Optional.of(new Navigation(ROOT, "Consultations", List.of()));
    }

    @Override
    public String template() {
        return "consultation";
    }

    @Override
    public ConsultationView view(Consultation c, SitePage page, Views views) {
        var site = views.site();
        ConsultationStatus status = site.status(c);
        String daysLeft = status.isOpen() ? Views.capitalise(views.daysLeft(c.closes())) : null;
        Respond r = c.respond();
        List<Link> events = r.events().stream()
                .map(Consultations::eventPath)
                .flatMap(p -> site.page(p).stream())
                // A reference to a page that is not an event is reported when the site is assembled; an event that
                // has finished, or is cancelled (a warning), is no longer a way to respond.
                .filter(p -> p.document().details() instanceof Event e && e.over().isAfter(site.now()) && e.cancelled().isEmpty()
                        && !e.starts().isAfter(c.closes())) // one after closing is a warning: views given there would not count
                .map(p -> views.link(p.path(), p.title() + ", " + eventWhenAndWhere(p.document().detailsAs(Event.class))))
                .toList();
        boolean upcoming = status == ConsultationStatus.UPCOMING;
        String title = site.originalOf(page).orElse(page).title(); // the team's own, on a translation's link too
        var respond = new ConsultationView.RespondView(r.online().filter(o -> !upcoming).map(Object::toString).orElse(null),
                r.email().orElse(null), r.email().map(e -> "mailto:" + e + "?subject="
                        + org.engagementportal.render.LayoutViews.encode("Response: " + title)).orElse(null),
                r.post().orElse(null), r.phone().orElse(null), r.phone().map(Views::telHref).orElse(null), events,
                !r.events().isEmpty() && events.isEmpty() && r.online().isEmpty() && r.email().isEmpty() && r.post().isEmpty()
                        && r.phone().isEmpty());
        Link easyRead = site.variantsOf(page).stream().filter(v -> v.document().variant().kind() == Variant.Kind.EASY_READ)
                .findFirst().map(v -> views.link(v.path(), "Read this consultation in easy read")).orElse(null);
        List<Link> areas = views.terms("/areas/", site.data().vocabulary().areas(), page.document().meta().areas());
        boolean closed = status == ConsultationStatus.CLOSED || status == ConsultationStatus.OUTCOME_PUBLISHED;
        // What people told us is published on its date, as the outcome is: until then the page says when it is due.
        Report feedback = closed ? c.feedback().filter(f -> !f.date().isAfter(site.now().toLocalDate())).orElse(null) : null;
        Report outcome = status == ConsultationStatus.OUTCOME_PUBLISHED ? c.outcome().orElse(null) : null;
        LocalDate due = c.outcomeDue();
        boolean delayed = status == ConsultationStatus.CLOSED && c.outcomeOverdue(site.now());
        return new ConsultationView(Views.tag(status), c.formal() ? "Formal public consultation" : "Engagement", upcoming,
                closed, Dates.opens(c.opens()), Dates.iso(c.opens()), Dates.deadline(c.closes()), Dates.iso(c.closes()),
                daysLeft, c.engagement().map(e -> Views.capitalise(e.id())).orElse(null),
                // Once closed, what the reader could do is done: "People were asked for their views", not "We are asking".
                c.engagement().map(e -> closed ? Views.capitalise(e.happened()) + "." : e.plain()).orElse(null),
                c.stage().map(s -> s.plain()).orElse(null),
                "We especially " + (closed ? "wanted" : "want") + " to hear from:", views.names(site.data().vocabulary().groups(), c.groups()), areas, respond,
                c.documents().stream().map(a -> views.describe(a, Dates.day(c.opens().toLocalDate()))).toList(), easyRead,
                feedback == null ? null : Dates.day(feedback.date()),
                feedback == null ? null : views.markdown(feedback.markdown(), feedback.firstLine()),
                outcome == null ? null : Dates.day(outcome.date()),
                outcome == null ? null : views.markdown(outcome.markdown(), outcome.firstLine()),
                closed && outcome == null ? Dates.day(due) : null, closed && outcome == null && !delayed, delayed,
                closed ? org.engagementportal.markdown.RenderedHtml.demoteHeadings(views.body()) : null,
                org.engagementportal.render.EvidenceViews.of(c, views),
                site.referring(site.originalOf(page).orElse(page).path()).stream()
                        .filter(p -> p.document().is(org.engagementportal.content.EngagementRecord.class))
                        .map(p -> views.link(p.path(), p.title())).toList());
    }

    @Override
    public Card card(Consultation c, SitePage page, Views views) {
        ConsultationStatus s = views.site().status(c);
        String dates = switch (s) {
            case UPCOMING -> "Opens " + Dates.day(c.opens().toLocalDate());
            case OPEN, CLOSING_SOON -> "Closes " + Dates.day(Dates.dayOf(c.closes())) + " (" + views.daysLeft(c.closes()) + ")";
            case CLOSED -> "Closed " + Dates.day(Dates.dayOf(c.closes()));
            case OUTCOME_PUBLISHED -> "Outcome published " + Dates.day(c.outcome().orElseThrow().date());
        };
        return new Card(List.of(dates), Views.tag(s));
    }

    @Override
    public Optional<CalendarEntry> calendar(Consultation c, SitePage page, BuildContext ctx) {
        return Optional.empty();
    }

    @Override
    public String announcement(String announces, Consultation c, SitePage page, BuildContext ctx) {
        String url = ctx.site().config().absolute(page.path());
        String summary = XmlText.escape(page.document().meta().summary());
        StringBuilder html = new StringBuilder();
        switch (announces) {
            case "opened" -> html.append("<p>").append(summary).append("</p>\n").append(ctx.markdown(page).html());
            case "closing-soon" -> html.append("<p>This consultation closes on ").append(XmlText.escape(Dates.deadline(c.closes())))
                    .append(". <a href=\"").append(url).append("#respond\">Have your say</a>.</p>\n<p>")
                    .append(summary).append("</p>\n");
            case "outcome" -> {
                html.append("<p>").append(summary).append("</p>\n");
                // Published on its date, as on the page: a feedback dated after the outcome is not in the outcome's entry yet.
                c.feedback().filter(f -> !f.date().isAfter(ctx.site().now().toLocalDate()))
                        .ifPresent(f -> html.append("<h2>What you told us</h2>\n")
                        .append(ctx.markdown(page, f.markdown(), f.firstLine())));
                c.outcome().ifPresent(o -> html.append("<h2>What we did</h2>\n")
                        .append(ctx.markdown(page, o.markdown(), o.firstLine())));
            }
            default -> throw new IllegalArgumentException("consultations do not announce " + announces);
        }
        return html.toString();
    }
}
