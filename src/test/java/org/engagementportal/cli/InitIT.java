package org.engagementportal.cli;

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
 * A new site, end to end as its workflows run it: init into a temporary folder, check, build, then audit every
 * page with axe-core in Debian's Chromium with the empty baseline init wrote; then a change audited page by page
 * as the pull-request workflow does it.
 */
class InitIT {
    @TempDir
    Path dir;

    @Test
    void aNewSiteChecksBuildsAndAuditsWithNoIssueAsCreated() throws IOException {
        Path site = InitCommandTest.newSite(dir.resolve("site"));
        Portal.Run check = Portal.run("check", "--source", site.toString(), "--now", InitCommandTest.NOW, "--format", "github", "-q");
        assertEquals(0, check.exit(), check.all());
        assertEquals("", check.out(), "no annotation at all");
        Portal.Run build = Portal.run("build", "--source", site.toString(), "--now", InitCommandTest.NOW, "-q");
        assertEquals(0, build.exit(), build.all());
        Portal.Run audit = Portal.run("audit", "--source", site.toString());
        assertEquals(0, audit.exit(), audit.all());
        assertTrue(audit.err().contains(": 0 issues, 0 new"), audit.all());
        String report = TestSite.read(site.resolve("audit-report/pa11y.json"));
        assertTrue(report.replaceAll("\\s", "").contains("\"errors\":0"), report);
        assertTrue(Files.isRegularFile(site.resolve(".a11y-audit.json")), "the audit is recorded for the accessibility statement");

        // The pull request's audit: only the pages the change affects.
        Path before = dir.resolve("before");
        Files.move(site.resolve("public"), before);
        Path consultation = site.resolve(ChangesCommandTest.CONSULTATION);
        Files.writeString(consultation, Files.readString(consultation).replace("\ndraft: true\n", "\ndraft: false\n"));
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--now", InitCommandTest.NOW, "-q").exit());
        Portal.Run changed = Portal.run("audit", "--source", site.toString(), "--changed-since", before.toString(),
                "--report", dir.resolve("pr-report").toString());
        assertEquals(0, changed.exit(), changed.all());
        int pages = Integer.parseInt(changed.err().replaceFirst("(?s).*Audited (\\d+) pages.*", "$1"));
        int all = (int) org.engagementportal.audit.Audit.pages(site.resolve("public")).size();
        assertTrue(pages > 0 && pages < all, "audited " + pages + " of " + all + " pages: " + changed.all());
        assertTrue(TestSite.read(dir.resolve("pr-report/pa11y.json")).contains("/consultations/example-consultation-a-draft-to-copy/"));
        Portal.Run none = Portal.run("audit", "--source", site.toString(), "--changed-since", site.resolve("public").toString(),
                "--report", dir.resolve("none-report").toString());
        assertEquals(0, none.exit(), none.all());
        assertTrue(none.err().contains("nothing to audit"), none.all());

        // A change that only adds an old address: its redirect page is no page to audit. The audit stopped with exit 2,
        // saying the settings named a page not in the site, so a pull request adding an alias could not pass.
        Path again = dir.resolve("before-alias");
        Files.move(site.resolve("public"), again);
        Files.writeString(consultation, Files.readString(consultation).replace("\naliases: []\n", "\naliases: [/old-address/]\n"));
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--now", InitCommandTest.NOW, "-q").exit());
        assertTrue(Files.isRegularFile(site.resolve("public/old-address/index.html")));
        Portal.Run alias = Portal.run("audit", "--source", site.toString(), "--changed-since", again.toString(),
                "--report", dir.resolve("alias-report").toString());
        assertEquals(0, alias.exit(), alias.all());
        assertFalse(alias.all().contains("/old-address/"), alias.all());

        // A still picture swapped for one that moves for ever under the same name changes no page: the pull request's
        // audit checked nothing and passed. The page that shows it is audited now.
        Path pictures = Files.createDirectories(site.resolve("content/pictures"));
        Path barriers = Path.of("src/test/resources/barriers/pictures").toAbsolutePath();
        Files.copy(barriers.resolve("once.gif"), pictures.resolve("banner.gif"));
        Files.writeString(consultation, Files.readString(consultation)
                + "\n![People cutting a ribbon at the opening of the new clinic](/pictures/banner.gif)\n");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--now", InitCommandTest.NOW, "-q").exit());
        Path still = dir.resolve("before-picture");
        Files.move(site.resolve("public"), still);
        Files.copy(barriers.resolve("forever.gif"), pictures.resolve("banner.gif"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--now", InitCommandTest.NOW, "-q").exit());
        Portal.Run moving = Portal.run("audit", "--source", site.toString(), "--changed-since", still.toString(),
                "--report", dir.resolve("picture-report").toString());
        assertEquals(1, moving.exit(), moving.all());
        assertTrue(moving.err().contains("/consultations/example-consultation-a-draft-to-copy/: portal.animated-image"), moving.all());
    }

    /** A site published in a folder of another site is audited where its links point, with its styles. */
    @Test
    void aNewSiteInAFolderOfAnotherSiteAuditsWithNoIssue() {
        Path site = dir.resolve("in-a-folder");
        Portal.Run init = Portal.run("init", site.toString(), "--name", InitCommandTest.NAME, "--base-url",
                "https://www.example.nhs.uk/get-involved/", "--now", InitCommandTest.NOW);
        assertEquals(0, init.exit(), init.all());
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--now", InitCommandTest.NOW, "-q").exit());
        assertTrue(TestSite.read(site.resolve("public/index.html")).contains("href=\"/get-involved/consultations/\""));
        Portal.Run audit = Portal.run("audit", "--source", site.toString());
        assertEquals(0, audit.exit(), audit.all());
        assertTrue(audit.err().contains(": 0 issues, 0 new"), audit.all());
    }
}
