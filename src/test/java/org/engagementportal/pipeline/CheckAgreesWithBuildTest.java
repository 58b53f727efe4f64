package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'portal check' says what the build says of the same mistakes: with mistakes in the content, the whole pages around
 * them show what the mistakes left empty, which check reported again against the templates (a title with no words in
 * the A to Z, a site with no name on the home page), six errors on templates for four in the content.
 */
class CheckAgreesWithBuildTest {
    @TempDir
    Path dir;

    @Test
    void mistakesInTheContentAreNotReportedAgainAgainstTheTemplates() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/faq.md"), "---\ntitle: \"???\"\nsummary: Questions.\n---\nAnswers.\n");
        Portal.Run check = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        Portal.Run build = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now",
                "2026-03-01T09:00");
        assertEquals(1, check.exit(), check.all());
        assertEquals(1, build.exit(), build.all());
        assertTrue(check.all().contains("content/faq.md:2:8: error: the title \"???\" has no letters or numbers"), check.all());
        assertFalse(check.all().contains("templates/"), check.all());
        assertTrue(check.all().contains("Check failed: 1 error"), check.all());
    }

    /** An empty site.yml (or one of only ---) is one error, not also "the page has no title" against the home page's template. */
    @Test
    void anEmptySiteSettingsFileIsOneError() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        for (String empty : new String[] {"", "---\n"}) {
            Files.writeString(site.resolve("content/_data/site.yml"), empty);
            Portal.Run check = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
            assertEquals(1, check.exit(), check.all());
            assertTrue(check.all().contains("content/_data/site.yml: error: the site settings file is empty."), check.all());
            assertTrue(check.all().contains("Check failed: 1 error"), check.all());
        }
    }
}
