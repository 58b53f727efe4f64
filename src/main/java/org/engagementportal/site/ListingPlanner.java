package org.engagementportal.site;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Term;
import org.engagementportal.content.Bulletin;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.ContentType;
import org.engagementportal.content.Document;
import org.engagementportal.content.Event;
import org.engagementportal.content.Meeting;

/** Plans every listing of the site: what it lists, in which groups and order. */
final class ListingPlanner {
    /** How many items each block of the home page shows. */
    static final int HOME_ITEMS = 3;

    private final SiteData data;
    private final ZonedDateTime now;
    private final List<SitePage> originals;
    private final Map<String, SitePage> byPath;
    private final Map<String, Document> intros;

    ListingPlanner(SiteData data, ZonedDateTime now, Map<String, SitePage> byPath, Map<String, Document> intros) {
        this.data = data;
        this.now = now;
        this.byPath = byPath;
        this.intros = intros;
        this.originals = byPath.values().stream().filter(p -> p.document().variant().isOriginal())
                .sorted(Comparator.comparing(SitePage::path)).toList();
    }

    /** How many of the newest items a topic's or area's page shows. */
    static final int TERM_LATEST = 50;

    List<Listing> plan() {
        List<Listing> out = new ArrayList<>();
        out.add(home());
        out.addAll(consultationListings());
        out.add(events());
        out.add(meetings());
        for (Term committee : data.vocabulary().committees()) {
            out.add(committee(committee));
        }
        out.add(bulletins());
        for (Term series : data.vocabulary().series()) {
            out.add(series(series));
        }
        out.addAll(terms(Listing.Kind.TOPICS, Listing.Kind.TOPIC, "/topics/", "Topics", data.vocabulary().topics(),
                p -> p.document().meta().topics()));
        out.addAll(terms(Listing.Kind.AREAS, Listing.Kind.AREA, "/areas/", "Areas", data.vocabulary().areas(),
                p -> p.document().meta().areas()));
        out.add(listing(Listing.Kind.UPDATES, Listing.UPDATES_PATH, "get-updates", "Get updates",
                "How to follow our bulletins, consultations, meetings and topics in a feed reader, by email or in your calendar.",
                List.of()));
        out.addAll(folders(out));
        return out;
    }

    private List<SitePage> ofType(ContentType type) {
        return originals.stream().filter(p -> p.type() == type).toList();
    }

    private Optional<SitePage> intro(String folder) {
        return Optional.ofNullable(intros.get(folder)).map(d -> new SitePage(d, folder.isEmpty() ? "/" : "/" + folder + "/"));
    }

    private Listing listing(Listing.Kind kind, String path, String folder, String title, String summary,
                            List<Listing.Section> sections) {
        return listing(kind, path, folder, title, summary, sections, List.of());
    }

    private Listing listing(Listing.Kind kind, String path, String folder, String title, String summary,
                            List<Listing.Section> sections, List<Listing.TermCount> terms) {
        Optional<SitePage> intro = intro(folder);
        return new Listing(kind, path, intro.map(SitePage::title).orElse(title),
                intro.map(i -> i.document().meta().summary()).orElse(summary), intro, sections, terms);
    }

    /** Links to the listing of each group (committee, series) that has something in it, with its count. */
    private static List<Listing.TermCount> groups(List<Term> terms, String root, List<SitePage> items,
                                                  Function<SitePage, String> groupOf) {
        return filterOptions(items, terms, root, p -> List.of(groupOf.apply(p)));
    }

    private static Listing.Section section(String id, String heading, List<SitePage> items) {
        return new Listing.Section(id, heading, items);
    }

    private Listing home() {
        List<Listing.Section> sections = new ArrayList<>();
        sections.add(section("open", "Have your say now", ofType(ContentType.CONSULTATION).stream()
                .filter(p -> status(p).isOpen()).sorted(Comparator.comparing(p -> consultation(p).closes())).toList()));
        sections.add(section("meetings", "Next meetings", upcoming(ofType(ContentType.MEETING), p -> meeting(p).starts())
                .stream().limit(HOME_ITEMS).toList()));
        sections.add(section("events", "Coming up", upcoming(ofType(ContentType.EVENT), p -> event(p).starts())
                .stream().limit(HOME_ITEMS).toList()));
        sections.add(section("news", "Latest news", newestBulletins(ofType(ContentType.BULLETIN)).stream()
                .limit(HOME_ITEMS).toList()));
        return listing(Listing.Kind.HOME, "/", "", data.site().name(), data.site().description().orElse(""), sections);
    }

