package org.engagementportal.types;

import java.time.LocalDate;
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
    public Optional<Event> read(Fields f, ReadContext ctx) {
        return EventReader.read(f, ctx);
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
        return List.of(new Moment(e.starts(), "event-starts"));
    }

    @Override
    public List<Attachment> attachments(Event e) {
        return List.of();
    }

    @Override
    public List<Reference> references(Event e) {
        return List.of();
    }

    @Override
    public Optional<String> sequence(Event e) {
        return Optional.empty();
    }

    @Override
    public List<Listing> listings(Plan plan) {
        List<SitePage> all = plan.pages();
        return List.of(plan.listing(ROOT, FOLDER, "Events",
                "Drop-in sessions, workshops and online discussions where you can give your views.",
                List.of(Plan.section("upcoming", "Coming up", plan.upcoming(all, Events::starts)),
                        Plan.section("past", "Past events", plan.past(all, Events::starts))))
                .withCalendar(new Listing.CalendarLink(Calendars.ALL, "all our meetings and events")));
    }

    private static ZonedDateTime starts(SitePage p) {
        return p.document().detailsAs(Event.class).starts();
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        return Optional.of(Plan.section("events", "Coming up", plan.upcoming(plan.pages(), Events::starts).stream()
                .limit(Meetings.HOME_ITEMS).toList()));
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
        boolean upcoming = !e.starts().isBefore(views.site().now());
        return new EventView(when, Dates.iso(e.starts()), upcoming, Views.venue(e.venue()),
                e.online().map(Object::toString).orElse(null), e.booking().filter(b -> upcoming).map(Object::toString).orElse(null),
                e.accessibility().stream().map(Access::label).toList());
    }

    @Override
    public Card card(Event e, SitePage page, Views views) {
        return new Card(List.of(Dates.dateTime(e.starts()), Views.where(e.venue().orElse(null), e.online().isPresent())), null);
    }

    @Override
    public Optional<CalendarEntry> calendar(Event e, SitePage page, BuildContext ctx) {
        String url = ctx.site().config().absolute(page.path());
        StringBuilder description = new StringBuilder(page.document().meta().summary());
        e.booking().ifPresent(b -> description.append("\n\nBook a place: ").append(b));
        e.online().ifPresent(o -> description.append("\n\nJoin online: ").append(o));
        description.append("\n\nDetails: ").append(url);
        return Optional.of(new CalendarEntry(e.starts(), e.ends(), PublishedKind.location(e.venue(), e.online()), description.toString(),
                Optional.empty()));
    }

    @Override
    public String announcement(String announces, Event e, SitePage page, BuildContext ctx) {
        throw new IllegalArgumentException("events have no feed of their own");
    }
}
