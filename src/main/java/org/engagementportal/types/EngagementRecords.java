package org.engagementportal.types;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Activity;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.Engagement;
import org.engagementportal.content.EngagementRecord;
import org.engagementportal.content.EngagementRecordReader;
import org.engagementportal.content.Event;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Stage;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.render.Dates;
import org.engagementportal.render.EngagementRecordView;
import org.engagementportal.render.Link;
import org.engagementportal.render.Views;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;

/**
 * Engagement records, in {@code content/engagement/}: engagement that is not a consultation (a drop-in, a survey,
 * a stall, a focus group, an online session), with who it reached, what people said and what was done. Listed
 * newest first with filters by topic, area, rung of the ladder and group reached, which work as plain links; in a
 * feed; not on the home page or in the header, which are for what people can take part in now (the yearly
 * "you said, we did" report and the consultations link to it).
 */
public final class EngagementRecords implements ContentType<EngagementRecord> {
    static final String FOLDER = "engagement";
    static final String ROOT = "/" + FOLDER + "/";

    @Override
    public String id() {
        return "engagement";
    }

    @Override
    public String described() {
        return "an engagement record";
    }

    @Override
    public Class<EngagementRecord> details() {
        return EngagementRecord.class;
    }

    @Override
    public Placement placement() {
        return new Placement.Folder(FOLDER);
    }

    @Override
    public List<String> fields() {
        return EngagementRecord.FIELDS;
    }

    @Override
    public Optional<EngagementRecord> read(Fields f, ReadContext ctx) {
        return EngagementRecordReader.read(f, ctx);
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.empty();
    }

    @Override
    public Optional<ZonedDateTime> filedOn(EngagementRecord r, ZoneId zone) {
        return Optional.of(r.starts().atStartOfDay(zone));
    }

    @Override
    public Optional<LocalDate> publishedOn(EngagementRecord r) {
        return Optional.empty();
    }

    /** The day it takes place, when its listing moves it from "coming up" and its page may say what people said. */
    @Override
    public List<Moment> moments(EngagementRecord r, SiteConfig config, ZoneId zone) {
        List<Moment> out = new ArrayList<>();
        out.add(new Moment(r.starts().atStartOfDay(zone), "engagement-takes-place"));
        // "We did" is published on its date, like a consultation's outcome: until then it is not on any page.
        r.did().ifPresent(d -> out.add(new Moment(d.date().atStartOfDay(zone), "engagement-did-published")));
        return out;
    }

    @Override
    public List<Attachment> attachments(EngagementRecord r) {
        return List.of();
    }

    @Override
    public List<Reference> references(EngagementRecord r) {
        List<Reference> out = new ArrayList<>();
        r.consultation().ifPresent(c -> out.add(new Reference("consultation", c, consultationPath(c), Consultation.class, true,
                "the consultation", Optional.of(Consultations.FOLDER), "Write the consultation's address, such as "
                        + "/consultations/dental-access/, or its file name in content/consultations/ without .md, such as dental-access.")));
        r.event().ifPresent(e -> out.add(new Reference("event", e, Consultations.eventPath(e), Event.class, true, "the event",
                Optional.of(Events.FOLDER), "Write the event's address, such as /events/kingsmere-drop-in/, or its file name in "
                        + "content/events/ without .md, such as kingsmere-drop-in.")
                .when(target -> ((Event) target).cancelled().map(x -> new org.engagementportal.content.ContentKind.Unmet("the event '"
                        + e + "' was cancelled on " + x.on() + ", so nobody took part in it.", "Name the event the record is of"
                        + x.instead().map(i -> ", such as the one held instead, " + i).orElse("") + ", or remove the 'event' line.", false)))));
        return out;
    }

