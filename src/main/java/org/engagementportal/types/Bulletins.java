package org.engagementportal.types;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Bulletin;
import org.engagementportal.content.BulletinReader;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.render.BulletinView;
import org.engagementportal.render.Dates;
import org.engagementportal.render.Link;
import org.engagementportal.render.Views;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;

/**
 * Bulletins: issues of the series in {@code series.yml}, each in its series' folder
 * ({@code content/bulletins/weekly/}), with an archive by year and a feed per series and of all of them.
 */
public final class Bulletins implements ContentType<Bulletin> {
    static final String FOLDER = "bulletins";
    static final String ROOT = "/" + FOLDER + "/";

    @Override
    public String id() {
        return "bulletin";
    }

    @Override
    public String described() {
        return "a bulletin";
    }

    @Override
    public Class<Bulletin> details() {
        return Bulletin.class;
    }

    @Override
    public Placement placement() {
        return new Placement.Grouped(FOLDER, "series.yml", "series", "weekly", Vocabulary::series);
    }

    @Override
    public List<String> fields() {
        return Bulletin.FIELDS;
    }

    @Override
    public Optional<Bulletin> read(Fields f, ReadContext ctx) {
        Optional<Bulletin> b = BulletinReader.read(f, ctx.folder().split("/")[1]);
        b.ifPresent(bulletin -> ctx.fileDateAgrees(f, "date", bulletin.date(), "bulletin"));
        // A page is published when it is merged, whatever its date: only its feeds wait for the day (FeedPlan). An issue
        // dated ahead is told so, as a page 'updated' or 'reviewed' after today is; a draft is not published at all.
        LocalDate today = ctx.now().toLocalDate();
        b.filter(bulletin -> bulletin.date().isAfter(today) && ctx.variant().isOriginal() && !f.saysTrue("draft")).ifPresent(bulletin ->
                f.warning("date", "this bulletin is dated " + bulletin.date() + ", after today (" + today + "), but it is "
                                + "published now, on its own page, in the list of issues and on the home page; only its feeds "
                                + "wait until that day.",
                        "If the date is a slip, correct it. If the issue is ready early, add draft: true to it and take that "
                                + "line out on " + bulletin.date() + ", so that it is published on its day."));
        return b;
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.of("bulletin's news items");
    }

    @Override
    public Optional<ZonedDateTime> filedOn(Bulletin b, ZoneId zone) {
        return Optional.of(b.date().atStartOfDay(zone));
    }

    @Override
    public Optional<LocalDate> publishedOn(Bulletin b) {
        return Optional.of(b.date());
    }

    @Override
    public List<Moment> moments(Bulletin b, SiteConfig config, ZoneId zone) {
        return List.of();
    }

    @Override
    public List<Attachment> attachments(Bulletin b) {
        return List.of();
    }

    @Override
    public List<Reference> references(Bulletin b) {
        return List.of();
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(Bulletin d) {
        return Optional.empty();
    }

    @Override
    public Optional<String> sequence(Bulletin b) {
        return Optional.of(b.series());
    }

    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Bulletin original, Bulletin version) {
        return List.of();
    }

