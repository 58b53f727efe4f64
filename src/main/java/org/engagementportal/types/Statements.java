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
import org.engagementportal.content.Format;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.content.Statement;
import org.engagementportal.content.StatementReader;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.render.Dates;
import org.engagementportal.render.StatementView;
import org.engagementportal.render.Views;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;

/**
 * The Accessible Information Statement: a page among ordinary pages that says {@code type: statement}, listing
 * the formats people can ask for and how; every page's "request this in another format" block uses it.
 */
public final class Statements implements ContentType<Statement> {

    @Override
    public String id() {
        return "statement";
    }

    @Override
    public String described() {
        return "the Accessible Information Statement";
    }

    @Override
    public Class<Statement> details() {
        return Statement.class;
    }

    @Override
    public Placement placement() {
        return new Placement.Declared();
    }

    @Override
    public List<String> fields() {
        return Statement.FIELDS;
    }

    @Override
    public Optional<Statement> read(Fields f, ReadContext ctx) {
        return StatementReader.read(f);
    }

    @Override
    public Optional<String> textNeeded() {
        return Optional.empty();
    }

    @Override
    public Optional<ZonedDateTime> filedOn(Statement s, ZoneId zone) {
        return Optional.empty();
    }

    @Override
    public Optional<LocalDate> publishedOn(Statement s) {
        return Optional.empty();
    }

    @Override
    public List<Moment> moments(Statement s, SiteConfig config, ZoneId zone) {
        return List.of();
    }

    @Override
    public List<Attachment> attachments(Statement s) {
        return List.of();
    }

    @Override
    public List<Reference> references(Statement s) {
        return List.of();
    }

    @Override
    public Optional<org.engagementportal.content.EngagementRow> evidence(Statement d) {
        return Optional.empty();
    }

    @Override
    public Optional<String> sequence(Statement s) {
        return Optional.empty();
    }

    @Override
    public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Statement original, Statement version) {
        return RecordVersions.of(original, version);
    }

    /**
     * The statement, offering every format, with the site's contact details as the ways to ask and the usual
     * response time, and the headings of an Accessible Information Statement.
     */
    @Override
    public Starter starter(String title, StarterContext ctx) {
        StarterText t = new StarterText()
                .title(title, "The page's title, such as Accessible Information Statement.")
                .summary("How to ask for our information in easy read, large print, braille, audio, British Sign Language "
                        + "or another language, and how quickly we will reply.", "What the page is about.");
        t.comment("The formats people can ask for: " + Starters.choices(Format.byId(), f -> f.inSentence()) + ".");
        t.field("formats", "[" + String.join(", ", Format.byId().keySet()) + "]");
        t.comment("How to ask: an email address (needed), a phone number, a text relay number (18001 then the number), a "
                + "mobile number people can send a text message to (sms:, which many Deaf people use; leave it empty if you have "
                + "none) and a postal address (post: | and then each line of it below, on a line of its own, indented two spaces more than post:). These are the site's contact details from "
                + "content/_data/site.yml; change them if requests go to another team.");
        t.field("contact", "");
        List<String> contact = new ArrayList<>(Starters.contactLines(ctx, "email", "phone", "post"));
        contact.add(2, "text_relay:" + ctx.data().site().contact().textRelay().map(r -> " \"" + r + "\"").orElse(""));
        contact.add(3, "sms:");
        t.lines(Starters.indent(contact));
        t.comment("How many working days we take to reply to a request.");
        t.field("response_days", Integer.toString(StatementReader.DEFAULT_RESPONSE_DAYS));
        t.common(id(), "This line makes this page the Accessible Information Statement. A site has only one: every page's "
                        + "\"request this in another format\" box uses its details.", ctx, Optional.of("12 months"));
        String body = "## Our commitment\n\n"
                + "We want everyone to be able to read and understand the information we publish. If you have a disability, "
                + "an impairment or sensory loss, or if English is not your first language, we will give you our information "
                + "in a format that works for you.\n\n"
                + "## How to ask\n\n"
                + "Email, phone or write to us using the details on this page. Tell us the title of the page or document, the "
                + "date it was published, and the format you need.\n\n"
                + "## When we will reply\n\n"
                + "We will reply within " + StatementReader.DEFAULT_RESPONSE_DAYS + " working days. If we cannot give you the "
                + "format you need in that time, we will tell you when you will have it.\n";
        return new Starter(ctx.folder(), Starter.slug(title), t.build(body));
    }

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
        return "statement";
    }

    @Override
    public StatementView view(Statement s, SitePage page, Views views) {
        return new StatementView(s.formats().stream().map(Format::label).toList(), s.email().orElse(null),
                s.phone().orElse(null), s.phone().map(Views::telHref).orElse(null), s.textRelay().orElse(null),
                s.sms().orElse(null), s.sms().map(Views::smsHref).orElse(null), s.post().orElse(null), Views.workingDays(s.responseDays()));
    }

    @Override
    public Card card(Statement s, SitePage page, Views views) {
        List<String> facts = new ArrayList<>();
        page.document().meta().updated().ifPresent(d -> facts.add("Updated " + Dates.day(d)));
        return new Card(facts, null);
    }

    @Override
    public Optional<CalendarEntry> calendar(Statement s, SitePage page, BuildContext ctx) {
        return Optional.empty();
    }

    @Override
    public String announcement(String announces, Statement s, SitePage page, BuildContext ctx) {
        throw new IllegalArgumentException("the statement has nothing to announce");
    }
}