    /** A consultation named by its address or its file name in content/consultations/. */
    static String consultationPath(String ref) {
        return ref.startsWith("/") ? (ref.endsWith("/") ? ref : ref + "/") : Consultations.ROOT + ref + "/";
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(EngagementRecord r) {
        return Optional.of(new org.engagementportal.content.EngagementRow("engagement", r.activity().label(), r.starts(), r.ends(),
                Optional.of(r.engagement()), Optional.of(r.stage()), r.reached(), shown(r.people()), List.of(), r.heard(), r.did(),
                Optional.empty(), Optional.empty()));
    }

    /** "You said" and "we did", as its page shows them. */
    @Override
    public List<org.engagementportal.content.ContentKind.Passage> passages(EngagementRecord r) {
        List<org.engagementportal.content.ContentKind.Passage> out = new ArrayList<>(2);
        r.heard().ifPresent(h -> out.add(new org.engagementportal.content.ContentKind.Passage("heard", h.markdown(), h.firstLine())));
        r.did().ifPresent(d -> out.add(new org.engagementportal.content.ContentKind.Passage("did", d.markdown(), d.firstLine())));
        return out;
    }

    @Override
    public Optional<String> sequence(EngagementRecord r) {
        return Optional.empty();
    }

    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(EngagementRecord original, EngagementRecord version) {
        return RecordVersions.of(original, version);
    }

    /** A drop-in today, with the settings a record takes, and "you said" and "we did" to fill in afterwards. */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        StarterText t = new StarterText()
                .title(title, "What the engagement was and where, such as Young carers focus group, Saltcote.")
                .summary("We talked to people about ... Here is what they told us and what we did.",
                        "What it was about and who took part.");
        t.comment("The day it took place.");
        t.field("date", ctx.day(0).toString()); // the day given with --date, or today
        t.comment("For something that ran over several days, such as a survey: leave date: empty and give its first and "
                + "last days here instead, like starts: " + ctx.today() + " and ends: " + ctx.today().plusWeeks(6) + ".");
        t.field("starts", "");
        t.field("ends", "");
        t.comment("What kind of activity it was: " + Starters.choices(Activity.byId(), Activity::label) + ".");
        t.field("activity", "drop-in");
        t.comment("How much say people had: " + Starters.choices(Engagement.byId(), e -> Starters.phrase(e.plain())) + ".");
        t.field("engagement", "consult");
        t.comment("Where it was in planning services: " + Starters.choices(Stage.byId(), s -> Starters.phrase(s.plain())) + ".");
        t.field("stage", "assess");
        Starters.groups(t, ctx, "The seldom-heard groups it reached");
        t.field("reached", "[]");
        t.comment("How many people took part, as a number, if you counted.");
        t.field("people", "");
        t.comment("What people told us (\"you said\"), in plain words, like this:");
        t.example("heard: |", "  Most people said the bus to the hospital is the hardest part of the journey.");
        t.field("heard", "");
        t.comment("What we did because of it (\"we did\") and the date, like this:");
        t.example("did:", "  date: " + ctx.today().plusWeeks(8), "  body: |", "    We asked the bus company to add a stop at the hospital entrance.");
        t.field("did", "");
        t.comment("The consultation it was part of, if any, by its file name in content/consultations/ without .md, such as "
                + "dental-access.");
        t.field("consultation", "");
        t.comment("The event it was held at, if any, by its file name in content/events/ without .md, such as kingsmere-drop-in.");
        t.field("event", "");
        t.common(id(), "The folder decides that this is an engagement record; this line only says so.", ctx, Optional.empty());
        String body = "<!-- Say who we talked to, where, and why. Thank the groups who helped us reach people. -->\n";
        return new Starter(FOLDER, Starter.slug(title), t.build(body));
    }

    @Override
    public List<String> sections() {
        return List.of(FOLDER);
    }

    /** The rungs of the ladder as a list of terms, so the listing can be filtered by them like by topic. */
    static List<Term> rungs() {
        return Engagement.byId().values().stream()
                .map(e -> new Term(e.id(), org.engagementportal.render.Views.capitalise(e.id()), e.plain())).toList();
    }

