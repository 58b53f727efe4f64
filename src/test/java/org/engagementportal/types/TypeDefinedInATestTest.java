package org.engagementportal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.Attachment;
import org.engagementportal.content.Details;
import org.engagementportal.content.Placement;
import org.engagementportal.content.ReadContext;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.generate.BuildContext;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.render.Dates;
import org.engagementportal.render.Views;
import org.engagementportal.site.FeedPlan;
import org.engagementportal.site.Listing;
import org.engagementportal.site.Plan;
import org.engagementportal.site.SitePage;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type of content defined only here, in test code, with its template in the site's own templates/ folder:
 * the portal builds it like its own types, which shows that a type's definition is all in one class and that
 * no stage knows the portal's types by name.
 */
class TypeDefinedInATestTest {

    /** A survey's own fields. Public, as templates read its view by reflection. */
    public record Survey(ZonedDateTime closes, URI link) implements Details {
    }

    /** What the survey's template shows. */
    public record SurveyView(String closes, String link, boolean open) {
    }

    /** Surveys, in content/surveys/: open until they close, listed, on the home page, in a feed and in the header. */
    static final class Surveys implements ContentType<Survey> {
        @Override
        public String id() {
            return "survey";
        }

        @Override
        public String described() {
            return "a survey";
        }

        @Override
        public Class<Survey> details() {
            return Survey.class;
        }

        @Override
        public Placement placement() {
            return new Placement.Folder("surveys");
        }

        @Override
        public List<String> fields() {
            return List.of("closes", "link");
        }

        @Override
        public Optional<Survey> read(Fields f, ReadContext ctx) {
            Optional<ZonedDateTime> closes = ctx.dateTime(f, "closes", LocalTime.of(23, 59), true);
            Optional<URI> link = f.webLink("link", true);
            return closes.isEmpty() || link.isEmpty() ? Optional.empty() : Optional.of(new Survey(closes.get(), link.get()));
        }

        @Override
        public Optional<String> textNeeded() {
            return Optional.of("survey's introduction");
        }

        @Override
        public Optional<ZonedDateTime> filedOn(Survey s, ZoneId zone) {
            return Optional.of(s.closes());
        }

        @Override
        public Optional<LocalDate> publishedOn(Survey s) {
            return Optional.empty();
        }

        @Override
        public List<Moment> moments(Survey s, SiteConfig config, ZoneId zone) {
            return List.of(new Moment(s.closes(), "survey-closes"));
        }

        @Override
        public List<Attachment> attachments(Survey s) {
            return List.of();
        }

        @Override
        public List<Reference> references(Survey s) {
            return List.of();
        }

        @Override
        public Optional<String> sequence(Survey s) {
            return Optional.empty();
        }

        @Override
        public List<org.engagementportal.content.ContentKind.Disagreement> disagreements(Survey original, Survey version) {
            return List.of();
        }

        @Override
        public Optional<org.engagementportal.content.EngagementRow> evidence(Survey s) {
            return Optional.empty();
        }

        /** A survey open for four weeks, with a link still to be given, said as a placeholder a check accepts. */
        @Override
        public Starter starter(String title, StarterContext ctx) {
            StarterText t = new StarterText()
                    .title(title, "The survey's title.")
                    .summary("Tell us what you think by " + ctx.day(4) + ".", "What the survey is about.");
            t.comment("When the survey closes.").field("closes", ctx.day(4).toString());
            t.comment("The link to the survey, starting https://.").field("link", "https://forms.example.org/new-survey");
            t.common(id(), "The folder decides that this is a survey; this line only says so.", ctx, Optional.empty());
            return new Starter("surveys", Starter.slug(title), t.build("<!-- Say who the survey is for. -->\n\nEveryone is welcome to answer."));
        }

        private static ZonedDateTime closes(SitePage p) {
            return p.document().detailsAs(Survey.class).closes();
        }

        @Override
        public List<String> sections() {
            return List.of("surveys");
        }

        @Override
        public List<Listing> listings(Plan plan) {
            return List.of(plan.listing("/surveys/", "surveys", "Surveys", "Surveys you can fill in.", List.of(
                    Plan.section("open", "Open surveys", plan.upcoming(plan.pages(), Surveys::closes)),
                    Plan.section("closed", "Closed surveys", plan.past(plan.pages(), Surveys::closes)))));
        }

