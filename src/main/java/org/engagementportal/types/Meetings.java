package org.engagementportal.types;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.AgendaItem;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Cancellation;
import org.engagementportal.content.Meeting;
import org.engagementportal.content.MeetingReader;
import org.engagementportal.content.Minutes;
import org.engagementportal.content.Page;
import org.engagementportal.content.Placement;
import org.engagementportal.content.Purpose;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.generate.PublishedKind;
import org.engagementportal.render.Dates;
import org.engagementportal.render.DocumentView;
import org.engagementportal.render.Link;
import org.engagementportal.render.MeetingView;
import org.engagementportal.render.Views;
import org.engagementportal.site.Calendars;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;
import org.engagementportal.source.XmlText;

/**
 * Meetings of the Governing Body and the other committees in {@code committees.yml}, each in its committee's
 * folder ({@code content/governing-body/}): agendas, papers and minutes, a listing and calendar per committee,
 * and a feed of papers as they are published.
 */
public final class Meetings implements ContentType<Meeting> {
    static final String SECTION = "meetings";
    static final String ROOT = "/" + SECTION + "/";

    @Override
    public String id() {
        return "meeting";
    }

    @Override
    public String described() {
        return "a meeting";
    }

    @Override
    public Class<Meeting> details() {
        return Meeting.class;
    }

    @Override
    public Placement placement() {
        return new Placement.GroupFolders("committee", "committees.yml", "governing-body", Vocabulary::committees);
    }

    @Override
    public List<String> fields() {
        return Meeting.FIELDS;
    }

    /** A meeting's documents are its agenda items' papers (it has no 'documents'). */
    @Override
    public Optional<String> documentNamed(String file) {
        return Optional.of("Name the file as the 'paper' of its agenda item (paper: " + file + "), which shows its type and size, "
                + "instead of linking it in the text.");
    }

    @Override
    public java.util.Map<String, String> workedOut() {
        return java.util.Map.of("status", "A meeting's status (coming up, under way, past) is worked out from its 'starts' and "
                + "'ends', so it is never written. Delete this line; to call the meeting off, give it a 'cancelled' group with "
                + "'on' and 'reason'; to move it, change 'starts'.");
    }

    @Override
    public Optional<Meeting> read(Fields f, ReadContext ctx) {
        String committee = ctx.folder().split("/")[0];
        String name = Vocabulary.find(ctx.data().vocabulary().committees(), committee).map(Term::name).orElse(committee);
        Optional<Meeting> m = MeetingReader.read(f, ctx, committee, day -> minutesTitle(name, day));
        m.ifPresent(meeting -> ctx.fileDateAgrees(f, "starts", meeting.starts().toLocalDate(), "meeting"));
        return m;
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.empty();
    }

    @Override
    public Optional<ZonedDateTime> filedOn(Meeting m, ZoneId zone) {
        return Optional.of(m.starts());
    }

    @Override
    public Optional<LocalDate> publishedOn(Meeting m) {
        return Optional.empty();
    }

    @Override
    public List<Moment> moments(Meeting m, SiteConfig config, ZoneId zone) {
        List<Moment> out = new ArrayList<>();
        // A cancelled meeting takes no questions (its page stops asking at once).
        m.questionsBy().filter(q -> m.cancelled().isEmpty()).ifPresent(q -> out.add(new Moment(q, "questions-close")));
        // The papers' entry in the committee's feed is dated then: a build after it must not find the site up to date.
        if (papersAnnounced(m, config)) {
            out.add(new Moment(MeetingReader.papersDue(m.starts(), config), "papers-published"));
        }
        out.add(new Moment(m.starts(), "meeting-starts"));
        // Its link to join online is shown until it is over.
        out.add(new Moment(m.over(), "meeting-ends"));
        return out;
    }

    @Override
    public List<ZonedDateTime> readingChanges(Meeting m, SiteConfig config) {
        return List.of(MeetingReader.papersDue(m.starts(), config));
    }

    @Override
    public List<Attachment> attachments(Meeting m) {
        List<Attachment> files = new ArrayList<>();
        m.agenda().forEach(i -> i.paper().ifPresent(files::add));
        m.minutes().flatMap(Minutes::file).ifPresent(files::add);
        return files;
    }

