package org.engagementportal.types;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Page;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.render.Dates;
import org.engagementportal.render.Views;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;

/** Ordinary pages, anywhere no other type's folder is: only the fields every type has. */
public final class Pages implements ContentType<Page> {

    @Override
    public String id() {
        return "page";
    }

    @Override
    public String described() {
        return "a page";
    }

    @Override
    public Class<Page> details() {
        return Page.class;
    }

    @Override
    public Placement placement() {
        return new Placement.Anywhere();
    }

    @Override
    public List<String> fields() {
        return Page.FIELDS;
    }

    @Override
    public Optional<Page> read(Fields f, ReadContext ctx) {
        return Optional.of(new Page(org.engagementportal.content.ConsultationReader.documents(f, ctx, true),
                org.engagementportal.content.AccessibilityStatementReader.notAccessible(f, ctx),
                org.engagementportal.content.AccessibilityStatementReader.prepared(f, ctx)));
    }

    /**
     * The accessibility statement (content/accessibility.md, or accessibility/index.md) and its versions
     * (content/accessibility.cy.md) may write its list of what is not accessible: the statement to give it, a version to
     * be told the statement's list is shown on it. Any other page is told the field is not a page's.
     */
    @Override
    public List<String> fieldsOf(String source) {
        return ofTheStatement(source) ? List.of(Page.NOT_ACCESSIBLE, Page.PREPARED) : List.of();
    }

    private static boolean ofTheStatement(String source) {
        return org.engagementportal.content.AccessibilityStatementReader.ofTheStatement(source);
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.of("page's text");
    }

    @Override
    public Optional<ZonedDateTime> filedOn(Page p, ZoneId zone) {
        return Optional.empty();
    }

    @Override
    public Optional<LocalDate> publishedOn(Page p) {
        return Optional.empty();
    }

    @Override
    public List<Moment> moments(Page p, SiteConfig config, ZoneId zone) {
        return List.of();
    }

    @Override
    public List<Attachment> attachments(Page p) {
        return p.documents();
    }

    @Override
    public List<Reference> references(Page p) {
        return org.engagementportal.content.ConsultationReader.webVersions(p.documents());
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(Page d) {
        return Optional.empty();
    }

    @Override
    public Optional<String> sequence(Page p) {
        return Optional.empty();
    }

    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Page original, Page version) {
        return List.of();
    }

    /** A page in the chosen folder, checked today and due for review in a year, with the headings most pages have. */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        StarterText t = new StarterText()
                .title(title, "The page's title: its main heading, in words people would search for.")
                .summary("Write one or two sentences here about what this page is for.", "What the page is about.");
        t.comment("Documents to download with this page (an annual report, a strategy), saved beside this file, each with "
                + "its title and its file's name, like this:");
        t.example("documents:", "  - title: Annual report 2025/26", "    file: annual-report-2025-26.pdf");
        t.field("documents", "");
        t.common(id(), "A file in a folder of ordinary pages is a page; this line only says so.", ctx, Optional.of("12 months"));
        String contact = Starters.contactWords(ctx);
        String body = "<!-- Start with what most readers need to know, in a sentence or two. The title is the page's main "
                + "heading, so start your own headings with ##. -->\n\n"
                + Starters.section("What you need to know", "The facts, in short paragraphs and everyday words. Use a list "
                        + "for steps or choices.")
                + Starters.section("What you can do", "What readers can do next, with a link to each place they can do it.")
                + "## Contact us\n\n"
                + (contact.isEmpty() ? "<!-- Say how to contact the team that can help. -->\n"
                        : "If you have a question, " + contact + ".\n");
        return new Starter(ctx.folder(), Starter.slug(title), t.build(body));
    }

    /** Folders of pages are listed by the site (a folder without a page of its own), not by the type. */
    @Override
    public List<String> sections() {
        return List.of();
    }

    @Override
    public List<Listing> listings(Plan plan) {
        return List.of();
    }

    @Override
    public Optional<Listing.Section> home(Plan plan) {
        return Optional.empty();
    }

    @Override
    public List<FeedPlan.Feed> feeds(Plan plan) {
        return List.of();
    }

    @Override
    public Optional<Navigation> navigation(Vocabulary vocabulary) {
        return Optional.empty();
    }

    @Override
    public String template() {
        return "page";
    }

    @Override
    public Object view(Page p, SitePage page, Views views) {
        if (p.documents().isEmpty()) {
            return null;
        }
        // A request for another format quotes the date the page was last changed, as its readers see it.
        String date = page.document().meta().updated().or(() -> page.document().meta().reviewed()).map(Dates::day).orElse(null);
        return new org.engagementportal.render.PageDetailsView(p.documents().stream().map(a -> views.describe(a, date)).toList());
    }

    @Override
    public Card card(Page p, SitePage page, Views views) {
        List<String> facts = new ArrayList<>();
        page.document().meta().updated().ifPresent(d -> facts.add("Updated " + Dates.day(d)));
        return new Card(facts, null);
    }

    @Override
    public Optional<CalendarEntry> calendar(Page p, SitePage page, BuildContext ctx) {
        return Optional.empty();
    }

    @Override
    public String announcement(String announces, Page p, SitePage page, BuildContext ctx) {
        throw new IllegalArgumentException("pages are in feeds as themselves, with nothing to announce");
    }
}
