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

    List<Listing> plan() {
        List<Listing> out = new ArrayList<>();
        out.add(home());
        out.add(consultations());
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
        Optional<SitePage> intro = intro(folder);
        return new Listing(kind, path, intro.map(SitePage::title).orElse(title),
                intro.map(i -> i.document().meta().summary()).orElse(summary), intro, sections, List.of());
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

    private Listing consultations() {
        List<SitePage> all = ofType(ContentType.CONSULTATION);
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
        List<Listing.Section> sections = List.of(
                section("open", "Open now", groups.get("open")),
                section("upcoming", "Opening soon", groups.get("upcoming")),
                section("closed", "Closed: we are analysing your feedback", groups.get("closed")),
                section("outcome", "Closed: outcome published", groups.get("outcome")));
        return listing(Listing.Kind.CONSULTATIONS, "/consultations/", "consultations", "Consultations",
                "Have your say on changes to health services, and see what happened after past consultations.", sections);
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
                        section("past", "Past meetings", past(all, p -> meeting(p).starts()))));
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
                List.of(section("latest", "Latest issues", newestBulletins(ofType(ContentType.BULLETIN)))));
    }

    private Listing series(Term series) {
        List<SitePage> issues = ofType(ContentType.BULLETIN).stream()
                .filter(p -> bulletin(p).series().equals(series.id())).toList();
        String summary = series.description().isEmpty() ? "Every issue of the " + series.name() + "." : series.description();
        return listing(Listing.Kind.SERIES, "/bulletins/" + series.id() + "/", "bulletins/" + series.id(), series.name(),
                summary, List.of(section("issues", "Issues", newestBulletins(issues))));
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
            out.add(new Listing(termKind, path, term.name(), summary, Optional.empty(),
                    List.of(section("all", "Everything about " + term.name(), items)), List.of()));
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