    @Override
    public List<Reference> references(Meeting m) {
        List<Reference> out = new ArrayList<>();
        m.minutes().flatMap(Minutes::page).map(ref -> new Reference("minutes.page", ref, ref.endsWith("/") ? ref : ref + "/",
                Page.class, false, "the minutes page", Optional.empty(), "Give the address of the page with the minutes, such as "
                        + "/minutes/governing-body-2026-01-15/. Minutes pages go outside the committee's folder, where every file "
                        + "is a meeting; or use file: for a document.")).ifPresent(out::add);
        // The meeting held in place of a cancelled one: its page links to it, so people who planned to come know where to go.
        m.cancelled().filter(c -> c.instead().isPresent()).map(c -> new Reference("cancelled.instead", c.instead().get(), c.path().get(),
                Meeting.class, true, "the meeting held instead", Optional.empty(), "Write the meeting's file under content/ without .md, "
                        + "such as governing-body/2026-03-19, or its address, such as /governing-body/2026-03-19/.")
                .when(other -> Cancellations.unfitInstead("meeting", c, ((Meeting) other).cancelled(), ((Meeting) other).starts())))
                .ifPresent(out::add);
        return out;
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(Meeting d) {
        return Optional.empty();
    }

    /**
     * The committee's meetings held, in order: a cancelled one is not among them, so the item approving "the minutes of
     * the last meeting" links to those of the last meeting held (and the incremental build's key of a page names that
     * meeting, its neighbour in the run).
     */
    @Override
    public Optional<org.engagementportal.content.Cancellation> cancellation(Meeting m) {
        return m.cancelled();
    }

    @Override
    public Optional<String> sequence(Meeting m) {
        return m.cancelled().isPresent() ? Optional.empty() : Optional.of(m.committee());
    }

    /** A version of a meeting says whether the public may come as the meeting does: else it would invite readers to a
     * meeting held in private, and publish its link to join online. */
    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Meeting original, Meeting version) {
        List<org.engagementportal.content.ContentKind.Disagreement> found = new ArrayList<>();
        Versions.time("starts", "the meeting", original.starts(), version.starts()).ifPresent(found::add);
        Versions.time("ends", "the meeting", original.ends(), version.ends()).ifPresent(found::add);
        Versions.same("online", "the link to join online", original.online(), version.online()).ifPresent(found::add);
        Versions.sameTime("questions_by", "the deadline for questions", original.questionsBy(), version.questionsBy()).ifPresent(found::add);
        Versions.place("the meeting", original.venue(), version.venue()).ifPresent(found::add);
        Versions.agenda(original.agenda(), version.agenda()).ifPresent(found::add);
        found.addAll(Versions.cancelled("meeting", original.cancelled(), version.cancelled()));
        if (original.isPublic() != version.isPublic()) {
            found.add(new org.engagementportal.content.ContentKind.Disagreement("public", version.isPublic()
                    ? "says the meeting is open to the public ('public' is true unless it says otherwise)"
                    : "says the meeting is held in private",
                    original.isPublic() ? "says it is open to the public" : "says it is held in private",
                    "Give it public: " + original.isPublic() + ", as the meeting's own file has."));
        }
        return found;
    }