        @Override
        public Optional<Listing.Section> home(Plan plan) {
            return Optional.of(Plan.section("surveys", "Surveys open now", plan.upcoming(plan.pages(), Surveys::closes)));
        }

        @Override
        public List<FeedPlan.Feed> feeds(Plan plan) {
            return List.of(plan.feed("/surveys/", "Surveys", "New surveys.",
                    plan.pages().stream().map(plan::entry).flatMap(Optional::stream).toList()));
        }

        @Override
        public Optional<Navigation> navigation(Vocabulary vocabulary) {
            return Optional.of(new Navigation("/surveys/", "Surveys", List.of()));
        }

        @Override
        public String template() {
            return "survey";
        }

        @Override
        public SurveyView view(Survey s, SitePage page, Views views) {
            return new SurveyView(Dates.dateTime(s.closes()), s.link().toString(), s.closes().isAfter(views.site().now()));
        }

        @Override
        public Card card(Survey s, SitePage page, Views views) {
            return new Card(List.of("Closes " + Dates.day(s.closes().toLocalDate())), null);
        }

        @Override
        public Optional<CalendarEntry> calendar(Survey s, SitePage page, BuildContext ctx) {
            return Optional.empty();
        }

        @Override
        public String announcement(String announces, Survey s, SitePage page, BuildContext ctx) {
            throw new IllegalArgumentException("surveys are in their feed as themselves");
        }
    }

    private static final String NOW = "2026-11-23T09:00";

    private static final String TEMPLATE = """
            -- templates/survey.ftlh --
            <#ftl strip_whitespace=true>
            <#import "layout.ftlh" as l>
            <#assign s = page.details>
            <@l.page layout=page.layout site=site>
            <h1>${page.title}</h1>
            <p class="nhsuk-lede-text">${page.summary}</p>
            <#if s.open><p class="survey-open">Open until ${s.closes}. <a href="${s.link}">Fill in the survey</a></p></#if>
            <div class="portal-prose">
            ${page.body?no_esc}
            </div>
            </@l.page>
            """;

    @TempDir
    Path dir;

    private record Build(Pipeline.Result result, Path out) {
        String file(String sitePath) {
            Path f = out.resolve(sitePath.substring(1));
            assertTrue(Files.isRegularFile(f), "no file " + sitePath);
            return TestSite.read(f);
        }

        List<Problem> problems() {
            return result.problems().sorted();
        }
    }

    private Build build(String block) {
        TextSite site = TextSite.write(dir.resolve("site"), TEMPLATE + block);
        List<ContentType<?>> types = new ArrayList<>(ContentTypes.ALL);
        types.add(0, new Surveys());
        Path out = dir.resolve("out");
        Pipeline.Result result = new Pipeline(types).run(new Pipeline.Options(site.root(), Optional.of(out),
                Optional.of(LocalDateTime.parse(NOW)), Optional.empty()), stage -> { });
        return new Build(result, out);
    }

    private static final String SURVEY = """
            -- content/surveys/gp-access.md --
            ---
            title: Getting a GP appointment
            summary: Tell us how easy it is to see your GP.
            topics: [primary-care]
            closes: 2026-12-18
            link: https://forms.example.org/gp-access
            ---
            We want to hear from everyone who has tried to see a GP this year.
            """;

