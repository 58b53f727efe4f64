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
import org.engagementportal.content.Statement;
import org.engagementportal.content.StatementReader;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
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
    public Optional<String> sequence(Statement s) {
        return Optional.empty();
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
                s.post().orElse(null), Views.workingDays(s.responseDays()));
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