    /**
     * A meeting of the chosen committee in four weeks, on a weekday, from 10am to 12:30pm, held in public with
     * questions invited until 5pm a week before, and the agenda's usual first items. Its file is named by its date,
     * as meetings are.
     */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        Term committee = ctx.chosenGroup();
        LocalDate day = ctx.weekday(4);
        LocalDate questions = day.minusWeeks(1);
        String questionsBy = Dates.time(questions.atTime(17, 0).atZone(ctx.zone())) + " on " + Dates.weekday(questions);
        StarterText t = new StarterText()
                .title(title, "The meeting's title, such as " + committee.name() + " meeting, " + Dates.day(day) + ".")
                .summary("The " + committee.name() + " meets in public on " + Dates.weekday(day) + ". You are welcome to come. "
                                + "Send us your questions by " + questionsBy + ".",
                        "When and where it is, and how to ask a question.");
        t.comment("The committee: the folder this file is in decides it, so this is the folder's name.");
        t.field("committee", committee.id());
        t.comment("When the meeting starts and ends (date and time, " + Starters.localTime(ctx) + ").");
        t.field("starts", Starters.at(day, LocalTime.of(10, 0)));
        t.field("ends", Starters.at(day, LocalTime.of(12, 30)));
        Starters.place(t, "the meeting");
        t.comment("true when the public can come (part 1 of the agenda); false for a meeting held in private, whose link to "
                + "join online is never published.");
        t.field("public", "true");
        t.comment("The last date and time to send a question from the public: it must be before the meeting starts.");
        t.field("questions_by", Starters.at(questions, LocalTime.of(17, 0)));
        t.comment("The items, in order. Each has a number, a title, who presents it, its purpose (" + String.join(", ",
                Purpose.byId().keySet()) + "), its paper (a file saved beside this one, such as finance-report.pdf) and its "
                + "part (1 in public, 2 in private). Papers should be here " + ctx.data().site().papersDaysBefore()
                + " days before the meeting.");
        t.field("agenda", "");
        StringBuilder agenda = new StringBuilder();
        String[][] items = {
                {"Welcome and apologies", "information"},
                {"Declarations of interest", "information"},
                {"Minutes of the last meeting and action log", "decision"},
                {"Questions from the public", "discussion"}};
        for (int i = 0; i < items.length; i++) {
            agenda.append(Starters.indent(List.of("- number: \"" + (i + 1) + "\"", "  title: " + items[i][0],
                    "  presenter: Chair", "  purpose: " + items[i][1], "  paper:", "  part: 1")));
        }
        t.lines(agenda.toString());
        t.comment("After the meeting, once they are approved: its minutes, as a file saved beside this one (or page: with "
                + "their address on this site), and the day they were approved, like this:");
        t.example("minutes:", "  file: " + day + "-minutes.pdf", "  approved: " + day.plusWeeks(8));
        t.field("minutes", "");
        t.comment("If the meeting is called off: keep this file, so its page says so, and give the day, why, and the file of the "
                + "meeting held instead if there is one, like this:");
        t.example("cancelled:", "  on: " + day.minusWeeks(1), "  reason: Not enough members of the " + committee.name()
                + " could attend.", "  instead: " + committee.id() + "/" + day.plusWeeks(2));
        t.field("cancelled", "");
        t.common(id(), "The folder decides that this is a meeting; this line only says so.", ctx, Optional.empty());
        String ask = Starters.contactWords(ctx);
        String body = "The " + committee.name() + " meets in public. You are welcome to come and watch. There is no need to book.\n\n"
                + (ask.isEmpty() ? "" : "To ask a question, " + ask + " by " + questionsBy + ".\n\n")
                + "<!-- Say anything else people need to know: how to watch online, and how to get papers in another format. -->\n";
        return new Starter(committee.id(), day.toString(), t.build(body));
    }

    private static Meeting of(SitePage p) {
        return p.document().detailsAs(Meeting.class);
    }

    private static ZonedDateTime starts(SitePage p) {
        return of(p).starts();
    }

    /** All meetings at {@code /meetings/}, and each committee's by year at its folder's address. */
    @Override
    public List<String> sections() {
        return List.of(SECTION);
    }

    @Override
    public List<Listing> listings(Plan plan) {
        List<SitePage> all = plan.pages();
        List<Listing> out = new ArrayList<>();
        out.add(plan.listing(ROOT, SECTION, "Meetings", "Meetings held in public, with their agendas, papers and minutes.",
                        List.of(Plan.section("upcoming", "Upcoming meetings", plan.upcoming(all, Meetings::starts)),
                                Plan.section("past", "Past meetings", plan.past(all, Meetings::starts))))
                .withTerms(Plan.groups(plan.data().vocabulary().committees(), "/", all, p -> of(p).committee()),
                        new Listing.Heading("committees", "Committees"))
                .withCalendar(new Listing.CalendarLink(Calendars.ALL, "all our meetings and events")));
        for (Term committee : plan.data().vocabulary().committees()) {
            out.add(committee(plan, committee));
        }
        return out;
    }

    private static Listing committee(Plan plan, Term committee) {
        List<SitePage> all = plan.pages().stream().filter(p -> of(p).committee().equals(committee.id())).toList();
        List<Listing.Section> sections = new ArrayList<>();
        sections.add(Plan.section("upcoming", "Upcoming meetings", plan.upcoming(all, Meetings::starts)));
        Map<Integer, List<SitePage>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (SitePage p : plan.past(all, Meetings::starts)) {
            byYear.computeIfAbsent(starts(p).getYear(), y -> new ArrayList<>()).add(p);
        }
        byYear.forEach((year, items) -> sections.add(Plan.section(Integer.toString(year), "Meetings in " + year, items)));
        String summary = committee.description().isEmpty()
                ? "Meetings of the " + committee.name() + ", with their agendas, papers and minutes."
                : committee.description();
        return plan.listing("/" + committee.id() + "/", committee.id(), committee.name(), summary, sections)
                .withCalendar(new Listing.CalendarLink(Calendars.committee(committee.id()), "these meetings"));
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        return Optional.of(Plan.section("meetings", "Next meetings", plan.upcoming(plan.pages(), Meetings::starts).stream()
                .limit(Plan.HOME_ITEMS).toList()));
    }

    /**
     * Whether the committee's feed announces the meeting's papers: it names some, and they were due before any day it was
     * called off (papers due after that are not announced for a meeting that will not be held).
     */
    private static boolean papersAnnounced(Meeting m, SiteConfig config) {
        return m.agenda().stream().anyMatch(i -> i.paper().isPresent())
                && m.cancelled().map(c -> MeetingReader.papersDue(m.starts(), config).toLocalDate().isBefore(c.on())).orElse(true);
    }

    /** A feed per committee of its meetings' papers, each announced the site's 'papers_days_before' before the meeting. */
    @Override
    public List<FeedPlan.Feed> feeds(Plan plan) {
        String name = plan.config().name();
        List<FeedPlan.Feed> out = new ArrayList<>();
        for (Term committee : plan.data().vocabulary().committees()) {
            List<FeedPlan.Entry> papers = new ArrayList<>(plan.pages().stream()
                    .filter(p -> of(p).committee().equals(committee.id()) && papersAnnounced(of(p), plan.config()))
                    .map(p -> new FeedPlan.Entry(p, "papers", "Papers published: " + p.title(), MeetingReader.papersDue(starts(p), plan.config())))
                    .toList());
            // Subscribers who read of the papers are told when the meeting is called off, on the day it was.
            plan.pages().stream().filter(p -> of(p).committee().equals(committee.id()) && of(p).cancelled().isPresent())
                    .map(p -> new FeedPlan.Entry(p, "cancelled", "Meeting cancelled: " + p.title(),
                            of(p).cancelled().get().on().atStartOfDay(plan.config().timeZone())))
                    .forEach(papers::add);
            out.add(plan.feed("/" + committee.id() + "/", "Papers of the " + committee.name() + " - " + name,
                    "Agendas and papers of " + committee.name() + " meetings, as they are published.", papers));
        }
        return out;
    }

    @Override
    public Optional<Navigation> navigation(Vocabulary vocabulary) {
        return Optional.of(new Navigation(ROOT, "Meetings", vocabulary.committees().stream().map(c -> "/" + c.id() + "/").toList()));
    }

    @Override
    public String template() {
        return "meeting";
    }

    /**
     * An agenda item about the minutes: the word, however the item puts it ("Minutes of the meeting held on ...",
     * "Approval of minutes and action log", "Previous minutes and matters arising"), but not as a time, after a number
     * ("Public questions (15 minutes)", "a 5-minute break").
     */
    private static final java.util.regex.Pattern MINUTES_ITEM = java.util.regex.Pattern.compile("(?i)(?<!\\d[\\s-]?)\\bminutes\\b");

    /** "Minutes of the Governing Body meeting on 16 July 2026": the title of a meeting's minutes document. */
    static String minutesTitle(String committee, LocalDate day) {
        return "Minutes of the " + committee + " meeting on " + Dates.day(day);
    }

    /** A link to a meeting's approved minutes, as a page or a file. */
    private static Optional<Link> minutesLink(Meeting m, Views views) {
        String label = "Minutes of the meeting on " + Dates.day(m.starts().toLocalDate());
        return m.minutes().flatMap(x -> x.page().map(p -> views.link(p.endsWith("/") ? p : p + "/", label))
                .or(() -> x.file().map(f -> views.link("/" + f.file(), label))));
    }

    @Override
    public MeetingView view(Meeting m, SitePage page, Views views) {
        var site = views.site();
        Link committee = Vocabulary.find(site.data().vocabulary().committees(), m.committee())
                .map(t -> views.link("/" + t.id() + "/", t.name())).orElseThrow();
        String when = m.ends().map(e -> Dates.range(m.starts(), e)).orElse(Dates.dateTime(m.starts()));
        boolean upcoming = site.now().isBefore(m.starts()); // from its start it is under way, as the schedule says
        // No question is taken for a meeting that will not be held.
        String questions = m.questionsBy().filter(q -> m.cancelled().isEmpty() && site.now().isBefore(q)).map(Dates::deadline).orElse(null);
        Link previousMinutes = site.originalOf(page).flatMap(site::previous).flatMap(prev -> minutesLink(of(prev), views))
                .orElse(null);
        String day = Dates.day(m.starts().toLocalDate());
        Meeting own = site.originalOf(page).map(Meetings::of).orElse(m); // whose words a translation may have kept
        Map<String, AgendaItem> pageItems = new java.util.HashMap<>();
        own.agenda().forEach(i -> pageItems.putIfAbsent(i.number(), i));
        Function<AgendaItem, MeetingView.AgendaItemView> item = i -> new MeetingView.AgendaItemView(i.number(), i.title(),
                i.presenter().orElse(null), i.purpose().map(p -> p.label()).orElse(null),
                i.paper().map(a -> views.describe(a, day)).orElse(null),
                MINUTES_ITEM.matcher(i.title()).find() && i.paper().isEmpty() ? previousMinutes : null,
                Consultations.decidedAt(site, site.originalOf(page).orElse(page), i.number()).stream()
                        .map(p -> views.link(p.path(), p.title())).toList(),
                Optional.ofNullable(pageItems.get(i.number())).filter(p -> p.title().equals(i.title())).isPresent(),
                i.presenter().isPresent() && Optional.ofNullable(pageItems.get(i.number())).flatMap(AgendaItem::presenter)
                        .equals(i.presenter()));
        List<MeetingView.AgendaItemView> publicAgenda = m.agenda().stream().filter(i -> i.part() == 1).map(item).toList();
        List<MeetingView.AgendaItemView> privateAgenda = m.agenda().stream().filter(i -> i.part() == 2).map(item).toList();
        String openToPublic = !m.isPublic() ? "No, this meeting is held in private."
                : privateAgenda.isEmpty() ? "Yes, the whole meeting." : "Yes. Items in part 2 are discussed in private.";
        Optional<Minutes> minutes = m.minutes();
        org.engagementportal.render.CancelledView cancelled = m.cancelled()
                .map(c -> views.cancelled(c, Cancellations.heldInstead(c, site, Meeting.class), Meetings::starts))
                .orElse(null);
        return new MeetingView(committee, when, Dates.iso(m.starts()), Views.venue(m.venue(), own.venue()),
                m.joinLink().filter(o -> site.now().isBefore(m.over())).map(Object::toString).orElse(null),
                openToPublic, questions,
                publicAgenda, privateAgenda,
                minutes.flatMap(Minutes::file).map(a -> views.describe(a, day)).orElse(null),
                minutes.flatMap(Minutes::page).map(p -> views.link(p.endsWith("/") ? p : p + "/", "Minutes")).orElse(null),
                minutes.map(x -> Dates.day(x.approved())).orElse(null), cancelled, org.engagementportal.render.Span.of(m.starts(), m.ends()));
    }

    @Override
    public Optional<java.util.Map<String, Object>> structuredData(Meeting m, SitePage page, Views views) {
        if (!m.isPublic()) {
            return Optional.empty(); // not an event for search engines to offer to the public
        }
        var meta = page.document().meta();
        // A cancelled meeting is still online or in a place, as announced: its link to join is not given, its page's address instead.
        boolean cancelled = m.cancelled().isPresent();
        return Optional.of(org.engagementportal.render.StructuredData.event(views.config(), page.path(), meta.title(),
                meta.summary(), m.starts(), m.ends(), m.venue(), m.online(), cancelled || !views.site().now().isBefore(m.over()),
                cancelled, java.util.List.of()));
    }

    @Override
    public Card card(Meeting m, SitePage page, Views views) {
        List<String> facts = new ArrayList<>();
        facts.add(Dates.card(m.starts(), m.ends()));
        // A meeting held in private says so where it says where, so that "Online" is not read as an invitation (its
        // link is not published); it need not say where at all.
        String where = Views.where(m.venue().orElse(null), m.online().isPresent());
        if (!m.isPublic()) {
            where = where.isEmpty() ? "In private" : where + ", in private";
        }
        if (!where.isEmpty()) {
            facts.add(where);
        }
        Vocabulary.find(views.site().data().vocabulary().committees(), m.committee()).ifPresent(t -> facts.add(t.name()));
        return new Card(facts, m.cancelled().isPresent() ? Cancellations.TAG : null);
    }

    @Override
    public Optional<CalendarEntry> calendar(Meeting m, SitePage page, BuildContext ctx) {
        SiteConfig config = ctx.site().config();
        StringBuilder description = new StringBuilder();
        m.cancelled().ifPresent(c -> description.append(Cancellations.calendarWords("meeting", c, ctx.site(), Meeting.class,
                Meetings::starts)));
        description.append(page.document().meta().summary());
        if (!m.isPublic()) {
            // The site's calendar is of meetings held in public and events: one held in private says so where it is read.
            description.append("\n\nThis meeting is held in private: the public cannot attend.");
        }
        m.joinLink().ifPresent(o -> description.append("\n\nJoin online: ").append(o));
        m.agenda().stream().filter(i -> i.paper().isPresent()).forEach(i -> {
            if (description.indexOf("\n\nPapers:") < 0) {
                description.append("\n\nPapers:");
            }
            description.append("\n").append(i.number()).append(". ").append(i.title()).append(": ")
                    .append(config.absolute("/" + i.paper().get().file()));
        });
        description.append("\n\nAgenda and papers: ").append(config.absolute(page.path()));
        return Optional.of(new CalendarEntry(m.starts(), m.ends(), PublishedKind.location(m.venue(), m.online()),
                description.toString(), Optional.of(m.committee()), m.cancelled().map(org.engagementportal.content.Cancellation::on)));
    }

    @Override
    public String announcement(String announces, Meeting m, SitePage page, BuildContext ctx) {
        SiteConfig config = ctx.site().config();
        if (announces.equals("cancelled")) {
            Cancellation c = m.cancelled().orElseThrow();
            StringBuilder html = new StringBuilder("<p>The meeting on ").append(XmlText.escape(Dates.dateTime(m.starts())))
                    .append(" is cancelled.");
            c.reason().ifPresent(r -> html.append(" ").append(XmlText.escape(r)));
            html.append("</p>\n");
            Cancellations.heldInstead(c, ctx.site(), Meeting.class).ifPresent(other -> html
                    .append("<p>It will be held instead on ")
                    .append(XmlText.escape(Dates.dateTime(of(other).starts()))).append(": <a href=\"")
                    .append(XmlText.escape(config.absolute(other.path())))
                    .append("\">").append(XmlText.escape(other.title())).append("</a>.</p>\n"));
            return html.toString();
        }
        if (!announces.equals("papers")) {
            throw new IllegalArgumentException("meetings do not announce " + announces);
        }
        StringBuilder html = new StringBuilder();
        html.append("<p>The agenda and papers for the meeting on ").append(XmlText.escape(Dates.dateTime(m.starts())))
                .append(" are published.</p>\n<ul>\n");
        String day = Dates.day(m.starts().toLocalDate());
        m.agenda().stream().filter(i -> i.paper().isPresent()).forEach(i -> {
            DocumentView d = ctx.documents().describe(i.paper().get(), day);
            html.append("<li>").append(XmlText.escape(i.number() + ". " + i.title())).append(": <a href=\"")
                    .append(config.absolute("/" + i.paper().get().file())).append("\">").append(XmlText.escape(d.title()))
                    .append("</a> (").append(XmlText.escape(d.description())).append(")</li>\n");
        });
        html.append("</ul>\n");
        return html.toString();
    }
}