    /**
     * {@code /consultations/} and its filtered versions, one per topic and per area that has consultations
     * ({@code /consultations/topics/dentistry/}, {@code /consultations/areas/eastbrook/}), each with the same
     * sections, so filtering works as plain links.
     */
    private List<Listing> consultationListings() {
        List<SitePage> all = ofType(ContentType.CONSULTATION);
        String root = "/consultations/";
        List<Listing.TermCount> topics = filterOptions(all, data.vocabulary().topics(), root + "topics/", p -> p.document().meta().topics());
        List<Listing.TermCount> areas = filterOptions(all, data.vocabulary().areas(), root + "areas/", p -> p.document().meta().areas());
        Function<Optional<String>, List<Listing.Filter>> filters = current -> List.of(
                new Listing.Filter("Topic", topics, current.filter(c -> c.startsWith("topics/")).map(c -> c.substring(7)), root),
                new Listing.Filter("Area", areas, current.filter(c -> c.startsWith("areas/")).map(c -> c.substring(6)), root));
        Optional<SitePage> intro = intro("consultations");
        String title = intro.map(SitePage::title).orElse("Consultations");
        String summary = intro.map(i -> i.document().meta().summary())
                .orElse("Have your say on changes to health services, and see what happened after past consultations.");
        List<Listing> out = new ArrayList<>();
        out.add(new Listing(Listing.Kind.CONSULTATIONS, root, title, summary, intro, consultationSections(all), List.of(),
                filters.apply(Optional.empty())));
        for (Listing.TermCount t : topics) {
            List<SitePage> items = all.stream().filter(p -> p.document().meta().topics().contains(t.id())).toList();
            out.add(new Listing(Listing.Kind.CONSULTATIONS, t.path(), "Consultations about " + t.name().toLowerCase(Locale.UK),
                    "Consultations filed under the topic " + t.name() + ".", Optional.empty(), consultationSections(items),
                    List.of(), filters.apply(Optional.of("topics/" + t.id()))));
        }
        for (Listing.TermCount t : areas) {
            List<SitePage> items = all.stream().filter(p -> p.document().meta().areas().contains(t.id())).toList();
            out.add(new Listing(Listing.Kind.CONSULTATIONS, t.path(), "Consultations in " + t.name(),
                    "Consultations for people in " + t.name() + ".", Optional.empty(), consultationSections(items),
                    List.of(), filters.apply(Optional.of("areas/" + t.id()))));
        }
        return out;
    }

    private static List<Listing.TermCount> filterOptions(List<SitePage> items, List<Term> terms, String root,
                                                         Function<SitePage, List<String>> of) {
        List<Listing.TermCount> out = new ArrayList<>();
        for (Term t : terms) {
            int n = (int) items.stream().filter(p -> of.apply(p).contains(t.id())).count();
            if (n > 0) {
                out.add(new Listing.TermCount(t.id(), t.name(), t.description(), root + t.id() + "/", n));
            }
        }
        return out;
    }

    /** Open (closing soonest first), opening soon, closed awaiting an outcome, and outcome published. */
    private List<Listing.Section> consultationSections(List<SitePage> all) {
        Map<String, List<SitePage>> groups = new LinkedHashMap<>();
        for (String id : List.of("open", "upcoming", "closed", "outcome")) {
            groups.put(id, new ArrayList<>());
        }
        for (SitePage p : all) {
            ConsultationStatus s = status(p);
            String id = s.isOpen() ? "open" : s == ConsultationStatus.UPCOMING ? "upcoming"
                    : s == ConsultationStatus.CLOSED ? "closed" : "outcome";
            groups.get(id).add(p);
        }
        groups.get("open").sort(Comparator.comparing((SitePage p) -> consultation(p).closes()).thenComparing(SitePage::path));
        groups.get("upcoming").sort(Comparator.comparing((SitePage p) -> consultation(p).opens()).thenComparing(SitePage::path));
        groups.get("closed").sort(Comparator.comparing((SitePage p) -> consultation(p).closes()).reversed().thenComparing(SitePage::path));
        groups.get("outcome").sort(Comparator.comparing((SitePage p) -> consultation(p).outcome().orElseThrow().date()).reversed()
                .thenComparing(SitePage::path));
        return List.of(
                section("open", "Open now", groups.get("open")),
                section("upcoming", "Opening soon", groups.get("upcoming")),
                section("closed", "Closed: we are analysing your feedback", groups.get("closed")),
                section("outcome", "Closed: outcome published", groups.get("outcome")));
    }