    /**
     * {@code /engagement/} and one filtered version per topic, area, rung and group that has records
     * ({@code /engagement/groups/young-carers/}), each with the same sections, so filters are plain links.
     */
    @Override
    public List<Listing> listings(Plan plan) {
        List<SitePage> all = plan.pages();
        if (all.isEmpty()) {
            // A site that keeps no records of engagement is not given an empty list of them.
            return List.of();
        }
        Vocabulary v = plan.data().vocabulary();
        List<Way> ways = List.of(
                new Way("topics", "Topic", "Engagement about ", Plan.filterOptions(all, v.topics(), ROOT + "topics/", p -> p.document().meta().topics())),
                new Way("areas", "Area", "Engagement in ", Plan.filterOptions(all, v.areas(), ROOT + "areas/", p -> p.document().meta().areas())),
                new Way("rungs", "How much say people had", "Engagement where ",
                        Plan.filterOptions(all, rungs(), ROOT + "rungs/", p -> List.of(of(p).engagement().id()))),
                new Way("groups", "Groups reached", "Engagement that reached ", Plan.filterOptions(all, v.groups(), ROOT + "groups/", p -> of(p).reached())));
        Function<Optional<String>, Listing.Filters> filters = current -> new Listing.Filters("engagement records", ROOT,
                ways.stream().map(w -> new Listing.Filter(w.heading(), w.options(),
                        current.filter(c -> c.startsWith(w.folder() + "/")).map(c -> c.substring(w.folder().length() + 1)))).toList());
        List<Listing> out = new ArrayList<>();
        out.add(plan.listing(ROOT, FOLDER, "Engagement",
                "Drop-ins, surveys, focus groups and other ways we have listened to people, what they said and what we did.",
                sections(plan, all)).withFilters(filters.apply(Optional.empty())));
        for (Way w : ways) {
            for (Listing.TermCount t : w.options()) {
                List<SitePage> items = all.stream().filter(p -> w.has(p, t.id())).toList();
                String name = w.folder().equals("rungs") ? Engagement.byId().get(t.id()).happened()
                        : w.folder().equals("topics") ? org.engagementportal.render.Views.inSentence(t.name()) : t.name();
                out.add(new Listing(Listing.Kind.SECTION, t.path(), w.titleBefore() + name,
                        t.description().isEmpty() ? "Engagement records filed under " + t.name() + "." : t.description(),
                        Optional.empty(), sections(plan, items), List.of())
                        .withFilters(filters.apply(Optional.of(w.folder() + "/" + t.id()))));
            }
        }
        return out;
    }

    /** One way of filtering: its folder under /engagement/, its heading, and how a filtered listing is titled. */
    private record Way(String folder, String heading, String titleBefore, List<Listing.TermCount> options) {
        boolean has(SitePage p, String id) {
            return switch (folder) {
                case "topics" -> p.document().meta().topics().contains(id);
                case "areas" -> p.document().meta().areas().contains(id);
                case "rungs" -> of(p).engagement().id().equals(id);
                default -> of(p).reached().contains(id);
            };
        }
    }

    /** Coming up (soonest first) and what has taken place (newest first). */
    private static List<Listing.Section> sections(Plan plan, List<SitePage> all) {
        Function<SitePage, ZonedDateTime> starts = p -> of(p).starts().atStartOfDay(plan.now().getZone());
        return List.of(Plan.section("upcoming", "Coming up", plan.upcoming(all, starts)),
                Plan.section("done", "What we have done", plan.past(all, starts)));
    }

    private static EngagementRecord of(SitePage p) {
        return p.document().detailsAs(EngagementRecord.class);
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        return Optional.empty();
    }

    @Override
    public List<FeedPlan.Feed> feeds(Plan plan) {
        if (plan.pages().isEmpty()) {
            return List.of();
        }
        String name = plan.config().name();
        return List.of(plan.feed(ROOT, "Engagement - " + name, "Drop-ins, surveys, focus groups and other engagement by " + name
                + ", with what people said and what we did.", plan.pages().stream().map(plan::entry).flatMap(Optional::stream).toList()));
    }