    /** Today's issue of the chosen series, named by its date as issues are, with the sections a bulletin usually has. */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        Term series = ctx.chosenGroup();
        LocalDate day = ctx.day(0);
        StarterText t = new StarterText()
                .title(title, "The issue's title, such as " + series.name() + ", " + Dates.day(day) + ".")
                .summary("News and ways to have your say from the " + series.name() + ", " + Dates.day(day) + ".",
                        "The main stories in this issue.");
        t.comment("The series: the folder this file is in decides it, so this is the folder's name.");
        t.field("series", series.id());
        t.comment("The date of this issue. Issues are listed newest first, by this date.");
        t.field("date", day.toString());
        t.common(id(), "The folder decides that this is a bulletin; this line only says so.", ctx, Optional.empty());
        String body = Starters.section("Have your say", "Consultations and surveys open now: what each is about, when it "
                        + "closes, and a link, such as [the consultation](/consultations/). One ## heading for each story reads best.")
                + Starters.section("Coming up", "Events and meetings people can come to, with the date, the place and a link.")
                + Starters.section("Other news", "Anything else readers need to know, in a few short sentences each.");
        return new Starter(FOLDER + "/" + series.id(), day.toString(), t.build(body));
    }

    private static Bulletin of(SitePage p) {
        return p.document().detailsAs(Bulletin.class);
    }

    private static List<SitePage> newest(List<SitePage> items) {
        return items.stream().sorted(Comparator.comparing((SitePage p) -> of(p).date()).reversed()
                .thenComparing(SitePage::path)).toList();
    }

    /** The latest issues of every series at {@code /bulletins/}, and each series' archive by year. */
    @Override
    public List<String> sections() {
        return List.of(FOLDER);
    }

    @Override
    public List<Listing> listings(Plan plan) {
        List<Listing> out = new ArrayList<>();
        out.add(plan.listing(ROOT, FOLDER, "Bulletins", "News and updates from our bulletins.",
                        List.of(Plan.section("latest", "Latest issues", newest(plan.pages()))))
                .withTerms(Plan.groups(plan.data().vocabulary().series(), ROOT, plan.pages(), p -> of(p).series()),
                        new Listing.Heading("series", "Our bulletins")));
        for (Term series : plan.data().vocabulary().series()) {
            List<SitePage> issues = plan.pages().stream().filter(p -> of(p).series().equals(series.id())).toList();
            String summary = series.description().isEmpty() ? "Every issue of the " + series.name() + "." : series.description();
            // The archive by year, newest first; long series are split into pages of page_size issues.
            Map<Integer, List<SitePage>> byYear = new TreeMap<>(Comparator.reverseOrder());
            for (SitePage p : newest(issues)) {
                byYear.computeIfAbsent(of(p).date().getYear(), y -> new ArrayList<>()).add(p);
            }
            List<Listing.Section> sections = new ArrayList<>();
            byYear.forEach((year, items) -> sections.add(Plan.section(Integer.toString(year), "Issues in " + year, items)));
            out.add(plan.listing(ROOT + series.id() + "/", FOLDER + "/" + series.id(), series.name(), summary, sections));
        }
        return out;
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        return Optional.of(Plan.section("news", "Latest news", newest(plan.pages()).stream().limit(Plan.HOME_ITEMS).toList()));
    }

    /** Every issue, and each series' issues. */
    @Override
    public List<FeedPlan.Feed> feeds(Plan plan) {
        String name = plan.config().name();
        List<FeedPlan.Feed> out = new ArrayList<>();
        out.add(plan.feed(ROOT, "Bulletins from " + name, "Every bulletin issue from " + name + ".",
                plan.pages().stream().map(plan::entry).flatMap(Optional::stream).toList()));
        for (Term series : plan.data().vocabulary().series()) {
            out.add(plan.feed(ROOT + series.id() + "/", series.name() + " - " + name,
                    series.description().isEmpty() ? "Every issue of the " + series.name() + "." : series.description(),
                    plan.pages().stream().filter(p -> of(p).series().equals(series.id()))
                            .map(plan::entry).flatMap(Optional::stream).toList()));
        }
        return out;
    }

    @Override
    public Optional<Navigation> navigation(Vocabulary vocabulary) {
        return Optional.of(new Navigation(ROOT, "News", List.of()));
    }

    @Override
    public String template() {
        return "bulletin";
    }

    @Override
    public BulletinView view(Bulletin b, SitePage page, Views views) {
        var site = views.site();
        Link series = Vocabulary.find(site.data().vocabulary().series(), b.series())
                .map(t -> views.link(ROOT + t.id() + "/", t.name())).orElseThrow();
        SitePage original = site.originalOf(page).orElse(page);
        Link previous = site.previous(original).map(p -> views.link(p.path(), p.title())).orElse(null);
        Link next = site.next(original).map(p -> views.link(p.path(), p.title())).orElse(null);
        // A correction's day, as its feeds' entries say it changed.
        java.util.Optional<java.time.LocalDate> updated = page.document().meta().updated().filter(d -> d.isAfter(b.date()));
        return new BulletinView(series, Dates.day(b.date()), b.date().toString(), updated.map(Dates::day).orElse(null),
                updated.map(Object::toString).orElse(null), previous, next);
    }

    @Override
    public Card card(Bulletin b, SitePage page, Views views) {
        List<String> facts = new ArrayList<>();
        facts.add(Dates.day(b.date()));
        Vocabulary.find(views.site().data().vocabulary().series(), b.series()).ifPresent(t -> facts.add(t.name()));
        return new Card(facts, null);
    }

    @Override
    public Optional<CalendarEntry> calendar(Bulletin b, SitePage page, BuildContext ctx) {
        return Optional.empty();
    }

    @Override
    public String announcement(String announces, Bulletin b, SitePage page, BuildContext ctx) {
        throw new IllegalArgumentException("bulletins are in feeds as themselves, with nothing to announce");
    }
}