    @Test
    void aTypeDefinedOutsideThePortalIsReadListedShownAndFed() {
        Build b = build(SURVEY + """
                -- content/surveys/last-year.md --
                ---
                title: The 2025 survey
                summary: Closed.
                closes: 2025-01-31
                link: https://forms.example.org/2025
                ---
                Thank you to everyone who took part.
                """);
        assertFalse(b.result().problems().hasErrors(), b.problems().toString());
        String page = b.file("/surveys/gp-access/index.html");
        assertTrue(page.contains("<p class=\"survey-open\">Open until Friday 18 December 2026, 11:59pm."), page);
        assertTrue(page.contains("<a href=\"https://forms.example.org/gp-access\">Fill in the survey</a>"), page);
        assertFalse(b.file("/surveys/last-year/index.html").contains("survey-open"), "a closed survey is not offered");

        String listing = b.file("/surveys/index.html");
        assertTrue(listing.indexOf("Getting a GP appointment") < listing.indexOf("Closed surveys")
                && listing.indexOf("Closed surveys") < listing.indexOf("The 2025 survey"), listing);
        assertTrue(listing.contains("Closes 18 December 2026"), "its card shows what the type says: " + listing);

        String home = b.file("/index.html");
        assertTrue(home.contains("Surveys open now") && home.contains("Getting a GP appointment"), home);
        assertFalse(home.contains("The 2025 survey"), home);
        assertTrue(home.contains("href=\"/surveys/\""), "the header links to the type's section: " + home);

        // Filed on the day it closes, as its type says: the feed has what has happened by the build's clock.
        String feed = b.file("/surveys/feed.xml");
        assertTrue(feed.contains("<title>The 2025 survey</title>") && !feed.contains("Getting a GP appointment"), feed);
        assertTrue(b.file("/topics/primary-care/index.html").contains("Getting a GP appointment"),
                "filed under its topic by the date its type gives");
        assertTrue(b.file("/status-changes.json").contains("survey-closes"), "the moment it closes is scheduled");
        assertTrue(b.file("/sitemap.xml").contains("/surveys/gp-access/</loc>"));
    }

    @Test
    void itsMistakesAreReportedInItsOwnWordsAtTheirLine() {
        Build b = build("""
                -- content/surveys/no-link.md --
                ---
                title: A survey without a link
                summary: Oops.
                closes: 2026-12-18
                linc: https://forms.example.org/x
                ---
                Text.
                -- content/about/survey.md --
                ---
                title: Misplaced
                summary: A survey among pages.
                type: survey
                ---
                Text.
                """);
        List<Problem> errors = b.problems().stream().filter(Problem::isError).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertEquals("content/about/survey.md:4:7", errors.get(0).position().toString());
        assertTrue(errors.get(0).fix().contains("Move the file to content/surveys/"), errors.toString());
        assertTrue(errors.get(1).position().toString().startsWith("content/surveys/no-link.md:"), errors.toString());
        assertTrue(errors.get(1).message().contains("'link'"), "the type's required field is asked for: " + errors);
        assertEquals("content/surveys/no-link.md:5:1", errors.get(2).position().toString());
        assertTrue(errors.get(2).message().contains("linc") && errors.get(2).message().contains("a survey")
                && errors.get(2).message().contains("link"), "an unknown field, named with the type and the field meant: " + errors);
        assertFalse(Files.exists(b.out().resolve("index.html")), "a failed build publishes nothing");
    }

    @Test
    void itsStarterFileForPortalNewPassesTheCheckAsItIs() {
        TextSite site = TextSite.write(dir.resolve("site"), TEMPLATE);
        ZonedDateTime now = LocalDateTime.parse(NOW).atZone(ZoneId.of("Europe/London"));
        Problems dataProblems = new Problems();
        SiteData data = new DataLoader(site.root(), dataProblems).load();
        Starter s = new Surveys().starter("Getting a GP appointment: what's it like?",
                new StarterContext(data, now, Optional.empty(), Optional.empty(), "", false));
        assertEquals("content/surveys/getting-a-gp-appointment-whats-it-like.md", s.file());
        assertEquals("/surveys/getting-a-gp-appointment-whats-it-like/", s.address());
        TestSite.writeBytes(site.root().resolve(s.file()), s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ContentType<?>> types = new ArrayList<>(ContentTypes.ALL);
        types.add(0, new Surveys());
        Pipeline.Result result = new Pipeline(types).run(new Pipeline.Options(site.root(), Optional.empty(),
                Optional.of(LocalDateTime.parse(NOW)), Optional.empty()), stage -> { });
        List<Problem> own = result.problems().sorted().stream().filter(p -> p.position().file().equals(s.file())).toList();
        assertTrue(own.isEmpty(), own.toString());
        assertFalse(result.problems().hasErrors(), result.problems().sorted().toString());
    }

    @Test
    void aCommitteeCannotTakeTheFolderOfTheTypesListing() {
        Build b = build(SURVEY + """
                -- content/_data/committees.yml --
                - id: governing-body
                  name: Governing Body
                - id: surveys
                  name: Surveys Committee
                """);
        List<Problem> errors = b.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/_data/committees.yml:3:7", errors.get(0).position().toString());
        assertTrue(errors.get(0).message().contains("the id 'surveys' is the address of one of the portal's own lists"), errors.toString());
    }
}
