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
 * Names the file system takes but the published site cannot: a file whose name is too long for its .gz and .br copies,
 * and an old address (alias) with a part longer than a folder's name may be. Each ended in exit code 3, "a problem in
 * the portal itself", with a stack trace, and 'portal check' passed them. And a page saved by Notepad as dental.md.txt,
 * which was published as its raw text, draft or not.
 */
class FileNameLimitsTest {
    @TempDir
    Path dir;

    private Path site() throws IOException {
        return TestSite.copy("small", dir.resolve("site"));
    }

    private static Portal.Run build(Path site, Path out) {
        return Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
    }

    @Test
    void aFileNameTooLongToPublishIsAContentErrorInCheckAndBuild() throws IOException {
        Path site = site();
        String name = "survey-results-" + "x".repeat(236) + ".csv";
        Files.writeString(site.resolve("content/" + name), "area,responses\n" + "Eastbrook,12\n".repeat(300));
        Portal.Run run = build(site, dir.resolve("out"));
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/" + name + ": error: this file's name is 255 characters long, more than "
                + "the 200 a published file's name may have."), run.all());
        assertFalse(run.all().contains("Exception"), run.all());
        assertEquals(1, Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00").exit());
    }

    @Test
    void anAliasWithAPartTooLongForAFolderIsAContentError() throws IOException {
        Path site = site();
        Path about = site.resolve("content/about.md");
        String text = TestSite.read(about);
        Files.writeString(about, text.replaceFirst("---\n", "---\naliases: [/" + "a".repeat(300) + "/]\n"));
        Portal.Run run = build(site, dir.resolve("out"));
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("is 300 characters long, more than the 200 a part of an address may have."), run.all());
    }

    @Test
    void aPageSavedWithTxtAddedIsNotPublishedAsText() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("content/dental.md.txt"), "---\ntitle: Dental\nsummary: Draft.\ndraft: true\n---\nNot yet.\n");
        Portal.Run run = build(site, dir.resolve("out"));
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/dental.md.txt: error: this looks like a page whose name has '.txt' added after .md"),
                run.all());
        assertTrue(run.all().contains("Rename it to dental.md (in Notepad"), run.all());
        assertFalse(Files.exists(dir.resolve("out/dental.md.txt")));
    }
}