    @Override
    public Optional<Navigation> navigation(Vocabulary vocabulary) {
        return Optional.empty();
    }

    @Override
    public String template() {
        return "engagement";
    }

    @Override
    public EngagementRecordView view(EngagementRecord r, SitePage page, Views views) {
        var site = views.site();
        boolean upcoming = site.now().toLocalDate().isBefore(r.starts());
        // A "we did" dated after today is published on that day (see moments()), as on the yearly page and in the open data.
        Optional<org.engagementportal.content.Report> did = upcoming ? Optional.empty()
                : r.did().filter(d -> !d.date().isAfter(site.now().toLocalDate()));
        List<EngagementRecordView.GroupView> reached = r.reached().stream()
                .map(id -> Vocabulary.find(site.data().vocabulary().groups(), id).orElseThrow())
                .map(g -> new EngagementRecordView.GroupView(g.name(), g.description(), site.config().link(ROOT + "groups/" + g.id() + "/")))
                .toList();
        Link consultation = r.consultation().flatMap(c -> site.page(consultationPath(c)))
                .map(p -> views.link(p.path(), p.title())).orElse(null);
        Link event = r.event().flatMap(e -> site.page(Consultations.eventPath(e)))
                .map(p -> views.link(p.path(), p.title())).orElse(null);
        return new EngagementRecordView(site.config().link(ROOT), when(r), r.starts().toString(), upcoming, r.activity().label(),
                Views.capitalise(r.engagement().id()), r.engagement().plain(), r.stage().plain(), reached,
                people(r), upcoming ? null : r.heard().map(h -> nested(views.markdown(h.markdown(), h.firstLine()), "you-said"))
                        .orElse(null),
                did.map(d -> Dates.day(d.date())).orElse(null),
                did.map(d -> d.date().toString()).orElse(null),
                did.map(d -> nested(views.markdown(d.markdown(), d.firstLine()), "we-did")).orElse(null), consultation, event);
    }

    /** "You said" or "we did" under its h2: its own headings one level down, their ids its own ("we-did-themes"). */
    private static String nested(String html, String prefix) {
        return org.engagementportal.markdown.RenderedHtml.prefixIds(org.engagementportal.markdown.RenderedHtml.demoteHeadings(html),
                prefix);
    }

    /** "14 October 2026", or "1 September 2026 to 31 October 2026". */
    static String when(EngagementRecord r) {
        return r.ends().equals(r.starts()) ? Dates.day(r.starts()) : Dates.day(r.starts()) + " to " + Dates.day(r.ends());
    }

    /**
     * "34 people took part", "fewer than 5 people took part", or null when not counted. Small numbers are never published,
     * as a consultation's are not: beside the groups reached ("2 people", Deaf BSL users) they could name someone.
     */
    static String people(EngagementRecord r) {
        if (r.people().isEmpty()) {
            return null;
        }
        int n = r.people().getAsInt();
        return org.engagementportal.render.EvidenceViews.count(n) + " people took part";
    }

    /** A count as the yearly page and the open data may give it: none when it is too small to publish. */
    static java.util.OptionalInt shown(java.util.OptionalInt people) {
        return people.isPresent() ? org.engagementportal.content.Evidence.suppressed(people.getAsInt()) : people;
    }

    @Override
    public Card card(EngagementRecord r, SitePage page, Views views) {
        return new Card(List.of(when(r), r.activity().label(), "How much say: " + r.engagement().id(),
                people(r) == null ? "" : people(r)), null);
    }

    @Override
    public Optional<CalendarEntry> calendar(EngagementRecord r, SitePage page, BuildContext ctx) {
        return Optional.empty();
    }

    @Override
    public String announcement(String announces, EngagementRecord r, SitePage page, BuildContext ctx) {
        throw new IllegalArgumentException("engagement records are in their feed as themselves");
    }
}
