package org.engagementportal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.Document;
import org.engagementportal.content.Variant;
import org.engagementportal.content.Wcag;
import org.engagementportal.markdown.Rendered;
import org.engagementportal.plain.PlainEnglish;
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

    private final Site site;
    private final SiteConfig config;
    private final LayoutViews layouts;
    private final CardViews cards;
    private final DocumentViews documents;

    private final org.engagementportal.audit.AuditSummary.Saved audit;

    public PageViews(Site site, LayoutViews layouts, CardViews cards, DocumentViews documents,
                     org.engagementportal.audit.AuditSummary.Saved audit) {
        this.audit = audit;
        this.site = site;
        this.config = site.config();
        this.layouts = layouts;
        this.cards = cards;
        this.documents = documents;
    }

    public PageView page(SitePage page, Rendered body, Views.MarkdownPart markdown, List<SitePage> children) {
        Document doc = page.document();
        Variant variant = doc.variant();
        String lang = variant.language().orElse(config.language());
        String dir = variant.rightToLeft() ? "rtl" : "ltr";
        String published = doc.published().map(Dates::day).orElse(null);
        LayoutView layout = layouts.layout(doc.meta().title(), doc.meta().summary(), page.path(), lang, dir,
                alternates(page), published).withVersions(headLinks(page));
        var called = doc.cancellation();
        if (called.isPresent()) {
            layout = layout.calledOff("Cancelled on " + Dates.day(called.get().on()) + "." + called.get().reason().map(r -> " " + r)
                    .orElse(""));
        }
        if (variant.kind() == Variant.Kind.EASY_READ) {
            layout = layout.asEasyRead(PlainEnglish.hardWords(doc, site.data().glossary()).entrySet().stream()
                    .map(e -> new LayoutView.HardWord(e.getKey(), e.getValue())).toList());
        }
        Link original = variant.isOriginal() ? null
                : site.originalOf(page).map(o -> Link.of(config.link(o.path()), readThisIn(config.language()))).orElse(null);
        List<Link> contents = body.headings().stream().map(h -> Link.of("#" + h.id(), h.text())).toList();
        Views views = new Views(site, documents, markdown, body.html());
        if (variant.isOriginal()) {
            var data = structuredData(shown(page), page, views);
            if (data.isPresent()) {
                layout = layout.withStructuredData(data.get());
            }
        }
        Object details = view(shown(page), page, views);
        return new PageView(layout, doc.kind().id(), doc.meta().title(), doc.meta().summary(), body.html(), contents,
                original, published, views.terms("/topics/", site.data().vocabulary().topics(), doc.meta().topics()),
                views.terms("/areas/", site.data().vocabulary().areas(), doc.meta().areas()), details,
                details == null && isAccessibilityStatement(page) ? accessibilityStatement(page) : null,
                cards.cards(children), behind(page));
    }

    /** For a version last checked before its page was changed, what its readers are told ({@link PageView.Behind}). */
    private PageView.Behind behind(SitePage page) {
        Variant variant = page.document().variant();
        if (variant.isOriginal()) {
            return null;
        }
        return site.originalOf(page).flatMap(o -> o.document().meta().updated().filter(changed -> page.document().meta().updated()
                .or(() -> page.document().meta().reviewed()).map(own -> own.isBefore(changed)).orElse(true)).map(changed -> {
                    if (variant.kind() == Variant.Kind.EASY_READ) { // in easy words, as the page is
                        return new PageView.Behind("We changed the full version of this page on " + Dates.day(changed) + ". This "
                                + "easy read page may not have the changes yet.", Link.of(config.link(o.path()), "Read the full version"));
                    }
                    return new PageView.Behind("The " + java.util.Locale.forLanguageTag(config.language()).getDisplayLanguage(
                            java.util.Locale.ENGLISH) + " page was changed on " + Dates.day(changed) + ", after this translation "
                            + "was last checked, so it may not have the changes.",
                            Link.of(config.link(o.path()), readThisIn(config.language())));
                })).orElse(null);
    }

    /** The other versions of a page, for its "read this in" links. */
    public List<Alternate> alternates(SitePage page) {
        List<Alternate> out = new ArrayList<>();
        for (SitePage p : versions(page)) {
            if (p.path().equals(page.path())) {
                continue;
            }
            Variant v = p.document().variant();
            String lang = v.language().orElse(config.language());
            boolean fromEasyRead = page.document().variant().kind() == Variant.Kind.EASY_READ;
            boolean sameLanguage = v.kind() == Variant.Kind.EASY_READ || v.kind() == Variant.Kind.ORIGINAL && fromEasyRead;
            // A name Java knows only in English is English words: marked so, or a screen reader reads them in an Arabic voice.
            boolean english = !sameLanguage && v.kind() == Variant.Kind.TRANSLATION && !namedInItself(lang);
            out.add(new Alternate(config.link(p.path()), sameLanguage ? null : lang, label(page, p), english ? "en" : lang,
                    v.rightToLeft() && !english ? "rtl" : "ltr"));
        }
        return out;
    }

    /** Every version of a page, itself included: the original, then its variants. */
    private List<SitePage> versions(SitePage page) {
        SitePage original = site.originalOf(page).orElse(page);
        List<SitePage> all = new ArrayList<>();
        all.add(original);
        all.addAll(site.variantsOf(original));
        return all;
    }

    /** The words of a link from {@code page} to its version {@code to}, in the version's own language. */
    private String label(SitePage page, SitePage to) {
        Variant v = to.document().variant();
        boolean fromEasyRead = page.document().variant().kind() == Variant.Kind.EASY_READ;
        return switch (v.kind()) {
            // From an easy-read version the original is in the same language: name it by what it is.
            case ORIGINAL -> fromEasyRead ? "Read the full version" : readThisIn(config.language());
            case EASY_READ -> "Read this in easy read";
            case TRANSLATION -> v.language().map(l -> sharesItsLanguage(to, l) ? org.engagementportal.source.Languages.ownName(l) : readThisIn(l))
                    .orElse(readThisIn(config.language()));
        };
    }

    /**
     * Whether the words "Read this in ..." would not tell this translation from another: its code names a script
     * (Chinese in simplified or traditional characters, Serbian in Latin or Cyrillic), or another translation of the page
     * is in the same language for another country ("pt" and "pt-BR"). Then each is named in full, with its script or
     * country, so readers can tell which is theirs.
     */
    private boolean sharesItsLanguage(SitePage translation, String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (!locale.getScript().isEmpty()) {
            return true;
        }
        return site.originalOf(translation).map(site::variantsOf).orElse(List.of()).stream()
                .filter(p -> !p.path().equals(translation.path()))
                .flatMap(p -> p.document().variant().language().stream())
                .anyMatch(l -> Locale.forLanguageTag(l).getLanguage().equals(locale.getLanguage()));
    }

    /**
     * The other versions of a page for search engines, each by its absolute address. A page in a language and its
     * translations form one set, in which each names every member with its {@code hreflang}, itself included, and the
     * original as {@code x-default}: search engines ignore a set whose members do not name each other. The easy-read
     * version is in the original's language, so it is outside the set: it and the pages it links to are named without
     * {@code hreflang}.
     */
    public List<LayoutView.HeadLink> headLinks(SitePage page) {
        List<SitePage> all = versions(page);
        SitePage original = all.get(0);
        long languages = all.stream().filter(p -> p.document().variant().kind() != Variant.Kind.EASY_READ).count();
        boolean inSet = page.document().variant().kind() != Variant.Kind.EASY_READ && languages > 1;
        List<LayoutView.HeadLink> out = new ArrayList<>();
        for (SitePage p : all) {
            boolean self = p.path().equals(page.path());
            Variant v = p.document().variant();
            String href = config.absolute(p.path());
            String label = self ? null : label(page, p);
            if (inSet && v.kind() != Variant.Kind.EASY_READ) {
                out.add(new LayoutView.HeadLink(href, v.language().orElse(config.language()), label));
            } else if (!self) {
                out.add(new LayoutView.HeadLink(href, null, label));
            }
        }
        if (inSet) {
            out.add(new LayoutView.HeadLink(config.absolute(original.path()), "x-default", null));
        }
        return out;
    }

    /** Whether the link to a version in {@code language} is named in that language, not in English (see {@link #readThisIn}). */
    static boolean namedInItself(String language) {
        return READ_THIS_IN.containsKey(language.split("-")[0]) || org.engagementportal.source.Languages.namedInItself(language);
    }

    static String readThisIn(String language) {
        String base = language.split("-")[0];
        String phrase = READ_THIS_IN.get(base);
        if (phrase != null) {
            return phrase;
        }
        // Its name in itself, or in English where Java knows no other ("Egyptian Arabic"): the code ("arz") told readers nothing.
        Locale locale = Locale.forLanguageTag(language);
        return locale.getDisplayLanguage(org.engagementportal.source.Languages.namedInItself(language) ? locale : Locale.ENGLISH);
    }

    /**
     * The accessibility statement or a version of it (easy read, a translation): the pages whose sections the portal adds
     * to. A Welsh or easy-read reader is owed the same statement: its versions had none of the sections the law asks for.
     */
    private boolean isAccessibilityStatement(SitePage page) {
        return site.originalOf(page).map(SitePage::path).filter(org.engagementportal.site.SiteAssembler.ACCESSIBILITY_PATH::equals)
                .isPresent();
    }

    /** The view of the page's own fields, from its type. */
    private static <D extends org.engagementportal.content.Details> Object view(ShownKind<D> kind, SitePage page, Views views) {
        return kind.view(kind.details().cast(page.document().details()), page, views);
    }

    private static <D extends org.engagementportal.content.Details> java.util.Optional<Map<String, Object>> structuredData(
            ShownKind<D> kind, SitePage page, Views views) {
        return kind.structuredData(kind.details().cast(page.document().details()), page, views);
    }

    /** How a page's type is shown: every type the site is built with is a {@link ShownKind}. */
    static ShownKind<?> shown(SitePage page) {
        return (ShownKind<?>) page.document().kind();
    }

    /** Its owner's words as a sentence of the statement: with a full stop, where "Old captions" ran into the next. */
    static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    /** "This fails WCAG 2.2 success criteria 2.1.1 Keyboard and 1.1.1 Non-text Content.", or null for none. */
    static String fails(List<String> criteria) {
        if (criteria.isEmpty()) {
            return null;
        }
        List<String> named = criteria.stream().map(Wcag::named).toList();
        String listed = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        return "This fails WCAG 2.2 success criteri" + (named.size() == 1 ? "on " : "a ") + listed + ".";
    }

    /**
     * The generated sections of the accessibility statement, from the attachment checks, the latest audit and what the
     * statement's owner lists as not accessible; the same on its versions, from the statement itself.
     */
    private AccessibilityStatementView accessibilityStatement(SitePage page) {
        SitePage statementPage = site.originalOf(page).orElse(page);
        java.util.Map<String, AccessibilityStatementView.DocumentGap> gaps = new java.util.TreeMap<>();
        for (SitePage p : site.pages()) {
            for (var a : p.document().attachments()) {
                List<String> lacks = a.facts().accessibilityGaps();
                if (!lacks.isEmpty() && !gaps.containsKey(a.file())) {
                    // Named with the page it is on: two meetings' "Chief Executive's report" were two lines alike.
                    SitePage on = site.originalOf(p).orElse(p);
                    gaps.put(a.file(), new AccessibilityStatementView.DocumentGap(documents.describe(a, null),
                            String.join(", ", lacks), Link.of(config.link(on.path()), on.title())));
                }
            }
        }
        // A PDF the pages' text links to, named by no page as a document: by its file name, as no page gives it a title.
        site.looseDocuments().forEach((file, facts) -> gaps.putIfAbsent(file, new AccessibilityStatementView.DocumentGap(
                documents.describe(new org.engagementportal.content.Attachment(file.substring(file.lastIndexOf('/') + 1), file,
                        org.engagementportal.source.Position.file("content/" + file), facts), null),
                String.join(", ", facts.accessibilityGaps()), null)));
        java.time.LocalDate today = site.now().toLocalDate();
        var audit = this.audit.summary();
        boolean stale = audit.filter(s -> org.engagementportal.audit.AuditSummary.stale(s.date(), today)).isPresent();
        List<AccessibilityStatementView.AuditProblem> problems = audit.map(s -> s.rules().stream()
                .map(r -> new AccessibilityStatementView.AuditProblem(r.code(), r.help(),
                        Plural.of(r.pages(), "page", "pages"), r.criterion().isEmpty() || r.help().contains(r.criterion())
                                ? null : Wcag.named(r.criterion()))).toList()).orElse(List.of());
        List<String> checks = org.engagementportal.checks.FastRules.BUILD.stream()
                .map(org.engagementportal.checks.Rule::criterion).distinct().sorted().toList();
        List<org.engagementportal.content.KnownProblem> known = statementPage.document().details()
                instanceof org.engagementportal.content.Page p ? p.notAccessible() : List.of();
        java.util.function.Function<org.engagementportal.content.KnownProblem.Reason, List<AccessibilityStatementView.Known>> listed =
                reason -> known.stream().filter(k -> k.reason() == reason).map(k -> new AccessibilityStatementView.Known(
                        sentence(k.problem()), fails(k.criteria()), k.fixBy().map(Dates::day).orElse(null))).toList();
        var notFixed = listed.apply(org.engagementportal.content.KnownProblem.Reason.NOT_FIXED_YET);
        var burden = listed.apply(org.engagementportal.content.KnownProblem.Reason.DISPROPORTIONATE_BURDEN);
        var outOfScope = listed.apply(org.engagementportal.content.KnownProblem.Reason.OUT_OF_SCOPE);
        Document doc = statementPage.document();
        var prepared = doc.details() instanceof org.engagementportal.content.Page p ? p.prepared() : java.util.Optional.<java.time.LocalDate>empty();
        String reviewed = doc.meta().reviewed().map(r -> "last reviewed on " + Dates.day(r) + doc.meta().reviewEvery()
                .map(every -> ", and will be reviewed again by " + Dates.day(r.plus(every))).orElse("") + ".").orElse(null);
        String dates = prepared.map(d -> "This statement was prepared on " + Dates.day(d) + "." + (reviewed == null ? ""
                : " It was " + reviewed)).orElse(reviewed == null ? null : "This statement was " + reviewed);
        // "Fully compliant" is a public body's declaration: made only once a browser audit found nothing within the year, as
        // well as the build, and nothing its owner lists as not accessible but what the regulations do not cover.
        boolean found = !gaps.isEmpty() || !problems.isEmpty() || !notFixed.isEmpty() || !burden.isEmpty();
        return new AccessibilityStatementView(audit.isPresent() && !stale && !found, List.copyOf(gaps.values()), problems,
                notFixed, burden, outOfScope, audit.map(s -> Dates.day(s.date())).orElse(null),
                audit.map(org.engagementportal.audit.AuditSummary::tool).orElse(null),
                audit.map(org.engagementportal.audit.AuditSummary::pages).orElse(0), stale, checks, "WCAG 2.2 AA", dates,
                Dates.day(today), this.audit.unreadable(), fails(List.of("1.3.1", "2.4.2", "3.1.1")));
    }

}
