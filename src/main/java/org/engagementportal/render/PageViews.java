package org.engagementportal.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Access;
import org.engagementportal.content.Bulletin;
import org.engagementportal.content.Consultation;
import org.engagementportal.content.ContentType;
import org.engagementportal.content.Document;
import org.engagementportal.content.Event;
import org.engagementportal.content.Format;
import org.engagementportal.content.Meeting;
import org.engagementportal.content.Minutes;
import org.engagementportal.content.Report;
import org.engagementportal.content.Respond;
import org.engagementportal.content.Statement;
import org.engagementportal.content.Variant;
import org.engagementportal.content.Venue;
import org.engagementportal.markdown.Rendered;
import org.engagementportal.plain.PlainEnglish;
import org.engagementportal.site.ConsultationStatus;
import org.engagementportal.site.Site;
import org.engagementportal.site.SitePage;

/** Builds the view of a content page: its layout, text, versions and its type's own details. */
public final class PageViews {
    /** "Read this in ..." in the language itself, for the languages NHS bodies most often translate into. */
    private static final Map<String, String> READ_THIS_IN = Map.ofEntries(
            Map.entry("en", "Read this in English"),
            Map.entry("cy", "Darllenwch hwn yn Gymraeg"),
            Map.entry("pl", "Przeczytaj to po polsku"),
            Map.entry("ro", "Citiți acest text în limba română"),
            Map.entry("pt", "Leia isto em português"),
            Map.entry("ur", "یہ اردو میں پڑھیں"),
            Map.entry("ar", "اقرأ هذا باللغة العربية"));

    /** Turns a piece of Markdown (a consultation's feedback, say) into HTML for the current page. */
    public interface MarkdownPart {
        String html(String markdown, int firstLine);
    }

    private final Site site;
    private final SiteConfig config;
    private final LayoutViews layouts;
    private final CardViews cards;
    private final DocumentViews documents;

    private final Optional<org.engagementportal.audit.AuditSummary> audit;

    public PageViews(Site site, LayoutViews layouts, CardViews cards, DocumentViews documents,
                     Optional<org.engagementportal.audit.AuditSummary> audit) {
        this.audit = audit;
        this.site = site;
        this.config = site.config();
        this.layouts = layouts;
        this.cards = cards;
        this.documents = documents;
    }

    public PageView page(SitePage page, Rendered body, MarkdownPart markdown, List<SitePage> children) {
        Document doc = page.document();
        Variant variant = doc.variant();
        String lang = variant.language().orElse(config.language());
        String dir = variant.rightToLeft() ? "rtl" : "ltr";
        String published = published(doc).map(Dates::day).orElse(null);
        LayoutView layout = layouts.layout(doc.meta().title(), doc.meta().summary(), page.path(), lang, dir,
                alternates(page), published);
        if (variant.kind() == Variant.Kind.EASY_READ) {
            layout = layout.asEasyRead(PlainEnglish.hardWords(doc.body().markdown(), site.data().glossary()).stream()
                    .map(e -> new LayoutView.HardWord(e.term(), e.meaning())).toList());
        }
        Link original = variant.isOriginal() ? null
                : site.originalOf(page).map(o -> Link.of(config.link(o.path()), readThisIn(config.language()))).orElse(null);
        List<Link> contents = body.headings().stream().map(h -> Link.of("#" + h.id(), h.text())).toList();
        return new PageView(layout, doc.type().id(), doc.meta().title(), doc.meta().summary(), body.html(), contents,
                original, published, terms("/topics/", site.data().vocabulary().topics(), doc.meta().topics()),
                terms("/areas/", site.data().vocabulary().areas(), doc.meta().areas()),
                details(page, markdown, body.html()), cards.cards(children));
    }

    /** The date quoted as the page's publication date. */
    static Optional<LocalDate> published(Document doc) {
        Optional<LocalDate> own = switch (doc.type()) {
            case BULLETIN -> Optional.of(doc.detailsAs(Bulletin.class).date());
            case CONSULTATION -> Optional.of(doc.detailsAs(Consultation.class).opens().toLocalDate());
            default -> Optional.empty();
        };
        return doc.meta().updated().or(() -> own).or(() -> doc.meta().reviewed());
    }

