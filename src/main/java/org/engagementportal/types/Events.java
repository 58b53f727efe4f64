package org.engagementportal.types;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Access;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Event;
import org.engagementportal.content.EventReader;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.generate.PublishedKind;
import org.engagementportal.render.Dates;
import org.engagementportal.render.EventView;
import org.engagementportal.render.Views;
import org.engagementportal.site.Calendars;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;

/** Public events in {@code content/events/}: drop-ins, workshops, online discussions, in the calendars. */
public final class Events implements ContentType<Event> {
    static final String FOLDER = "events";
    static final String ROOT = "/" + FOLDER + "/";

    @Override
    public String id() {
        return "event";
    }

    @Override
    public String described() {
        return "an event";
    }

    @Override
    public Class<Event> details() {
        return Event.class;
    }

    @Override
    public Placement placement() {
        return new Placement.Folder(FOLDER);
    }

    @Override
    public List<String> fields() {
        return Event.FIELDS;
    }

    @Override
    public java.util.Map<String, String> workedOut() {
        return java.util.Map.of("status", "An event's status (coming up, under way, past) is worked out from its 'starts' and "
                + "'ends', so it is never written. Delete this line; to call the event off, give it a 'cancelled' group with "
                + "'on' and 'reason'; to move it, change 'starts'.");
    }

    @Override
    public Optional<Event> read(Fields f, ReadContext ctx) {
        return EventReader.read(f, ctx, Consultations::eventPath);
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.empty();
    }

    @Override
    public Optional<ZonedDateTime> filedOn(Event e, ZoneId zone) {
        return Optional.of(e.starts());
    }

    @Override
    public Optional<LocalDate> publishedOn(Event e) {
        return Optional.empty();
    }

    @Override
    public List<Moment> moments(Event e, SiteConfig config, ZoneId zone) {
        // When it is over it is no longer offered as a way to respond to a consultation, and moves to past events.
        return List.of(new Moment(e.starts(), "event-starts"), new Moment(e.over(), "event-ends"));
    }

    @Override
    public List<Attachment> attachments(Event e) {
        return List.of();
    }

    @Override
    public List<Reference> references(Event e) {
        // The event held in place of a cancelled one: its page links to it, so people who planned to come know where to go.
        return e.cancelled().filter(c -> c.instead().isPresent()).map(c -> new Reference("cancelled.instead", c.instead().get(),
                c.path().get(), Event.class, true, "the event held instead", Optional.of(FOLDER), "Write the event's address, such as "
                        + "/events/kingsmere-drop-in/, or its file name in content/events/ without .md, such as kingsmere-drop-in.")
                .when(other -> Cancellations.unfitInstead("event", c, ((Event) other).cancelled(), ((Event) other).starts())))
                .stream().toList();
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(Event d) {
        return Optional.empty();
    }

    @Override
    public Optional<org.engagementportal.content.Cancellation> cancellation(Event e) {
        return e.cancelled();
    }

    @Override
    public Optional<String> sequence(Event e) {
        return Optional.empty();
    }

    /** Its booking link asks for people's details until it starts. */
    @Override
    public Optional<ZonedDateTime> asksUntil(Event e) {
        return e.booking().map(b -> e.starts());
    }

    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Event original, Event version) {
        List<org.engagementportal.content.ContentKind.Disagreement> found = new java.util.ArrayList<>();
        Versions.time("starts", "the event", original.starts(), version.starts()).ifPresent(found::add);
        Versions.time("ends", "the event", original.ends(), version.ends()).ifPresent(found::add);
        Versions.same("online", "the link to join online", original.online(), version.online()).ifPresent(found::add);
        Versions.place("the event", original.venue(), version.venue()).ifPresent(found::add);
        found.addAll(Versions.cancelled("event", original.cancelled(), version.cancelled()));
        return found;
    }

