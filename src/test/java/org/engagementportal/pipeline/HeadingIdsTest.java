package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading's id is made from its words, so "## Respond" in a consultation took the id of the page's own Respond
 * section: the build, which checks the text apart from the page, published two parts with one id (links to #respond
 * and labels found the wrong one), while 'portal check', which reads the whole page, stopped on it. Now both stop.
 */
class HeadingIdsTest {
    @TempDir
    Path dir;

    @Test
    void aHeadingWithTheIdOfAPartOfThePageAroundItIsAnErrorInTheBuildAsInTheCheck() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path page = site.resolve("content/consultations/dental-access.md");
        String text = TestSite.read(page);
        Files.writeString(page, text + "\n## Respond\n\nWrite to us.\n");
        int line = (int) (text + "\n").lines().count() + 1;
        Portal.Run build = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, build.exit(), build.all());
        assertTrue(build.all().contains("content/consultations/dental-access.md:" + line + ":4: error: accessibility (4.1.2 Name, Role, "
                + "Value) on /consultations/dental-access/: two parts of the page have the id \"respond\""), build.all());
        Portal.Run check = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, check.exit(), check.all());

        // An id of the page's header, outside its main content ("## Search"), stops both alike, and once.
        Files.writeString(page, text);
        Path about = site.resolve("content/about.md");
        String aboutText = TestSite.read(about);
        Files.writeString(about, aboutText + "\n## Search\n\nLook it up.\n\n## Large print\n\nAsk us.\n");
        Portal.Run headerBuild = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out3").toString(),
                "--now", "2026-03-01T09:00");
        Portal.Run headerCheck = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        for (Portal.Run run : List.of(headerBuild, headerCheck)) {
            assertEquals(1, run.exit(), run.all());
            assertTrue(run.all().contains("two parts of the page have the id \"search\""), run.all());
            assertEquals(1, run.all().split("have the id \"large-print\"", -1).length - 1, "reported once: " + run.all());
        }
        Files.writeString(about, aboutText);

        // A heading whose id the template writes only on other pages (a consultation's Respond section) is fine on a page.
        Files.writeString(about, TestSite.read(about) + "\n## Respond\n\nWrite to us.\n");
        Portal.Run fine = Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out2").toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, fine.exit(), fine.all());
        assertFalse(fine.all().contains("have the id"), fine.all());
    }
}