    private Listing events() {
        List<SitePage> all = ofType(ContentType.EVENT);
        return listing(Listing.Kind.EVENTS, "/events/", "events", "Events",
                "Drop-in sessions, workshops and online discussions where you can give your views.",
                List.of(section("upcoming", "Coming up", upcoming(all, p -> event(p).starts())),
                        section("past", "Past events", past(all, p -> event(p).starts()))));
    }

    private Listing meetings() {
        List<SitePage> all = ofType(ContentType.MEETING);
        return listing(Listing.Kind.MEETINGS, "/meetings/", "meetings", "Meetings",
                "Meetings held in public, with their agendas, papers and minutes.",
                List.of(section("upcoming", "Upcoming meetings", upcoming(all, p -> meeting(p).starts())),
                        section("past", "Past meetings", past(all, p -> meeting(p).starts()))),
                groups(data.vocabulary().committees(), "/", all, p -> meeting(p).committee()));
    }

    private Listing committee(Term committee) {
        List<SitePage> all = ofType(ContentType.MEETING).stream()
                .filter(p -> meeting(p).committee().equals(committee.id())).toList();
        List<Listing.Section> sections = new ArrayList<>();
        sections.add(section("upcoming", "Upcoming meetings", upcoming(all, p -> meeting(p).starts())));
        Map<Integer, List<SitePage>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (SitePage p : past(all, q -> meeting(q).starts())) {
            byYear.computeIfAbsent(meeting(p).starts().getYear(), y -> new ArrayList<>()).add(p);
        }
        byYear.forEach((year, items) -> sections.add(section(Integer.toString(year), "Meetings in " + year, items)));
        String summary = committee.description().isEmpty()
                ? "Meetings of the " + committee.name() + ", with their agendas, papers and minutes."
                : committee.description();
        return listing(Listing.Kind.COMMITTEE, "/" + committee.id() + "/", committee.id(), committee.name(), summary, sections);
    }

    private Listing bulletins() {
        return listing(Listing.Kind.BULLETINS, "/bulletins/", "bulletins", "Bulletins",
                "News and updates from our bulletins.",
                List.of(section("latest", "Latest issues", newestBulletins(ofType(ContentType.BULLETIN)))),
                groups(data.vocabulary().series(), "/bulletins/", ofType(ContentType.BULLETIN), p -> bulletin(p).series()));
    }

    private Listing series(Term series) {
        List<SitePage> issues = ofType(ContentType.BULLETIN).stream()
                .filter(p -> bulletin(p).series().equals(series.id())).toList();
        String summary = series.description().isEmpty() ? "Every issue of the " + series.name() + "." : series.description();
        // The archive by year, newest first; long series are split into pages of page_size issues.
        Map<Integer, List<SitePage>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (SitePage p : newestBulletins(issues)) {
            byYear.computeIfAbsent(bulletin(p).date().getYear(), y -> new ArrayList<>()).add(p);
        }
        List<Listing.Section> sections = new ArrayList<>();
        byYear.forEach((year, items) -> sections.add(section(Integer.toString(year), "Issues in " + year, items)));
        return listing(Listing.Kind.SERIES, "/bulletins/" + series.id() + "/", "bulletins/" + series.id(), series.name(),
                summary, sections);
    }