    /** The other versions of a page, for rel=alternate links and "read this in" links. */
    public List<Alternate> alternates(SitePage page) {
        SitePage original = site.originalOf(page).orElse(page);
        List<SitePage> all = new ArrayList<>();
        all.add(original);
        all.addAll(site.variantsOf(original));
        List<Alternate> out = new ArrayList<>();
        for (SitePage p : all) {
            if (p.path().equals(page.path())) {
                continue;
            }
            Variant v = p.document().variant();
            String lang = v.language().orElse(config.language());
            boolean fromEasyRead = page.document().variant().kind() == Variant.Kind.EASY_READ;
            String label = switch (v.kind()) {
                // From an easy-read version the original is in the same language: name it by what it is.
                case ORIGINAL -> fromEasyRead ? "Read the full version" : readThisIn(config.language());
                case EASY_READ -> "Read this in easy read";
                case TRANSLATION -> readThisIn(lang);
            };
            boolean sameLanguage = v.kind() == Variant.Kind.EASY_READ || v.kind() == Variant.Kind.ORIGINAL && fromEasyRead;
            out.add(new Alternate(config.link(p.path()), sameLanguage ? null : lang, label,
                    v.rightToLeft() ? "rtl" : "ltr"));
        }
        return out;
    }

    static String readThisIn(String language) {
        String base = language.split("-")[0];
        String phrase = READ_THIS_IN.get(base);
        if (phrase != null) {
            return phrase;
        }
        Locale locale = Locale.forLanguageTag(language);
        return locale.getDisplayLanguage(locale);
    }

    private List<Link> terms(String root, List<Term> vocabulary, List<String> ids) {
        return ids.stream().map(id -> Vocabulary.find(vocabulary, id)
                        .map(t -> Link.of(config.link(root + id + "/"), t.name())).orElseThrow())
                .toList();
    }

    private Object details(SitePage page, MarkdownPart markdown, String body) {
        Object d = page.document().details();
        if (d instanceof Consultation c) {
            return consultation(page, c, markdown, body);
        } else if (d instanceof Meeting m) {
            return meeting(page, m);
        } else if (d instanceof Bulletin b) {
            return bulletin(page, b);
        } else if (d instanceof Event e) {
            return event(e);
        } else if (d instanceof Statement s) {
            return statement(s);
        }
        if (page.path().equals(org.engagementportal.site.SiteAssembler.ACCESSIBILITY_PATH) && page.document().variant().isOriginal()) {
            return accessibilityStatement(page);
        }
        return null;
    }

    /** The generated sections of the accessibility statement, from the attachment checks and the latest audit. */
    private AccessibilityStatementView accessibilityStatement(SitePage statementPage) {
        java.util.Map<String, AccessibilityStatementView.DocumentGap> gaps = new java.util.TreeMap<>();
        for (SitePage p : site.pages()) {
            List<org.engagementportal.content.Attachment> files = new ArrayList<>();
            Object d = p.document().details();
            if (d instanceof Consultation c) {
                files.addAll(c.documents());
            } else if (d instanceof Meeting m) {
                m.agenda().forEach(i -> i.paper().ifPresent(files::add));
                m.minutes().flatMap(Minutes::file).ifPresent(files::add);
            }
            for (var a : files) {
                List<String> lacks = a.facts().accessibilityGaps();
                if (!lacks.isEmpty()) {
                    gaps.putIfAbsent(a.file(), new AccessibilityStatementView.DocumentGap(documents.describe(a, null),
                            String.join(", ", lacks)));
                }
            }
        }
        var audit = this.audit;
        List<AccessibilityStatementView.AuditProblem> problems = audit.map(s -> s.rules().stream()
                .map(r -> new AccessibilityStatementView.AuditProblem(r.code(), r.help(), r.pages())).toList()).orElse(List.of());
        List<String> checks = org.engagementportal.audit.rules.FastRules.ALL.stream()
                .map(org.engagementportal.audit.rules.Rule::criterion).distinct().sorted().toList();
        Document doc = statementPage.document();
        String prepared = doc.meta().reviewed().or(() -> doc.meta().updated()).map(Dates::day).orElse(null);
        return new AccessibilityStatementView(gaps.isEmpty() && problems.isEmpty(), List.copyOf(gaps.values()), problems,
                audit.map(s -> Dates.day(s.date())).orElse(null), audit.map(org.engagementportal.audit.AuditSummary::tool).orElse(null),
                audit.map(org.engagementportal.audit.AuditSummary::pages).orElse(0), checks, "WCAG 2.2 AA", prepared,
                Dates.day(site.now().toLocalDate()));
    }

