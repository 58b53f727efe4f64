package org.engagementportal.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.TextSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of small sites with templates of their own, as a site's designers would write them. */
class SiteTemplatesTest {
    private static final String NOW = "2026-03-01T09:00";
    private static final String CONTENT = """
            -- content/index.md --
            ---
            title: Have your say
            summary: How to take part in decisions about health services in Testshire.
            ---
            Welcome.
            -- content/about.md --
            ---
            title: About us
            summary: Who we are and what we do.
            ---
            We plan and buy health services.
            """;

    @TempDir
    Path dir;

    private TextSite.Built build(String templates) {
        return TextSite.write(dir.resolve("site"), CONTENT + templates).build(dir.resolve("out"), NOW);
    }

    @Test
    void aSitesOwnTemplateReplacesOursAndGetsTheSameModel() {
        TextSite.Built built = build("""
                -- templates/not-found.ftlh --
                <#ftl strip_whitespace=true>
                <!DOCTYPE html>
                <html lang="${site.language}">
                <head><title>Not here - ${site.name}</title></head>
                <body>
                  <main>
                    <h1>We cannot find that page</h1>
                    <p>Try <a href="${site.homeHref}">our home page</a>. ${layout.pageTitle}</p>
                  </main>
                </body>
                </html>
                """).succeeded();
        Document notFound = Jsoup.parse(built.file("/404.html").text());
        assertEquals("We cannot find that page", notFound.select("h1").text());
        assertEquals("Not here - NHS Testshire Integrated Care Board", notFound.title());
        assertEquals("/", notFound.select("main a").attr("href"));
        assertTrue(notFound.select("main p").text().endsWith("NHS Testshire Integrated Care Board"), notFound.select("main p").text());
        // Every other page still uses the portal's own templates.
        Document about = Jsoup.parse(built.file("/about/index.html").text());
        assertEquals("About us", about.select("h1").text());
        assertFalse(about.select("header.nhsuk-header").isEmpty(), "the bundled layout");
    }

    @Test
    void aMistakeInASitesTemplateFailsTheBuildAtTheTemplatesLine() {
        TextSite.Built built = build("""
                -- templates/page.ftlh --
                <#ftl strip_whitespace=true>
                <h1>${page.title}</h1>
                    <p>${page.subtitle}</p>
                """);
        built.failedWith("templates/page.ftlh:3:10: error: the template failed: page.subtitle has no value here (it is missing or null).",
                "Fix: Correct the template; this is a problem in the site's design, not in its content.");
        assertFalse(built.has("/index.html"), "nothing is published");
    }

    @Test
    void aTemplateThatDoesNotParseFailsTheBuildNamingIt() {
        TextSite.Built built = build("""
                -- templates/page.ftlh --
                <#ftl strip_whitespace=true>
                <#list page.alternates as a>
                <h1>${page.title}</h1>
                """);
        built.failedWith("templates/page.ftlh:3:23: error: the template has a syntax error: Unexpected end of file reached. "
                + "You have an unclosed #list.");
    }

    /** Found while writing these tests: Freemarker's default let a template start any Java class, and so run commands. */
    @Test
    void aSitesTemplateCannotRunCommands() {
        Path ran = dir.resolve("ran");
        TextSite.Built built = build("""
                -- templates/page.ftlh --
                <#assign run = "freemarker.template.utility.Execute"?new()>
                ${run("touch %s")}
                """.formatted(ran));
        built.failedWith("templates/page.ftlh:1:1: error: the template failed: Instantiating freemarker.template.utility.Execute "
                + "is not allowed in the template for security reasons.");
        assertFalse(java.nio.file.Files.exists(ran), "the command did not run");
    }

    /**
     * Freemarker's access policy still decides what a template may call, with the portal's mark on the methods it
     * lets through (PortalTemplateEngine.CalledDirectly): a class's loader stays out of reach.
     */
    @Test
    void aSitesTemplateCannotReachJavaClassLoaders() {
        TextSite.Built built = build("""
                -- templates/page.ftlh --
                ${site.class.classLoader}
                """);
        built.failedWith("templates/page.ftlh:1:3: error: the template failed: site.class.classLoader has no value here (it is missing or null).");
    }

    @Test
    void publishedPagesCarryNoIndentationFromTheTemplates() {
        TextSite.Built built = build("").succeeded();
        for (String page : List.of("/index.html", "/about/index.html", "/404.html")) {
            List<String> indented = built.file(page).text().lines().filter(l -> l.startsWith(" ") || l.startsWith("\t")).toList();
            assertEquals(List.of(), indented, page);
        }
    }
}