    /** An event in three weeks, from 2pm to 4pm, at a place still to be confirmed, with the usual headings. */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        LocalDate day = ctx.day(3);
        ZonedDateTime starts = day.atTime(14, 0).atZone(ctx.zone());
        StarterText t = new StarterText()
                .title(title, "The event's title: what it is and where, such as GP services drop-in at the library.")
                .summary("Come and find out more and tell us what you think, on " + Dates.weekday(day) + " at "
                        + Dates.time(starts) + ".", "What the event is for and who it is for.");
        t.comment("When it starts and ends (date and time, " + Starters.localTime(ctx) + ").");
        t.field("starts", Starters.at(day, LocalTime.of(14, 0)));
        t.field("ends", Starters.at(day, LocalTime.of(16, 0)));
        Starters.place(t, "the event");
        t.comment("A link to book a place, starting https://, if people need to book.");
        t.field("booking", "");
        t.comment("What the place offers, any of: " + Starters.choices(Access.byId(), Access::label)
                + ". For example: accessibility: [step-free, hearing-loop].");
        t.field("accessibility", "[]");
        t.comment("If the event is called off: keep this file, so its page says so, and give the day, why, and the file of the "
                + "event held instead if there is one, like this:");
        t.example("cancelled:", "  on: " + day.minusDays(7), "  reason: The library is closed for repairs that day.",
                "  instead: " + Starter.slug(title) + "-" + day.plusWeeks(2));
        t.field("cancelled", "");
        t.common(id(), "The folder decides that this is an event; this line only says so.", ctx, Optional.empty());
        String help = Starters.contactWords(ctx);
        String body = "<!-- Start with a sentence or two on what the event is for. -->\n\n"
                + Starters.section("What will happen", "Say what people can do there: ask questions, see the plans, talk to "
                        + "staff. Say if they can come and go at any time.")
                + Starters.section("Who it is for", "Say who should come, and that carers and family are welcome too.")
                + "## Help to take part\n\n"
                + (help.isEmpty() ? "<!-- Say how to ask for an interpreter, another format or help to get there. -->\n"
                        : "If you need an interpreter, information in another format or help to get there, " + help + ".\n");
        return new Starter(FOLDER, Starter.slug(title), t.build(body));
    }

    @Override
    public List<String> sections() {
        return List.of(FOLDER);
    }

    @Override
    public List<Listing> listings(Plan plan) {
        List<SitePage> all = plan.pages();
        return List.of(plan.listing(ROOT, FOLDER, "Events",
                "Drop-in sessions, workshops and online discussions where you can give your views.",
                List.of(Plan.section("upcoming", "Coming up", notOver(plan, all)),
                        Plan.section("past", "Past events", over(plan, all))))
                .withCalendar(new Listing.CalendarLink(Calendars.ALL, "all our meetings and events")));
    }

    private static ZonedDateTime starts(SitePage p) {
        return p.document().detailsAs(Event.class).starts();
    }

    /** When it is over: its end, or the end of its day when it has none. */
    private static ZonedDateTime over(SitePage p) {
        return p.document().detailsAs(Event.class).over();
    }

    /** Those to come or under way, soonest first: an event is in the past only once it has ended. */
    private static List<SitePage> notOver(Plan plan, List<SitePage> all) {
        return all.stream().filter(p -> plan.now().isBefore(over(p)))
                .sorted(java.util.Comparator.comparing(Events::starts).thenComparing(SitePage::path)).toList();
    }

    private static List<SitePage> over(Plan plan, List<SitePage> all) {
        return all.stream().filter(p -> !plan.now().isBefore(over(p)))
                .sorted(java.util.Comparator.comparing(Events::starts).reversed().thenComparing(SitePage::path)).toList();
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        // As the events page has them: an event under way is still coming up until it is over.
        return Optional.of(Plan.section("events", "Coming up", notOver(plan, plan.pages()).stream()
                .limit(Plan.HOME_ITEMS).toList()));
    }

    @Override
    public List<FeedPlan.Feed> feeds(Plan plan) {
        return List.of();
    }

    @Override
    public Optional<Navigation> navigation(Vocabulary vocabulary) {
        return Optional.of(new Navigation(ROOT, "Events", List.of()));
    }

    @Override
    public String template() {
        return "event";
    }

    @Override
    public EventView view(Event e, SitePage page, Views views) {
        String when = e.ends().map(x -> Dates.range(e.starts(), x)).orElse(Dates.dateTime(e.starts()));
        boolean upcoming = views.site().now().isBefore(e.starts());
        boolean over = !views.site().now().isBefore(e.over());
        boolean cancelled = e.cancelled().isPresent();
        // Its link to join goes once it is over, as a meeting's does: "Join online" under "This event has taken place"; and
        // neither joining nor booking is offered for an event called off.
        Optional<org.engagementportal.content.Venue> pageVenue = views.site().originalOf(page)
                .map(o -> o.document().detailsAs(Event.class).venue()).orElse(e.venue()); // whose words a translation may keep
        return new EventView(when, Dates.iso(e.starts()), upcoming, over, Views.venue(e.venue(), pageVenue),
                e.online().filter(o -> !over && !cancelled).map(Object::toString).orElse(null),
                e.booking().filter(b -> upcoming && !cancelled).map(Object::toString).orElse(null),
                e.accessibility().stream().map(Access::label).toList(),
                e.cancelled().map(c -> views.cancelled(c, Cancellations.heldInstead(c, views.site(), Event.class), Events::starts))
                        .orElse(null), org.engagementportal.render.Span.of(e.starts(), e.ends()));
    }

    @Override
    public Optional<java.util.Map<String, Object>> structuredData(Event e, SitePage page, Views views) {
        var meta = page.document().meta();
        return Optional.of(org.engagementportal.render.StructuredData.event(views.config(), page.path(), meta.title(),
                meta.summary(), e.starts(), e.ends(), e.venue(), e.online(),
                e.cancelled().isPresent() || !views.site().now().isBefore(e.over()), e.cancelled().isPresent(), e.accessibility()));
    }

    @Override
    public Card card(Event e, SitePage page, Views views) {
        return new Card(List.of(Dates.card(e.starts(), e.ends()), Views.where(e.venue().orElse(null), e.online().isPresent())),
                e.cancelled().isPresent() ? Cancellations.TAG : null);
    }

    @Override
    public Optional<CalendarEntry> calendar(Event e, SitePage page, BuildContext ctx) {
        String url = ctx.site().config().absolute(page.path());
        StringBuilder description = new StringBuilder();
        e.cancelled().ifPresent(c -> description.append(Cancellations.calendarWords("event", c, ctx.site(), Event.class,
                Events::starts)));
        description.append(page.document().meta().summary());
        if (e.cancelled().isEmpty()) {
            e.booking().ifPresent(b -> description.append("\n\nBook a place: ").append(b));
            e.online().ifPresent(o -> description.append("\n\nJoin online: ").append(o));
        }
        description.append("\n\nDetails: ").append(url);
        return Optional.of(new CalendarEntry(e.starts(), e.ends(), PublishedKind.location(e.venue(), e.online()), description.toString(),
                Optional.empty(), e.cancelled().map(org.engagementportal.content.Cancellation::on)));
    }

    @Override
    public String announcement(String announces, Event e, SitePage page, BuildContext ctx) {
        throw new IllegalArgumentException("events have no feed of their own");
    }
}
