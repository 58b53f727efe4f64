package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose name has a space is published, with a warning to rename it; a page can link to it as a web address
 * writes the space ("my%20picture.svg"), and its address on the page has %20, not a space, which no address may have.
 */
class FileNamesWithSpacesTest {
    @TempDir
    Path dir;

    @Test
    void aFileWithASpaceInItsNameCanBeLinkedAndIsLinkedWithoutASpace() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/my picture.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>\n");
        Path about = site.resolve("content/about.md");
        Files.writeString(about, TestSite.read(about) + "\n![A speech bubble](my%20picture.svg)\n\n[The picture](my%20picture.svg)\n");
        Path out = dir.resolve("out");
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.all().contains("content/my picture.svg: warning: this file's name has capital letters or spaces"), run.all());
        Document page = Jsoup.parse(TestSite.read(out.resolve("about/index.html")));
        assertEquals("/my%20picture.svg", page.selectFirst("main img").attr("src"));
        assertEquals("/my%20picture.svg", page.select("main a").stream().filter(a -> a.text().equals("The picture")).findFirst()
                .orElseThrow().attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("my picture.svg")));
    }
}