    private ConsultationView consultation(SitePage page, Consultation c, MarkdownPart markdown, String body) {
        ConsultationStatus status = site.status(c);
        Long daysLeft = status.isOpen() ? ChronoUnit.DAYS.between(site.now().toLocalDate(), c.closes().toLocalDate()) : null;
        Respond r = c.respond();
        List<Link> events = r.events().stream()
                .map(ref -> ref.startsWith("/") ? (ref.endsWith("/") ? ref : ref + "/") : "/events/" + ref + "/")
                .flatMap(p -> site.page(p).stream())
                // A reference to a page that is not an event is reported when the site is assembled; an event that
                // has finished is no longer a way to respond.
                .filter(p -> p.document().details() instanceof Event e && e.ends().orElse(e.starts()).isAfter(site.now()))
                .map(p -> Link.of(config.link(p.path()), p.title() + ", " + Dates.dateTime(p.document().detailsAs(Event.class).starts())))
                .toList();
        var respond = new ConsultationView.RespondView(r.online().map(Object::toString).orElse(null), r.email().orElse(null),
                r.post().orElse(null), r.phone().orElse(null), r.phone().map(PageViews::telHref).orElse(null), events);
        Link easyRead = site.variantsOf(page).stream().filter(v -> v.document().variant().kind() == Variant.Kind.EASY_READ)
                .findFirst().map(v -> Link.of(config.link(v.path()), "Read this consultation in easy read")).orElse(null);
        List<Link> areas = terms("/areas/", site.data().vocabulary().areas(), page.document().meta().areas());
        boolean closed = status == ConsultationStatus.CLOSED || status == ConsultationStatus.OUTCOME_PUBLISHED;
        Report feedback = closed ? c.feedback().orElse(null) : null;
        Report outcome = status == ConsultationStatus.OUTCOME_PUBLISHED ? c.outcome().orElse(null) : null;
        LocalDate due = c.outcomeDue();
        boolean delayed = status == ConsultationStatus.CLOSED && c.outcomeOverdue(site.now());
        return new ConsultationView(CardViews.tag(status), status.id(), Dates.dateTime(c.opens()), Dates.iso(c.opens()),
                Dates.dateTime(c.closes()), Dates.iso(c.closes()), daysLeft, c.formal(),
                c.engagement().map(e -> capitalise(e.id())).orElse(null), c.engagement().map(e -> e.plain()).orElse(null),
                c.stage().map(s -> s.plain()).orElse(null), c.groups(), areas, respond,
                c.documents().stream().map(a -> documents.describe(a, Dates.day(c.opens().toLocalDate()))).toList(), easyRead,
                feedback == null ? null : Dates.day(feedback.date()),
                feedback == null ? null : markdown.html(feedback.markdown(), feedback.firstLine()),
                outcome == null ? null : Dates.day(outcome.date()),
                outcome == null ? null : markdown.html(outcome.markdown(), outcome.firstLine()),
                closed && outcome == null ? Dates.day(due) : null, delayed,
                closed ? org.engagementportal.markdown.RenderedHtml.demoteHeadings(body) : null);
    }

    /** An agenda item about approving minutes ("Minutes of the meeting held on ..."). */
    private static final java.util.regex.Pattern MINUTES_ITEM = java.util.regex.Pattern.compile("(?i)\\bminutes\\b");

