package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version is the same kind of page as its page. */
class TranslationChecksTest {
    @TempDir
    Path dir;

    private Portal.Run build(Path site) {
        return Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
    }

    /** A translation of the Accessible Information Statement without its 'type: statement' would be published as a page. */
    @Test
    void aTranslationOfAnotherKindThanItsPageIsAnError() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        String statement = TestSite.read(site.resolve("content/accessible-information.md"));
        Files.writeString(site.resolve("content/accessible-information.pl.md"), statement.replace("type: statement\n", "")
                .replace("title: Accessible Information Statement", "title: Oświadczenie o dostępnych informacjach")
                .replace("formats: [easy-read, large-print, braille, bsl]\n", ""));
        Portal.Run run = build(site);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/accessible-information.pl.md:1:1: error: this translation is a page, but "
                + "content/accessible-information.md is a statement."), run.all());
    }

    /**
     * One mistake in a page's settings keeps the page off the site, and is reported at its line; its versions and the
     * pages that name it are not also told that it does not exist ("there is no content/consultations/...md"), which sent
     * staff looking for a file that was there. On the example portal: a consultation with three versions, named by a
     * meeting, events and a record of engagement.
     */
    @Test
    void aPageWithAMistakeIsNotReportedAgainAsMissingByItsVersionsOrWhatNamesIt() throws IOException {
        Path site = dir.resolve("example");
        TestSite.copyTree(TestSite.PROJECT.resolve("content"), site.resolve("content"));
        Path hubs = site.resolve("content/consultations/community-mental-health-hubs.md");
        Files.writeString(hubs, TestSite.read(hubs).replace("closes: 2027-01-11T23:59", "closes: 2027-01-41T23:59"));
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", TestSite.EXAMPLE_NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/community-mental-health-hubs.md:9:9: error"), run.all());
        assertTrue(run.all().contains("1 error"), "the one mistake, and nothing said of it elsewhere: " + run.all());
    }
}