    private List<Listing> terms(Listing.Kind indexKind, Listing.Kind termKind, String root, String title,
                                List<Term> terms, Function<SitePage, List<String>> of) {
        List<Listing> out = new ArrayList<>();
        List<Listing.TermCount> counts = new ArrayList<>();
        for (Term term : terms) {
            List<SitePage> items = originals.stream().filter(p -> of.apply(p).contains(term.id()))
                    .sorted(Comparator.comparing(this::sortDate, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(SitePage::title))
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            String path = root + term.id() + "/";
            counts.add(new Listing.TermCount(term.id(), term.name(), term.description(), path, items.size()));
            String summary = term.description().isEmpty()
                    ? "Consultations, meetings, news and pages about " + term.name().toLowerCase(Locale.UK) + "."
                    : term.description();
            // The newest items, on one page; the complete lists are the consultations filtered by this term
            // (linked here with their count), the bulletin archives and this topic's feed.
            List<SitePage> latest = items.stream().limit(TERM_LATEST).toList();
            String heading = items.size() > TERM_LATEST ? "The latest " + TERM_LATEST + " of " + items.size() : "Everything about " + term.name();
            List<Listing.TermCount> more = new ArrayList<>();
            long consultations = items.stream().filter(p -> p.type() == ContentType.CONSULTATION).count();
            if (consultations > 0) {
                String filter = "/consultations/" + root.replace("/", "") + "/" + term.id() + "/";
                more.add(new Listing.TermCount(term.id(), "Consultations " + (termKind == Listing.Kind.TOPIC ? "about " : "in ")
                        + (termKind == Listing.Kind.TOPIC ? term.name().toLowerCase(Locale.UK) : term.name()), "", filter, (int) consultations));
            }
            out.add(new Listing(termKind, path, term.name(), summary, Optional.empty(),
                    List.of(section("latest", heading, latest)), more));
        }
        String summary = indexKind == Listing.Kind.TOPICS ? "Find consultations, meetings and news by subject."
                : "Find consultations, meetings and news by where you live.";
        out.add(0, new Listing(indexKind, root, title, summary, Optional.empty(), List.of(), counts));
        return out;
    }

    /** A listing for each folder of pages that has no page of its own, so every breadcrumb leads somewhere. */
    private List<Listing> folders(List<Listing> planned) {
        TreeSet<String> taken = new TreeSet<>(byPath.keySet());
        planned.forEach(l -> taken.add(l.path()));
        Map<String, List<SitePage>> children = new TreeMap<>();
        for (SitePage p : originals) {
            String parent = parentOf(p.path());
            while (parent != null && !parent.equals("/")) {
                if (!taken.contains(parent)) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>());
                }
                parent = parentOf(parent);
            }
            String direct = parentOf(p.path());
            if (direct != null && children.containsKey(direct)) {
                children.get(direct).add(p);
            }
        }
        List<Listing> out = new ArrayList<>();
        children.forEach((path, items) -> {
            String name = path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1).replace('-', ' ');
            String title = name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
            List<SitePage> sorted = items.stream().sorted(Comparator.comparing(SitePage::title).thenComparing(SitePage::path)).toList();
            out.add(new Listing(Listing.Kind.FOLDER, path, title, "Pages in the section " + title + ".", Optional.empty(),
                    List.of(section("pages", "Pages", sorted)), List.of()));
        });
        return out;
    }

    static String parentOf(String path) {
        if (path.equals("/")) {
            return null;
        }
        int cut = path.lastIndexOf('/', path.length() - 2);
        return path.substring(0, cut + 1);
    }

    private List<SitePage> upcoming(List<SitePage> items, Function<SitePage, ZonedDateTime> when) {
        return items.stream().filter(p -> !when.apply(p).isBefore(now))
                .sorted(Comparator.comparing(when).thenComparing(SitePage::path)).toList();
    }

    private List<SitePage> past(List<SitePage> items, Function<SitePage, ZonedDateTime> when) {
        Predicate<SitePage> isPast = p -> when.apply(p).isBefore(now);
        return items.stream().filter(isPast)
                .sorted(Comparator.comparing(when).reversed().thenComparing(SitePage::path)).toList();
    }

    private static List<SitePage> newestBulletins(List<SitePage> items) {
        return items.stream().sorted(Comparator.comparing((SitePage p) -> bulletin(p).date()).reversed()
                .thenComparing(SitePage::path)).toList();
    }

    /** The date a page is filed under when different kinds are listed together. */
    private java.time.LocalDate sortDate(SitePage p) {
        return switch (p.type()) {
            case CONSULTATION -> consultation(p).opens().toLocalDate();
            case MEETING -> meeting(p).starts().toLocalDate();
            case EVENT -> event(p).starts().toLocalDate();
            case BULLETIN -> bulletin(p).date();
            default -> p.document().meta().updated().or(() -> p.document().meta().reviewed()).orElse(null);
        };
    }

    private ConsultationStatus status(SitePage p) {
        return ConsultationStatus.of(consultation(p), now, data.site().closingSoonDays());
    }

    private static Consultation consultation(SitePage p) {
        return p.document().detailsAs(Consultation.class);
    }

    private static Meeting meeting(SitePage p) {
        return p.document().detailsAs(Meeting.class);
    }

    private static Event event(SitePage p) {
        return p.document().detailsAs(Event.class);
    }

    private static Bulletin bulletin(SitePage p) {
        return p.document().detailsAs(Bulletin.class);
    }
}