    /** A link to a meeting's approved minutes, as a page or a file. */
    private Optional<Link> minutesLink(Meeting m) {
        String label = "Minutes of the meeting on " + Dates.day(m.starts().toLocalDate());
        return m.minutes().flatMap(x -> x.page().map(p -> Link.of(config.link(p.endsWith("/") ? p : p + "/"), label))
                .or(() -> x.file().map(f -> Link.of(config.link("/" + f.file()), label))));
    }

    private MeetingView meeting(SitePage page, Meeting m) {
        Link committee = Vocabulary.find(site.data().vocabulary().committees(), m.committee())
                .map(t -> Link.of(config.link("/" + t.id() + "/"), t.name())).orElseThrow();
        String when = m.ends().map(e -> Dates.range(m.starts(), e)).orElse(Dates.dateTime(m.starts()));
        boolean upcoming = !m.starts().isBefore(site.now());
        String questions = m.questionsBy().filter(q -> site.now().isBefore(q)).map(Dates::dateTime).orElse(null);
        Link previousMinutes = site.originalOf(page).flatMap(site::previousMeeting).flatMap(prev -> minutesLink(prev.document().detailsAs(Meeting.class)))
                .orElse(null);
        var agenda = m.agenda().stream().map(i -> new MeetingView.AgendaItemView(i.number(), i.title(),
                i.presenter().orElse(null), i.purpose().map(p -> p.label()).orElse(null),
                i.paper().map(a -> documents.describe(a, Dates.day(m.starts().toLocalDate()))).orElse(null), i.part(),
                MINUTES_ITEM.matcher(i.title()).find() && i.paper().isEmpty() ? previousMinutes : null)).toList();
        Optional<Minutes> minutes = m.minutes();
        return new MeetingView(committee, when, Dates.iso(m.starts()), upcoming, venue(m.venue()),
                m.online().map(Object::toString).orElse(null), m.isPublic(), questions, agenda,
                minutes.flatMap(Minutes::file).map(a -> documents.describe(a, Dates.day(m.starts().toLocalDate()))).orElse(null),
                minutes.flatMap(Minutes::page).map(p -> Link.of(config.link(p.endsWith("/") ? p : p + "/"), "Minutes")).orElse(null),
                minutes.map(x -> Dates.day(x.approved())).orElse(null));
    }

    private BulletinView bulletin(SitePage page, Bulletin b) {
        Link series = Vocabulary.find(site.data().vocabulary().series(), b.series())
                .map(t -> Link.of(config.link("/bulletins/" + t.id() + "/"), t.name())).orElseThrow();
        SitePage original = site.originalOf(page).orElse(page);
        Link previous = site.previousIssue(original).map(p -> Link.of(config.link(p.path()), p.title())).orElse(null);
        Link next = site.nextIssue(original).map(p -> Link.of(config.link(p.path()), p.title())).orElse(null);
        return new BulletinView(series, Dates.day(b.date()), b.date().toString(), previous, next);
    }

    private EventView event(Event e) {
        String when = e.ends().map(x -> Dates.range(e.starts(), x)).orElse(Dates.dateTime(e.starts()));
        return new EventView(when, Dates.iso(e.starts()), !e.starts().isBefore(site.now()), venue(e.venue()),
                e.online().map(Object::toString).orElse(null), e.booking().map(Object::toString).orElse(null),
                e.accessibility().stream().map(Access::label).toList());
    }

    private StatementView statement(Statement s) {
        return new StatementView(s.formats().stream().map(Format::label).toList(), s.email().orElse(null),
                s.phone().orElse(null), s.phone().map(PageViews::telHref).orElse(null), s.textRelay().orElse(null),
                s.post().orElse(null), s.responseDays());
    }

    private static VenueView venue(Optional<Venue> v) {
        return v.map(x -> new VenueView(x.name(), x.address().orElse(null), x.access().orElse(null))).orElse(null);
    }

    static String telHref(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return "tel:" + (digits.startsWith("0") ? "+44" + digits.substring(1) : digits);
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1);
    }
}
