package org.engagementportal.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.engagementportal.config.DataLoader;
import org.engagementportal.types.ContentType;
import org.engagementportal.types.ContentTypes;
import org.engagementportal.render.Link;
import org.engagementportal.render.TemplateFailure;
import org.engagementportal.render.VenueView;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's templates through JBake's template seam: which template a type of page uses, a site's own
 * templates before the bundled ones, what a template can do with its model, and a template's mistake reported
 * at the template's line as a {@link TemplateFailure}.
 */
class JBakeTemplatesTest {
    @TempDir
    Path dir;

    /** The templates of a site written from {@code block}, configured from its own site.yml. */
    private JBakeTemplates templates(String block) {
        TextSite.write(dir, block);
        return new JBakeTemplates(dir, new DataLoader(dir, new Problems()).load().site(),
                ContentTypes.ALL.stream().map(ContentType::template).toList());
    }

    @Test
    void eachTypeOfPageHasItsTemplateAsJBakeMapsDocumentTypes() {
        JBakeTemplates t = templates("");
        for (ContentType<?> type : ContentTypes.ALL) {
            assertEquals(type.id() + ".ftlh", t.templateFor(type.template()));
        }
        assertEquals("listing.ftlh", t.templateFor("listing"));
        assertEquals("home.ftlh", t.templateFor("home"));
        assertEquals("not-found.ftlh", t.templateFor("notfound"));
        assertEquals("redirect.ftlh", t.templateFor("redirect"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.templateFor("podcast"));
        assertEquals("no template is configured for podcast", e.getMessage());
    }

    @Test
    void theModelsRecordsMapsAndListsReachTheTemplate() {
        // The view models are public records: Freemarker shows their components as properties.
        JBakeTemplates t = templates("""
                -- templates/nav.ftlh --
                <#list links as link><a href="${link.href}"<#if link.current> aria-current="page"</#if>>${link.text}</a></#list>
                <p>${venue.name}, ${venue.address}</p><p>${extra.count} papers</p>
                """);
        String out = t.render("nav.ftlh", Map.of(
                "links", List.of(new Link("/", "Home", false), new Link("/consultations/", "Consultations", true)),
                "venue", new VenueView("Town Hall", "1 High Street", "Step-free", true, true),
                "extra", Map.of("count", 3)));
        assertEquals("<a href=\"/\">Home</a><a href=\"/consultations/\" aria-current=\"page\">Consultations</a>\n"
                + "<p>Town Hall, 1 High Street</p><p>3 papers</p>\n", out);
    }

    @Test
    void textFromTheModelIsEscapedAsHtml() {
        JBakeTemplates t = templates("""
                -- templates/escape.ftlh --
                <p>${text}</p><p>${html?no_esc}</p>
                """);
        assertEquals("<p>Fish &amp; chips &lt;script&gt;</p><p><em>kept</em></p>\n",
                t.render("escape.ftlh", Map.of("text", "Fish & chips <script>", "html", "<em>kept</em>")));
    }

    @Test
    void numbersAndTruthAreWrittenForMachinesNotInTheLocalesStyle() {
        JBakeTemplates t = templates("""
                -- templates/numbers.ftlh --
                ${count} ${ratio} ${flag}
                """);
        assertEquals("1234567 0.5 true\n", t.render("numbers.ftlh", Map.of("count", 1_234_567, "ratio", 0.5, "flag", true)));
    }

    @Test
    void aTemplateFormatsATimeInTheSitesTimeZone() {
        String block = """
                -- content/_data/site.yml --
                name: NHS Testshire
                base_url: https://engage.testshire.example/
                timezone: %s
                -- templates/time.ftlh --
                ${when?string("d MMM HH:mm")}
                """;
        Map<String, Object> model = Map.of("when", Date.from(Instant.parse("2026-07-09T17:30:00Z")));
        assertEquals("9 Jul 18:30\n", templates(block.formatted("Europe/London")).render("time.ftlh", model));
        assertEquals("9 Jul 13:30\n", templates(block.formatted("America/New_York")).render("time.ftlh", model));
    }

    @Test
    void aSitesOwnTemplateComesBeforeOursAndOursFillInTheRest() {
        JBakeTemplates t = templates("""
                -- templates/not-found.ftlh --
                <#import "layout.ftlh" as l>
                Our own page: ${message}. The portal's layout is <#if l.page??>there</#if>.
                """);
        assertEquals("Our own page: Nothing here. The portal's layout is there.\n",
                t.render("not-found.ftlh", Map.of("message", "Nothing here")));
    }

    @Test
    void withNoTemplatesFolderTheBundledTemplatesAreUsed() {
        JBakeTemplates t = templates("");
        // components.ftlh only defines macros: rendering it needs no model and writes nothing but line breaks.
        assertEquals("", t.render("components.ftlh", Map.of()).strip());
    }

    @Test
    void aMissingValueIsAFailureAtTheTemplatesLineAndColumn() {
        JBakeTemplates t = templates("""
                -- templates/meeting.ftlh --
                <h1>${meeting.title}</h1>
                <p>${meeting.venue}</p>
                """);
        TemplateFailure f = assertThrows(TemplateFailure.class,
                () -> t.render("meeting.ftlh", Map.of("meeting", Map.of("title", "Governing Body"))));
        assertEquals(new Position("templates/meeting.ftlh", 2, 6), f.position(), "at the value that is missing");
        assertEquals("the template failed: meeting.venue has no value here (it is missing or null).", f.getMessage());
    }

    @Test
    void anUnclosedIfIsASyntaxErrorWhereTheFileEnds() {
        JBakeTemplates t = templates("""
                -- templates/broken.ftlh --
                <p>Fine</p>
                <#if ready>
                <p>Never closed</p>
                """);
        TemplateFailure f = assertThrows(TemplateFailure.class, () -> t.render("broken.ftlh", Map.of("ready", true)));
        assertEquals(new Position("templates/broken.ftlh", 3, 20), f.position(), "where the file ends with the #if open");
        assertTrue(f.getMessage().startsWith("the template has a syntax error: Unexpected end of file reached. You have an "
                + "unclosed #if."), f.getMessage());
    }

    @Test
    void aMistakeInAnIncludedTemplateNamesThatTemplate() {
        JBakeTemplates t = templates("""
                -- templates/outer.ftlh --
                <main>
                <#include "inner.ftlh">
                </main>
                -- templates/inner.ftlh --
                <p>${missing}</p>
                """);
        TemplateFailure f = assertThrows(TemplateFailure.class, () -> t.render("outer.ftlh", Map.of()));
        assertEquals(new Position("templates/inner.ftlh", 1, 6), f.position());
    }

    @Test
    void aTemplateThatDoesNotExistIsNamed() {
        JBakeTemplates t = templates("");
        TemplateFailure f = assertThrows(TemplateFailure.class, () -> t.render("podcast.ftlh", Map.of()));
        assertEquals(Position.file("templates/podcast.ftlh"), f.position());
        assertEquals("the template podcast.ftlh does not exist.", f.getMessage());
    }

    @Test
    void indentationIsLeftOutOfThePageButLineNumbersStay() {
        JBakeTemplates t = templates("""
                -- templates/indented.ftlh --
                <ul>
                    <li>${first}</li>
                \t\t<li>${second}</li>
                </ul>
                -- templates/indented-mistake.ftlh --
                <ul>
                    <li>One</li>
                        <li>${nothing}</li>
                </ul>
                -- templates/tabbed-mistake.ftlh --
                <p>\t${nothing}</p>
                """);
        assertEquals("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", t.render("indented.ftlh", Map.of("first", "a", "second", "b")));
        TemplateFailure f = assertThrows(TemplateFailure.class, () -> t.render("indented-mistake.ftlh", Map.of()));
        assertEquals(new Position("templates/indented-mistake.ftlh", 3, 15), f.position(),
                "the line and column of ${nothing} in the file as written, indentation and all");
        TemplateFailure tabbed = assertThrows(TemplateFailure.class, () -> t.render("tabbed-mistake.ftlh", Map.of()));
        assertEquals(new Position("templates/tabbed-mistake.ftlh", 1, 7), tabbed.position(), "a tab is one column, as elsewhere");
    }
}
